//! The admin upload of registry figures (`/admin/registry`): the figures stored, and a
//! form that takes a CSV file (the same checks as `stemme import-registry`: all lines
//! or none, every problem by line number).
use super::registry::{self, LineError};
use crate::admin::{Role, Staff};
use crate::web::{AppState, Page, PageError};
use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use minijinja::context;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(show).service(upload);
}

/// Largest file accepted (as the API).
const MAX_FILE: usize = 5 * 1024 * 1024;

async fn render(
    page: &Page<'_>,
    state: &AppState,
    staff: &Staff,
    status: StatusCode,
    problems: Vec<LineError>,
    imported: Option<usize>,
) -> Result<HttpResponse, PageError> {
    let figures = registry::list(&state.db)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    page.render_status(
        status,
        "admin/registry.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            figures => minijinja::Value::from(minijinja::value::Serde(figures)),
            problems => minijinja::Value::from(minijinja::value::Serde(problems)),
            imported => imported,
        },
    )
}

#[get("/registry")]
async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Admin) {
        return Err(page.role_forbidden());
    }
    let imported = crate::web::query_param(&req, "imported").and_then(|n| n.parse().ok());
    render(&page, &state, &staff, StatusCode::OK, Vec::new(), imported).await
}

#[post("/registry")]
async fn upload(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    form: Multipart,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Admin) {
        return Err(page.role_forbidden());
    }
    let mut fields = crate::web::read_multipart(form, MAX_FILE)
        .await
        .map_err(|e| page.error(e.status()))?;
    let csrf = String::from_utf8_lossy(&fields.remove("csrf").unwrap_or_default()).into_owned();
    let file = fields.remove("file").unwrap_or_default();
    if crate::admin::pages::cross_site(&req) || csrf != staff.csrf {
        return Err(page.error(StatusCode::FORBIDDEN));
    }
    let catalogue = state.catalogue.get();
    let indicators = state.indicators.get();
    match registry::parse(&file, &indicators, &catalogue) {
        Ok(figures) => {
            let imported = registry::import(&state.db, &figures, &staff.principal.name)
                .await
                .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
            Ok(HttpResponse::SeeOther()
                .insert_header((
                    "Location",
                    format!("/admin/registry?imported={imported}&lang={}", page.lang),
                ))
                .finish())
        }
        Err(problems) => {
            render(
                &page,
                &state,
                &staff,
                StatusCode::UNPROCESSABLE_ENTITY,
                problems,
                None,
            )
            .await
        }
    }
}
