//! Admin routes of the text pipeline: the redaction name list, and reading a raw text
//! (admin only, every read in the audit log).
use super::names::{self, KINDS, MAX_NAME_CHARS};
use crate::admin::{Principal, Role};
use crate::web::{AppState, read_body};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, delete, get, post, web};
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum TextError {
    #[error("{0}")]
    Invalid(String),
    #[error("that name is on the list already")]
    Duplicate,
    #[error("not found")]
    NotFound,
    #[error("database error")]
    Database(#[from] sea_orm::DbErr),
}

impl ResponseError for TextError {
    fn status_code(&self) -> StatusCode {
        match self {
            TextError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            TextError::Duplicate => StatusCode::CONFLICT,
            TextError::NotFound => StatusCode::NOT_FOUND,
            TextError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let TextError::Database(e) = self {
            tracing::error!(error = %e, "database error in text routes");
        }
        let code = match self {
            TextError::Invalid(_) => "invalid_name",
            TextError::Duplicate => "duplicate",
            TextError::NotFound => "not_found",
            TextError::Database(_) => "internal",
        };
        HttpResponse::build(self.status_code())
            .json(json!({"error": code, "message": self.to_string()}))
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_names)
        .service(add_name)
        .service(remove_name)
        .service(raw_text);
}

#[get("/api/v1/redaction/names")]
async fn list_names(
    state: web::Data<AppState>,
    principal: Principal,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Admin)?;
    let names = names::list_added(&state.db)
        .await
        .map_err(TextError::from)?;
    Ok(HttpResponse::Ok().json(names.iter().map(|n| json!({
        "id": n.id, "name": n.name, "kind": n.kind, "added_by": n.added_by, "created_at": n.created_at,
    })).collect::<Vec<_>>()))
}

#[derive(serde::Deserialize)]
struct NewName {
    name: String,
    #[serde(default = "person")]
    kind: String,
}

fn person() -> String {
    "person".to_owned()
}

#[post("/api/v1/redaction/names")]
async fn add_name(
    state: web::Data<AppState>,
    principal: Principal,
    request: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Admin)?;
    let body = read_body(&request, payload, 4 * 1024).await?;
    let new: NewName = serde_json::from_slice(&body).map_err(|e| {
        TextError::Invalid(format!(
            "send {{\"name\": …, \"kind\": \"person\"|\"place\"}}: {e}"
        ))
    })?;
    let name: String = new.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() < 2
        || name.chars().count() > MAX_NAME_CHARS
        || name.chars().any(char::is_control)
    {
        return Err(
            TextError::Invalid(format!("a name has 2 to {MAX_NAME_CHARS} characters")).into(),
        );
    }
    if !KINDS.contains(&new.kind.as_str()) {
        return Err(TextError::Invalid("kind is person or place".into()).into());
    }
    let id = names::add(&state.db, &name, &new.kind, &principal.name)
        .await
        .map_err(TextError::from)?
        .ok_or(TextError::Duplicate)?;
    state.cluster.changed(crate::cluster::Shared::Names).await;
    state
        .text
        .reload_names(&state.db, &state.catalogue.get())
        .await
        .map_err(TextError::from)?;
    let changed = names::redact_stored(&state.db, &state.text, &name)
        .await
        .map_err(TextError::from)?;
    Ok(HttpResponse::Created().json(json!({
        "id": id, "name": name, "kind": new.kind, "texts_changed": changed,
    })))
}

#[delete("/api/v1/redaction/names/{id}")]
async fn remove_name(
    state: web::Data<AppState>,
    principal: Principal,
    id: web::Path<String>,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Admin)?;
    let id: i32 = id.parse().map_err(|_| TextError::NotFound)?;
    if !names::remove(&state.db, id, &principal.name)
        .await
        .map_err(TextError::from)?
    {
        return Err(TextError::NotFound.into());
    }
    // A removed name is personal data too: out of the write-ahead log at once.
    crate::db::checkpoint(&state.db).await;
    state.cluster.changed(crate::cluster::Shared::Names).await;
    state
        .text
        .reload_names(&state.db, &state.catalogue.get())
        .await
        .map_err(TextError::from)?;
    Ok(HttpResponse::NoContent().finish())
}

/// The raw text as the citizen wrote it. Admin only, and the read is audited in the
/// same transaction, so there is no read without its record.
#[get("/api/v1/responses/{id}/raw")]
async fn raw_text(
    state: web::Data<AppState>,
    principal: Principal,
    id: web::Path<String>,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Admin)?;
    let id: i64 = id.parse().map_err(|_| TextError::NotFound)?;
    let raw = crate::intake::read_raw_text(&state.db, id, &principal.name)
        .await
        .map_err(TextError::from)?
        .ok_or(TextError::NotFound)?;
    Ok(HttpResponse::Ok().json(json!({"id": id, "text_raw": raw})))
}
