//! Staff sign-in pages: `/admin/login` (with an access key), `/admin/logout`, and
//! `/admin`, which leads to the search.
use super::session::{Staff, sign_in};
use crate::web::{AppState, Page, PageError, read_body};
use actix_session::Session;
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

/// Where to go after signing in: only pages under /admin, never another site.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with("/admin/")
                && !n.starts_with("//")
                && !n.contains("://")
                && !n.contains('\\') =>
        {
            n.to_owned()
        }
        _ => "/admin/search".to_owned(),
    }
}

pub(crate) fn cross_site(req: &HttpRequest) -> bool {
    req.headers()
        .get("Sec-Fetch-Site")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == "cross-site" || v == "same-site")
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
    page.render(
        "admin/login.html",
        context! { next => next, failed => false },
    )
}

#[post("/login")]
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if cross_site(&req) {
        return Err(page.error(StatusCode::FORBIDDEN));
    }
    let body = read_body(&req, payload, MAX_LOGIN_BODY)
        .await
        .map_err(|_| page.error(StatusCode::PAYLOAD_TOO_LARGE))?;
    let mut token = String::new();
    let mut next = None;
    for (key, value) in form_urlencoded::parse(&body) {
        match key.as_ref() {
            "token" => token = value.trim().to_owned(),
            "next" => next = Some(value.into_owned()),
            _ => {}
        }
    }
    let next = safe_next(next.as_deref());
    // Guessing keys is throttled like submissions, per address.
    let address = crate::web::client_address(&req, &state.settings);
    let throttled = state.limiter.check(address).is_err();
    let verified = if throttled || token.is_empty() {
        None
    } else {
        super::tokens::verify(&state.db, &token).await.ok()
    };
    match verified {
        Some(principal) => {
            sign_in(&session, &token).map_err(|_| page.error(StatusCode::INTERNAL_SERVER_ERROR))?;
            tracing::info!(name = %principal.name, role = %principal.role, "staff signed in");
            Ok(HttpResponse::SeeOther()
                .insert_header(("Location", next))
                .finish())
        }
        None => page.render_status(
            if throttled {
                StatusCode::TOO_MANY_REQUESTS
            } else {
                StatusCode::UNAUTHORIZED
            },
            "admin/login.html",
            context! { next => next, failed => true },
        ),
    }
}

#[post("/logout")]
async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
    session: Session,
    staff: Staff,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    staff_form(&page, &req, payload, &staff, MAX_LOGIN_BODY).await?;
    session.purge();
    Ok(HttpResponse::SeeOther()
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
