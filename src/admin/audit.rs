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

/// Records an action on its own; a failure is logged, not passed on (sign-in must not
/// fail because the audit log could not be written, but the operator must hear of it).
pub async fn record(
    db: &sea_orm::DatabaseConnection,
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
        tracing::error!(error = %e, action, "could not write the audit log");
    }
}

/// Records an export: what was exported and with which filters (the query string, cut
/// short; filters are slugs and months, never a citizen's text).
pub async fn export(db: &sea_orm::DatabaseConnection, actor: &str, what: &str, query: &str) {
    let filters: String = query.chars().take(200).collect();
    let detail = (!filters.is_empty()).then_some(filters);
    record(
        db,
        actor,
        &format!("export.{what}"),
        None,
        detail.as_deref(),
    )
    .await;
}
