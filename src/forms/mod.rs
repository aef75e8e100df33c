//! Citizen-facing pages: the start page with the language choice, a survey's form, and
//! the thank-you page. Server-rendered and complete without JavaScript; a submission goes
//! through intake like any API client's, and a refused one comes back with every answer
//! still in place.
mod routes;
mod view;

pub use routes::configure;
