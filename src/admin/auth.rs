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

/// A staff role. Admin may do everything; the others only their own work. A unit lead
/// reads indicators and redacted texts of their own units and nothing else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Admin,
    Planner,
    Facilitator,
    UnitLead,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::Planner,
        Role::Facilitator,
        Role::UnitLead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Planner => "planner",
            Role::Facilitator => "facilitator",
            Role::UnitLead => "unit_lead",
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

/// The caller of an API route (by bearer token) or of a staff page (by session).
#[derive(Debug, Clone)]
pub struct Principal {
    pub name: String,
    pub role: Role,
    /// A unit lead's units (slugs); empty for every other role.
    pub units: Vec<String>,
}

/// Which units' answers someone may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitScope {
    All,
    /// A unit lead: these units only (possibly none, when no unit was given yet).
    Only(Vec<String>),
}

impl UnitScope {
    pub fn includes(&self, unit: &str) -> bool {
        match self {
            UnitScope::All => true,
            UnitScope::Only(units) => units.iter().any(|u| u == unit),
        }
    }

    /// The unit a scoped reader looks at: the one asked for when it is theirs, their
    /// first otherwise; `Err` when they asked for another unit or have none.
    pub fn narrow(&self, asked: Option<&str>) -> Result<Option<String>, AuthError> {
        match (self, asked) {
            (UnitScope::All, asked) => Ok(asked.map(str::to_owned)),
            (UnitScope::Only(_), Some(u)) if self.includes(u) => Ok(Some(u.to_owned())),
            (UnitScope::Only(_), Some(_)) => Err(AuthError::Forbidden),
            (UnitScope::Only(units), None) => {
                units.first().cloned().map(Some).ok_or(AuthError::Forbidden)
            }
        }
    }
}

impl Principal {
    pub fn require(&self, role: Role) -> Result<(), AuthError> {
        if self.role.allows(role) {
            Ok(())
        } else {
            Err(AuthError::Forbidden)
        }
    }

    /// Planners and admins read every unit; a unit lead their own; nobody else any.
    pub fn read_scope(&self) -> Result<UnitScope, AuthError> {
        match self.role {
            Role::Admin | Role::Planner => Ok(UnitScope::All),
            Role::UnitLead => Ok(UnitScope::Only(self.units.clone())),
            Role::Facilitator => Err(AuthError::Forbidden),
        }
    }
}

/// Parses the comma-separated unit slugs stored on a user or token.
pub(crate) fn parse_units(stored: Option<&str>) -> Vec<String> {
    stored
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_owned)
        .collect()
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
