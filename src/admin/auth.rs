//! Roles and the bearer-token check.
use super::tokens;
use crate::web::AppState;
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, web};
use serde_json::json;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// A staff role. Admin may do everything; the others only their own work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Admin,
    Planner,
    Facilitator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Planner, Role::Facilitator];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Planner => "planner",
            Role::Facilitator => "facilitator",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether someone with this role may act as `required`.
    pub fn allows(self, required: Role) -> bool {
        self == Role::Admin || self == required
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("this route needs a bearer token (Authorization: Bearer …)")]
    Missing,
    #[error("the token is not valid")]
    Invalid,
    #[error("your role may not do this")]
    Forbidden,
    #[error("could not check the token")]
    Unavailable,
}

impl ResponseError for AuthError {
    fn status_code(&self) -> StatusCode {
        match self {
            AuthError::Missing | AuthError::Invalid => StatusCode::UNAUTHORIZED,
            AuthError::Forbidden => StatusCode::FORBIDDEN,
            AuthError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let code = match self {
            AuthError::Missing => "unauthenticated",
            AuthError::Invalid => "invalid_token",
            AuthError::Forbidden => "forbidden",
            AuthError::Unavailable => "unavailable",
        };
        let mut response = HttpResponse::build(self.status_code());
        if matches!(self, AuthError::Missing | AuthError::Invalid) {
            response.insert_header(("WWW-Authenticate", "Bearer"));
        }
        response.json(json!({"error": code, "message": self.to_string()}))
    }
}

/// The caller of an API route, known by their bearer token.
#[derive(Debug, Clone)]
pub struct Principal {
    pub name: String,
    pub role: Role,
}

impl Principal {
    pub fn require(&self, role: Role) -> Result<(), AuthError> {
        if self.role.allows(role) {
            Ok(())
        } else {
            Err(AuthError::Forbidden)
        }
    }
}

impl FromRequest for Principal {
    type Error = AuthError;
    type Future = Pin<Box<dyn Future<Output = Result<Principal, AuthError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = req
            .headers()
            .get(actix_web::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(|t| t.trim().to_owned());
        Box::pin(async move {
            let token = token.filter(|t| !t.is_empty()).ok_or(AuthError::Missing)?;
            let state = state.ok_or(AuthError::Unavailable)?;
            tokens::verify(&state.db, &token).await
        })
    }
}
