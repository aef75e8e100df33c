//! Several instances on one database. No instance is special: what one instance changes,
//! the others learn from the database. Each process keeps copies of what every request
//! reads (the catalogue, the codebook, the indicator catalogue, the name list), each
//! stamped with a token the database holds; an edit writes a new token and announces it.
//! Announcements travel through PostgreSQL's LISTEN/NOTIFY (within one process on
//! SQLite), and a follower also checks the tokens every few seconds, so a lost
//! notification delays a change, never loses it. Workshop boards announce their changes
//! the same way, and rate limits count in the database (see `counts`).
mod counts;
mod events;

pub use counts::SharedCounts;
pub use events::{Cluster, Event};

use entity::prelude::*;
use entity::setting;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

/// What an instance copies from the database and must reload when another changes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shared {
    /// Units, services, surveys and questions (followed by their revision number).
    Catalogue,
    Themes,
    Indicators,
    /// The names the redactor removes.
    Names,
}

impl Shared {
    fn key(self) -> &'static str {
        match self {
            Shared::Catalogue => "changed.catalogue",
            Shared::Themes => "changed.themes",
            Shared::Indicators => "changed.indicators",
            Shared::Names => "changed.names",
        }
    }

    fn code(self) -> &'static str {
        match self {
            Shared::Catalogue => "catalogue",
            Shared::Themes => "themes",
            Shared::Indicators => "indicators",
            Shared::Names => "names",
        }
    }

    fn from_code(code: &str) -> Option<Shared> {
        [
            Shared::Catalogue,
            Shared::Themes,
            Shared::Indicators,
            Shared::Names,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// The token of the last change of `what` ("" before the first): read it before the
/// data, so a change made in between shows as a newer token at the next check.
pub async fn stamp(db: &impl ConnectionTrait, what: Shared) -> Result<String, DbErr> {
    Ok(Setting::find_by_id(what.key())
        .one(db)
        .await?
        .map(|s| s.value)
        .unwrap_or_default())
}

/// Whether `copy` was read before the last change of `what` (another instance's edit).
pub async fn is_stale<T>(
    db: &impl ConnectionTrait,
    what: Shared,
    copy: &crate::web::Snapshot<T>,
) -> Result<bool, DbErr> {
    Ok(stamp(db, what).await? != copy.stamp())
}

/// Records that `what` changed: a fresh random token, written in the edit's own
/// transaction. Whoever sees the edit (the outbox rows a theme edit queues, above all)
/// then sees the new token too: written after the commit, the indexer could drain those
/// rows in between and tag them with the old codebook for good.
pub async fn record_change(db: &impl ConnectionTrait, what: Shared) -> Result<(), DbErr> {
    Setting::insert(setting::ActiveModel {
        key: Set(what.key().to_owned()),
        value: Set(crate::admin::random_hex(16)),
    })
    .on_conflict(
        OnConflict::column(setting::Column::Key)
            .update_column(setting::Column::Value)
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
