//! The JSON API, version 1: the routes each capability owns, mounted together, plus
//! health and the OpenAPI document that describes every /api/v1 route.
use crate::web::AppState;
use actix_web::{HttpResponse, get, web};
use serde_json::json;

/// The OpenAPI 3 document, kept beside the routes; a test checks that every route
/// registered under /api/v1 is in it.
pub const OPENAPI: &str = include_str!("openapi.json");

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(health).service(openapi);
    crate::catalogue::configure(cfg);
    crate::intake::configure(cfg);
    crate::text::configure(cfg);
    crate::search::configure(cfg);
    crate::indicators::configure(cfg);
    crate::themes::configure(cfg);
}

#[get("/healthz")]
async fn health(state: web::Data<AppState>) -> HttpResponse {
    // A monitor must hear at once that the database is gone, not after the pool's
    // connect timeout.
    let ping = tokio::time::timeout(std::time::Duration::from_secs(2), state.db.ping()).await;
    let database = match ping {
        Ok(Ok(())) => "ok",
        Ok(Err(e)) => {
            tracing::error!(error = %e, "health check: database unreachable");
            "unavailable"
        }
        Err(_) => {
            tracing::error!("health check: the database did not answer within 2 s");
            "unavailable"
        }
    };
    let status = if database == "ok" { "ok" } else { "degraded" };
    let body = json!({
        "status": status,
        "database": database,
        "backend": crate::db::backend_name(&state.db),
        "index": state.search.status.state(),
        "index_progress": state.search.status.progress(),
    });
    if database == "ok" {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}

#[get("/api/v1/openapi.json")]
async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(OPENAPI)
}
