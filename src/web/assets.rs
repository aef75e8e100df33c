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
        "projector.js",
        "text/javascript; charset=utf-8",
        include_str!("../../static/projector.js"),
    ),
];

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(asset);
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
