//! Recorded readings of questions, one per question and language, for the languages
//! phones have no voice for (Tigrinya, Amharic, Oromo, Somali, Sami …). An admin uploads
//! a file; its kind is read from its first bytes (never from its name or the browser's
//! word for it), it is written to the data folder's `audio/` under a name stemme makes,
//! and the catalogue's text in that language names it, as one revision with its audit
//! record. Rewording the language or retiring the question takes the recording away
//! (it would read other words); files no text names any more are removed by [`prune`].
use super::edit::{EditError, find_question, revise};
use crate::db::begin_write;
use entity::prelude::*;
use entity::question_translation;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, IntoActiveModel, QueryFilter,
};
use std::path::{Path, PathBuf};

/// Largest recording accepted: a question read aloud takes seconds, a few hundred KB.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// A file no text names is kept this long, so that an upload is never removed between
/// writing its file and committing the text that names it.
const GRACE: std::time::Duration = std::time::Duration::from_secs(600);

#[derive(Debug, thiserror::Error)]
pub enum RecordingError {
    #[error("not a recording stemme can play (MP3, Ogg, M4A, WebM or WAV)")]
    NotAudio,
    #[error("a recording is at most 2 MB")]
    TooLarge,
    #[error("the question has no text in that language")]
    NoText,
    #[error("not found")]
    NotFound,
    #[error("the recording could not be written: {0}")]
    Io(#[from] std::io::Error),
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

impl From<EditError> for RecordingError {
    fn from(e: EditError) -> Self {
        match e {
            EditError::Db(e) => RecordingError::Db(e),
            _ => RecordingError::NotFound,
        }
    }
}

/// The folder recordings live in.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("audio")
}

/// The kind of audio `bytes` hold, as a file extension, from their signature.
pub fn audio_kind(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [b'I', b'D', b'3', ..] => Some("mp3"),
        // An MPEG audio frame header: eleven set bits, a layer that is not "reserved".
        [0xFF, b, ..] if b & 0xE0 == 0xE0 && b & 0x06 != 0 => Some("mp3"),
        [b'O', b'g', b'g', b'S', ..] => Some("ogg"),
        [_, _, _, _, b'f', b't', b'y', b'p', ..] => Some("m4a"),
        [0x1A, 0x45, 0xDF, 0xA3, ..] => Some("webm"),
        [
            b'R',
            b'I',
            b'F',
            b'F',
            _,
            _,
            _,
            _,
            b'W',
            b'A',
            b'V',
            b'E',
            ..,
        ] => Some("wav"),
        _ => None,
    }
}

/// Stores `bytes` as the recording of question `key` of `survey` in `lang`; gives the
/// catalogue revision.
pub async fn store(
    db: &DatabaseConnection,
    data_dir: &Path,
    actor: &str,
    survey: &str,
    key: &str,
    lang: &str,
    bytes: &[u8],
) -> Result<i32, RecordingError> {
    if bytes.len() > MAX_BYTES {
        return Err(RecordingError::TooLarge);
    }
    let kind = audio_kind(bytes).ok_or(RecordingError::NotAudio)?;
    // Checked before the file is written; checked again in the transaction.
    translation(db, survey, key, lang).await?;
    let name = format!("{survey}-{key}-{lang}-{:08x}.{kind}", fastrand::u32(..));
    write_durably(&folder(data_dir), &name, bytes).await?;
    let revision = set(db, actor, survey, key, lang, Some(name)).await?;
    revision.ok_or(RecordingError::NotFound)
}

/// Removes the recording of question `key` in `lang`; `None` when it had none.
pub async fn remove(
    db: &DatabaseConnection,
    actor: &str,
    survey: &str,
    key: &str,
    lang: &str,
) -> Result<Option<i32>, RecordingError> {
    set(db, actor, survey, key, lang, None).await
}

/// Names `file` as the recording in `lang` (none: removes it), as one revision; `None`
/// when nothing changes.
async fn set(
    db: &DatabaseConnection,
    actor: &str,
    survey: &str,
    key: &str,
    lang: &str,
    file: Option<String>,
) -> Result<Option<i32>, RecordingError> {
    let txn = begin_write(db).await?;
    let (s, q) = find_question(&txn, survey, key).await?;
    let t = translation_in(&txn, q.id, lang).await?;
    if t.audio_file == file {
        txn.rollback().await?;
        return Ok(None);
    }
    let detail = match file {
        Some(_) => format!("recording {lang}"),
        None => format!("recording {lang} removed"),
    };
    let mut m = t.into_active_model();
    m.audio_file = Set(file);
    m.update(&txn).await?;
    let revision = revise(
        &txn,
        actor,
        "catalogue.recording",
        &format!("{}/{}", s.slug, q.key),
        &detail,
    )
    .await?;
    txn.commit().await?;
    Ok(Some(revision))
}

/// Deletes the files in `audio/` that no question text names (older than a few
/// minutes); gives how many. Files a municipality put there by hand and named in the
/// catalogue stay.
pub async fn prune(db: &impl ConnectionTrait, data_dir: &Path) -> Result<usize, RecordingError> {
    let named: std::collections::HashSet<String> = QuestionTranslation::find()
        .filter(question_translation::Column::AudioFile.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|t| t.audio_file)
        .collect();
    let dir = folder(data_dir);
    let mut entries = match tokio::fs::read_dir(&dir).await {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e.into()),
    };
    let mut removed = 0;
    while let Some(entry) = entries.next_entry().await? {
        let name = entry.file_name().to_string_lossy().into_owned();
        if named.contains(&name) || name.starts_with('.') {
            continue;
        }
        let old = entry
            .metadata()
            .await?
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > GRACE);
        if old {
            tokio::fs::remove_file(entry.path()).await?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// The text a recording would belong to, read outside any write transaction.
async fn translation(
    db: &DatabaseConnection,
    survey: &str,
    key: &str,
    lang: &str,
) -> Result<question_translation::Model, RecordingError> {
    let (_, q) = find_question(db, survey, key).await?;
    translation_in(db, q.id, lang).await
}

async fn translation_in(
    db: &impl ConnectionTrait,
    question_id: i32,
    lang: &str,
) -> Result<question_translation::Model, RecordingError> {
    QuestionTranslation::find()
        .filter(question_translation::Column::QuestionId.eq(question_id))
        .filter(question_translation::Column::Lang.eq(lang))
        .one(db)
        .await?
        .filter(|t| !t.text.trim().is_empty())
        .ok_or(RecordingError::NoText)
}

/// Writes `name` in `dir` through a temporary file, synced before it takes its name.
async fn write_durably(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    use tokio::io::AsyncWriteExt;
    tokio::fs::create_dir_all(dir).await?;
    let part = dir.join(format!(".{name}.part"));
    let mut file = tokio::fs::File::create(&part).await?;
    file.write_all(bytes).await?;
    file.sync_all().await?;
    drop(file);
    tokio::fs::rename(&part, dir.join(name)).await?;
    // The new name itself is durable once the folder is synced.
    if let Ok(folder) = tokio::fs::File::open(dir).await {
        folder.sync_all().await.ok();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audio_is_known_by_its_first_bytes_only() {
        assert_eq!(audio_kind(b"ID3\x04\x00rest"), Some("mp3"));
        assert_eq!(audio_kind(&[0xFF, 0xFB, 0x90, 0x64]), Some("mp3"));
        assert_eq!(audio_kind(b"OggS\x00\x02"), Some("ogg"));
        assert_eq!(audio_kind(b"\x00\x00\x00\x20ftypM4A "), Some("m4a"));
        assert_eq!(audio_kind(&[0x1A, 0x45, 0xDF, 0xA3, 0x01]), Some("webm"));
        assert_eq!(audio_kind(b"RIFF\x24\x08\x00\x00WAVEfmt "), Some("wav"));
        for other in [
            &b"<script>alert(1)</script>"[..],
            b"%PDF-1.7",
            b"\x89PNG\r\n",
            b"RIFF\x24\x08\x00\x00AVI ",
            b"",
            b"ID",
            &[0xFF, 0xD8, 0xFF, 0xE0],
        ] {
            assert_eq!(audio_kind(other), None, "{other:?}");
        }
    }
}
