//! `GET /api/v1/themes` (the codebook with how often planners confirmed or rejected each
//! theme's tags) and `POST /api/v1/responses/{id}/themes` (a planner's verdict on a tag).
use crate::admin::{Principal, Role};
use crate::db::begin_write;
use crate::web::{AppState, read_body};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, get, post, web};
use entity::prelude::*;
use entity::theme_feedback;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use serde_json::json;
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    InvalidTheme(String),
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("search is unavailable")]
    Search(String),
    #[error("no response has that id")]
    NotFound,
    #[error("database error")]
    Database(#[from] DbErr),
}

impl ResponseError for ThemeError {
    fn status_code(&self) -> StatusCode {
        match self {
            ThemeError::Invalid(_) | ThemeError::InvalidTheme(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ThemeError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ThemeError::Search(_) => StatusCode::SERVICE_UNAVAILABLE,
            ThemeError::NotFound => StatusCode::NOT_FOUND,
            ThemeError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let code = match self {
            ThemeError::Invalid(_) => "invalid_verdict",
            ThemeError::InvalidTheme(_) => "invalid_theme",
            ThemeError::BadRequest { code, .. } => code,
            ThemeError::Search(e) => {
                tracing::error!(error = %e, "theme trend failed");
                "search_unavailable"
            }
            ThemeError::NotFound => "not_found",
            ThemeError::Database(e) => {
                tracing::error!(error = %e, "theme feedback failed");
                "internal"
            }
        };
        HttpResponse::build(self.status_code())
            .json(json!({"error": code, "message": self.to_string()}))
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(trend)
        .service(list)
        .service(save_theme)
        .service(decide);
}

#[derive(serde::Deserialize)]
struct ThemeBody {
    #[serde(default)]
    names: BTreeMap<String, String>,
    #[serde(default)]
    terms: BTreeMap<String, Vec<String>>,
}

/// Adds or changes a theme (planner): `{"names": {lang: name}, "terms": {lang: [term]}}`.
/// Every stored text is tagged again with the new terms.
#[actix_web::put("/api/v1/themes/{slug}")]
async fn save_theme(
    state: web::Data<AppState>,
    principal: Principal,
    slug: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let body = read_body(&req, payload, 64 * 1024).await?;
    let sent: ThemeBody = serde_json::from_slice(&body).map_err(|e| {
        ThemeError::InvalidTheme(format!(
            "send {{\"names\": {{lang: name}}, \"terms\": {{lang: [term, …]}}}}: {e}"
        ))
    })?;
    let catalogue = state.catalogue.get();
    let theme = super::store::check(&slug, sent.names, sent.terms, |l| {
        catalogue.language(l).is_some()
    })
    .map_err(|problems| ThemeError::InvalidTheme(problems.join("; ")))?;
    let created = super::store::save(&state.db, &theme, &principal.name)
        .await
        .map_err(ThemeError::from)?;
    state.cluster.changed(crate::cluster::Shared::Themes).await;
    state
        .themes
        .reload(&state.db)
        .await
        .map_err(ThemeError::from)?;
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(HttpResponse::build(status).json(json!({
        "slug": theme.slug,
        "names": theme.names,
        "terms": theme.terms,
        "retagging": true,
    })))
}

/// Theme counts and shares by period (`grain` month, quarter or year) or across a
/// dimension, with the search's filters.
#[get("/api/v1/themes/trend")]
async fn trend(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let catalogue = state.catalogue.get();
    let (mut by, mut grain) = ("period".to_owned(), crate::indicators::Grain::Month);
    for (key, value) in form_urlencoded::parse(req.query_string().as_bytes()) {
        match key.as_ref() {
            "by" if !value.is_empty() => {
                if !super::trend::DIMENSIONS.contains(&value.as_ref()) {
                    return Err(ThemeError::BadRequest {
                        code: "unknown_dimension",
                        message: format!("by is one of {}", super::trend::DIMENSIONS.join(", ")),
                    }
                    .into());
                }
                by = value.into_owned();
            }
            "grain" => {
                grain = crate::indicators::Grain::parse(&value).ok_or(ThemeError::BadRequest {
                    code: "unknown_grain",
                    message: "grain is month, quarter or year".to_owned(),
                })?;
            }
            _ => {}
        }
    }
    // The search's own filters, checked the same way (q and theme are not used).
    let base = crate::search::routes::parse_request(req.query_string(), &catalogue)?;
    if let (Some(from), Some(to)) = (&base.from, &base.to)
        && from > to
    {
        return Err(ThemeError::BadRequest {
            code: "inverted_range",
            message: "from is after to".to_owned(),
        }
        .into());
    }
    let accept = req
        .headers()
        .get("Accept-Language")
        .and_then(|v| v.to_str().ok());
    let lang = crate::i18n::negotiate(&state.i18n, None, None, accept).lang;
    let rows = super::trend::trend(&state, &base, &by, grain, &lang)
        .await
        .map_err(|e| ThemeError::Search(e.to_string()))?;
    Ok(HttpResponse::Ok().json(rows))
}

/// (confirmed, rejected) per theme.
pub(crate) async fn verdict_counts(
    db: &DatabaseConnection,
) -> Result<BTreeMap<String, (u64, u64)>, DbErr> {
    let mut out: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for f in ThemeFeedback::find().all(db).await? {
        let entry = out.entry(f.theme).or_default();
        if f.verdict == "confirmed" {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    Ok(out)
}

/// The verdicts on one response: theme -> confirmed?
pub async fn verdicts(
    db: &DatabaseConnection,
    response_id: i64,
) -> Result<BTreeMap<String, bool>, DbErr> {
    Ok(ThemeFeedback::find()
        .filter(theme_feedback::Column::ResponseId.eq(response_id))
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.theme, f.verdict == "confirmed"))
        .collect())
}

#[get("/api/v1/themes")]
async fn list(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let accept = req
        .headers()
        .get("Accept-Language")
        .and_then(|v| v.to_str().ok());
    let lang = crate::i18n::negotiate(&state.i18n, None, None, accept).lang;
    let counts = verdict_counts(&state.db).await.map_err(ThemeError::from)?;
    let codebook = state.themes.get();
    let themes: Vec<_> = codebook
        .codebook
        .themes
        .iter()
        .map(|t| {
            let (confirmed, rejected) = counts.get(&t.slug).copied().unwrap_or_default();
            let decided = confirmed + rejected;
            json!({
                "slug": t.slug,
                "name": t.name(&lang),
                "terms": t.terms,
                "confirmed": confirmed,
                "rejected": rejected,
                // How often the terms tag the right texts, by planners' verdicts.
                "precision": (decided > 0).then(|| confirmed as f64 / decided as f64),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(themes))
}

#[derive(serde::Deserialize)]
struct Verdict {
    theme: String,
    verdict: String,
}

#[post("/api/v1/responses/{id}/themes")]
async fn decide(
    state: web::Data<AppState>,
    principal: Principal,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let id: i64 = id.parse().map_err(|_| ThemeError::NotFound)?;
    let body = read_body(&req, payload, 4 * 1024).await?;
    let verdict: Verdict = serde_json::from_slice(&body).map_err(|e| {
        ThemeError::Invalid(format!(
            "send {{\"theme\": slug, \"verdict\": \"confirmed\"|\"rejected\"}}: {e}"
        ))
    })?;
    if state.themes.get().codebook.get(&verdict.theme).is_none() {
        return Err(ThemeError::Invalid(format!("no theme is called {:?}", verdict.theme)).into());
    }
    if !matches!(verdict.verdict.as_str(), "confirmed" | "rejected") {
        return Err(ThemeError::Invalid("verdict is confirmed or rejected".into()).into());
    }
    if Response::find_by_id(id)
        .one(&state.db)
        .await
        .map_err(ThemeError::from)?
        .is_none()
    {
        return Err(ThemeError::NotFound.into());
    }
    let txn = begin_write(&state.db).await.map_err(ThemeError::from)?;
    // The response is indexed again with the verdict, so theme counts follow it.
    crate::intake::order_outbox(&txn)
        .await
        .map_err(ThemeError::from)?;
    ThemeFeedback::insert(theme_feedback::ActiveModel {
        response_id: Set(id),
        theme: Set(verdict.theme.clone()),
        verdict: Set(verdict.verdict.clone()),
        decided_by: Set(principal.name.clone()),
        decided_at: Set(chrono::Utc::now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            theme_feedback::Column::ResponseId,
            theme_feedback::Column::Theme,
        ])
        .update_columns([
            theme_feedback::Column::Verdict,
            theme_feedback::Column::DecidedBy,
            theme_feedback::Column::DecidedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await
    .map_err(ThemeError::from)?;
    entity::prelude::SearchOutbox::insert(crate::intake::to_index(id))
        .exec_without_returning(&txn)
        .await
        .map_err(ThemeError::from)?;
    txn.commit().await.map_err(ThemeError::from)?;
    Ok(HttpResponse::Ok()
        .json(json!({"id": id, "theme": verdict.theme, "verdict": verdict.verdict})))
}
