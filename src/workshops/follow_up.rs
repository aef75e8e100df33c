//! Closing the loop, measured: the process indicators of DOMAIN.md §5 from surveys,
//! workshops and actions. P1 per unit (children's views asked → documented → used), P2
//! (themes raised in feedback that reached a workshop; workshop actions done), P3 per
//! unit (stages of co-creation covered). For planners: `/admin/follow-up` and
//! `GET /api/v1/follow-up`.
use super::model::Stage;
use super::store::{self, WorkshopError};
use crate::admin::{Principal, Role, Staff};
use crate::catalogue::Audience;
use crate::web::{AppState, Page, PageError};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, web};
use entity::prelude::*;
use entity::{response, workshop, workshop_note};
use minijinja::context;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use std::collections::{BTreeSet, HashMap, HashSet};

pub fn configure_pages(cfg: &mut web::ServiceConfig) {
    cfg.service(page);
}

pub fn configure_api(cfg: &mut web::ServiceConfig) {
    cfg.service(api);
}

#[derive(Debug, serde::Serialize)]
pub struct UnitFollowUp {
    pub unit: String,
    pub name: String,
    /// P1: children's answers in the last twelve months, or a workshop with children.
    pub asked: bool,
    /// P1: a workshop with children for the unit has notes.
    pub documented: bool,
    /// P1: an action for the unit came from a workshop with children.
    pub used: bool,
    /// P1 as a number: how many of asked → documented → used are reached, in order.
    pub p1: u8,
    /// P3: the stages of co-creation the unit's workshops covered.
    pub stages: Vec<&'static str>,
    pub p3: f64,
    pub actions: usize,
    pub actions_done: usize,
}

#[derive(Debug, serde::Serialize)]
pub struct ThemeFollowUp {
    pub theme: String,
    pub name: String,
    /// Texts tagged with the theme in the last twelve months; absent under k.
    pub texts: Option<u64>,
    /// Raised in feedback: at least k texts.
    pub raised: bool,
    pub workshops: usize,
    pub actions: usize,
    pub actions_done: usize,
}

#[derive(Debug, serde::Serialize)]
pub struct FollowUp {
    pub units: Vec<UnitFollowUp>,
    pub themes: Vec<ThemeFollowUp>,
    /// P2: share of raised themes that reached a workshop.
    pub p2_reached: Option<f64>,
    /// P2: share of workshop actions done.
    pub p2_done: Option<f64>,
    pub actions: usize,
    pub actions_done: usize,
}

fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| (part as f64 / whole as f64 * 1000.0).round() / 1000.0)
}

pub async fn compute(state: &AppState, lang: &str) -> Result<FollowUp, WorkshopError> {
    let db = &state.db;
    let catalogue = state.catalogue.get();
    let workshops = Workshop::find().all(db).await?;
    let actions = store::all_actions(db).await?;
    let year_ago = crate::clock::today() - chrono::Duration::days(365);

    // Children's answers per unit in the last year.
    let child_surveys: Vec<i32> = catalogue
        .surveys
        .iter()
        .filter(|s| s.audience != Audience::Parent && s.audience != Audience::Partner)
        .map(|s| s.id)
        .collect();
    let child_units: HashSet<i32> = Response::find()
        .select_only()
        .column(response::Column::UnitId)
        .distinct()
        .filter(response::Column::SurveyId.is_in(child_surveys))
        .filter(response::Column::CreatedOn.gte(year_ago))
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let noted: HashSet<i32> = WorkshopNote::find()
        .select_only()
        .column(workshop_note::Column::WorkshopId)
        .distinct()
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let unit_of = |w: &workshop::Model| w.unit.clone().filter(|_| w.scope_kind == "unit");
    let with_children: HashSet<i32> = workshops
        .iter()
        .filter(|w| w.with_children)
        .map(|w| w.id)
        .collect();

    let units = catalogue
        .units
        .iter()
        .filter(|u| u.active)
        .map(|u| {
            let mine: Vec<&workshop::Model> = workshops
                .iter()
                .filter(|w| unit_of(w).as_deref() == Some(u.slug.as_str()))
                .collect();
            let unit_actions: Vec<_> = actions
                .iter()
                .filter(|a| a.unit.as_deref() == Some(u.slug.as_str()))
                .collect();
            let asked = child_units.contains(&u.id) || mine.iter().any(|w| w.with_children);
            let documented = mine
                .iter()
                .any(|w| w.with_children && noted.contains(&w.id));
            let used = unit_actions
                .iter()
                .any(|a| with_children.contains(&a.workshop_id));
            let p1 = if asked && documented && used {
                3
            } else if asked && documented {
                2
            } else if asked {
                1
            } else {
                0
            };
            let covered: BTreeSet<&str> = mine.iter().map(|w| w.stage.as_str()).collect();
            let stages: Vec<&'static str> = Stage::ALL
                .iter()
                .map(|s| s.as_str())
                .filter(|s| covered.contains(s))
                .collect();
            UnitFollowUp {
                unit: u.slug.clone(),
                name: u.name.clone(),
                asked,
                documented,
                used,
                p1,
                p3: stages.len() as f64 / Stage::ALL.len() as f64,
                stages,
                actions: unit_actions.len(),
                actions_done: unit_actions.iter().filter(|a| a.status == "done").count(),
            }
        })
        .collect();

    // Themes raised in feedback: tagged texts over the twelve whole months up to the
    // last finished one (the dashboard's default window), under the planners' k; a
    // month under way would only be a small, partial group at the window's edge.
    use crate::indicators::compute;
    let last = compute::last_whole_month();
    let month = |m: u32| compute::Grain::Month.label(m);
    let request = crate::search::SearchRequest {
        from: Some(month(compute::year_to(last))),
        to: Some(month(last)),
        limit: 0,
        ..Default::default()
    };
    let counts: HashMap<String, u64> =
        crate::search::routes::run(state, &state.search, &request, lang)
            .await
            .map(|r| {
                r.facets
                    .get("theme")
                    .map(|f| {
                        f.values
                            .iter()
                            .map(|v| (v.value.clone(), v.count))
                            .collect()
                    })
                    .unwrap_or_default()
            })
            .unwrap_or_default();
    let k = u64::from(state.settings.min_cell);
    let themes: Vec<ThemeFollowUp> = state
        .themes
        .get()
        .codebook
        .themes
        .iter()
        .map(|t| {
            let linked: Vec<_> = actions
                .iter()
                .filter(|a| a.themes.split(',').any(|s| s == t.slug))
                .collect();
            let texts = counts.get(&t.slug).copied().filter(|n| *n >= k);
            ThemeFollowUp {
                theme: t.slug.clone(),
                name: t.name(lang).to_owned(),
                raised: texts.is_some(),
                texts,
                workshops: workshops
                    .iter()
                    .filter(|w| w.scope_kind == "theme" && w.scope == t.slug)
                    .count()
                    + linked
                        .iter()
                        .map(|a| a.workshop_id)
                        .collect::<HashSet<_>>()
                        .len(),
                actions: linked.len(),
                actions_done: linked.iter().filter(|a| a.status == "done").count(),
            }
        })
        .collect();
    let raised = themes.iter().filter(|t| t.raised).count();
    let reached = themes
        .iter()
        .filter(|t| t.raised && t.workshops > 0)
        .count();
    let done = actions.iter().filter(|a| a.status == "done").count();
    Ok(FollowUp {
        units,
        themes,
        p2_reached: share(reached, raised),
        p2_done: share(done, actions.len()),
        actions: actions.len(),
        actions_done: done,
    })
}

#[get("/follow-up")]
async fn page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Planner) {
        return Err(page.role_forbidden());
    }
    let follow_up = compute(&state, &page.lang)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    page.render(
        "admin/follow_up.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            f => minijinja::Value::from(minijinja::value::Serde(follow_up)),
            k => state.settings.min_cell,
        },
    )
}

#[get("/api/v1/follow-up")]
async fn api(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let lang = crate::web::query_param(&req, "lang").unwrap_or_else(|| "nb".into());
    let follow_up = compute(&state, &lang)
        .await
        .map_err(|e| actix_web::error::ErrorServiceUnavailable(e.to_string()))?;
    Ok(HttpResponse::Ok().json(follow_up))
}
