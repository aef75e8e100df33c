//! Account pages: `/admin/users` (admin: create accounts, change roles, disable, reset
//! passwords), `/admin/account` (anyone signed in: change one's own password) and
//! `/admin/audit` (admin: the audit log, filtered).
use super::auth::{Role, parse_units};
use super::pages::staff_form;
use super::session::{SESSION_COOKIE, Staff};
use super::users::{self, NewUser, UserError};
use crate::web::{AppState, Page, PageError, form_field};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use entity::audit_log;
use entity::prelude::*;
use minijinja::{Value, context};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;

const MAX_FORM: usize = 8 * 1024;
const AUDIT_PAGE: u64 = 200;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(revoke_token)
        .service(change)
        .service(account)
        .service(change_password)
        .service(audit_log_page);
}

#[derive(Serialize)]
struct UserRow {
    id: i32,
    username: String,
    display_name: String,
    role: String,
    units: String,
    active: bool,
    is_self: bool,
}

fn units_field(form: &[(String, String)]) -> Vec<String> {
    let mut units: Vec<String> = form
        .iter()
        .filter(|(k, _)| k == "units")
        .flat_map(|(_, v)| parse_units(Some(v)))
        .collect();
    units.sort();
    units.dedup();
    units
}

pub(crate) fn require_admin(page: &Page<'_>, staff: &Staff) -> Result<(), PageError> {
    if staff.principal.role.allows(Role::Admin) {
        Ok(())
    } else {
        Err(page.role_forbidden())
    }
}

/// What the users page shows after an action: a notice, a problem, a new password.
#[derive(Default)]
struct Outcome {
    notice: Option<String>,
    problem: Option<String>,
    password: Option<(String, String)>,
}

async fn users_page(
    state: &AppState,
    page: &Page<'_>,
    staff: &Staff,
    status: StatusCode,
    outcome: Outcome,
) -> Result<HttpResponse, PageError> {
    let rows: Vec<UserRow> = users::list(&state.db)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?
        .into_iter()
        .map(|u| UserRow {
            is_self: u.id == staff.user_id,
            id: u.id,
            units: parse_units(u.units.as_deref()).join(", "),
            username: u.username,
            display_name: u.display_name,
            role: u.role,
            active: u.active,
        })
        .collect();
    let units: Vec<String> = state
        .catalogue
        .get()
        .units
        .iter()
        .map(|u| u.slug.clone())
        .collect();
    let roles: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
    let tokens = super::tokens::list_tokens(&state.db)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    page.render_status(
        status,
        "admin/users.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            users => Value::from(minijinja::value::Serde(rows)),
            tokens => Value::from(minijinja::value::Serde(tokens)),
            roles => roles,
            units => units,
            notice => outcome.notice,
            problem => outcome.problem,
            new_password => outcome.password.as_ref().map(|(_, p)| p.clone()),
            new_password_for => outcome.password.map(|(u, _)| u),
        },
    )
}

/// A user error in the admin's language, from its stable code.
fn problem(page: &Page<'_>, e: &UserError) -> String {
    if let UserError::Db(err) = e {
        tracing::error!(error = %err, "user change failed");
    }
    page.t(&format!("user-error-{}", e.code().replace('_', "-")))
}

#[get("/users")]
async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    users_page(&state, &page, &staff, StatusCode::OK, Outcome::default()).await
}

#[post("/users")]
async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let Some(role) = Role::parse(form_field(&form, "role")) else {
        return Err(page.error(StatusCode::BAD_REQUEST));
    };
    let username = users::normalise_username(form_field(&form, "username"));
    let typed = form_field(&form, "password");
    let password = if typed.is_empty() {
        super::passwords::generate()
    } else {
        typed.to_owned()
    };
    let new = NewUser {
        username: username.clone(),
        display_name: form_field(&form, "display_name").to_owned(),
        role,
        units: units_field(&form),
        password: password.clone(),
    };
    match users::create(&state.db, new, &staff.principal.name).await {
        Ok(_) => {
            let outcome = Outcome {
                notice: Some(page.t("user-created")),
                // A password the admin typed is not shown back; a generated one once.
                password: typed.is_empty().then_some((username, password)),
                ..Default::default()
            };
            users_page(&state, &page, &staff, StatusCode::OK, outcome).await
        }
        Err(e) => {
            let outcome = Outcome {
                problem: Some(problem(&page, &e)),
                ..Default::default()
            };
            users_page(
                &state,
                &page,
                &staff,
                StatusCode::UNPROCESSABLE_ENTITY,
                outcome,
            )
            .await
        }
    }
}

/// Revokes an API token from the users page.
#[post("/tokens/{id}")]
async fn revoke_token(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    if form_field(&form, "action") != "revoke" {
        return Err(page.error(StatusCode::BAD_REQUEST));
    }
    let revoked = super::tokens::revoke_token(&state.db, id.into_inner(), &staff.principal.name)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "token revocation failed");
            page.error(StatusCode::SERVICE_UNAVAILABLE)
        })?;
    if !revoked {
        return Err(page.error(StatusCode::NOT_FOUND));
    }
    let outcome = Outcome {
        notice: Some(page.t("token-revoked")),
        ..Default::default()
    };
    users_page(&state, &page, &staff, StatusCode::OK, outcome).await
}

#[post("/users/{id}")]
async fn change(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    id: web::Path<i32>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let id = id.into_inner();
    let actor = staff.principal.name.as_str();
    let mut password = None;
    let result = match form_field(&form, "action") {
        "role" => match Role::parse(form_field(&form, "role")) {
            Some(role) => users::set_role(&state.db, id, role, &units_field(&form), actor).await,
            None => return Err(page.error(StatusCode::BAD_REQUEST)),
        },
        "disable" => users::set_active(&state.db, id, false, actor).await,
        "enable" => users::set_active(&state.db, id, true, actor).await,
        "reset" => {
            let fresh = super::passwords::generate();
            let r = users::set_password(&state.db, id, fresh.clone(), actor, None).await;
            password = Some(fresh);
            r
        }
        _ => return Err(page.error(StatusCode::BAD_REQUEST)),
    };
    match result {
        Ok(()) => {
            let username = User::find_by_id(id)
                .one(&state.db)
                .await
                .ok()
                .flatten()
                .map(|u| u.username)
                .unwrap_or_default();
            let outcome = Outcome {
                notice: Some(page.t("user-changed")),
                password: password.map(|p| (username, p)),
                ..Default::default()
            };
            users_page(&state, &page, &staff, StatusCode::OK, outcome).await
        }
        Err(UserError::NotFound) => Err(page.error(StatusCode::NOT_FOUND)),
        Err(e) => {
            let outcome = Outcome {
                problem: Some(problem(&page, &e)),
                ..Default::default()
            };
            users_page(
                &state,
                &page,
                &staff,
                StatusCode::UNPROCESSABLE_ENTITY,
                outcome,
            )
            .await
        }
    }
}

fn account_page(
    page: &Page<'_>,
    staff: &Staff,
    status: StatusCode,
    notice: Option<String>,
    problem: Option<String>,
) -> Result<HttpResponse, PageError> {
    page.render_status(
        status,
        "admin/account.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            units => staff.principal.units.join(", "),
            notice => notice,
            problem => problem,
            min_length => super::passwords::MIN_LENGTH,
        },
    )
}

#[get("/account")]
async fn account(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    account_page(&page, &staff, StatusCode::OK, None, None)
}

#[post("/account")]
async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let form = staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let current = form_field(&form, "current").to_owned();
    let new = form_field(&form, "new").to_owned();
    let refuse = |key: &str| {
        account_page(
            &page,
            &staff,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(page.t(key)),
        )
    };
    if new != form_field(&form, "repeat") {
        return refuse("account-mismatch");
    }
    let proven = users::authenticate(&state.db, &staff.principal.name, current)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    if proven.is_none() {
        return refuse("account-wrong-password");
    }
    let keep = req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned());
    match users::set_password(
        &state.db,
        staff.user_id,
        new,
        &staff.principal.name,
        keep.as_deref(),
    )
    .await
    {
        Ok(()) => account_page(
            &page,
            &staff,
            StatusCode::OK,
            Some(page.t("account-password-changed")),
            None,
        ),
        Err(e) => {
            let message = problem(&page, &e);
            account_page(
                &page,
                &staff,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                Some(message),
            )
        }
    }
}

#[derive(Serialize)]
struct AuditRow {
    at: String,
    actor: String,
    action: String,
    target: String,
    detail: String,
}

#[get("/audit")]
async fn audit_log_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let q = |name| crate::web::query_param(&req, name).filter(|v| !v.trim().is_empty());
    let actor = q("actor");
    let action = q("action");
    let date = |name| q(name).and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok());
    let (from, to) = (date("from"), date("to"));
    let before: Option<i64> = q("before").and_then(|b| b.parse().ok());
    let mut query = AuditLog::find().order_by_desc(audit_log::Column::Id);
    if let Some(a) = &actor {
        query = query.filter(audit_log::Column::Actor.eq(a.trim()));
    }
    if let Some(a) = &action {
        // "login" finds login, login.failed and login.throttled alike.
        query = query.filter(
            sea_orm::Condition::any()
                .add(audit_log::Column::Action.eq(a.trim()))
                .add(audit_log::Column::Action.starts_with(format!("{}.", a.trim()))),
        );
    }
    if let Some(d) = from.and_then(|d| d.and_hms_opt(0, 0, 0)) {
        query = query.filter(audit_log::Column::At.gte(d.and_utc()));
    }
    if let Some(d) = to
        .and_then(|d| d.succ_opt())
        .and_then(|d| d.and_hms_opt(0, 0, 0))
    {
        query = query.filter(audit_log::Column::At.lt(d.and_utc()));
    }
    if let Some(b) = before {
        query = query.filter(audit_log::Column::Id.lt(b));
    }
    let found = query
        .limit(AUDIT_PAGE + 1)
        .all(&state.db)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    let more = found.len() as u64 > AUDIT_PAGE;
    let last_id = found
        .iter()
        .take(AUDIT_PAGE as usize)
        .next_back()
        .map(|e| e.id);
    let rows: Vec<AuditRow> = found
        .into_iter()
        .take(AUDIT_PAGE as usize)
        .map(|e| AuditRow {
            at: e.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            actor: e.actor,
            action: e.action,
            target: e.target.unwrap_or_default(),
            detail: e.detail.unwrap_or_default(),
        })
        .collect();
    let older = last_id.filter(|_| more).map(|id| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [("actor", &actor), ("action", &action)] {
            if let Some(v) = v {
                s.append_pair(k, v);
            }
        }
        for (k, v) in [("from", from), ("to", to)] {
            if let Some(v) = v {
                s.append_pair(k, &v.to_string());
            }
        }
        s.append_pair("before", &id.to_string());
        format!("/admin/audit?{}", s.finish())
    });
    page.render(
        "admin/audit.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            rows => Value::from(minijinja::value::Serde(rows)),
            actor => actor.unwrap_or_default(),
            action => action.unwrap_or_default(),
            from => from.map(|d| d.to_string()).unwrap_or_default(),
            to => to.map(|d| d.to_string()).unwrap_or_default(),
            older => older,
        },
    )
}
