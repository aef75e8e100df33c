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
    cfg.service(theme)
        .service(logo)
        .service(asset)
        .service(favicon)
        .service(service_worker);
}

/// The municipality's colour over the stylesheet's (a file, so the policy can keep
/// forbidding inline styles); empty without one.
#[get("/static/theme.css")]
async fn theme(state: web::Data<super::AppState>) -> HttpResponse {
    let css = state
        .settings
        .identity
        .accent
        .as_deref()
        .map(|accent| {
            format!(
                ":root {{ --color-accent: {accent}; --color-accent-dark: {}; }}\n",
                darker(accent)
            )
        })
        .unwrap_or_default();
    HttpResponse::Ok()
        .insert_header(("Content-Type", "text/css; charset=utf-8"))
        .insert_header(("Cache-Control", "public, max-age=3600"))
        .body(css)
}

/// `#rrggbb` a third darker (for hover and focus).
fn darker(colour: &str) -> String {
    let hex = colour.trim_start_matches('#');
    let channel = |at: usize| {
        hex.get(at..at + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0, |v| (f64::from(v) * 0.67).round() as u8)
    };
    format!("#{:02x}{:02x}{:02x}", channel(0), channel(2), channel(4))
}

/// The municipality's logo (`STEMME_LOGO_FILE`).
#[get("/static/logo")]
async fn logo(state: web::Data<super::AppState>) -> HttpResponse {
    match &state.settings.identity.logo {
        Some(logo) => HttpResponse::Ok()
            .insert_header(("Content-Type", logo.content_type))
            .insert_header(("Cache-Control", "public, max-age=3600"))
            .body(logo.bytes.clone()),
        None => HttpResponse::NotFound().finish(),
    }
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
    serve("favicon.svg")
}

#[get("/static/{name}")]
async fn asset(name: web::Path<String>) -> HttpResponse {
    serve(&name)
}

/// One of the embedded assets, or 404.
fn serve(name: &str) -> HttpResponse {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, content_type, body)) => HttpResponse::Ok()
            .insert_header(("Content-Type", *content_type))
            .insert_header(("Cache-Control", "public, max-age=86400"))
            .body(*body),
        None => HttpResponse::NotFound().finish(),
    }
}
