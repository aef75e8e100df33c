//! The indicator catalogue for planners: `GET /api/v1/indicator-catalogue`, `PUT
//! /api/v1/indicator-catalogue/{code}`, and the pages `/admin/indicators` (every
//! indicator with its plan, outcome area, the questions that count and which answers
//! are positive) and `/admin/indicators/{code}` (a form for names, plan and outcome).
use super::compute::positive_values;
use super::routes::IndicatorError;
use super::{Indicator, IndicatorCatalogue};
use crate::admin::{Principal, Role, Staff};
use crate::catalogue::Catalogue;
use crate::web::{AppState, Page, PageError, read_body};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, put, web};
use minijinja::context;
use serde_json::json;
use std::collections::BTreeMap;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_json).service(save_json);
}

pub fn configure_pages(cfg: &mut web::ServiceConfig) {
    cfg.service(list_page).service(edit_page).service(save_page);
}

/// A question an indicator counts.
#[derive(Debug, serde::Serialize)]
struct Counted {
    survey: String,
    audience: String,
    question: String,
    text: String,
    kind: String,
    positive: Vec<String>,
}

fn counted(catalogue: &Catalogue, code: &str, lang: &str) -> Vec<Counted> {
    let mut out = Vec::new();
    for survey in &catalogue.surveys {
        for q in survey
            .questions
            .iter()
            .filter(|q| q.indicator.as_deref() == Some(code))
        {
            out.push(Counted {
                survey: survey.slug.clone(),
                audience: survey.audience.as_str().to_owned(),
                question: q.key.clone(),
                text: q.text(lang).map(|t| t.text.clone()).unwrap_or_default(),
                kind: q.kind.as_str().to_owned(),
                positive: positive_values(q.kind)
                    .unwrap_or_default()
                    .iter()
                    .map(|v| (*v).to_owned())
                    .collect(),
            });
        }
    }
    out
}

fn described(catalogue: &Catalogue, i: &Indicator, lang: &str) -> serde_json::Value {
    json!({
        "code": i.code,
        "area": i.area,
        "plan": i.plan,
        "outcome": i.outcome,
        "core": i.core,
        "names": i.names,
        "name": i.name(lang),
        "questions": counted(catalogue, &i.code, lang),
    })
}

#[get("/api/v1/indicator-catalogue")]
async fn list_json(
    state: web::Data<AppState>,
    principal: Principal,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let catalogue = state.catalogue.get();
    let indicators = state.indicators.get();
    let list: Vec<serde_json::Value> = indicators
        .indicators
        .iter()
        .map(|i| described(&catalogue, i, "nb"))
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// Changes an indicator's names, plan reference or outcome area (planner).
#[put("/api/v1/indicator-catalogue/{code}")]
async fn save_json(
    state: web::Data<AppState>,
    principal: Principal,
    code: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let indicators = state.indicators.get();
    if indicators.get(&code).is_none() {
        return Err(IndicatorError::NotFound(format!("no indicator is called {code:?}")).into());
    }
    let body = read_body(&req, payload, 32 * 1024).await?;
    let change: super::store::Change = serde_json::from_slice(&body).map_err(|e| {
        IndicatorError::Invalid(format!(
            "send {{\"names\": {{lang: name}}, \"plan\": text, \"outcome\": code or \"\"}}: {e}"
        ))
    })?;
    let catalogue = state.catalogue.get();
    let changed = super::store::check(&indicators, &code, change, |l| {
        catalogue.language(l).is_some()
    })
    .map_err(|problems| IndicatorError::Invalid(problems.join("; ")))?;
    super::store::save(&state.db, &changed, &principal.name)
        .await
        .map_err(IndicatorError::from)?;
    state
        .cluster
        .changed(crate::cluster::Shared::Indicators)
        .await;
    state
        .indicators
        .reload(&state.db)
        .await
        .map_err(IndicatorError::from)?;
    Ok(HttpResponse::Ok().json(described(&catalogue, &changed, "nb")))
}

#[derive(serde::Serialize)]
struct Line {
    code: String,
    name: String,
    area: String,
    plan: String,
    outcome: Option<String>,
    questions: Vec<Counted>,
}

#[get("/indicators")]
async fn list_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Planner) {
        return Err(page.role_forbidden());
    }
    let catalogue = state.catalogue.get();
    let indicators = state.indicators.get();
    let lines: Vec<Line> = indicators
        .indicators
        .iter()
        .map(|i| Line {
            code: i.code.clone(),
            name: i.name(&page.lang).to_owned(),
            area: i.area.clone(),
            plan: i.plan.clone(),
            outcome: i
                .outcome
                .as_ref()
                .map(|o| outcome_name(&indicators, o, &page.lang)),
            questions: counted(&catalogue, &i.code, &page.lang),
        })
        .collect();
    let saved = crate::web::query_param(&req, "saved")
        .and_then(|code| indicators.get(&code).map(|i| i.name(&page.lang).to_owned()));
    page.render(
        "admin/indicators.html",
        context! {
            staff_name => staff.principal.name,
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf,
            indicators => minijinja::Value::from(minijinja::value::Serde(lines)),
            saved => saved,
        },
    )
}

fn outcome_name(indicators: &IndicatorCatalogue, code: &str, lang: &str) -> String {
    indicators
        .get(code)
        .map(|o| format!("{} {}", o.code, o.name(lang)))
        .unwrap_or_else(|| code.to_owned())
}

#[allow(clippy::too_many_arguments)]
fn form_page(
    page: &Page<'_>,
    state: &AppState,
    staff: &Staff,
    status: StatusCode,
    indicator: &Indicator,
    plan: &str,
    outcome: Option<&str>,
    names: &BTreeMap<String, String>,
    problems: Vec<String>,
) -> Result<HttpResponse, PageError> {
    let catalogue = state.catalogue.get();
    let indicators = state.indicators.get();
    let languages: Vec<(String, String, String, String)> = catalogue
        .languages
        .iter()
        .map(|l| {
            (
                l.code.clone(),
                l.name.clone(),
                l.dir.clone(),
                names.get(&l.code).cloned().unwrap_or_default(),
            )
        })
        .collect();
    let outcomes: Vec<(String, String, bool)> = indicators
        .indicators
        .iter()
        .filter(|i| i.area == "outcome")
        .map(|i| {
            (
                i.code.clone(),
                outcome_name(&indicators, &i.code, &page.lang),
                outcome == Some(i.code.as_str()),
            )
        })
        .collect();
    page.render_status(
        status,
        "admin/indicator.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            code => indicator.code.clone(),
            title => format!("{} {}", indicator.code, indicator.name(&page.lang)),
            voice => indicator.area == "voice",
            plan => plan,
            outcomes => outcomes,
            languages => languages,
            questions => minijinja::Value::from(minijinja::value::Serde(counted(&catalogue, &indicator.code, &page.lang))),
            problems => problems,
        },
    )
}

#[get("/indicators/{code}")]
async fn edit_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Planner) {
        return Err(page.role_forbidden());
    }
    let indicators = state.indicators.get();
    let indicator = indicators
        .get(&code)
        .ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    form_page(
        &page,
        &state,
        &staff,
        StatusCode::OK,
        indicator,
        &indicator.plan,
        indicator.outcome.as_deref(),
        &indicator.names,
        Vec::new(),
    )
}

#[post("/indicators/{code}")]
async fn save_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    code: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Planner) {
        return Err(page.role_forbidden());
    }
    let form = crate::admin::pages::staff_form(&page, &req, payload, &staff, 32 * 1024).await?;
    let indicators = state.indicators.get();
    let indicator = indicators
        .get(&code)
        .ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let names: BTreeMap<String, String> = form
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("name_").map(|l| (l.to_owned(), v.clone())))
        .collect();
    let change = super::store::Change {
        names: names.clone(),
        plan: field("plan"),
        outcome: if indicator.area == "voice" {
            Some(field("outcome").unwrap_or_default())
        } else {
            None
        },
    };
    let catalogue = state.catalogue.get();
    match super::store::check(&indicators, &code, change, |l| {
        catalogue.language(l).is_some()
    }) {
        Ok(changed) => {
            super::store::save(&state.db, &changed, &staff.principal.name)
                .await
                .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
            state
                .cluster
                .changed(crate::cluster::Shared::Indicators)
                .await;
            state
                .indicators
                .reload(&state.db)
                .await
                .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
            Ok(HttpResponse::SeeOther()
                .insert_header((
                    "Location",
                    format!(
                        "/admin/indicators?saved={}&lang={}",
                        changed.code, page.lang
                    ),
                ))
                .finish())
        }
        Err(problems) => {
            let plan = field("plan").unwrap_or_default();
            let outcome = field("outcome");
            form_page(
                &page,
                &state,
                &staff,
                StatusCode::UNPROCESSABLE_ENTITY,
                indicator,
                &plan,
                outcome.as_deref(),
                &names,
                problems,
            )
        }
    }
}
