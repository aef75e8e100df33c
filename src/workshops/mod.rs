//! Co-creation workshops that close the loop. A facilitator creates a workshop for a
//! unit, district or theme, picks material (indicator figures, theme names, approved
//! quotes from redacted text), and shares a join code and QR code. Participants join on
//! their phones at `/w/{code}` without an account, add notes, vote and rate proposals;
//! the projector shows results live, released in batches. Decisions become actions that
//! appear on the unit's public page and feed the process indicators P1–P3.
pub mod follow_up;
pub mod live;
mod material;
pub mod model;
mod pages;
mod participant;
pub mod store;

pub use store::forget_quotes;

/// Facilitator pages under /admin.
pub fn configure_pages(cfg: &mut actix_web::web::ServiceConfig) {
    pages::configure(cfg);
    follow_up::configure_pages(cfg);
}

/// Participant pages under /w and the workshop API.
pub fn configure_public(cfg: &mut actix_web::web::ServiceConfig) {
    participant::configure(cfg);
    follow_up::configure_api(cfg);
    api::configure(cfg);
}

mod api {
    //! `GET /api/v1/workshops` (facilitator): workshops with their actions.
    use super::store;
    use crate::admin::{Principal, Role};
    use crate::web::AppState;
    use actix_web::{HttpResponse, get, web};
    use serde_json::json;

    pub fn configure(cfg: &mut web::ServiceConfig) {
        cfg.service(list);
    }

    #[get("/api/v1/workshops")]
    async fn list(
        state: web::Data<AppState>,
        principal: Principal,
    ) -> Result<HttpResponse, actix_web::Error> {
        principal.require(Role::Facilitator)?;
        let unavailable =
            |e: store::WorkshopError| actix_web::error::ErrorServiceUnavailable(e.to_string());
        let workshops = store::list(&state.db).await.map_err(unavailable)?;
        let actions = store::all_actions(&state.db).await.map_err(unavailable)?;
        let out: Vec<_> = workshops
            .into_iter()
            .map(|w| {
                let mine: Vec<_> = actions
                    .iter()
                    .filter(|a| a.workshop_id == w.id)
                    .map(|a| json!({"id": a.id, "what": a.what, "who": a.who, "due": a.due, "unit": a.unit, "status": a.status, "themes": a.themes, "indicators": a.indicators}))
                    .collect();
                json!({"id": w.id, "title": w.title, "scope_kind": w.scope_kind, "scope": w.scope, "stage": w.stage, "status": w.status, "code": w.code, "created_at": w.created_at, "actions": mine})
            })
            .collect();
        Ok(HttpResponse::Ok().json(out))
    }
}
