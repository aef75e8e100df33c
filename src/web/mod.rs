//! What every route shares: the application state, templates and the translated page
//! around them, static assets, security headers, and reading requests safely.
mod assets;
mod page;
mod request;
mod snapshot;
mod templates;

pub use assets::configure as configure_assets;
pub use page::{Page, PageError, not_found, query_param, query_unit};
pub use request::{
    BodyTooLarge, MultipartError, client_address, form_field, read_body, read_multipart,
};
pub use snapshot::Snapshot;
pub use templates::environment;

use crate::catalogue::CatalogueHandle;
use crate::config::Settings;
use crate::i18n::Translations;
use crate::intake::{Intake, SubmissionLimiter};
use actix_web::middleware::DefaultHeaders;
use sea_orm::DatabaseConnection;
use std::sync::Arc;

/// Everything a request handler may need, built once at start.
pub struct AppState {
    pub settings: Settings,
    pub db: DatabaseConnection,
    pub catalogue: CatalogueHandle,
    pub i18n: Arc<Translations>,
    pub templates: Arc<minijinja::Environment<'static>>,
    pub intake: Intake,
    pub limiter: SubmissionLimiter,
    /// Single answers read per staff member and minute (`intake::READS_PER_MIN`).
    pub record_reads: crate::intake::Limiter<String>,
    pub text: crate::text::TextPipeline,
    pub search: crate::search::SearchHandle,
    /// The indicator catalogue (planners edit names, plans and outcome areas).
    pub indicators: crate::indicators::store::IndicatorsHandle,
    /// The theme codebook and its tagger (planners edit it).
    pub themes: crate::themes::ThemesHandle,
    pub cubes: crate::indicators::compute::CubeCache,
    /// Staff sign-in: sessions' policy, device marks and login throttling.
    pub staff_auth: crate::admin::StaffAuth,
    /// Announcements to and from the other instances on the same database.
    pub cluster: crate::cluster::Cluster,
}

/// Headers on every response: no inline script or style, no framing, no sniffing, no
/// referrer to other sites (a unit's link must not leak), nothing cached by default;
/// behind TLS (`secure_cookies`), browsers are told to use nothing else for a year.
pub fn security_headers(tls: bool) -> DefaultHeaders {
    let headers = if tls {
        DefaultHeaders::new().add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add((
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             media-src 'self'; worker-src 'self'; connect-src 'self'; form-action 'self'; \
             frame-ancestors 'none'; base-uri 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        // Not even the origin leaves for other sites; our own forms carry their real
        // Origin (with no-referrer browsers send `Origin: null`, which only another
        // site's form may be taken for).
        .add(("Referrer-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()",
        ))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cache-Control", "no-store"))
}
