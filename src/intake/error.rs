//! `IntakeError` and its one mapping to HTTP.
use super::model::FieldError;
use super::writer::WriteError;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("{}", summary(.0))]
    Invalid(Vec<FieldError>),
    #[error("the body is not valid JSON: {0}")]
    InvalidJson(String),
    #[error("send the response as application/json")]
    UnsupportedMediaType,
    #[error("the body is larger than {0} bytes")]
    PayloadTooLarge(usize),
    #[error("too many submissions from this address; try again in {0} seconds")]
    RateLimited(u64),
    #[error("the answer could not be stored just now; nothing was saved, please send it again")]
    Unavailable(#[from] WriteError),
    #[error("too many single answers read; try again in {0} seconds")]
    TooManyReads(u64),
    #[error("no response has that id")]
    NotFound,
    #[error("database error")]
    Database(#[from] sea_orm::DbErr),
}

fn summary(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", e.field, e.message))
        .collect::<Vec<_>>()
        .join("; ")
}

impl IntakeError {
    pub fn code(&self) -> &'static str {
        match self {
            IntakeError::Invalid(errors) => errors
                .first()
                .map(|e| e.error)
                .unwrap_or("invalid_response"),
            IntakeError::InvalidJson(_) => "invalid_json",
            IntakeError::UnsupportedMediaType => "unsupported_media_type",
            IntakeError::PayloadTooLarge(_) => "payload_too_large",
            IntakeError::RateLimited(_) => "rate_limited",
            IntakeError::TooManyReads(_) => "too_many_reads",
            IntakeError::Unavailable(_) => "storage_unavailable",
            IntakeError::NotFound => "not_found",
            IntakeError::Database(_) => "internal",
        }
    }
}

impl ResponseError for IntakeError {
    fn status_code(&self) -> StatusCode {
        match self {
            IntakeError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            IntakeError::InvalidJson(_) => StatusCode::BAD_REQUEST,
            IntakeError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            IntakeError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            IntakeError::RateLimited(_) | IntakeError::TooManyReads(_) => {
                StatusCode::TOO_MANY_REQUESTS
            }
            IntakeError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            IntakeError::NotFound => StatusCode::NOT_FOUND,
            IntakeError::Database(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let IntakeError::Database(e) = self {
            tracing::error!(error = %e, "database error in intake");
        }
        let mut body = json!({"error": self.code(), "message": self.to_string()});
        if let IntakeError::Invalid(errors) = self {
            body["fields"] = json!(errors);
        }
        let mut response = HttpResponse::build(self.status_code());
        if let IntakeError::RateLimited(seconds) | IntakeError::TooManyReads(seconds) = self {
            response.insert_header(("Retry-After", seconds.to_string()));
        }
        response.json(body)
    }
}
