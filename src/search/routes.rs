//! `GET /api/v1/search` and the planner's search page `/admin/search`.
use super::query::{HitText, SearchRequest, SearchResult, search};
use super::{SearchError, SearchHandle};
use crate::admin::Principal;
use crate::catalogue::Catalogue;
use crate::text::render_redacted;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, get, web};
use entity::prelude::*;
use entity::{response, response_text};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, JoinType, QueryFilter, QuerySelect};
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
                // A theme not in the codebook selects nothing, like an empty one.
                let known = catalogue.knows(&key, &value).unwrap_or(value.len() <= 64);
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
    // Waiting here costs a task, not a thread.
    let _running = search_handle
        .running
        .acquire()
        .await
        .map_err(|_| SearchError::WriterGone)?;
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

pub(crate) async fn hit_texts(
    db: &DatabaseConnection,
    catalogue: &Catalogue,
    ids: &[i64],
    render: impl Fn(&str) -> String,
) -> Result<BTreeMap<i64, HitText>, SearchError> {
    if ids.is_empty() {
        return Ok(BTreeMap::new());
    }
    // One round trip, and only the columns shown: never the raw text.
    let to_response = ResponseText::belongs_to(Response)
        .from(response_text::Column::ResponseId)
        .to(response::Column::Id)
        .into();
    let rows = ResponseText::find()
        .select_only()
        .column(response_text::Column::ResponseId)
        .column(response_text::Column::Redacted)
        .column(response_text::Column::LangDetected)
        .column(response::Column::Lang)
        .column(response::Column::UnitId)
        .column(response::Column::Period)
        .join(JoinType::InnerJoin, to_response)
        .filter(response_text::Column::ResponseId.is_in(ids.iter().copied()))
        .filter(response_text::Column::Redacted.is_not_null())
        .into_tuple::<(i64, Option<String>, Option<String>, String, i32, String)>()
        .all(db)
        .await?;
    let mut out = BTreeMap::new();
    for (id, redacted, lang_detected, declared, unit_id, period) in rows {
        let Some(redacted) = redacted else {
            continue;
        };
        let lang = lang_detected.unwrap_or_else(|| crate::text::UNDETERMINED.to_owned());
        let analysis_lang = if lang == crate::text::UNDETERMINED {
            declared.clone()
        } else {
            lang.clone()
        };
        let unit = catalogue.units.iter().find(|u| u.id == unit_id);
        out.insert(
            id,
            HitText {
                rendered: render(&redacted),
                lang,
                analysis_lang,
                declared,
                unit: unit.map(|u| u.slug.clone()).unwrap_or_default(),
                unit_name: unit.map(|u| u.name.clone()).unwrap_or_default(),
                period,
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
    let scope = principal.read_scope()?;
    let catalogue = state.catalogue.get();
    let mut request = parse_request(req.query_string(), &catalogue)?;
    // A unit lead searches their own units' texts only.
    request.unit = scope.narrow(request.unit.as_deref())?;
    request.exact = principal.role == crate::admin::Role::Admin;
    let accept = req
        .headers()
        .get("Accept-Language")
        .and_then(|v| v.to_str().ok());
    let reader_lang = crate::i18n::negotiate(&state.i18n, None, None, accept).lang;
    let result = run(&state, &state.search, &request, &reader_lang)
        .await
        .map_err(SearchApiError::from)?;
    let status = &state.search.status;
    Ok(HttpResponse::Ok().json(SearchBody {
        facets: &result.facets,
        hits: &result.hits,
        index: IndexBody {
            progress: status.progress(),
            state: status.state(),
        },
        total: result.total,
        withheld: result.withheld.as_ref(),
    }))
}

/// The API's answer to a search, written straight out (a `json!` tree of the hits and
/// facets was built and freed on every search). Fields in the order `json!` gave them.
#[derive(serde::Serialize)]
struct SearchBody<'a> {
    facets: &'a super::query::Facets,
    hits: &'a [super::query::Hit],
    index: IndexBody,
    total: Option<u64>,
    withheld: Option<&'a super::query::Withheld>,
}

#[derive(serde::Serialize)]
struct IndexBody {
    progress: f64,
    state: &'static str,
}

pub fn configure_pages(cfg: &mut web::ServiceConfig) {
    cfg.service(search_page);
}

#[derive(serde::Serialize)]
struct Option_ {
    value: String,
    label: String,
    selected: bool,
}

#[derive(serde::Serialize)]
struct Piece {
    text: String,
    hit: bool,
}

#[derive(serde::Serialize)]
struct HitView {
    lang: String,
    /// Language, month and unit where the search's facets show them.
    lang_name: Option<String>,
    period: Option<String>,
    unit_name: Option<String>,
    pieces: Vec<Piece>,
}

#[derive(serde::Serialize)]
struct FacetValueView {
    label: String,
    count: u64,
    href: String,
}

#[derive(serde::Serialize)]
struct FacetViewModel {
    label: String,
    values: Vec<FacetValueView>,
    hidden: bool,
}

/// Names for a language code: the catalogue's name, or our word for Danish, Swedish and
/// "not determined".
fn language_name(code: &str, catalogue: &Catalogue, page: &crate::web::Page) -> String {
    match code {
        "und" => page.t("search-lang-und"),
        "da" => page.t("lang-da"),
        "sv" => page.t("lang-sv"),
        _ => catalogue
            .language(code)
            .map(|l| l.name.clone())
            .unwrap_or_else(|| code.to_owned()),
    }
}

fn facet_label(facet: &str, value: &str, catalogue: &Catalogue, page: &crate::web::Page) -> String {
    match facet {
        "lang" => Some(language_name(value, catalogue, page)),
        "unit" => catalogue.unit(value).map(|u| u.name.clone()),
        "service_kind" => catalogue
            .service_kind(value)
            .map(|k| crate::catalogue::pick(&k.names, &page.lang).to_owned()),
        "district" => catalogue
            .districts
            .iter()
            .find(|d| d.slug == value)
            .map(|d| d.name.clone()),
        "zone" => catalogue
            .zones
            .iter()
            .find(|z| z.slug == value)
            .map(|z| z.name.clone()),
        "survey" => catalogue
            .survey(value)
            .and_then(|s| s.text(&page.lang).or_else(|| s.text("nb")))
            .map(|t| t.title.clone()),
        "audience" => Some(page.t(&format!("audience-{value}"))),
        _ => None,
    }
    .unwrap_or_else(|| value.to_owned())
}

/// The current search's address with `pairs` set (and paging reset unless set).
fn with_params(query: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        if k != "offset" && !pairs.iter().any(|(key, _)| *key == k) {
            out.append_pair(&k, &v);
        }
    }
    for (k, v) in pairs {
        out.append_pair(k, v);
    }
    format!("/admin/search?{}", out.finish())
}

fn to_value<T: serde::Serialize>(value: &T) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(value))
}

#[get("/search")]
async fn search_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: crate::admin::Staff,
) -> Result<HttpResponse, crate::web::PageError> {
    use minijinja::context;
    let page = crate::web::Page::new(&state, &req, None);
    let scope = staff
        .principal
        .read_scope()
        .map_err(|_| page.role_forbidden())?;
    let catalogue = state.catalogue.get();
    // The page's own `lang` parameter is the interface language; the filter is `text_lang`.
    let query: String = form_urlencoded::parse(req.query_string().as_bytes())
        .filter(|(k, _)| k != "lang")
        .map(|(k, v)| {
            if k == "text_lang" {
                ("lang".into(), v)
            } else {
                (k, v)
            }
        })
        .fold(
            form_urlencoded::Serializer::new(String::new()),
            |mut s, (k, v)| {
                s.append_pair(&k, &v);
                s
            },
        )
        .finish();
    let mut request =
        parse_request(&query, &catalogue).map_err(|_| page.error(StatusCode::BAD_REQUEST))?;
    request.unit = scope
        .narrow(request.unit.as_deref())
        .map_err(|_| page.role_forbidden())?;
    request.exact = staff.principal.role == crate::admin::Role::Admin;
    let searched = !req.query_string().is_empty();
    let result = if searched {
        Some(
            run(&state, &state.search, &request, &page.lang)
                .await
                .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?,
        )
    } else {
        None
    };
    let selected = |current: &Option<String>, value: &str| current.as_deref() == Some(value);
    let options = |items: Vec<(String, String)>, current: &Option<String>| -> Vec<Option_> {
        items
            .into_iter()
            .map(|(value, label)| Option_ {
                selected: selected(current, &value),
                value,
                label,
            })
            .collect()
    };
    let text_lang = request.langs.first().cloned();
    let mut lang_codes: Vec<String> = catalogue.languages.iter().map(|l| l.code.clone()).collect();
    lang_codes.extend(["da", "sv", "und"].map(String::from));
    let langs = options(
        lang_codes
            .iter()
            .map(|c| (c.clone(), language_name(c, &catalogue, &page)))
            .collect(),
        &text_lang,
    );
    let units = options(
        catalogue
            .units
            .iter()
            .filter(|u| scope.includes(&u.slug))
            .map(|u| (u.slug.clone(), u.name.clone()))
            .collect(),
        &request.unit,
    );
    let districts = options(
        catalogue
            .districts
            .iter()
            .map(|d| (d.slug.clone(), d.name.clone()))
            .collect(),
        &request.district,
    );
    let zones = options(
        catalogue
            .zones
            .iter()
            .map(|z| (z.slug.clone(), z.name.clone()))
            .collect(),
        &request.zone,
    );
    let surveys = options(
        catalogue
            .surveys
            .iter()
            .map(|s| {
                (
                    s.slug.clone(),
                    facet_label("survey", &s.slug, &catalogue, &page),
                )
            })
            .collect(),
        &request.survey,
    );
    let audiences = options(
        [
            "parent",
            "child_4_7",
            "child_8_12",
            "youth_13_18",
            "partner",
        ]
        .iter()
        .map(|a| (a.to_string(), page.t(&format!("audience-{a}"))))
        .collect(),
        &request.audience,
    );
    let mut hits = Vec::new();
    let mut facets = Vec::new();
    let mut more_href = None;
    let (mut total, mut withheld) = (None, None);
    if let Some(result) = &result {
        for hit in &result.hits {
            hits.push(HitView {
                lang: hit.text_lang.clone(),
                lang_name: hit
                    .lang
                    .as_deref()
                    .map(|l| language_name(l, &catalogue, &page)),
                period: hit.period.clone(),
                unit_name: hit.unit_name.clone(),
                pieces: hit
                    .pieces()
                    .into_iter()
                    .map(|(text, hit)| Piece { text, hit })
                    .collect(),
            });
        }
        // In the order planners think in (language first, period last), not by name.
        let ordered = super::schema::FACETS
            .iter()
            .filter_map(|name| result.facets.get_key_value(name));
        for (name, view) in ordered {
            let filter_key = if *name == "lang" { "text_lang" } else { name };
            facets.push(FacetViewModel {
                label: page.t(&match *name {
                    "service_kind" => "search-facet-service_kind".to_owned(),
                    "period" => "search-hit-period".to_owned(),
                    other => format!("search-filter-{other}"),
                }),
                values: view
                    .values
                    .iter()
                    .map(|v| FacetValueView {
                        label: facet_label(name, &v.value, &catalogue, &page),
                        count: v.count,
                        href: if *name == "period" {
                            with_params(req.query_string(), &[("from", &v.value), ("to", &v.value)])
                        } else {
                            with_params(req.query_string(), &[(filter_key, &v.value)])
                        },
                    })
                    .collect(),
                hidden: view.hidden,
            });
        }
        total = result.total;
        withheld = result.withheld.as_ref().map(|_| {
            let args = crate::i18n::fluent_args([("k", state.settings.min_cell.into())]);
            state
                .i18n
                .format(&page.lang, "search-withheld", Some(&args))
        });
        // A full page may have more after it (the total is published with its noise,
        // so it cannot say exactly).
        if result.hits.len() >= request.limit.clamp(1, super::query::MAX_LIMIT) {
            let offset = (request.offset + request.limit).to_string();
            more_href = Some(with_params(req.query_string(), &[("offset", &offset)]));
        }
    }
    let total_text = match total {
        Some(count) => {
            let args = crate::i18n::fluent_args([("count", count.into())]);
            state.i18n.format(&page.lang, "search-total", Some(&args))
        }
        // Texts shown, but fewer than k of them: their number is not published.
        None => {
            let args = crate::i18n::fluent_args([("k", state.settings.min_cell.into())]);
            state
                .i18n
                .format(&page.lang, "search-total-few", Some(&args))
        }
    };
    let few_text = {
        let args = crate::i18n::fluent_args([("k", state.settings.min_cell.into())]);
        state
            .i18n
            .format(&page.lang, "search-facet-few", Some(&args))
    };
    let status = &state.search.status;
    let rebuilding =
        (status.state() == "rebuilding").then(|| (status.progress() * 100.0).round() as u32);
    page.render(
        "admin/search.html",
        context! {
            staff_name => staff.principal.name,
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf,
            q => request.q,
            from => request.from,
            to => request.to,
            langs => to_value(&langs),
            units => to_value(&units),
            districts => to_value(&districts),
            zones => to_value(&zones),
            surveys => to_value(&surveys),
            audiences => to_value(&audiences),
            searched => searched,
            hits => to_value(&hits),
            facets => to_value(&facets),
            total_text => total_text,
            withheld => withheld,
            few_text => few_text,
            more_href => more_href,
            rebuilding => rebuilding,
        },
    )
}
