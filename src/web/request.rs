//! Reading requests: bodies with a hard size limit, and the client address.
use crate::config::Settings;
use actix_web::HttpRequest;
use actix_web::web::{Bytes, BytesMut, Payload};
use futures_util::StreamExt;
use std::net::{IpAddr, Ipv4Addr};

/// A body over its route's limit: 413 with the JSON error every API route uses.
#[derive(Debug, thiserror::Error)]
#[error("the body is larger than the {limit} bytes this route accepts")]
pub struct BodyTooLarge {
    pub limit: usize,
}

impl actix_web::ResponseError for BodyTooLarge {
    fn status_code(&self) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::PAYLOAD_TOO_LARGE
    }

    fn error_response(&self) -> actix_web::HttpResponse {
        actix_web::HttpResponse::PayloadTooLarge().json(serde_json::json!({
            "error": "payload_too_large",
            "message": self.to_string(),
        }))
    }
}

/// Reads the whole body, refusing it as soon as it passes `limit` bytes (announced or
/// streamed), so an oversized or endless body never fills memory.
pub async fn read_body(
    req: &HttpRequest,
    mut payload: Payload,
    limit: usize,
) -> Result<Bytes, BodyTooLarge> {
    let announced = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if announced.is_some_and(|n| n > limit) {
        return Err(BodyTooLarge { limit });
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| BodyTooLarge { limit })?;
        if body.len() + chunk.len() > limit {
            return Err(BodyTooLarge { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// Why a multipart form could not be read.
#[derive(Debug, thiserror::Error)]
pub enum MultipartError {
    #[error("a field is larger than {0} bytes")]
    TooLarge(usize),
    #[error("the form is not valid multipart")]
    Malformed,
}

impl MultipartError {
    /// The status a page answers it with.
    pub fn status(&self) -> actix_web::http::StatusCode {
        match self {
            MultipartError::TooLarge(_) => actix_web::http::StatusCode::PAYLOAD_TOO_LARGE,
            MultipartError::Malformed => actix_web::http::StatusCode::BAD_REQUEST,
        }
    }
}

/// Reads a multipart form's fields by name (the last of a name wins), refusing any
/// field over `limit` bytes as soon as it passes it.
pub async fn read_multipart(
    mut form: actix_multipart::Multipart,
    limit: usize,
) -> Result<std::collections::BTreeMap<String, Vec<u8>>, MultipartError> {
    let mut fields = std::collections::BTreeMap::new();
    while let Some(field) = form.next().await {
        let mut field = field.map_err(|_| MultipartError::Malformed)?;
        let name = field.name().unwrap_or_default().to_owned();
        let mut data = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| MultipartError::Malformed)?;
            if data.len() + chunk.len() > limit {
                return Err(MultipartError::TooLarge(limit));
            }
            data.extend_from_slice(&chunk);
        }
        fields.insert(name, data);
    }
    Ok(fields)
}

/// The client's address, for rate limiting only (never stored). Behind a trusted proxy,
/// the last address the proxy appended to `X-Forwarded-For`.
/// The first value of a form field, or "" when the form has none.
pub fn form_field<'f>(form: &'f [(String, String)], name: &str) -> &'f str {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

pub fn client_address(req: &HttpRequest, settings: &Settings) -> IpAddr {
    if settings.trust_proxy
        && let Some(forwarded) = req
            .headers()
            .get("X-Forwarded-For")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(|v| v.trim().parse().ok())
    {
        return forwarded;
    }
    req.peer_addr()
        .map(|a| a.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}
