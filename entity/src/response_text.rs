//! Free text of a response: raw (strictest role only) and what the text pipeline derives from it.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "response_texts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub response_id: i64,
    #[sea_orm(column_type = "Text")]
    pub raw: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub redacted: Option<String>,
    pub lang_detected: Option<String>,
    pub lang_confidence: Option<f64>,
    pub processed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
