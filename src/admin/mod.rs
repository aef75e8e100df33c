//! Who may do what: staff accounts with argon2id passwords and server-side sessions,
//! roles (admin, planner, facilitator, unit lead scoped to units), bearer tokens for the
//! JSON API (stored as hashes only), login throttling, the `Principal` every protected
//! route asks for, and the audit log of what staff did, with its admin pages.
pub mod audit;
mod auth;
pub mod oidc;
pub(crate) mod pages;
pub mod passwords;
mod random;
pub mod session;
mod throttle;
mod tokens;
pub mod users;
pub(crate) mod users_pages;

pub use auth::{AuthError, Principal, Role, UnitScope};
pub use random::{random_from, random_hex};
pub use session::{Staff, StaffAuth};
pub use throttle::LoginThrottle;
pub use tokens::{
    TokenInfo, create_token, create_unit_token, create_user_token, expiry, first_start_token,
    list_tokens, revoke_token,
};

/// The stored form of a secret (token, session, workshop participant): its SHA-256.
pub fn token_hash(secret: &str) -> String {
    tokens::hash(secret)
}

/// The staff pages under /admin that belong to accounts and sign-in.
pub fn configure_pages(cfg: &mut actix_web::web::ServiceConfig) {
    pages::configure(cfg);
    oidc::configure(cfg);
    users_pages::configure(cfg);
}
