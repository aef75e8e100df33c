//! The audit log: who did what, when. Callers pass identifiers, never free text.
use entity::audit_log;
use entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait};

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

/// Records an action on its own; a failure is logged, not returned, because the action
/// it describes has already happened.
pub async fn record(
    db: &DatabaseConnection,
    actor: &str,
    action: &str,
    target: Option<&str>,
    detail: Option<&str>,
) {
    let result = async {
        let txn = crate::db::begin_write(db).await?;
        record_in(&txn, actor, action, target, detail).await?;
        txn.commit().await
    }
    .await;
    if let Err(e) = result {
        tracing::error!(error = %e, action, "audit record not written");
    }
}
