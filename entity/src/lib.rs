//! sea-orm entities, one module per table (see `migration` for the schema).
pub mod prelude;

pub mod answer;
pub mod api_token;
pub mod audit_log;
pub mod district;
pub mod indicator;
pub mod indicator_cube;
pub mod language;
pub mod question;
pub mod question_choice;
pub mod question_translation;
pub mod redaction_name;
pub mod registry_value;
pub mod response;
pub mod response_text;
pub mod search_outbox;
pub mod service_kind;
pub mod setting;
pub mod survey;
pub mod survey_section;
pub mod survey_translation;
pub mod theme;
pub mod theme_feedback;
pub mod unit;
pub mod user;
pub mod zone;
