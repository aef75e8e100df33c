//! The facilitator's pages under /admin: workshops (list, create), one workshop (code and
//! QR, material and quotes to approve, notes to group into proposals, actions, close),
//! the projector view with live results over server-sent events, and the printable
//! summary for the minutes. Facilitators and admins only.
use super::live;
use super::material;
use super::model::{Scope, Stage};
use super::store::{self, NewAction, NewWorkshop, WorkshopError};
use crate::admin::pages::staff_form;
use crate::admin::{Role, Staff};
use crate::cluster::Event;
use crate::web::{AppState, Page, PageError, form_field};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use minijinja::{Value, context};
use qrcode::QrCode;
use qrcode::render::svg;
use std::time::Duration;
use tokio::sync::broadcast;

const MAX_FORM: usize = 16 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(manage)
        .service(change)
        .service(proposals)
        .service(record_action)
        .service(action_status)
        .service(projector)
        .service(events)
        .service(summary);
}

fn serde<T: serde::Serialize>(v: T) -> Value {
    Value::from(minijinja::value::Serde(v))
}

fn facilitator<'a>(
    state: &'a AppState,
    req: &HttpRequest,
    staff: &Staff,
) -> Result<Page<'a>, PageError> {
    let page = Page::new(state, req, None);
    if staff.principal.role.allows(Role::Facilitator) {
        Ok(page)
    } else {
        Err(page.role_forbidden())
    }
}

fn failed(page: &Page<'_>, e: WorkshopError) -> PageError {
    match e {
        WorkshopError::NotFound => page.error(StatusCode::NOT_FOUND),
        WorkshopError::Db(err) => {
            tracing::error!(error = %err, "workshop store failed");
            page.error(StatusCode::SERVICE_UNAVAILABLE)
        }
        other => page.error_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            "workshop-error-title",
            &format!("workshop-error-{}", other.code().replace('_', "-")),
        ),
    }
}

fn all_of(form: &[(String, String)], name: &str) -> Vec<String> {
    form.iter()
        .filter(|(k, v)| k == name && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_owned())
        .collect()
}

fn see(location: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", location))
        .finish()
}

#[derive(serde::Serialize)]
struct Row {
    id: i32,
    title: String,
    code: String,
    scope: String,
    stage: String,
    open: bool,
    created: String,
}

/// A workshop's scope in words: the unit's, district's or theme's name.
fn scope_name(state: &AppState, kind: &str, slug: &str, lang: &str) -> String {
    let catalogue = state.catalogue.get();
    match kind {
        "unit" => catalogue.unit(slug).map(|u| u.name.clone()),
        "district" => catalogue
            .districts
            .iter()
            .find(|d| d.slug == slug)
            .map(|d| d.name.clone()),
        _ => state
            .themes
            .get()
            .codebook
            .get(slug)
            .map(|t| t.name(lang).to_owned()),
    }
    .unwrap_or_else(|| slug.to_owned())
}

#[get("/workshops")]
async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let rows: Vec<Row> = store::list(&state.db)
        .await
        .map_err(|e| failed(&page, e))?
        .into_iter()
        .map(|w| Row {
            scope: scope_name(&state, &w.scope_kind, &w.scope, &page.lang),
            open: store::is_open(&w),
            created: w.created_at.format("%Y-%m-%d").to_string(),
            id: w.id,
            title: w.title,
            code: w.code,
            stage: w.stage,
        })
        .collect();
    let catalogue = state.catalogue.get();
    let units: Vec<(String, String)> = catalogue
        .units
        .iter()
        .map(|u| (u.slug.clone(), u.name.clone()))
        .collect();
    let districts: Vec<(String, String)> = catalogue
        .districts
        .iter()
        .map(|d| (d.slug.clone(), d.name.clone()))
        .collect();
    let themes: Vec<(String, String)> = state
        .themes
        .get()
        .codebook
        .themes
        .iter()
        .map(|t| (t.slug.clone(), t.name(&page.lang).to_owned()))
        .collect();
    page.render(
        "admin/workshops.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            workshops => serde(rows),
            units => units,
            districts => districts,
            themes => themes,
            stages => Stage::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        },
    )
}

#[post("/workshops")]
async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let kind = form_field(&form, "scope_kind");
    let scope = Scope::from_parts(kind, form_field(&form, kind))
        .ok_or_else(|| failed(&page, WorkshopError::Invalid("scope")))?;
    let catalogue = state.catalogue.get();
    let known = match &scope {
        Scope::Unit(u) => catalogue.unit(u).is_some(),
        Scope::District(d) => catalogue.districts.iter().any(|x| &x.slug == d),
        Scope::Theme(t) => state.themes.get().codebook.get(t).is_some(),
    };
    if !known {
        return Err(failed(&page, WorkshopError::Invalid("scope")));
    }
    let stage = Stage::parse(form_field(&form, "stage"))
        .ok_or_else(|| failed(&page, WorkshopError::Invalid("stage")))?;
    let unit = match &scope {
        Scope::Unit(u) => Some(u.clone()),
        _ => None,
    };
    let id = store::create(
        &state.db,
        NewWorkshop {
            title: form_field(&form, "title").to_owned(),
            scope,
            unit,
            stage,
            with_children: form_field(&form, "with_children") == "yes",
            days_open: form_field(&form, "days").parse().unwrap_or(1),
        },
        &staff.principal.name,
    )
    .await
    .map_err(|e| failed(&page, e))?;
    Ok(see(format!("/admin/workshops/{id}")))
}

fn qr_svg(link: &str) -> Option<String> {
    QrCode::new(link.as_bytes()).ok().map(|code| {
        code.render::<svg::Color>()
            .min_dimensions(220, 220)
            .quiet_zone(true)
            .build()
    })
}

#[derive(serde::Serialize)]
struct Candidate {
    id: i64,
    snippet: String,
    period: String,
}

#[get("/workshops/{id}")]
async fn manage(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let w = store::get(&state.db, *id)
        .await
        .map_err(|e| failed(&page, e))?;
    let link = format!(
        "{}/w/{}",
        crate::forms::poster::public_base(&state, &req),
        w.code
    );
    let material = material::all(&state, &w, &page.lang)
        .await
        .map_err(|e| failed(&page, e))?;
    let board = live::for_facilitator(&state.db, &w)
        .await
        .map_err(|e| failed(&page, e))?;
    let actions = store::actions_of(&state.db, w.id)
        .await
        .map_err(|e| failed(&page, e))?;
    // Quotes are drawn from redacted texts within the workshop's scope; the search's
    // k-rule applies, so a small group offers none.
    let q = crate::web::query_param(&req, "q").unwrap_or_default();
    let mut candidates = Vec::new();
    let mut withheld = false;
    if crate::web::query_param(&req, "quotes").is_some() || !q.is_empty() {
        let request = crate::search::SearchRequest {
            q: q.clone(),
            limit: 10,
            ..scope_search(&w)
        };
        let result = crate::search::routes::run(&state, &state.search, &request, &page.lang)
            .await
            .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
        withheld = result.withheld.is_some();
        candidates = result
            .hits
            .into_iter()
            .map(|h| Candidate {
                id: h.id,
                snippet: h.snippet,
                period: h.period.unwrap_or_default(),
            })
            .collect();
    }
    let indicators: Vec<(String, String)> = state
        .indicators
        .get()
        .indicators
        .iter()
        .map(|i| (i.code.clone(), format!("{} {}", i.code, i.name(&page.lang))))
        .collect();
    let themes: Vec<(String, String)> = state
        .themes
        .get()
        .codebook
        .themes
        .iter()
        .map(|t| (t.slug.clone(), t.name(&page.lang).to_owned()))
        .collect();
    let units: Vec<(String, String)> = state
        .catalogue
        .get()
        .units
        .iter()
        .map(|u| (u.slug.clone(), u.name.clone()))
        .collect();
    page.render(
        "admin/workshop.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            id => w.id,
            title => w.title.clone(),
            code => w.code.clone(),
            link => link.clone(),
            qr => qr_svg(&link).map(Value::from_safe_string),
            scope => scope_name(&state, &w.scope_kind, &w.scope, &page.lang),
            scope_kind => w.scope_kind.clone(),
            unit => w.unit.clone(),
            stage => w.stage.clone(),
            open => store::is_open(&w),
            join_until => w.join_until.format("%Y-%m-%d %H:%M").to_string(),
            material => serde(material),
            board => serde(board),
            actions => serde(actions),
            q => q,
            candidates => serde(candidates),
            withheld => withheld,
            indicators => indicators,
            themes => themes,
            units => units,
        },
    )
}

/// Material and status: `action` = close, reopen, add (kind, ref), approve or remove (item).
#[post("/workshops/{id}")]
async fn change(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let id = id.into_inner();
    let actor = staff.principal.name.as_str();
    let item = || {
        form_field(&form, "item")
            .parse::<i32>()
            .map_err(|_| WorkshopError::NotFound)
    };
    let result = match form_field(&form, "action") {
        "close" => store::set_open(&state.db, id, false, actor).await,
        "reopen" => store::set_open(&state.db, id, true, actor).await,
        "add" => {
            let (kind, reference) = (form_field(&form, "kind"), form_field(&form, "ref").trim());
            match quote_allowed(&state, &page, id, kind, reference).await? {
                Ok(()) => store::add_item(&state.db, id, kind, reference, actor).await,
                Err(e) => Err(e),
            }
        }
        "approve" => match item() {
            Ok(item) => store::change_item(&state.db, id, item, true, actor).await,
            Err(e) => Err(e),
        },
        "remove" => match item() {
            Ok(item) => store::change_item(&state.db, id, item, false, actor).await,
            Err(e) => Err(e),
        },
        _ => return Err(page.error(StatusCode::BAD_REQUEST)),
    };
    result.map_err(|e| failed(&page, e))?;
    state.cluster.workshop_changed(id).await;
    Ok(see(format!("/admin/workshops/{id}")))
}

/// A search over the workshop's scope: where its quotes come from.
fn scope_search(w: &entity::workshop::Model) -> crate::search::SearchRequest {
    let mut request = crate::search::SearchRequest::default();
    match w.scope_kind.as_str() {
        "unit" => request.unit = Some(w.scope.clone()),
        "district" => request.district = Some(w.scope.clone()),
        _ => request.theme = Some(w.scope.clone()),
    }
    request
}

/// A quote may come only from the workshop's own candidates: a redacted text within
/// its scope (unit, district or theme), in a scope large enough that its search shows
/// texts at all (the k-rule). Any other id, with or without text, gets the same refusal.
async fn quote_allowed(
    state: &AppState,
    page: &Page<'_>,
    workshop: i32,
    kind: &str,
    reference: &str,
) -> Result<Result<(), WorkshopError>, PageError> {
    if kind != "quote" {
        return Ok(Ok(()));
    }
    let refused = Ok(Err(WorkshopError::Invalid("quote")));
    let w = store::get(&state.db, workshop)
        .await
        .map_err(|e| failed(page, e))?;
    let Ok(id) = reference.parse::<i64>() else {
        return refused;
    };
    let unavailable = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "quote check failed");
        page.error(StatusCode::SERVICE_UNAVAILABLE)
    };
    let Some(stored) = crate::intake::find(&state.db, id)
        .await
        .map_err(unavailable)?
    else {
        return refused;
    };
    if stored
        .text
        .as_ref()
        .and_then(|t| t.redacted.as_ref())
        .is_none()
    {
        return refused;
    }
    let catalogue = state.catalogue.get();
    let unit = catalogue
        .units
        .iter()
        .find(|u| u.id == stored.response.unit_id);
    let in_scope = match w.scope_kind.as_str() {
        "unit" => unit.is_some_and(|u| u.slug == w.scope),
        "district" => unit.is_some_and(|u| u.district == w.scope),
        _ => crate::intake::themes_of(state, &stored)
            .await
            .map_err(unavailable)?
            .contains(&w.scope),
    };
    if !in_scope {
        return refused;
    }
    let request = crate::search::SearchRequest {
        limit: 1,
        ..scope_search(&w)
    };
    let result = crate::search::routes::run(state, &state.search, &request, &page.lang)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    if result.withheld.is_some() {
        return refused;
    }
    Ok(Ok(()))
}

#[post("/workshops/{id}/proposals")]
async fn proposals(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let notes: Vec<i32> = all_of(&form, "note")
        .iter()
        .filter_map(|n| n.parse().ok())
        .collect();
    store::propose(
        &state.db,
        *id,
        form_field(&form, "title"),
        &notes,
        &staff.principal.name,
    )
    .await
    .map_err(|e| failed(&page, e))?;
    state.cluster.workshop_changed(*id).await;
    Ok(see(format!("/admin/workshops/{id}#proposals")))
}

#[post("/workshops/{id}/actions")]
async fn record_action(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let due = chrono::NaiveDate::parse_from_str(form_field(&form, "due"), "%Y-%m-%d")
        .map_err(|_| failed(&page, WorkshopError::Invalid("action_due")))?;
    let unit = Some(form_field(&form, "unit").to_owned()).filter(|u| !u.is_empty());
    if let Some(u) = &unit
        && state.catalogue.get().unit(u).is_none()
    {
        return Err(failed(&page, WorkshopError::Invalid("scope")));
    }
    let themes = state.themes.get();
    let indicators = state.indicators.get();
    let new = NewAction {
        what: form_field(&form, "what").to_owned(),
        who: form_field(&form, "who").to_owned(),
        due,
        unit,
        themes: all_of(&form, "themes")
            .into_iter()
            .filter(|t| themes.codebook.get(t).is_some())
            .collect(),
        indicators: all_of(&form, "indicators")
            .into_iter()
            .filter(|c| indicators.get(c).is_some())
            .collect(),
    };
    store::record_action(&state.db, *id, new, &staff.principal.name)
        .await
        .map_err(|e| failed(&page, e))?;
    Ok(see(format!("/admin/workshops/{id}#actions")))
}

#[post("/actions/{id}")]
async fn action_status(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let done = match form_field(&form, "status") {
        "done" => true,
        "planned" => false,
        _ => return Err(page.error(StatusCode::BAD_REQUEST)),
    };
    let workshop = store::set_action_done(&state.db, *id, done, &staff.principal.name)
        .await
        .map_err(|e| failed(&page, e))?;
    Ok(see(format!("/admin/workshops/{workshop}#actions")))
}

#[get("/workshops/{id}/projector")]
async fn projector(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let w = store::get(&state.db, *id)
        .await
        .map_err(|e| failed(&page, e))?;
    let link = format!(
        "{}/w/{}",
        crate::forms::poster::public_base(&state, &req),
        w.code
    );
    let (board, version) = live::current(&state.db, &w)
        .await
        .map_err(|e| failed(&page, e))?;
    let material = material::for_workshop(&state, &w, &page.lang)
        .await
        .map_err(|e| failed(&page, e))?;
    page.render(
        "admin/projector.html",
        context! {
            id => w.id,
            title => w.title.clone(),
            code => w.code.clone(),
            link => link.clone(),
            qr => qr_svg(&link).map(Value::from_safe_string),
            open => store::is_open(&w),
            board => serde(board),
            version => version,
            material => serde(material),
        },
    )
}

/// Server-sent events: the released board as JSON whenever a new batch is released.
/// The stream wakes when any instance announces a change to this workshop (and checks
/// anyway every 15 s, when a comment also keeps proxies from closing it).
#[get("/workshops/{id}/events")]
async fn events(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let id = id.into_inner();
    store::get(&state.db, id)
        .await
        .map_err(|e| failed(&page, e))?;
    let announcements = state.cluster.subscribe();
    let state = state.clone();
    let stream = futures_util::stream::unfold(
        (state, announcements, 0u64, true),
        move |(state, mut announcements, mut sent, mut check)| async move {
            loop {
                if check {
                    let w = store::get(&state.db, id).await.ok()?;
                    let (board, version) = live::current(&state.db, &w).await.ok()?;
                    if version != sent {
                        sent = version;
                        let json = serde_json::to_string(&board).ok()?;
                        let event = format!("event: board\ndata: {json}\n\n");
                        return Some((
                            Ok::<_, actix_web::Error>(web::Bytes::from(event)),
                            (state, announcements, sent, false),
                        ));
                    }
                }
                match tokio::time::timeout(KEEP_ALIVE, announced(&mut announcements, id)).await {
                    Ok(true) => check = true,
                    // The server is stopping.
                    Ok(false) => return None,
                    Err(_) => {
                        return Some((
                            Ok(web::Bytes::from_static(b": still here\n\n")),
                            (state, announcements, sent, true),
                        ));
                    }
                }
            }
        },
    );
    Ok(HttpResponse::Ok()
        .content_type("text/event-stream")
        // Compression would hold events back until a buffer fills.
        .insert_header(("Content-Encoding", "identity"))
        .insert_header(("X-Accel-Buffering", "no"))
        .streaming(stream))
}

const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Waits for an announcement about workshop `id` (or one saying some were missed);
/// false when no more can come.
async fn announced(announcements: &mut broadcast::Receiver<Event>, id: i32) -> bool {
    loop {
        match announcements.recv().await {
            Ok(Event::Workshop(w)) if w == id => return true,
            Ok(Event::Resync) | Err(broadcast::error::RecvError::Lagged(_)) => return true,
            Ok(_) => {}
            Err(broadcast::error::RecvError::Closed) => return false,
        }
    }
}

#[get("/workshops/{id}/summary")]
async fn summary(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
) -> Result<HttpResponse, PageError> {
    let page = facilitator(&state, &req, &staff)?;
    let w = store::get(&state.db, *id)
        .await
        .map_err(|e| failed(&page, e))?;
    let board = live::for_facilitator(&state.db, &w)
        .await
        .map_err(|e| failed(&page, e))?;
    let material = material::for_workshop(&state, &w, &page.lang)
        .await
        .map_err(|e| failed(&page, e))?;
    let actions = store::actions_of(&state.db, w.id)
        .await
        .map_err(|e| failed(&page, e))?;
    let roles = store::participant_roles(&state.db, w.id)
        .await
        .map_err(|e| failed(&page, e))?;
    page.render(
        "admin/workshop_summary.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            title => w.title.clone(),
            scope => scope_name(&state, &w.scope_kind, &w.scope, &page.lang),
            stage => w.stage.clone(),
            date => w.created_at.format("%Y-%m-%d").to_string(),
            facilitator => w.created_by.clone(),
            participants => board.participants,
            roles => roles,
            board => serde(board),
            material => serde(material),
            actions => serde(actions),
        },
    )
}
