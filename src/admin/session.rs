//! Staff sign-in for the admin pages: a session cookie (encrypted and signed, HttpOnly,
//! SameSite=Strict, Secure behind TLS, only sent to /admin) that names the access key
//! the person signed in with. Every request checks the key again, so revoking a key
//! ends its sessions. Forms that change something carry the session's CSRF token.
use super::auth::{AuthError, Principal};
use crate::web::AppState;
use actix_session::config::{BrowserSession, CookieContentSecurity};
use actix_session::storage::CookieSessionStore;
use actix_session::{Session, SessionExt, SessionMiddleware};
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, web};
use entity::prelude::*;
use entity::setting;
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait};
use std::future::Future;
use std::pin::Pin;

pub const SESSION_COOKIE: &str = "stemme_staff";
const KEY_SETTING: &str = "session_key";
const TOKEN_KEY: &str = "token";
const CSRF_KEY: &str = "csrf";

/// The cookie key, kept in the database so restarts and other instances accept the same
/// sessions; made on first use.
pub async fn session_key(db: &DatabaseConnection) -> Result<Key, DbErr> {
    if let Some(found) = Setting::find_by_id(KEY_SETTING).one(db).await?
        && let Some(bytes) = from_hex(&found.value)
        && bytes.len() >= 64
    {
        return Ok(Key::from(&bytes));
    }
    let fresh: Vec<u8> = (0..4)
        .flat_map(|_| *uuid::Uuid::new_v4().as_bytes())
        .chain((0..4).flat_map(|_| *uuid::Uuid::new_v4().as_bytes()))
        .collect();
    let hex: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
    // Another instance may have written one meanwhile: keep whichever is stored.
    let _ = Setting::insert(setting::ActiveModel {
        key: Set(KEY_SETTING.to_owned()),
        value: Set(hex),
    })
    .on_conflict_do_nothing_on([setting::Column::Key])
    .exec(db)
    .await?;
    let stored = Setting::find_by_id(KEY_SETTING)
        .one(db)
        .await?
        .and_then(|s| from_hex(&s.value))
        .unwrap_or(fresh);
    Ok(Key::from(&stored))
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
        .collect()
}

pub fn middleware(key: Key, secure: bool) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key)
        .cookie_name(SESSION_COOKIE.to_owned())
        .cookie_path("/admin".to_owned())
        .cookie_secure(secure)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Strict)
        .cookie_content_security(CookieContentSecurity::Private)
        .session_lifecycle(
            BrowserSession::default().state_ttl(actix_web::cookie::time::Duration::hours(10)),
        )
        .build()
}

/// Signs `token` in: a fresh session (no fixation) with a new CSRF token. The session
/// keeps the key's hash, never the key.
pub fn sign_in(session: &Session, token: &str) -> Result<(), actix_web::Error> {
    session.renew();
    session.insert(TOKEN_KEY, super::tokens::hash(token))?;
    session.insert(CSRF_KEY, uuid::Uuid::new_v4().simple().to_string())?;
    Ok(())
}

/// A signed-in member of staff.
#[derive(Debug, Clone)]
pub struct Staff {
    pub principal: Principal,
    pub csrf: String,
}

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("sign in first")]
    NotSignedIn { next: String },
    #[error("sign-in could not be checked")]
    Unavailable,
}

impl ResponseError for StaffError {
    fn status_code(&self) -> StatusCode {
        match self {
            StaffError::NotSignedIn { .. } => StatusCode::SEE_OTHER,
            StaffError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            StaffError::NotSignedIn { next } => {
                let next: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
                HttpResponse::SeeOther()
                    .insert_header(("Location", format!("/admin/login?next={next}")))
                    .finish()
            }
            StaffError::Unavailable => HttpResponse::ServiceUnavailable()
                .content_type("text/plain; charset=utf-8")
                .body("Sign-in could not be checked just now. Try again in a moment."),
        }
    }
}

impl FromRequest for Staff {
    type Error = StaffError;
    type Future = Pin<Box<dyn Future<Output = Result<Staff, StaffError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let session = req.get_session();
        let next = match req.query_string() {
            "" => req.path().to_owned(),
            q => format!("{}?{q}", req.path()),
        };
        Box::pin(async move {
            let not_signed_in = || StaffError::NotSignedIn { next: next.clone() };
            let token: String = session
                .get(TOKEN_KEY)
                .ok()
                .flatten()
                .ok_or_else(not_signed_in)?;
            let csrf: String = session
                .get(CSRF_KEY)
                .ok()
                .flatten()
                .ok_or_else(not_signed_in)?;
            let state = state.ok_or(StaffError::Unavailable)?;
            match super::tokens::verify_hash(&state.db, &token).await {
                Ok(principal) => Ok(Staff { principal, csrf }),
                Err(AuthError::Unavailable) => Err(StaffError::Unavailable),
                Err(_) => {
                    session.purge();
                    Err(not_signed_in())
                }
            }
        })
    }
}
