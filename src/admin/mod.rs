//! Who may do what: roles, bearer tokens for the JSON API (stored as hashes only), the
//! `Principal` every protected route asks for, and the audit log of what staff did.
pub mod audit;
mod auth;
pub(crate) mod pages;
pub mod session;
mod tokens;

pub use auth::{AuthError, Principal, Role};
pub use pages::configure as configure_pages;
pub use session::Staff;
pub use tokens::{create_token, first_start_token};
