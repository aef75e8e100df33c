//! `POST /api/v1/responses` (public), `GET` and `DELETE /api/v1/responses/{id}`.
use super::{AnswerInput, IntakeError, Stored, Submission};
use crate::admin::{Principal, Role};
use crate::web::{AppState, client_address, read_body};
use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use serde::Deserialize;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Largest request body accepted on the public API.
pub const MAX_BODY: usize = 64 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(create).service(show).service(erase);
}

#[derive(Deserialize)]
struct SubmissionJson {
    survey: String,
    unit: String,
    lang: String,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    assisted_by: Option<String>,
    #[serde(default)]
    answers: serde_json::Map<String, Value>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    submission_id: Option<String>,
}

fn answer_input(value: Value) -> Option<AnswerInput> {
    let scalar = |v: Value| match v {
        Value::String(s) => s,
        other => other.to_string(),
    };
    match value {
        Value::Null => None,
        Value::Array(items) => Some(AnswerInput::Many(items.into_iter().map(scalar).collect())),
        other => Some(AnswerInput::One(scalar(other))),
    }
}

impl From<SubmissionJson> for Submission {
    fn from(j: SubmissionJson) -> Submission {
        let answers: BTreeMap<String, AnswerInput> = j
            .answers
            .into_iter()
            .filter_map(|(k, v)| answer_input(v).map(|a| (k, a)))
            .collect();
        Submission {
            survey: j.survey,
            unit: j.unit,
            lang: j.lang,
            role: j.role,
            assisted_by: j.assisted_by,
            answers,
            text: j.text,
            submission_id: j.submission_id,
            revision: None,
        }
    }
}

fn is_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"))
}

#[post("/api/v1/responses")]
async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, IntakeError> {
    if !is_json(&req) {
        return Err(IntakeError::UnsupportedMediaType);
    }
    state
        .limiter
        .check(client_address(&req, &state.settings))
        .await
        .map_err(IntakeError::RateLimited)?;
    let body = read_body(&req, payload, MAX_BODY)
        .await
        .map_err(|_| IntakeError::PayloadTooLarge(MAX_BODY))?;
    let parsed: SubmissionJson =
        serde_json::from_slice(&body).map_err(|e| IntakeError::InvalidJson(e.to_string()))?;
    let mut submission: super::Submission = parsed.into();
    // The reply's id is the submission id, never the internal sequence (which would
    // tell anyone how many answers there are); one is made when the client sent none.
    let blank = submission
        .submission_id
        .as_deref()
        .is_none_or(|s| s.trim().is_empty());
    if blank {
        submission.submission_id = Some(uuid::Uuid::new_v4().hyphenated().to_string());
    }
    let public_id = submission
        .submission_id
        .as_deref()
        .and_then(|s| uuid::Uuid::parse_str(s.trim()).ok())
        .map(|u| u.hyphenated().to_string());
    let stored = state.intake.submit(&submission).await?;
    Ok(match stored {
        Stored::Created(_) => HttpResponse::Created().json(json!({"id": public_id})),
        Stored::Existing(_) => HttpResponse::Ok().json(json!({"id": public_id, "duplicate": true})),
    })
}

/// The response a path names, after the reader's allowance and with the read in the
/// audit log (the id, never the text).
async fn read_allowed(
    state: &AppState,
    principal: &Principal,
    key: &str,
) -> Result<i64, IntakeError> {
    if principal.role != Role::Admin {
        state
            .record_reads
            .check(principal.name.clone())
            .await
            .map_err(IntakeError::TooManyReads)?;
    }
    let id = super::resolve(&state.db, key)
        .await?
        .ok_or(IntakeError::NotFound)?;
    crate::admin::audit::record(
        &state.db,
        &principal.name,
        "response.read",
        Some(&id.to_string()),
        None,
    )
    .await;
    Ok(id)
}

#[get("/api/v1/responses/{id}")]
async fn show(
    state: web::Data<AppState>,
    principal: Principal,
    id: web::Path<String>,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    let scope = principal.read_scope()?;
    let id = read_allowed(&state, &principal, &id).await?;
    let stored = super::find(&state.db, id)
        .await
        .map_err(IntakeError::from)?
        .ok_or(IntakeError::NotFound)?;
    let catalogue = state.catalogue.get();
    let r = &stored.response;
    let survey = catalogue.surveys.iter().find(|s| s.id == r.survey_id);
    let unit = catalogue.units.iter().find(|u| u.id == r.unit_id);
    // Another unit's answer is, to a unit lead, an answer that is not there.
    if !unit.is_some_and(|u| scope.includes(&u.slug)) {
        return Err(IntakeError::NotFound.into());
    }
    let answered: Vec<&crate::catalogue::Question> = survey
        .map(|s| {
            s.questions
                .iter()
                .filter(|q| stored.answers.iter().any(|a| a.question_id == q.db_id))
                .collect()
        })
        .unwrap_or_default();
    // Each question answered, worded as it was when the answer was given.
    let revision = r.catalogue_revision.unwrap_or(0);
    let wordings = crate::catalogue::edit::wordings_given(&state.db, &answered, &r.lang, revision)
        .await
        .map_err(IntakeError::from)?;
    let asked: serde_json::Map<String, serde_json::Value> = answered
        .iter()
        .filter_map(|q| {
            wordings
                .get(&q.db_id)
                .map(|(lang, text)| (q.key.clone(), json!({"lang": lang, "text": text})))
        })
        .collect();
    let mut answers = serde_json::Map::new();
    for a in &stored.answers {
        let Some(q) = answered.iter().find(|q| q.db_id == a.question_id) else {
            continue;
        };
        let value = match (q.kind.is_numeric(), a.value.parse::<i64>()) {
            (true, Ok(n)) => json!(n),
            _ => json!(a.value),
        };
        if q.kind == crate::catalogue::QuestionKind::Multi {
            let entry = answers.entry(q.key.clone()).or_insert_with(|| json!([]));
            if let Some(list) = entry.as_array_mut() {
                list.push(value);
            }
        } else {
            answers.insert(q.key.clone(), value);
        }
    }
    let text = stored.text.as_ref();
    // Only the redacted text ever leaves the server here, with its placeholders in the
    // reader's language (Accept-Language).
    let accept = req
        .headers()
        .get("Accept-Language")
        .and_then(|v| v.to_str().ok());
    let reader_lang = crate::i18n::negotiate(&state.i18n, None, None, accept).lang;
    let themes = themes_of(&state, &stored)
        .await
        .map_err(IntakeError::from)?;
    let redacted = text
        .and_then(|t| t.redacted.as_deref())
        .map(|r| crate::text::render_redacted(r, &reader_lang, &state.i18n));
    if principal.role != Role::Admin {
        // One family's answer on its own is a group of one: staff other than admins
        // read what it says, never where, when, in which form or by whom it was given
        // (search shows no finer place, month or language than its facets may). The
        // language of the text is what the text itself shows.
        return Ok(HttpResponse::Ok().json(json!({
            "id": r.submission_id.clone().unwrap_or_else(|| r.id.to_string()),
            "has_text": text.is_some(),
            "text_redacted": redacted,
            "language": {
                "declared": null,
                "detected": text.and_then(|t| t.lang_detected.clone()),
                "confidence": text.and_then(|t| t.lang_confidence),
            },
            "themes": themes,
        })));
    }
    Ok(HttpResponse::Ok().json(json!({
        "id": r.id,
        "submission_id": r.submission_id,
        "survey": survey.map(|s| s.slug.as_str()),
        "unit": unit.map(|u| u.slug.as_str()),
        "role": r.role,
        "assisted_by": r.assisted_by,
        "period": r.period,
        "answers": answers,
        "questions": asked,
        "catalogue_revision": revision,
        "has_text": text.is_some(),
        "text_redacted": redacted,
        "language": {
            "declared": r.lang,
            "detected": text.and_then(|t| t.lang_detected.clone()),
            "confidence": text.and_then(|t| t.lang_confidence),
        },
        "themes": themes,
    })))
}

/// A stored response's themes: the codebook's tags of its redacted text, in the text's
/// language (the form's when unknown), with planners' verdicts winning over them.
pub(crate) async fn themes_of(
    state: &AppState,
    stored: &super::StoredResponse,
) -> Result<Vec<String>, sea_orm::DbErr> {
    let r = &stored.response;
    let mut themes: Vec<String> = stored
        .text
        .as_ref()
        .and_then(|t| t.redacted.as_deref().map(|red| (t, red)))
        .map(|(t, red)| {
            let lang = match t.lang_detected.as_deref() {
                Some(l) if l != crate::text::UNDETERMINED => l,
                _ => r.lang.as_str(),
            };
            state
                .themes
                .get()
                .tagger
                .tag(&crate::text::redact::strip_marks(red), lang)
        })
        .unwrap_or_default();
    let verdicts = crate::themes::verdicts(&state.db, r.id).await?;
    themes.retain(|t| verdicts.get(t) != Some(&false));
    for (theme, confirmed) in &verdicts {
        if *confirmed && !themes.contains(theme) {
            themes.push(theme.clone());
        }
    }
    themes.sort();
    Ok(themes)
}

#[delete("/api/v1/responses/{id}")]
async fn erase(
    state: web::Data<AppState>,
    principal: Principal,
    id: web::Path<String>,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Admin)?;
    let id = super::resolve(&state.db, &id)
        .await
        .map_err(IntakeError::from)?
        .ok_or(IntakeError::NotFound)?;
    if !super::erase(&state.db, &state.catalogue.get(), id, &principal.name)
        .await
        .map_err(IntakeError::from)?
    {
        return Err(IntakeError::NotFound.into());
    }
    Ok(HttpResponse::NoContent().finish())
}
