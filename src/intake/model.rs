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
    /// On an assisted (child) form: the role of the adult beside the child.
    pub assisted_by: Option<String>,
    pub answers: BTreeMap<String, AnswerInput>,
    pub text: Option<String>,
    pub submission_id: Option<String>,
    /// The catalogue revision the form was shown in (HTML forms send it back), so an
    /// answer is kept with the wording it was given even if the catalogue changed since.
    pub revision: Option<i32>,
}

/// A checked response, ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewResponse {
    pub survey_id: i32,
    pub unit_id: i32,
    pub lang: String,
    pub role: Option<String>,
    pub assisted_by: Option<String>,
    /// (question database id, value); one row per chosen value.
    pub answers: Vec<(i32, String)>,
    pub text: Option<String>,
    pub submission_id: Option<String>,
    pub created_on: NaiveDate,
    /// Language and redaction of `text`, filled in before the response is stored.
    pub processed: Option<crate::text::ProcessedText>,
    /// (indicator, positive) once per indicator the answers speak to; kept summed in
    /// the indicator cube in the same transaction.
    pub facts: Vec<(String, bool)>,
    pub catalogue_revision: i32,
    /// Random key of the cell-key method (docs/DISCLOSURE.md), drawn once, never shown.
    pub record_key: u32,
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

    // On an assisted form the roles are the adult's, recorded apart from the child's answers.
    let given = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(str::to_owned)
    };
    let (role, assisted_by) = (given(&submission.role), given(&submission.assisted_by));
    let (checked, unexpected) = if survey.assisted {
        (("assisted_by", &assisted_by), ("role", &role))
    } else {
        (("role", &role), ("assisted_by", &assisted_by))
    };
    if let Some(value) = checked.1
        && !survey.roles.iter().any(|r| r == value)
    {
        errors.push(field_error(
            checked.0,
            "invalid_role",
            format!("{} must be one of {}", checked.0, survey.roles.join(", ")),
        ));
    }
    if unexpected.1.is_some() {
        errors.push(field_error(
            unexpected.0,
            "invalid_role",
            format!("survey {} does not take {}", survey.slug, unexpected.0),
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
    for q in survey.asked().filter(|q| q.required) {
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
        facts: crate::indicators::compute::facts_of(catalogue, &answers),
        survey_id: survey.id,
        unit_id: unit.id,
        lang: submission.lang.clone(),
        role,
        assisted_by,
        answers,
        text,
        submission_id,
        created_on: today,
        processed: None,
        record_key: fastrand::u32(..),
        // Only a revision that exists counts; anything else is the one in force.
        catalogue_revision: submission
            .revision
            .filter(|r| (0..=catalogue.revision).contains(r))
            .unwrap_or(catalogue.revision),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{
        Audience, Catalogue, Choice, Language, Question, QuestionText, Survey, Unit,
    };
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn question(db_id: i32, key: &str, kind: QuestionKind, required: bool) -> Question {
        let mut texts = BTreeMap::new();
        texts.insert(
            "nb".to_owned(),
            QuestionText {
                text: key.to_owned(),
                help: None,
                reviewed: false,
                audio_file: None,
            },
        );
        let choices = if kind == QuestionKind::Multi {
            ["bus", "car", "walk"]
                .iter()
                .map(|v| Choice {
                    value: (*v).to_owned(),
                    labels: BTreeMap::new(),
                })
                .collect()
        } else {
            Vec::new()
        };
        Question {
            db_id,
            key: key.into(),
            section: None,
            kind,
            required,
            indicator: None,
            picture: None,
            active: true,
            texts,
            choices,
        }
    }

    fn catalogue() -> Catalogue {
        Catalogue {
            languages: vec![Language {
                code: "nb".into(),
                name: "Norsk".into(),
                dir: "ltr".into(),
                detector: true,
            }],
            units: vec![Unit {
                id: 7,
                slug: "unit-a".into(),
                name: "Unit A".into(),
                service_kind: "bft".into(),
                district: "heimdal".into(),
                zone: None,
                active: true,
            }],
            surveys: vec![Survey {
                id: 3,
                slug: "parent".into(),
                audience: Audience::Parent,
                roles: vec!["parent".into()],
                active: true,
                assisted: false,
                scale_style: crate::catalogue::ScaleStyle::Agree,
                texts: BTreeMap::new(),
                sections: Vec::new(),
                questions: vec![
                    question(1, "helpful", QuestionKind::Scale5, true),
                    question(2, "safe", QuestionKind::YesNo, false),
                    question(3, "travel", QuestionKind::Multi, false),
                    question(4, "words", QuestionKind::Text, false),
                ],
            }],
            ..Catalogue::default()
        }
    }

    fn submission(answers: &[(&str, AnswerInput)]) -> Submission {
        Submission {
            survey: "parent".into(),
            unit: "unit-a".into(),
            lang: "nb".into(),
            answers: answers
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
            ..Submission::default()
        }
    }

    fn one(v: &str) -> AnswerInput {
        AnswerInput::One(v.into())
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
    }

    #[test]
    fn a_valid_submission_becomes_a_response_with_one_row_per_value() {
        let s = submission(&[
            ("helpful", one("4")),
            ("safe", one("unsure")),
            (
                "travel",
                AnswerInput::Many(vec!["bus".into(), "walk".into(), "bus".into()]),
            ),
            ("words", one("  Takk  ")),
        ]);
        let r = validate(&catalogue(), &s, today()).expect("valid");
        assert_eq!((r.survey_id, r.unit_id), (3, 7));
        assert_eq!(
            r.answers,
            vec![
                (1, "4".into()),
                (2, "unsure".into()),
                (3, "bus".into()),
                (3, "walk".into())
            ]
        );
        assert_eq!(
            r.text.as_deref(),
            Some("Takk"),
            "the text question may be answered under its id"
        );
        assert_eq!(r.period(), "2026-11");
    }

    #[test]
    fn empty_answers_count_as_unanswered() {
        let e = validate(&catalogue(), &submission(&[("helpful", one(" "))]), today()).unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(
            (e[0].field.as_str(), e[0].error),
            ("helpful", "missing_answer")
        );
    }

    #[test]
    fn every_problem_is_named_with_its_field() {
        let mut s = submission(&[
            ("helpful", one("6")),
            ("nope", one("1")),
            ("safe", AnswerInput::Many(vec!["yes".into(), "no".into()])),
        ]);
        s.unit = "elsewhere".into();
        s.role = Some("mayor".into());
        s.text = Some("x".repeat(MAX_TEXT_CHARS + 1));
        let errors = validate(&catalogue(), &s, today()).unwrap_err();
        let found: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.error)).collect();
        for expected in [
            ("unit", "unknown_unit"),
            ("role", "invalid_role"),
            ("helpful", "invalid_value"),
            ("nope", "unknown_question"),
            ("safe", "invalid_value"),
            ("text", "text_too_long"),
        ] {
            assert!(
                found.contains(&expected),
                "{expected:?} missing from {found:?}"
            );
        }
        assert!(
            !found.contains(&("helpful", "missing_answer")),
            "one error per field"
        );
    }

    #[test]
    fn a_submission_id_is_stored_in_canonical_form() {
        let mut s = submission(&[("helpful", one("5"))]);
        s.submission_id = Some("5F0C9A4E-2B1D-4C53-9F0E-0A6F1D7A3B21".into());
        let r = validate(&catalogue(), &s, today()).expect("valid");
        assert_eq!(
            r.submission_id.as_deref(),
            Some("5f0c9a4e-2b1d-4c53-9f0e-0a6f1d7a3b21")
        );
    }

    proptest! {
        #[test]
        fn normalised_text_is_trimmed_and_free_of_control_characters(s in any::<String>()) {
            if let Some(t) = normalise_text(&s) {
                prop_assert!(!t.is_empty());
                prop_assert_eq!(t.trim(), t.as_str());
                prop_assert!(t.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'));
                prop_assert_eq!(normalise_text(&t), Some(t.clone()), "normalising twice changes nothing");
            }
        }

        #[test]
        fn validation_never_accepts_a_value_its_question_does_not_offer(
            helpful in "\\PC{0,3}",
            safe in prop::option::of("\\PC{0,6}"),
        ) {
            let mut answers = vec![("helpful", one(&helpful))];
            if let Some(v) = &safe {
                answers.push(("safe", one(v)));
            }
            if let Ok(r) = validate(&catalogue(), &submission(&answers), today()) {
                let survey = &catalogue().surveys[0];
                for (id, value) in &r.answers {
                    let q = survey.questions.iter().find(|q| q.db_id == *id).expect("known question");
                    prop_assert!(q.accepts(value));
                }
            }
        }
    }
}
