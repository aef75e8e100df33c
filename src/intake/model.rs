//! What a submission is before and after validation. `validate` is pure: it checks a
//! [`Submission`] against the catalogue and returns either a [`NewResponse`] ready to
//! store or every problem found, so a form can show them all at once.
use crate::catalogue::{Catalogue, QuestionKind};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Longest free text accepted, in characters.
pub const MAX_TEXT_CHARS: usize = 4000;

/// An answer as sent: one value, or several for multiple choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerInput {
    One(String),
    Many(Vec<String>),
}

/// A submission as it arrives, from the JSON API or the HTML form.
#[derive(Debug, Clone, Default)]
pub struct Submission {
    pub survey: String,
    pub unit: String,
    pub lang: String,
    pub role: Option<String>,
    pub answers: BTreeMap<String, AnswerInput>,
    pub text: Option<String>,
    pub submission_id: Option<String>,
}

/// A checked response, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewResponse {
    pub survey_id: i32,
    pub unit_id: i32,
    pub lang: String,
    pub role: Option<String>,
    /// (question database id, value); one row per chosen value.
    pub answers: Vec<(i32, String)>,
    pub text: Option<String>,
    pub submission_id: Option<String>,
    pub created_on: NaiveDate,
}

impl NewResponse {
    /// Reporting period (month) of the response.
    pub fn period(&self) -> String {
        self.created_on.format("%Y-%m").to_string()
    }
}

/// One problem with a submission, tied to the field it concerns.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldError {
    /// `survey`, `unit`, `lang`, `role`, `text`, `submission_id`, or a question id.
    pub field: String,
    /// Stable code: unknown_survey, unknown_unit, unknown_language, unknown_question,
    /// invalid_value, missing_answer, text_too_long, invalid_role, invalid_submission_id.
    pub error: &'static str,
    /// English explanation for API clients; pages translate from `error`.
    pub message: String,
}

fn field_error(field: &str, error: &'static str, message: String) -> FieldError {
    FieldError {
        field: field.to_owned(),
        error,
        message,
    }
}

/// Cleans free text so every store and every screen can hold it: CRLF becomes LF,
/// NUL and other control characters (but tab and newline) are dropped, and the ends are
/// trimmed. Empty text is no text.
pub fn normalise_text(text: &str) -> Option<String> {
    let cleaned: String = text
        .replace("\r\n", "\n")
        .chars()
        .map(|c| if c == '\r' { '\n' } else { c })
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    let trimmed = cleaned.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// Checks a submission against the catalogue.
pub fn validate(
    catalogue: &Catalogue,
    submission: &Submission,
    today: NaiveDate,
) -> Result<NewResponse, Vec<FieldError>> {
    let mut errors = Vec::new();
    let survey = catalogue.survey(&submission.survey);
    if survey.is_none() {
        errors.push(field_error(
            "survey",
            "unknown_survey",
            format!("no survey is called {:?}", submission.survey),
        ));
    }
    let unit = catalogue.unit(&submission.unit);
    if unit.is_none() {
        errors.push(field_error(
            "unit",
            "unknown_unit",
            format!("no unit is called {:?}", submission.unit),
        ));
    }
    if catalogue.language(&submission.lang).is_none() {
        errors.push(field_error(
            "lang",
            "unknown_language",
            format!(
                "{:?} is not one of the product's languages",
                submission.lang
            ),
        ));
    }
    let Some(survey) = survey else {
        return Err(errors);
    };

    let role = submission
        .role
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if let Some(role) = role
        && !survey.roles.iter().any(|r| r == role)
    {
        errors.push(field_error(
            "role",
            "invalid_role",
            format!("role must be one of {}", survey.roles.join(", ")),
        ));
    }

    let submission_id = match submission
        .submission_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        None => None,
        Some(raw) => match uuid::Uuid::parse_str(raw) {
            Ok(id) => Some(id.hyphenated().to_string()),
            Err(_) => {
                errors.push(field_error(
                    "submission_id",
                    "invalid_submission_id",
                    "submission_id must be a UUID".into(),
                ));
                None
            }
        },
    };

    let mut text = submission.text.as_deref().and_then(normalise_text);
    let mut answers = Vec::new();
    for (key, input) in &submission.answers {
        let Some(question) = survey.question(key) else {
            errors.push(field_error(
                key,
                "unknown_question",
                format!("survey {} has no question {key:?}", survey.slug),
            ));
            continue;
        };
        if question.kind == QuestionKind::Text {
            // The free-text question may also be answered under its id.
            match input {
                AnswerInput::One(v) if text.is_none() => text = normalise_text(v),
                AnswerInput::One(v) if normalise_text(v).is_none() => {}
                _ => errors.push(field_error(
                    key,
                    "invalid_value",
                    "send free text once, in `text`".into(),
                )),
            }
            continue;
        }
        let values: Vec<&str> = match input {
            AnswerInput::One(v) => vec![v.trim()],
            AnswerInput::Many(vs) => vs.iter().map(|v| v.trim()).collect(),
        };
        let values: Vec<&str> = values.into_iter().filter(|v| !v.is_empty()).collect();
        if values.is_empty() {
            continue; // an empty answer is no answer; required questions are checked below
        }
        if values.len() > 1 && question.kind != QuestionKind::Multi {
            errors.push(field_error(
                key,
                "invalid_value",
                format!("question {key} takes one answer"),
            ));
            continue;
        }
        let mut seen = Vec::new();
        for v in values {
            if !question.accepts(v) {
                errors.push(field_error(
                    key,
                    "invalid_value",
                    format!(
                        "{v:?} is not an answer to {key}; use one of {}",
                        question.values().join(", ")
                    ),
                ));
            } else if !seen.contains(&v) {
                seen.push(v);
                answers.push((question.db_id, v.to_owned()));
            }
        }
    }
    if let Some(t) = &text {
        let count = t.chars().count();
        if count > MAX_TEXT_CHARS {
            errors.push(field_error(
                "text",
                "text_too_long",
                format!("the text has {count} characters; at most {MAX_TEXT_CHARS} are accepted"),
            ));
        }
    }
    for q in survey.questions.iter().filter(|q| q.required) {
        let answered = if q.kind == QuestionKind::Text {
            text.is_some()
        } else {
            answers.iter().any(|(id, _)| *id == q.db_id)
        };
        let already = errors.iter().any(|e| e.field == q.key);
        if !answered && !already {
            errors.push(field_error(
                &q.key,
                "missing_answer",
                format!("question {} must be answered", q.key),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some(unit), Some(_)) = (unit, catalogue.language(&submission.lang)) else {
        return Err(errors);
    };
    Ok(NewResponse {
        survey_id: survey.id,
        unit_id: unit.id,
        lang: submission.lang.clone(),
        role: role.map(str::to_owned),
        answers,
        text,
        submission_id,
        created_on: today,
    })
}
