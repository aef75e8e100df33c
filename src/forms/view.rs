//! Builds what the form template shows from the catalogue, the page language and, after
//! a refused submission, what the respondent had filled in and what was wrong.
use crate::catalogue::{Audience, Catalogue, QuestionKind, Survey, choices_in, pick};
use crate::i18n::fluent_args;
use crate::intake::{FieldError, MAX_TEXT_CHARS, Submission};
use crate::web::Page;
use serde::Serialize;

#[derive(Serialize)]
pub struct ChoiceView {
    value: String,
    label: String,
    checked: bool,
    /// For scales: where the face's mouth curves to (sad below 0, happy above).
    smile: Option<i32>,
}

/// The curve of a face's mouth for point `index` of a scale of `count` points: the same
/// face means the same thing in every language and reading direction.
fn smile(index: usize, count: usize) -> i32 {
    if count < 2 {
        return 0;
    }
    let span = 14.0;
    let position = index as f64 / (count - 1) as f64;
    ((position - 0.5) * span).round() as i32
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
    /// The help text cut where a phone number stands, so the number can be tapped.
    help_pieces: Vec<Piece>,
    required: bool,
    choices: Vec<ChoiceView>,
    value: String,
    error: Option<String>,
    /// Draw faces above the labels.
    faces: bool,
    picture: Option<String>,
    /// A recorded reading of the question, when the catalogue has one.
    audio: Option<String>,
    /// Position in the form, and the id of the next question (screens layout).
    number: usize,
    next: Option<String>,
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
    /// The question the error is about, in the reader's language, so that the link says
    /// which one (an error summary of "answer this question" five times says nothing).
    question: Option<String>,
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
    /// The catalogue revision this form shows, posted back with the answers.
    revision: i32,
    sections: Vec<SectionView>,
    /// Answered with an adult beside the child: one question per screen.
    assisted: bool,
    /// A form for children or youth.
    for_children: bool,
    roles: Vec<ChoiceView>,
    /// `role`, or `assisted_by` on an assisted form.
    role_field: &'static str,
    role_question: String,
    role_error: Option<String>,
    errors: Vec<ErrorLink>,
    max_text: usize,
    /// All questions, free text included ("question 2 of 6", and the progress line).
    question_total: usize,
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
            question: Some(page.t("choose-unit")),
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

    let numbered: Vec<&crate::catalogue::Question> = survey.asked().collect();
    let question_view = |q: &crate::catalogue::Question| {
        let index = numbered.iter().position(|n| n.key == q.key).unwrap_or(0);
        let next = numbered.get(index + 1).map(|n| format!("q-{}", n.key));
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
            help_pieces: text
                .and_then(|t| t.help.as_deref())
                .map(phone_pieces)
                .unwrap_or_default(),
            required: q.required,
            choices: {
                let choices = choices_in(q, survey.scale_style, lang, &page.state.i18n);
                // The faces span the scale; "does not apply" has none.
                let count = choices
                    .iter()
                    .filter(|c| c.value != crate::catalogue::NOT_APPLICABLE)
                    .count();
                choices
                    .into_iter()
                    .enumerate()
                    .map(|(i, c)| ChoiceView {
                        checked: selected.contains(&c.value.as_str()),
                        smile: (q.kind.is_numeric() && c.value != crate::catalogue::NOT_APPLICABLE)
                            .then(|| smile(i, count)),
                        value: c.value,
                        label: c.label,
                    })
                    .collect()
            },
            value: if is_text {
                given.text.clone().unwrap_or_default()
            } else {
                String::new()
            },
            error,
            faces: q.kind.is_numeric(),
            picture: q.picture.clone(),
            audio: q
                .texts
                .get(lang)
                .and_then(|t| t.audio_file.as_ref())
                .map(|f| format!("/audio/{f}")),
            number: index + 1,
            next,
        }
    };

    let mut sections: Vec<SectionView> = survey
        .sections
        .iter()
        .map(|s| SectionView {
            title: Some(pick(&s.titles, lang).to_owned()),
            questions: survey
                .asked()
                .filter(|q| q.section.as_deref() == Some(s.key.as_str()))
                .map(question_view)
                .collect(),
        })
        .collect();
    let loose: Vec<QuestionView> = survey
        .asked()
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
                question: Some(q.text.clone()),
                message: message.clone(),
            });
        }
    }

    let role_field = if survey.assisted {
        "assisted_by"
    } else {
        "role"
    };
    let given_role = if survey.assisted {
        &given.assisted_by
    } else {
        &given.role
    };
    let role_error = error_for(role_field);
    if let Some(message) = &role_error {
        error_links.push(ErrorLink {
            target: "role".into(),
            question: None,
            message: message.clone(),
        });
    }
    let roles = survey
        .roles
        .iter()
        .map(|r| ChoiceView {
            value: r.clone(),
            label: page.t(&format!("role-{r}")),
            checked: given_role.as_deref() == Some(r.as_str()),
            smile: None,
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
        revision: catalogue.revision,
        question_total: survey.asked().count(),
        sections,
        assisted: survey.assisted,
        for_children: survey.audience != Audience::Parent && survey.audience != Audience::Partner,
        roles,
        role_field,
        role_question: page.t(if survey.assisted {
            "assisted-by-question"
        } else {
            "role-question"
        }),
        role_error,
        errors: error_links,
        max_text: MAX_TEXT_CHARS,
    }
}

/// A piece of a help text: plain words, or a phone number to call (`tel`, digits only).
#[derive(Serialize, Debug, PartialEq)]
pub struct Piece {
    text: String,
    tel: Option<String>,
}

/// Cuts `text` where phone numbers stand: runs of digits (spaces between them allowed)
/// with six digits (helplines such as 116 111) or eight (Norwegian numbers). Other
/// numbers (ages, years) stay words.
pub fn phone_pieces(text: &str) -> Vec<Piece> {
    static NUMBER: std::sync::LazyLock<Option<regex::Regex>> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\b\d(?:[ \u{a0}]?\d){5,7}\b").ok());
    let mut out = Vec::new();
    let mut at = 0;
    if let Some(re) = NUMBER.as_ref() {
        for m in re.find_iter(text) {
            let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
            if digits.len() != 6 && digits.len() != 8 {
                continue;
            }
            if m.start() > at {
                out.push(Piece {
                    text: text[at..m.start()].to_owned(),
                    tel: None,
                });
            }
            out.push(Piece {
                text: m.as_str().to_owned(),
                tel: Some(digits),
            });
            at = m.end();
        }
    }
    if at < text.len() {
        out.push(Piece {
            text: text[at..].to_owned(),
            tel: None,
        });
    }
    out
}

#[cfg(test)]
mod phone_tests {
    use super::*;

    #[test]
    fn helplines_and_phone_numbers_can_be_tapped_and_other_numbers_cannot() {
        let pieces = phone_pieces(
            "Ring Alarmtelefonen på 116 111. Det er gratis, også for barn på 7 år i 2026.",
        );
        let tels: Vec<_> = pieces.iter().filter_map(|p| p.tel.as_deref()).collect();
        assert_eq!(tels, vec!["116111"]);
        assert_eq!(
            pieces.iter().map(|p| p.text.as_str()).collect::<String>(),
            "Ring Alarmtelefonen på 116 111. Det er gratis, også for barn på 7 år i 2026."
        );
        assert_eq!(
            phone_pieces("ring 22 33 44 55")[1].tel.as_deref(),
            Some("22334455")
        );
        assert!(
            phone_pieces("år 2026 og 12345")
                .iter()
                .all(|p| p.tel.is_none())
        );
        assert!(phone_pieces("").is_empty());
    }
}
