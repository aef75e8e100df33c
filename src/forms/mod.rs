//! Citizen-facing pages: the start page with the language choice, a survey's form, and
//! the thank-you page. Server-rendered and complete without JavaScript; a submission goes
//! through intake like any API client's, and a refused one comes back with every answer
//! still in place. Also the printable posters with a QR code, and recorded readings.
mod media;
pub(crate) mod poster;
mod routes;
mod view;

use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig) {
    routes::configure(cfg);
    // The index and print routes before the poster's own, whose path would match them.
    cfg.service(media::audio)
        .service(poster::poster_index)
        .service(poster::poster_print)
        .service(poster::poster);
}
