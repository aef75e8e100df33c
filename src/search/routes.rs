//! `GET /api/v1/search` and the planner's search page `/admin/search`.
use super::query::{HitText, SearchRequest, SearchResult, search};
use super::{SearchError, SearchHandle};
use crate::admin::{Principal, Role};
use crate::catalogue::Catalogue;
use crate::text::render_redacted;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, get, web};
use entity::prelude::*;
use entity::{response, response_text};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::json;
use std::collections::BTreeMap;

/// Longest query accepted, in characters.
const MAX_QUERY_CHARS: usize = 500;
/// Deepest page: planners narrow a search rather than page through thousands.
const MAX_OFFSET: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum SearchApiError {
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("search is not available just now")]
    Unavailable(#[from] SearchError),
}

impl ResponseError for SearchApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            SearchApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            SearchApiError::Unavailable(SearchError::Invalid(_)) => StatusCode::BAD_REQUEST,
            SearchApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let (code, message) = match self {
            SearchApiError::BadRequest { code, message } => (*code, message.clone()),
            SearchApiError::Unavailable(SearchError::Invalid(m)) => {
                ("invalid_parameter", m.clone())
            }
            SearchApiError::Unavailable(e) => {
                tracing::error!(error = %e, "search failed");
                ("search_unavailable", self.to_string())
            }
        };
        HttpResponse::build(self.status_code()).json(json!({"error": code, "message": message}))
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(api_search);
}

fn bad(code: &'static str, message: impl Into<String>) -> SearchApiError {
    SearchApiError::BadRequest {
        code,
        message: message.into(),
    }
}

/// Reads and checks the search parameters; unknown filter values are errors, not empty
/// results, so a typo in a slug is noticed.
pub fn parse_request(query: &str, catalogue: &Catalogue) -> Result<SearchRequest, SearchApiError> {
    let mut request = SearchRequest {
        limit: 20,
        ..Default::default()
    };
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let value = value.trim().to_owned();
        match key.as_ref() {
            "q" => {
                if value.chars().count() > MAX_QUERY_CHARS {
                    return Err(bad(
                        "query_too_long",
                        format!("a search has at most {MAX_QUERY_CHARS} characters"),
                    ));
                }
                request.q = value;
            }
            "lang" => {
                for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    let known =
                        catalogue.language(code).is_some() || matches!(code, "da" | "sv" | "und");
                    if !known {
                        return Err(bad(
                            "unknown_language",
                            format!("no language has the code {code:?}"),
                        ));
                    }
                    request.langs.push(code.to_owned());
                }
            }
            "unit" | "district" | "zone" | "survey" | "audience" | "theme" | "service_kind" => {
                if value.is_empty() {
                    continue;
                }
                let known = match key.as_ref() {
                    "unit" => catalogue.unit(&value).is_some(),
                    "district" => catalogue.districts.iter().any(|d| d.slug == value),
                    "zone" => catalogue.zones.iter().any(|z| z.slug == value),
                    "survey" => catalogue.survey(&value).is_some(),
                    "audience" => crate::catalogue::Audience::parse(&value).is_some(),
                    "service_kind" => catalogue.service_kind(&value).is_some(),
                    // Themes arrive with the codebook; an unknown theme selects nothing.
                    _ => value.len() <= 64,
                };
                if !known {
                    return Err(bad(
                        "unknown_filter",
                        format!("no {key} is called {value:?}"),
                    ));
                }
                let slot = match key.as_ref() {
                    "unit" => &mut request.unit,
                    "district" => &mut request.district,
                    "zone" => &mut request.zone,
                    "survey" => &mut request.survey,
                    "audience" => &mut request.audience,
                    "service_kind" => &mut request.service_kind,
                    _ => &mut request.theme,
                };
                *slot = Some(value);
            }
            "from" | "to" => {
                if value.is_empty() {
                    continue;
                }
                if super::month_number(&value).is_none() {
                    return Err(bad(
                        "invalid_period",
                        format!("{key}={value:?} is not a month (YYYY-MM)"),
                    ));
                }
                if key == "from" {
                    request.from = Some(value);
                } else {
                    request.to = Some(value);
                }
            }
            "limit" => {
                request.limit = value
                    .parse::<usize>()
                    .ok()
                    .filter(|l| (1..=super::query::MAX_LIMIT).contains(l))
                    .ok_or_else(|| {
                        bad(
                            "invalid_limit",
                            format!("limit is 1 to {}", super::query::MAX_LIMIT),
                        )
                    })?;
            }
            "offset" => {
                request.offset = value
                    .parse::<usize>()
                    .ok()
                    .filter(|o| *o <= MAX_OFFSET)
                    .ok_or_else(|| bad("invalid_offset", format!("offset is 0 to {MAX_OFFSET}")))?;
            }
            _ => {}
        }
    }
    Ok(request)
}

/// Runs a search with the hits' redacted texts read from the database (the index keeps
/// none), placeholders in `reader_lang`.
pub async fn run(
    state: &AppState,
    search_handle: &SearchHandle,
    request: &SearchRequest,
    reader_lang: &str,
) -> Result<SearchResult, SearchError> {
    // The index holds ids only; the hits' texts come from the database in one round
    // trip. The search itself is CPU work, so it runs on a blocking thread.
    let k = state.settings.min_cell;
    let handle = search_handle.clone();
    let request = request.clone();
    let db = state.db.clone();
    let catalogue = state.catalogue.get();
    let i18n = std::sync::Arc::clone(&state.i18n);
    let reader_lang = reader_lang.to_owned();
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        search(&handle, &request, k, |ids| {
            runtime.block_on(hit_texts(&db, &catalogue, ids, |redacted| {
                render_redacted(redacted, &reader_lang, &i18n)
            }))
        })
    })
    .await
    .map_err(|_| SearchError::WriterGone)?
}

async fn hit_texts(
    db: &DatabaseConnection,
    catalogue: &Catalogue,
    ids: &[i64],
    render: impl Fn(&str) -> String,
) -> Result<BTreeMap<i64, HitText>, SearchError> {
    if ids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let responses = Response::find()
        .filter(response::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let mut texts: BTreeMap<i64, response_text::Model> = ResponseText::find()
        .filter(response_text::Column::ResponseId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.response_id, t))
        .collect();
    let mut out = BTreeMap::new();
    for r in responses {
        let Some(t) = texts.remove(&r.id) else {
            continue;
        };
        let Some(redacted) = t.redacted.as_deref() else {
            continue;
        };
        let lang = t
            .lang_detected
            .clone()
            .unwrap_or_else(|| crate::text::UNDETERMINED.to_owned());
        let analysis_lang = if lang == crate::text::UNDETERMINED {
            r.lang.clone()
        } else {
            lang.clone()
        };
        let unit = catalogue.units.iter().find(|u| u.id == r.unit_id);
        out.insert(
            r.id,
            HitText {
                rendered: render(redacted),
                lang,
                analysis_lang,
                declared: r.lang.clone(),
                unit: unit.map(|u| u.slug.clone()).unwrap_or_default(),
                unit_name: unit.map(|u| u.name.clone()).unwrap_or_default(),
                period: r.period.clone(),
            },
        );
    }
    Ok(out)
}

#[get("/api/v1/search")]
async fn api_search(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let catalogue = state.catalogue.get();
    let request = parse_request(req.query_string(), &catalogue)?;
    let accept = req
        .headers()
        .get("Accept-Language")
        .and_then(|v| v.to_str().ok());
    let reader_lang = crate::i18n::negotiate(&state.i18n, None, None, accept).lang;
    let result = run(&state, &state.search, &request, &reader_lang)
        .await
        .map_err(SearchApiError::from)?;
    let status = &state.search.status;
    Ok(HttpResponse::Ok().json(json!({
        "total": result.total,
        "hits": result.hits,
        "facets": result.facets,
        "withheld": result.withheld,
        "index": {"state": status.state(), "progress": status.progress()},
    })))
}
