//! Builds what the form template shows from the catalogue, the page language and, after
//! a refused submission, what the respondent had filled in and what was wrong.
use crate::catalogue::{Catalogue, QuestionKind, Survey, choices_in, pick};
use crate::i18n::fluent_args;
use crate::intake::{FieldError, MAX_TEXT_CHARS, Submission};
use crate::web::Page;
use serde::Serialize;

#[derive(Serialize)]
pub struct ChoiceView {
    value: String,
    label: String,
    checked: bool,
}

#[derive(Serialize)]
pub struct QuestionView {
    key: String,
    /// Name of the form field.
    name: String,
    /// Partial template that draws it.
    partial: &'static str,
    kind: &'static str,
    text: String,
    help: Option<String>,
    required: bool,
    choices: Vec<ChoiceView>,
    value: String,
    error: Option<String>,
}

#[derive(Serialize)]
pub struct SectionView {
    title: Option<String>,
    questions: Vec<QuestionView>,
}

#[derive(Serialize)]
pub struct UnitOption {
    slug: String,
    name: String,
    selected: bool,
}

#[derive(Serialize)]
pub struct UnitGroup {
    district: String,
    units: Vec<UnitOption>,
}

#[derive(Serialize)]
pub struct ErrorLink {
    target: String,
    message: String,
}

#[derive(Serialize)]
pub struct FormView {
    slug: String,
    title: String,
    intro: String,
    unit_name: Option<String>,
    unit_slug: Option<String>,
    unit_groups: Vec<UnitGroup>,
    unit_error: Option<String>,
    submission_id: String,
    sections: Vec<SectionView>,
    roles: Vec<ChoiceView>,
    role_error: Option<String>,
    errors: Vec<ErrorLink>,
    max_text: usize,
    question_count: usize,
}

/// A field error in the reader's language.
pub fn error_message(page: &Page, error: &FieldError, text_len: usize) -> String {
    match error.error {
        "missing_answer" => page.t("error-required"),
        "invalid_value" | "unknown_question" => page.t("error-choice"),
        "text_too_long" => {
            let args = fluent_args([
                ("count", minijinja::Value::from(text_len)),
                ("max", minijinja::Value::from(MAX_TEXT_CHARS)),
            ]);
            page.state
                .i18n
                .format(&page.lang, "error-text-too-long", Some(&args))
        }
        "unknown_unit" => page.t("error-unit"),
        "invalid_role" => page.t("error-role"),
        _ => page.t("error-body"),
    }
}

fn partial(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Text => "forms/_text.html",
        _ => "forms/_choices.html",
    }
}

/// The form for `survey`, filled with `given` (after a refused submission) or empty.
pub fn form_view(
    page: &Page,
    catalogue: &Catalogue,
    survey: &Survey,
    given: &Submission,
    errors: &[FieldError],
    submission_id: String,
) -> FormView {
    let lang = page.lang.as_str();
    let text_len = given
        .text
        .as_deref()
        .map(|t| t.chars().count())
        .unwrap_or(0);
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| error_message(page, e, text_len))
    };
    let mut error_links = Vec::new();

    let unit = catalogue.unit(&given.unit);
    let unit_error = error_for("unit").or_else(|| {
        errors
            .iter()
            .any(|e| e.error == "unknown_unit")
            .then(|| page.t("error-unit"))
    });
    if let Some(message) = &unit_error {
        error_links.push(ErrorLink {
            target: "unit".into(),
            message: message.clone(),
        });
    }
    let unit_groups = if unit.is_some() && unit_error.is_none() {
        Vec::new()
    } else {
        catalogue
            .districts
            .iter()
            .map(|d| UnitGroup {
                district: d.name.clone(),
                units: catalogue
                    .units
                    .iter()
                    .filter(|u| u.active && u.district == d.slug)
                    .map(|u| UnitOption {
                        slug: u.slug.clone(),
                        name: u.name.clone(),
                        selected: u.slug == given.unit,
                    })
                    .collect(),
            })
            .filter(|g| !g.units.is_empty())
            .collect()
    };

    let question_view = |q: &crate::catalogue::Question| {
        let text = q.text(lang);
        let selected: Vec<&str> = match given.answers.get(&q.key) {
            Some(crate::intake::AnswerInput::One(v)) => vec![v.as_str()],
            Some(crate::intake::AnswerInput::Many(vs)) => vs.iter().map(String::as_str).collect(),
            None => Vec::new(),
        };
        let is_text = q.kind == QuestionKind::Text;
        let error = if is_text {
            error_for("text").or_else(|| error_for(&q.key))
        } else {
            error_for(&q.key)
        };
        QuestionView {
            key: q.key.clone(),
            name: if is_text {
                "text".into()
            } else {
                format!("q.{}", q.key)
            },
            partial: partial(q.kind),
            kind: q.kind.as_str(),
            text: text.map(|t| t.text.clone()).unwrap_or_default(),
            help: text.and_then(|t| t.help.clone()),
            required: q.required,
            choices: choices_in(q, lang, &page.state.i18n)
                .into_iter()
                .map(|c| ChoiceView {
                    checked: selected.contains(&c.value.as_str()),
                    value: c.value,
                    label: c.label,
                })
                .collect(),
            value: if is_text {
                given.text.clone().unwrap_or_default()
            } else {
                String::new()
            },
            error,
        }
    };

    let mut sections: Vec<SectionView> = survey
        .sections
        .iter()
        .map(|s| SectionView {
            title: Some(pick(&s.titles, lang).to_owned()),
            questions: survey
                .questions
                .iter()
                .filter(|q| q.section.as_deref() == Some(s.key.as_str()))
                .map(question_view)
                .collect(),
        })
        .collect();
    let loose: Vec<QuestionView> = survey
        .questions
        .iter()
        .filter(|q| {
            q.section
                .as_ref()
                .is_none_or(|key| !survey.sections.iter().any(|s| &s.key == key))
        })
        .map(question_view)
        .collect();
    if !loose.is_empty() {
        sections.push(SectionView {
            title: None,
            questions: loose,
        });
    }
    sections.retain(|s| !s.questions.is_empty());
    for q in sections.iter().flat_map(|s| &s.questions) {
        if let Some(message) = &q.error {
            error_links.push(ErrorLink {
                target: format!("q-{}", q.key),
                message: message.clone(),
            });
        }
    }

    let role_error = error_for("role");
    if let Some(message) = &role_error {
        error_links.push(ErrorLink {
            target: "role".into(),
            message: message.clone(),
        });
    }
    let roles = survey
        .roles
        .iter()
        .map(|r| ChoiceView {
            value: r.clone(),
            label: page.t(&format!("role-{r}")),
            checked: given.role.as_deref() == Some(r.as_str()),
        })
        .collect();
    let text = survey.text(lang);
    FormView {
        slug: survey.slug.clone(),
        title: text.map(|t| t.title.clone()).unwrap_or_default(),
        intro: text.map(|t| t.intro.clone()).unwrap_or_default(),
        unit_name: unit
            .filter(|_| unit_error.is_none())
            .map(|u| u.name.clone()),
        unit_slug: unit
            .filter(|_| unit_error.is_none())
            .map(|u| u.slug.clone()),
        unit_groups,
        unit_error,
        submission_id,
        question_count: survey
            .questions
            .iter()
            .filter(|q| q.kind != QuestionKind::Text)
            .count(),
        sections,
        roles,
        role_error,
        errors: error_links,
        max_text: MAX_TEXT_CHARS,
    }
}
