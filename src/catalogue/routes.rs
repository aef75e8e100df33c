//! `GET /api/v1/catalogue?lang=`: what a client needs to build a form (public).
use super::{Question, QuestionKind, ScaleStyle, choices_in, pick};
use crate::web::AppState;
use actix_web::{HttpResponse, get, web};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(catalogue);
}

#[derive(Deserialize)]
struct CatalogueQuery {
    lang: Option<String>,
}

#[derive(Serialize)]
struct QuestionOut {
    id: String,
    kind: &'static str,
    required: bool,
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    indicator: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    picture: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<Vec<Value>>,
}

fn question_out(q: &Question, style: ScaleStyle, lang: &str, state: &AppState) -> QuestionOut {
    let text = q.text(lang);
    let choices = (q.kind != QuestionKind::Text).then(|| {
        choices_in(q, style, lang, &state.i18n)
            .into_iter()
            .map(|c| {
                // Scales send numbers, so a client can post back exactly what it was given.
                let value = match (q.kind.is_numeric(), c.value.parse::<i64>()) {
                    (true, Ok(n)) => json!(n),
                    _ => json!(c.value),
                };
                json!({"value": value, "label": c.label})
            })
            .collect()
    });
    QuestionOut {
        id: q.key.clone(),
        kind: q.kind.as_str(),
        required: q.required,
        text: text.map(|t| t.text.clone()).unwrap_or_default(),
        help: text.and_then(|t| t.help.clone()),
        indicator: q.indicator.clone(),
        picture: q.picture.clone(),
        choices,
    }
}

#[get("/api/v1/catalogue")]
async fn catalogue(state: web::Data<AppState>, query: web::Query<CatalogueQuery>) -> HttpResponse {
    let catalogue = state.catalogue.get();
    let lang = query
        .lang
        .as_deref()
        .filter(|l| catalogue.language(l).is_some())
        .unwrap_or(crate::i18n::DEFAULT_LANG);
    let surveys: Vec<Value> = catalogue
        .surveys
        .iter()
        .filter(|s| s.active)
        .map(|s| {
            let text = s.text(lang);
            json!({
                "slug": s.slug,
                "audience": s.audience.as_str(),
                "languages": s.complete_languages(),
                "roles": s.roles,
                "assisted": s.assisted,
                "title": text.map(|t| t.title.as_str()).unwrap_or_default(),
                "intro": text.map(|t| t.intro.as_str()).unwrap_or_default(),
                "questions": s.asked().map(|q| question_out(q, s.scale_style, lang, &state)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let units: Vec<Value> = catalogue
        .units
        .iter()
        .filter(|u| u.active)
        .map(|u| {
            json!({
                "slug": u.slug,
                "name": u.name,
                "service_kind": u.service_kind,
                "service_kind_name": catalogue.service_kind(&u.service_kind).map(|k| pick(&k.names, lang)),
                "district": u.district,
                "zone": u.zone,
            })
        })
        .collect();
    let languages: Vec<Value> = catalogue
        .languages
        .iter()
        .map(|l| json!({"code": l.code, "name": l.name, "dir": l.dir, "interface": state.i18n.has_language(&l.code)}))
        .collect();
    HttpResponse::Ok()
        .json(json!({"lang": lang, "surveys": surveys, "units": units, "languages": languages}))
}
