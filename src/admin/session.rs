//! Staff sessions, kept on the server: the cookie holds a random secret, the database its
//! hash with the session's CSRF token and times. Every request checks the session, its
//! idle and absolute timeouts and that the account is still active, so a logout, a
//! disabled account or a timeout ends it on every instance at once. The cookie is
//! HttpOnly, SameSite=Strict, only sent to /admin, and Secure behind TLS.
use super::auth::{Principal, Role, parse_units};
use super::throttle::LoginThrottle;
use crate::db::begin_write;
use crate::web::AppState;
use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, ResponseError, web};
use chrono::{DateTime, Utc};
use entity::prelude::*;
use entity::{setting, staff_session};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

pub const SESSION_COOKIE: &str = "stemme_staff";
/// Marks a browser someone signed in with before, so that throttling an account under
/// attack does not lock its owner out.
pub const DEVICE_COOKIE: &str = "stemme_device";
/// The sign-in form's CSRF token (double submit: the cookie and the form must agree),
/// so no other site can sign a browser in to an account of its choosing.
pub const LOGIN_COOKIE: &str = "stemme_login";
const SECRET_SETTING: &str = "session_key";
/// Writing "last seen" on every request would make every page a write.
const TOUCH_EVERY: chrono::Duration = chrono::Duration::seconds(60);

/// Sign-in policy and state shared by the staff routes.
#[derive(Clone)]
pub struct StaffAuth {
    secret: Arc<[u8]>,
    pub throttle: LoginThrottle,
    /// Sign-in through the municipality's identity provider, when configured.
    pub oidc: Option<super::oidc::Oidc>,
    /// Rate-limit counters shared with other instances (PostgreSQL only).
    pub shared_counts: Option<crate::cluster::SharedCounts>,
    pub idle: chrono::Duration,
    pub absolute: chrono::Duration,
    pub secure: bool,
}

impl StaffAuth {
    pub async fn load(
        db: &DatabaseConnection,
        settings: &crate::config::Settings,
    ) -> Result<StaffAuth, DbErr> {
        let secret: Arc<[u8]> = server_secret(db).await?.into();
        let shared = crate::cluster::SharedCounts::new(db, Arc::clone(&secret));
        Ok(StaffAuth {
            secret,
            throttle: LoginThrottle::new(settings.login_attempts_per_min, shared.clone()),
            shared_counts: shared,
            oidc: settings
                .oidc
                .as_ref()
                .map(super::oidc::Oidc::new)
                .transpose()
                .map_err(|e| DbErr::Custom(e.to_string()))?,
            idle: chrono::Duration::minutes(i64::from(settings.session_idle_min)),
            absolute: chrono::Duration::hours(i64::from(settings.session_max_hours)),
            secure: settings.secure_cookies,
        })
    }

    /// The key that signs a sign-in's round trip through the identity provider.
    pub fn flow_key(&self) -> Arc<[u8]> {
        Arc::clone(&self.secret)
    }

    /// The session cookie for a fresh secret.
    pub fn session_cookie(&self, secret: String) -> Cookie<'static> {
        Cookie::build(SESSION_COOKIE, secret)
            .path("/admin")
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Strict)
            .finish()
    }

    /// A cookie that ends the browser's session cookie.
    pub fn ended_cookie(&self) -> Cookie<'static> {
        let mut c = self.session_cookie(String::new());
        c.make_removal();
        c
    }

    fn device_mark(&self, username: &str) -> String {
        let mut h = Sha256::new();
        h.update(&self.secret);
        h.update(b"\0device\0");
        h.update(username.as_bytes());
        hex(&h.finalize())
    }

    /// The cookie that marks this browser as one `username` signed in with.
    pub fn device_cookie(&self, username: &str) -> Cookie<'static> {
        Cookie::build(
            DEVICE_COOKIE,
            format!("{username}.{}", self.device_mark(username)),
        )
        .path("/admin/login")
        .http_only(true)
        .secure(self.secure)
        .same_site(SameSite::Strict)
        .max_age(time::Duration::days(180))
        .finish()
    }

    /// The sign-in form's token: the browser's own if it brought a well-formed one, else
    /// a new one with the cookie that carries it.
    pub fn login_token(&self, req: &HttpRequest) -> (String, Option<Cookie<'static>>) {
        if let Some(c) = req.cookie(LOGIN_COOKIE)
            && c.value().len() == 32
            && c.value().bytes().all(|b| b.is_ascii_hexdigit())
        {
            return (c.value().to_owned(), None);
        }
        let token = uuid::Uuid::new_v4().simple().to_string();
        let cookie = Cookie::build(LOGIN_COOKIE, token.clone())
            .path("/admin/login")
            .http_only(true)
            .secure(self.secure)
            .same_site(SameSite::Strict)
            .max_age(time::Duration::days(1))
            .finish();
        (token, Some(cookie))
    }

    /// Whether a sign-in form's `token` is the one its browser's cookie holds.
    pub fn login_token_ok(&self, req: &HttpRequest, token: &str) -> bool {
        req.cookie(LOGIN_COOKIE).is_some_and(|c| {
            let expected = c.value().as_bytes();
            expected.len() == 32
                && expected.len() == token.len()
                // Constant time: the comparison does not tell how much of a guess was right.
                && expected
                    .iter()
                    .zip(token.as_bytes())
                    .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                    == 0
        })
    }

    /// Whether the request comes from a browser `username` signed in with before.
    pub fn known_device(&self, req: &HttpRequest, username: &str) -> bool {
        req.cookie(DEVICE_COOKIE).is_some_and(|c| {
            c.value()
                .rsplit_once('.')
                .is_some_and(|(name, mark)| name == username && mark == self.device_mark(name))
        })
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|b| u8::from_str_radix(b, 16).ok()))
        .collect()
}

fn random_secret() -> String {
    super::random::random_hex(32)
}

/// A secret of this installation (for device marks), kept in the database so restarts
/// and other instances agree; made on first use.
async fn server_secret(db: &DatabaseConnection) -> Result<Vec<u8>, DbErr> {
    if let Some(found) = Setting::find_by_id(SECRET_SETTING).one(db).await?
        && let Some(bytes) = from_hex(&found.value)
        && bytes.len() >= 32
    {
        return Ok(bytes);
    }
    let fresh = super::random::random_hex(64);
    // Another instance may have written one meanwhile: keep whichever is stored.
    Setting::insert(setting::ActiveModel {
        key: Set(SECRET_SETTING.to_owned()),
        value: Set(fresh.clone()),
    })
    .on_conflict_do_nothing_on([setting::Column::Key])
    .exec_without_returning(db)
    .await?;
    let stored = Setting::find_by_id(SECRET_SETTING)
        .one(db)
        .await?
        .map(|s| s.value)
        .unwrap_or(fresh);
    Ok(from_hex(&stored).unwrap_or_default())
}

/// Starts a session for a user who just proved who they are: a new secret (never one the
/// browser brought, so no fixation) and a new CSRF token. Returns the secret.
pub async fn start(db: &DatabaseConnection, user_id: i32) -> Result<String, DbErr> {
    let secret = random_secret();
    let now = Utc::now();
    StaffSession::insert(staff_session::ActiveModel {
        id_hash: Set(super::tokens::hash(&secret)),
        user_id: Set(user_id),
        csrf: Set(random_secret()),
        created_at: Set(now),
        last_seen_at: Set(now),
        ended_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(secret)
}

/// Ends the session the request's cookie names, if any.
pub async fn end(db: &DatabaseConnection, req: &HttpRequest) -> Result<(), DbErr> {
    if let Some(cookie) = req.cookie(SESSION_COOKIE) {
        StaffSession::update_many()
            .col_expr(
                staff_session::Column::EndedAt,
                sea_orm::sea_query::Expr::value(Utc::now()),
            )
            .filter(staff_session::Column::IdHash.eq(super::tokens::hash(cookie.value())))
            .filter(staff_session::Column::EndedAt.is_null())
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Ends every open session of a user (disabled, password reset).
pub async fn end_all(db: &impl sea_orm::ConnectionTrait, user_id: i32) -> Result<u64, DbErr> {
    end_all_but(db, user_id, None).await
}

/// As `end_all`, keeping the session whose cookie secret is `keep`.
pub async fn end_all_but(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i32,
    keep: Option<&str>,
) -> Result<u64, DbErr> {
    let mut update = StaffSession::update_many()
        .col_expr(
            staff_session::Column::EndedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(staff_session::Column::UserId.eq(user_id))
        .filter(staff_session::Column::EndedAt.is_null());
    if let Some(secret) = keep {
        update = update.filter(staff_session::Column::IdHash.ne(super::tokens::hash(secret)));
    }
    Ok(update.exec(db).await?.rows_affected)
}

/// A signed-in member of staff.
#[derive(Debug, Clone)]
pub struct Staff {
    pub principal: Principal,
    pub csrf: String,
    pub user_id: i32,
}

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("sign in first")]
    NotSignedIn { next: String, expired: bool },
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
            StaffError::NotSignedIn { next, expired } => {
                let next: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
                let mut r = HttpResponse::SeeOther();
                r.insert_header(("Location", format!("/admin/login?next={next}")));
                if *expired {
                    // The browser's cookie names a session that is over: drop it.
                    let mut gone = Cookie::build(SESSION_COOKIE, "").path("/admin").finish();
                    gone.make_removal();
                    r.cookie(gone);
                }
                r.finish()
            }
            StaffError::Unavailable => HttpResponse::ServiceUnavailable()
                .content_type("text/plain; charset=utf-8")
                .body("Sign-in could not be checked just now. Try again in a moment."),
        }
    }
}

/// Whether a session started at `created` and last seen at `seen` is still valid at `now`.
pub fn session_alive(
    created: DateTime<Utc>,
    seen: DateTime<Utc>,
    now: DateTime<Utc>,
    idle: chrono::Duration,
    absolute: chrono::Duration,
) -> bool {
    now - seen < idle && now - created < absolute
}

async fn check_session(state: &AppState, secret: &str) -> Result<Option<Staff>, DbErr> {
    let Some(session) = StaffSession::find_by_id(super::tokens::hash(secret))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    let auth = &state.staff_auth;
    if session.ended_at.is_some()
        || !session_alive(
            session.created_at,
            session.last_seen_at,
            now,
            auth.idle,
            auth.absolute,
        )
    {
        return Ok(None);
    }
    let Some(user) = User::find_by_id(session.user_id).one(&state.db).await? else {
        return Ok(None);
    };
    let Some(role) = Role::parse(&user.role).filter(|_| user.active) else {
        return Ok(None);
    };
    if now - session.last_seen_at > TOUCH_EVERY {
        let txn = begin_write(&state.db).await?;
        StaffSession::update_many()
            .col_expr(
                staff_session::Column::LastSeenAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(staff_session::Column::IdHash.eq(session.id_hash.clone()))
            .exec(&txn)
            .await?;
        txn.commit().await?;
    }
    Ok(Some(Staff {
        principal: Principal {
            name: user.username,
            role,
            units: parse_units(user.units.as_deref()),
        },
        csrf: session.csrf,
        user_id: user.id,
    }))
}

impl FromRequest for Staff {
    type Error = StaffError;
    type Future = Pin<Box<dyn Future<Output = Result<Staff, StaffError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let secret = req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned());
        let next = match req.query_string() {
            "" => req.path().to_owned(),
            q => format!("{}?{q}", req.path()),
        };
        Box::pin(async move {
            let Some(secret) = secret.filter(|s| !s.is_empty()) else {
                return Err(StaffError::NotSignedIn {
                    next,
                    expired: false,
                });
            };
            let state = state.ok_or(StaffError::Unavailable)?;
            match check_session(&state, &secret).await {
                Ok(Some(staff)) => Ok(staff),
                Ok(None) => Err(StaffError::NotSignedIn {
                    next,
                    expired: true,
                }),
                Err(e) => {
                    tracing::error!(error = %e, "session lookup failed");
                    Err(StaffError::Unavailable)
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_end_when_idle_or_too_old() {
        let t0 = Utc::now();
        let idle = chrono::Duration::minutes(30);
        let abs = chrono::Duration::hours(10);
        let m = chrono::Duration::minutes;
        assert!(session_alive(t0, t0, t0 + m(29), idle, abs));
        assert!(!session_alive(t0, t0, t0 + m(30), idle, abs));
        // Kept busy, a session still ends at the absolute limit.
        assert!(session_alive(t0, t0 + m(590), t0 + m(599), idle, abs));
        assert!(!session_alive(t0, t0 + m(595), t0 + m(600), idle, abs));
    }
}
