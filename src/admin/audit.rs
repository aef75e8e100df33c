//! The audit log: who did what, when. Callers pass identifiers, never free text.
use entity::audit_log;
use entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

/// Records an action inside the caller's transaction.
pub async fn record_in(
    db: &impl ConnectionTrait,
    actor: &str,
    action: &str,
    target: Option<&str>,
    detail: Option<&str>,
) -> Result<(), DbErr> {
    AuditLog::insert(audit_log::ActiveModel {
        at: Set(chrono::Utc::now()),
        actor: Set(actor.to_owned()),
        action: Set(action.to_owned()),
        target: Set(target.map(str::to_owned)),
        detail: Set(detail.map(str::to_owned)),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
