//! Stylesheet and scripts, compiled into the binary: the app needs no CDN or font
//! server and works on a closed network.
use actix_web::{HttpResponse, get, web};

const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("../../static/app.css"),
    ),
    (
        "form.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/form.js"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_str!("../../static/favicon.svg"),
    ),
    (
        "read-aloud.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/read-aloud.js"),
    ),
    (
        "projector.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/projector.js"),
    ),
];

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(asset).service(favicon).service(service_worker);
}

/// The citizen pages' service worker, at the root so that its scope covers the forms;
/// never cached long, so a new version reaches phones on their next visit.
#[get("/sw.js")]
async fn service_worker() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("Content-Type", "text/javascript; charset=utf-8"))
        .insert_header(("Cache-Control", "no-cache"))
        .body(include_str!("../../static/sw.js"))
}

/// Browsers ask for `/favicon.ico` on pages that name no icon (a file opened directly,
/// an error page of another kind): the same picture.
#[get("/favicon.ico")]
async fn favicon() -> HttpResponse {
    match ASSETS.iter().find(|(n, _, _)| *n == "favicon.svg") {
        Some((_, content_type, body)) => HttpResponse::Ok()
            .insert_header(("Content-Type", *content_type))
            .insert_header(("Cache-Control", "public, max-age=86400"))
            .body(*body),
        None => HttpResponse::NotFound().finish(),
    }
}

#[get("/static/{name}")]
async fn asset(name: web::Path<String>) -> HttpResponse {
    match ASSETS.iter().find(|(n, _, _)| *n == name.as_str()) {
        Some((_, content_type, body)) => HttpResponse::Ok()
            .insert_header(("Content-Type", *content_type))
            .insert_header(("Cache-Control", "public, max-age=86400"))
            .body(*body),
        None => HttpResponse::NotFound().finish(),
    }
}
