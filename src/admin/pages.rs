//! Staff sign-in pages: `/admin/login` (username and password), `/admin/logout`, and
//! `/admin`, which leads to the dashboard.
use super::session::{self, Staff};
use super::{audit, users};
use crate::web::{AppState, Page, PageError, read_body};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use minijinja::context;

const MAX_LOGIN_BODY: usize = 4 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(index)
        .service(login_form)
        .service(login)
        .service(logout);
}

/// Where to go after signing in: only pages under /admin, never another site, and
/// nothing a header cannot carry (control characters fall back to the default).
pub(crate) fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with("/admin/")
                && !n.starts_with("//")
                && !n.contains("://")
                && !n.contains('\\')
                && !n.chars().any(char::is_control) =>
        {
            n.to_owned()
        }
        _ => "/admin/search".to_owned(),
    }
}

/// The identity provider's name for the sign-in button, when there is one.
fn oidc_name(state: &AppState) -> Option<String> {
    state.staff_auth.oidc.as_ref().map(|o| o.name().to_owned())
}

/// Whether a request was sent by another site: its browser says so (`Sec-Fetch-Site`),
/// or its `Origin` is not this site, or is `null` (sandboxed pages, privacy redirects)
/// from a browser that does not say it came from this site. Browsers that send neither
/// header fall to the forms' CSRF tokens.
pub(crate) fn cross_site(req: &HttpRequest) -> bool {
    let fetch_site = req
        .headers()
        .get("Sec-Fetch-Site")
        .and_then(|v| v.to_str().ok());
    let other_site = fetch_site.is_some_and(|v| v == "cross-site" || v == "same-site");
    other_site || foreign_origin(req, fetch_site == Some("same-origin"))
}

fn foreign_origin(req: &HttpRequest, same_origin: bool) -> bool {
    let Some(origin) = req.headers().get("Origin") else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    if origin == "null" {
        return !same_origin;
    }
    let info = req.connection_info();
    match origin.split_once("://") {
        Some((_, authority)) => !authority.eq_ignore_ascii_case(info.host()),
        None => true,
    }
}

#[get("")]
async fn index() -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header(("Location", "/admin/dashboard"))
        .finish()
}

#[get("/login")]
async fn login_form(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let next = safe_next(crate::web::query_param(&req, "next").as_deref());
    let (csrf, cookie) = state.staff_auth.login_token(&req);
    let mut response = page.render(
        "admin/login.html",
        context! { next => next, failed => false, expired => false, username => "", oidc => oidc_name(&state), csrf => csrf },
    )?;
    if let Some(cookie) = cookie {
        response
            .add_cookie(&cookie)
            .map_err(|_| page.error(StatusCode::INTERNAL_SERVER_ERROR))?;
    }
    Ok(response)
}

#[post("/login")]
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if cross_site(&req) {
        return Err(page.error(StatusCode::FORBIDDEN));
    }
    let body = read_body(&req, payload, MAX_LOGIN_BODY)
        .await
        .map_err(|_| page.error(StatusCode::PAYLOAD_TOO_LARGE))?;
    let mut username = String::new();
    let mut password = String::new();
    let mut next = None;
    let mut csrf = String::new();
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "username" => username = users::normalise_username(&value),
            "password" => password = value.into_owned(),
            "next" => next = Some(value.into_owned()),
            "csrf" => csrf = value.into_owned(),
            _ => {}
        }
    }
    let next = safe_next(next.as_deref());
    // A form this browser was not given here (another site's, or an old one): nothing
    // is checked or written; the form comes back with a fresh token.
    if !state.staff_auth.login_token_ok(&req, &csrf) {
        let (csrf, cookie) = state.staff_auth.login_token(&req);
        let mut response = page.render_status(
            StatusCode::FORBIDDEN,
            "admin/login.html",
            context! { next => next, failed => false, expired => true, username => "", oidc => oidc_name(&state), csrf => csrf },
        )?;
        if let Some(cookie) = cookie {
            response
                .add_cookie(&cookie)
                .map_err(|_| page.error(StatusCode::INTERNAL_SERVER_ERROR))?;
        }
        return Ok(response);
    }
    // What is logged of a failed name is bounded: a password typed into the wrong field
    // must not fill the log.
    let logged_name: String = username.chars().take(32).collect();
    let auth = &state.staff_auth;
    let address = crate::web::client_address(&req, &state.settings);
    let refused = |status: StatusCode| {
        page.render_status(
            status,
            "admin/login.html",
            context! { next => next.clone(), failed => true, expired => false, username => logged_name.clone(), oidc => oidc_name(&state), csrf => csrf.clone() },
        )
    };
    if !auth
        .throttle
        .allow(address, &username, auth.known_device(&req, &username))
        .await
    {
        audit::record(&state.db, &logged_name, "login.throttled", None, None).await;
        return refused(StatusCode::TOO_MANY_REQUESTS);
    }
    let unavailable = |_| page.error(StatusCode::SERVICE_UNAVAILABLE);
    let Some(user) = users::authenticate(&state.db, &username, password)
        .await
        .map_err(unavailable)?
    else {
        auth.throttle.failed(&username).await;
        audit::record(&state.db, &logged_name, "login.failed", None, None).await;
        return refused(StatusCode::UNAUTHORIZED);
    };
    auth.throttle.succeeded(&username).await;
    // A session the browser brought is ended; the new one gets a new secret.
    session::end(&state.db, &req).await.map_err(unavailable)?;
    let secret = session::start(&state.db, user.id)
        .await
        .map_err(unavailable)?;
    audit::record(&state.db, &user.username, "login", None, Some(&user.role)).await;
    tracing::info!(user = %user.username, role = %user.role, "staff signed in");
    Ok(HttpResponse::SeeOther()
        .cookie(auth.session_cookie(secret))
        .cookie(auth.device_cookie(&user.username))
        .insert_header(("Location", next))
        .finish())
}

#[post("/logout")]
async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    staff_form(&page, &req, payload, &staff, MAX_LOGIN_BODY).await?;
    session::end(&state.db, &req)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    audit::record(&state.db, &staff.principal.name, "logout", None, None).await;
    Ok(HttpResponse::SeeOther()
        .cookie(state.staff_auth.ended_cookie())
        .insert_header(("Location", "/admin/login"))
        .finish())
}

/// A staff form's fields, once the request is known to come from our own page (same
/// site, and the session's CSRF token); otherwise a 403 page.
pub(crate) async fn staff_form(
    page: &Page<'_>,
    req: &HttpRequest,
    payload: web::Payload,
    staff: &Staff,
    max: usize,
) -> Result<Vec<(String, String)>, PageError> {
    let body = read_body(req, payload, max)
        .await
        .map_err(|_| page.error(StatusCode::PAYLOAD_TOO_LARGE))?;
    let form: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let csrf_ok = form.iter().any(|(k, v)| k == "csrf" && *v == staff.csrf);
    if cross_site(req) || !csrf_ok {
        return Err(page.error(StatusCode::FORBIDDEN));
    }
    Ok(form)
}
