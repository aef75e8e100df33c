//! The redaction name list: the embedded common names, the catalogue's unit names, and
//! the names the admin added (table `redaction_names`).
use super::redact::{NameList, Redactor, common_names};
use crate::catalogue::Catalogue;
use crate::db::begin_write;
use entity::prelude::*;
use entity::redaction_name;
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, QueryOrder};

/// Longest name the admin may add; anything longer is not a name.
pub const MAX_NAME_CHARS: usize = 120;

/// `person`: every part is removed on its own too; `place`: removed as a whole.
pub const KINDS: [&str; 2] = ["person", "place"];

pub async fn build_redactor(
    db: &DatabaseConnection,
    catalogue: &Catalogue,
) -> Result<Redactor, DbErr> {
    let mut list = common_names();
    for unit in &catalogue.units {
        list.add(&unit.name);
    }
    for added in list_added(db).await? {
        if added.kind == "person" {
            list.add_person(&added.name);
        } else {
            list.add(&added.name);
        }
    }
    Ok(tokio::task::spawn_blocking(move || Redactor::new(&list))
        .await
        .unwrap_or_else(|_| Redactor::new(&NameList::default())))
}

pub async fn list_added(db: &DatabaseConnection) -> Result<Vec<redaction_name::Model>, DbErr> {
    RedactionName::find()
        .order_by_asc(redaction_name::Column::Name)
        .all(db)
        .await
}

/// Adds a name with its audit record; `false` when it was on the list already.
pub async fn add(
    db: &DatabaseConnection,
    name: &str,
    kind: &str,
    actor: &str,
) -> Result<Option<i32>, DbErr> {
    let txn = begin_write(db).await?;
    let inserted = RedactionName::insert(redaction_name::ActiveModel {
        name: Set(name.to_owned()),
        kind: Set(kind.to_owned()),
        added_by: Set(actor.to_owned()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([redaction_name::Column::Name])
    .exec(&txn)
    .await?;
    let id = match inserted {
        sea_orm::TryInsertResult::Inserted(r) => r.last_insert_id,
        _ => {
            txn.rollback().await?;
            return Ok(None);
        }
    };
    // The audit log says a name was added, not which: the log is read more widely.
    crate::admin::audit::record_in(
        &txn,
        actor,
        "redaction.name_add",
        Some(&id.to_string()),
        Some(kind),
    )
    .await?;
    crate::cluster::record_change(&txn, crate::cluster::Shared::Names).await?;
    txn.commit().await?;
    Ok(Some(id))
}

pub async fn remove(db: &DatabaseConnection, id: i32, actor: &str) -> Result<bool, DbErr> {
    let txn = begin_write(db).await?;
    let deleted = RedactionName::delete_by_id(id).exec(&txn).await?;
    if deleted.rows_affected == 0 {
        txn.rollback().await?;
        return Ok(false);
    }
    crate::admin::audit::record_in(
        &txn,
        actor,
        "redaction.name_remove",
        Some(&id.to_string()),
        None,
    )
    .await?;
    crate::cluster::record_change(&txn, crate::cluster::Shared::Names).await?;
    txn.commit().await?;
    Ok(true)
}

/// After a name is added: redacts it from the texts already stored too, and queues them
/// for re-indexing, so planners stop seeing it everywhere, not only in new answers.
/// Returns how many texts changed.
pub async fn redact_stored(
    db: &DatabaseConnection,
    pipeline: &super::TextPipeline,
    name: &str,
) -> Result<u64, DbErr> {
    use entity::response_text;
    use sea_orm::{ColumnTrait, QueryFilter};
    // Every part of a person's name is matched on its own.
    let parts: Vec<&str> = name
        .split_whitespace()
        .filter(|p| p.chars().count() >= 2)
        .collect();
    let mut condition = sea_orm::Condition::any();
    for part in &parts {
        condition = condition.add(response_text::Column::Raw.contains(*part));
    }
    let candidates = ResponseText::find().filter(condition).all(db).await?;
    let declared: std::collections::HashMap<i64, String> = Response::find()
        .filter(entity::response::Column::Id.is_in(candidates.iter().map(|t| t.response_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.lang))
        .collect();
    let redactor = pipeline.redactor();
    let updates: Vec<(i64, String)> = candidates
        .into_iter()
        .filter_map(|text| {
            let lang = match text.lang_detected.as_deref() {
                Some(l) if l != super::UNDETERMINED => l.to_owned(),
                _ => declared.get(&text.response_id)?.clone(),
            };
            let redacted = redactor.redact(&text.raw, &lang);
            (text.redacted.as_deref() != Some(redacted.as_str()))
                .then_some((text.response_id, redacted))
        })
        .collect();
    if updates.is_empty() {
        return Ok(0);
    }
    // One transaction for all, taking the outbox lock like every outbox writer.
    let txn = begin_write(db).await?;
    crate::intake::order_outbox(&txn).await?;
    for (response_id, redacted) in &updates {
        ResponseText::update_many()
            .col_expr(
                response_text::Column::Redacted,
                sea_orm::sea_query::Expr::value(redacted.clone()),
            )
            .filter(response_text::Column::ResponseId.eq(*response_id))
            .exec(&txn)
            .await?;
    }
    for chunk in updates.chunks(1000) {
        SearchOutbox::insert_many(
            chunk
                .iter()
                .map(|(response_id, _)| crate::intake::to_index(*response_id)),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    let changed = updates.len() as u64;
    Ok(changed)
}
