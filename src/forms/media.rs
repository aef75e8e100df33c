//! Recorded readings of questions (`/audio/{file}`), from the data folder's `audio/`.
//! None ship with the product; a municipality adds its own and names them in the catalogue.
use crate::web::AppState;
use actix_web::{HttpResponse, get, web};

fn media_type(name: &str) -> Option<&'static str> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "mp3" => "audio/mpeg",
        "ogg" | "oga" | "opus" => "audio/ogg",
        "m4a" | "mp4" => "audio/mp4",
        "webm" => "audio/webm",
        "wav" => "audio/wav",
        _ => return None,
    })
}

/// Only plain file names: no folders, no dots in front, nothing to climb out with.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'_')
}

#[get("/audio/{file}")]
pub async fn audio(state: web::Data<AppState>, file: web::Path<String>) -> HttpResponse {
    let name = file.into_inner();
    let Some(content_type) = media_type(&name).filter(|_| is_plain_name(&name)) else {
        return HttpResponse::NotFound().finish();
    };
    match tokio::fs::read(state.settings.data_dir.join("audio").join(&name)).await {
        Ok(bytes) => HttpResponse::Ok()
            .insert_header(("Content-Type", content_type))
            .insert_header(("Cache-Control", "public, max-age=86400"))
            .body(bytes),
        Err(_) => HttpResponse::NotFound().finish(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_audio_file_names_are_served() {
        assert!(is_plain_name("helpful-nb.mp3") && media_type("helpful-nb.mp3").is_some());
        for bad in [
            "../stemme.db",
            ".hidden.mp3",
            "a/b.mp3",
            "x.db",
            "stemme.db-wal",
            "",
        ] {
            assert!(!is_plain_name(bad) || media_type(bad).is_none(), "{bad}");
        }
    }
}
