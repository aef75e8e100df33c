//! The only place responses are written or read back. A batch of responses is stored in
//! one write transaction with its answers, free text and search outbox rows; a repeated
//! `submission_id` is stored once, whichever instance or batch sees it first.
use super::model::NewResponse;
use crate::db::begin_write;
use crate::text::ProcessedText;
use entity::prelude::*;
use entity::{answer, response, response_text, search_outbox};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction,
    DbBackend, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};
use std::collections::HashMap;

/// What storing one response did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// Stored now under this id.
    Created(i64),
    /// The `submission_id` was stored before, under this id.
    Existing(i64),
}

impl Stored {
    pub fn id(self) -> i64 {
        match self {
            Stored::Created(id) | Stored::Existing(id) => id,
        }
    }
}

/// Stores every response of `batch` in one transaction (all or none).
pub async fn insert_batch(
    db: &DatabaseConnection,
    batch: &[&NewResponse],
) -> Result<Vec<Stored>, DbErr> {
    Ok(write_batch(db, batch, &[]).await?.0)
}

/// Stores the responses of `batch` and the processed `texts` of responses stored
/// before, in one transaction (all or none). For each text: whether it was stored (not
/// when the response is gone or its text was processed already).
pub async fn write_batch(
    db: &DatabaseConnection,
    batch: &[&NewResponse],
    texts: &[(i64, &ProcessedText)],
) -> Result<(Vec<Stored>, Vec<bool>), DbErr> {
    let txn = begin_write(db).await?;
    order_outbox(&txn).await?;
    let mut outbox = Vec::new();
    let results = insert_in(&txn, batch, &mut outbox).await?;
    let done = store_processed(&txn, texts, &mut outbox).await?;
    // One insert for both: a statement is a round trip to the SQLite thread.
    for chunk in outbox.chunks(2000) {
        SearchOutbox::insert_many(chunk.to_vec())
            .exec_without_returning(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok((results, done))
}

/// Stores the responses and adds the rows that ask the index to take them in to `outbox`.
async fn insert_in(
    txn: &DatabaseTransaction,
    batch: &[&NewResponse],
    outbox: &mut Vec<search_outbox::ActiveModel>,
) -> Result<Vec<Stored>, DbErr> {
    if batch.is_empty() {
        return Ok(Vec::new());
    }
    let mut results = Vec::with_capacity(batch.len());
    let mut answers = Vec::new();
    let mut texts = Vec::new();
    let mut cube = CubeDeltas::new();
    let stored_all = insert_responses(txn, batch).await?;
    for (r, stored) in batch.iter().zip(stored_all) {
        results.push(stored);
        let Stored::Created(id) = stored else {
            continue;
        };
        add_facts(&mut cube, &CubePlace::of_new(r), &r.facts, 1);
        answers.extend(
            r.answers
                .iter()
                .map(|(question_id, value)| answer::ActiveModel {
                    response_id: Set(id),
                    question_id: Set(*question_id),
                    value: Set(value.clone()),
                    ..Default::default()
                }),
        );
        if let Some(text) = &r.text {
            let processed = r.processed.as_ref();
            texts.push(response_text::ActiveModel {
                response_id: Set(id),
                raw: Set(text.clone()),
                redacted: Set(processed.map(|p| p.redacted.clone())),
                lang_detected: Set(processed.map(|p| p.lang_detected.clone())),
                lang_confidence: Set(processed.map(|p| p.lang_confidence)),
                processed_at: Set(processed.map(|_| chrono::Utc::now())),
            });
        }
        // A text not processed yet is indexed once its result is stored.
        if r.text.is_none() || r.processed.is_some() {
            outbox.push(to_index(id));
        }
    }
    // Multi-row inserts keep a batch to a handful of statements; chunks stay under
    // SQLite's bound-parameter limit.
    for chunk in answers.chunks(2000) {
        Answer::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await?;
    }
    for chunk in texts.chunks(1000) {
        ResponseText::insert_many(chunk.to_vec())
            .exec_without_returning(txn)
            .await?;
    }
    apply_cube(txn, cube).await?;
    Ok(results)
}

/// Stores each text's language and redaction, if the response is still there and the
/// text not processed before, and adds a row asking the search index to take the
/// response in to `outbox`. One statement per chunk: under load a batch carries dozens
/// of late results, and a statement each cost the writer a round trip each.
async fn store_processed(
    txn: &DatabaseTransaction,
    texts: &[(i64, &ProcessedText)],
    outbox: &mut Vec<search_outbox::ActiveModel>,
) -> Result<Vec<bool>, DbErr> {
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, TableRef, ValueTuple};
    let now = chrono::Utc::now();
    // A response given twice gets its first result (an UPDATE joined to both would take
    // either); the second counts as not stored, as it would in a later batch.
    let mut given = std::collections::HashSet::new();
    let firsts: Vec<&(i64, &ProcessedText)> =
        texts.iter().filter(|(id, _)| given.insert(*id)).collect();
    // A VALUES list's columns are column1.. on both SQLite and PostgreSQL.
    let v = || Alias::new("v");
    let column = |n: usize| (v(), Alias::new(format!("column{n}")));
    let mut changed = std::collections::HashSet::new();
    for chunk in firsts.chunks(TEXTS_PER_UPDATE) {
        let rows = chunk
            .iter()
            .map(|(id, processed)| {
                ValueTuple::Many(vec![
                    (*id).into(),
                    processed.redacted.clone().into(),
                    processed.lang_detected.clone().into(),
                    processed.lang_confidence.into(),
                ])
            })
            .collect();
        let update = Query::update()
            .table(ResponseText)
            .value(response_text::Column::Redacted, Expr::col(column(2)))
            .value(response_text::Column::LangDetected, Expr::col(column(3)))
            .value(response_text::Column::LangConfidence, Expr::col(column(4)))
            .value(response_text::Column::ProcessedAt, now)
            .from(TableRef::ValuesList(rows, v().into()))
            .and_where(
                Expr::col((ResponseText, response_text::Column::ResponseId)).equals(column(1)),
            )
            .and_where(Expr::col((ResponseText, response_text::Column::ProcessedAt)).is_null())
            .returning_col(response_text::Column::ResponseId)
            .to_owned();
        for row in txn.query_all(&update).await? {
            changed.insert(row.try_get_by_index::<i64>(0)?);
        }
    }
    let done: Vec<bool> = texts.iter().map(|(id, _)| changed.remove(id)).collect();
    outbox.extend(
        texts
            .iter()
            .zip(&done)
            .filter(|(_, done)| **done)
            .map(|((id, _), _)| to_index(*id)),
    );
    Ok(done)
}

/// The outbox row that asks the search index to take a response in (again).
pub fn to_index(response_id: i64) -> search_outbox::ActiveModel {
    search_outbox::ActiveModel {
        response_id: Set(response_id),
        op: Set("index".to_owned()),
        ..Default::default()
    }
}

/// Texts in one UPDATE: four bound values each, far under both databases' limits.
const TEXTS_PER_UPDATE: usize = 200;

/// Texts stored without their language and redaction (their process ended first),
/// after `after`, oldest first: (response id, raw text, the form's language).
pub async fn unprocessed_texts(
    db: &impl ConnectionTrait,
    after: i64,
    limit: u64,
) -> Result<Vec<(i64, String, String)>, DbErr> {
    let texts: Vec<(i64, String)> = ResponseText::find()
        .select_only()
        .column(response_text::Column::ResponseId)
        .column(response_text::Column::Raw)
        .filter(response_text::Column::ProcessedAt.is_null())
        .filter(response_text::Column::ResponseId.gt(after))
        .order_by_asc(response_text::Column::ResponseId)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    if texts.is_empty() {
        return Ok(Vec::new());
    }
    let langs: HashMap<i64, String> = Response::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Lang)
        .filter(response::Column::Id.is_in(texts.iter().map(|(id, _)| *id)))
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(texts
        .into_iter()
        .filter_map(|(id, raw)| langs.get(&id).map(|lang| (id, raw, lang.clone())))
        .collect())
}

/// Changes to the indicator cube: key -> (respondents, positive respondents, and the
/// sums of their record keys).
type CubeDeltas = std::collections::BTreeMap<(String, i32, String, String, i32, String), CubeDelta>;

#[derive(Debug, Default, Clone, Copy)]
struct CubeDelta {
    n: i64,
    positive: i64,
    key_n: i64,
    key_positive: i64,
}

/// Where a respondent falls in the indicator cube.
struct CubePlace<'a> {
    period: String,
    unit_id: i32,
    lang: &'a str,
    role: Option<&'a str>,
    survey_id: i32,
    record_key: i64,
}

impl<'a> CubePlace<'a> {
    fn of_new(r: &'a NewResponse) -> Self {
        CubePlace {
            period: r.period(),
            unit_id: r.unit_id,
            lang: &r.lang,
            role: r.role.as_deref(),
            survey_id: r.survey_id,
            record_key: i64::from(r.record_key),
        }
    }

    fn of_stored(r: &'a response::Model) -> Self {
        CubePlace {
            period: r.period.clone(),
            unit_id: r.unit_id,
            lang: &r.lang,
            role: r.role.as_deref(),
            survey_id: r.survey_id,
            record_key: r.record_key,
        }
    }
}

/// Adds (sign 1) or takes away (sign -1) one respondent's facts.
fn add_facts(cube: &mut CubeDeltas, place: &CubePlace, facts: &[(String, bool)], sign: i64) {
    let role = place
        .role
        .unwrap_or(crate::indicators::compute::NO_ROLE)
        .to_owned();
    for (indicator, positive) in facts {
        let cell = cube
            .entry((
                place.period.clone(),
                place.unit_id,
                place.lang.to_owned(),
                role.clone(),
                place.survey_id,
                indicator.clone(),
            ))
            .or_default();
        let positive = i64::from(*positive);
        cell.n += sign;
        cell.positive += sign * positive;
        cell.key_n += sign * place.record_key;
        cell.key_positive += sign * positive * place.record_key;
    }
}

/// Adds the deltas to the cube (an upsert that sums), in the caller's transaction.
async fn apply_cube(txn: &DatabaseTransaction, cube: CubeDeltas) -> Result<(), DbErr> {
    use entity::indicator_cube;
    use sea_orm::sea_query::{Expr, OnConflict};
    if cube.values().all(|d| d.n == 0) {
        return Ok(());
    }
    // Writers take the outbox order first, so change numbers rise in commit order.
    let seq = crate::indicators::compute::next_cube_seq(txn).await?;
    let rows: Vec<indicator_cube::ActiveModel> = cube
        .into_iter()
        .filter(|(_, d)| d.n != 0)
        .map(|((period, unit_id, lang, role, survey_id, indicator), d)| {
            indicator_cube::ActiveModel {
                period: Set(period),
                unit_id: Set(unit_id),
                lang: Set(lang),
                role: Set(role),
                survey_id: Set(survey_id),
                indicator: Set(indicator),
                n: Set(d.n),
                positive: Set(d.positive),
                key_n: Set(d.key_n),
                key_positive: Set(d.key_positive),
                seq: Set(seq),
            }
        })
        .collect();
    for chunk in rows.chunks(1000) {
        IndicatorCube::insert_many(chunk.to_vec())
            .on_conflict(
                OnConflict::columns([
                    indicator_cube::Column::Period,
                    indicator_cube::Column::UnitId,
                    indicator_cube::Column::Lang,
                    indicator_cube::Column::Role,
                    indicator_cube::Column::SurveyId,
                    indicator_cube::Column::Indicator,
                ])
                .value(
                    indicator_cube::Column::N,
                    Expr::cust("indicator_cube.n + excluded.n"),
                )
                .value(
                    indicator_cube::Column::Positive,
                    Expr::cust("indicator_cube.positive + excluded.positive"),
                )
                .value(
                    indicator_cube::Column::KeyN,
                    Expr::cust("indicator_cube.key_n + excluded.key_n"),
                )
                .value(
                    indicator_cube::Column::KeyPositive,
                    Expr::cust("indicator_cube.key_positive + excluded.key_positive"),
                )
                .update_column(indicator_cube::Column::Seq)
                .to_owned(),
            )
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

/// Stores the responses of a batch, in its order. Those with a `submission_id` go in one
/// statement (a statement each cost a fifth to a quarter of intake's rate in `stemme
/// bench intake`; a batch of `writer::MAX_BATCH` stays far under SQLite's limit of bound
/// values); a `submission_id` already stored, by an earlier batch or earlier in this one,
/// gives the id it was stored under.
async fn insert_responses(
    txn: &DatabaseTransaction,
    batch: &[&NewResponse],
) -> Result<Vec<Stored>, DbErr> {
    let mut results: Vec<Option<Stored>> = vec![None; batch.len()];
    let mut keyed = Vec::new();
    for (i, r) in batch.iter().enumerate() {
        match &r.submission_id {
            Some(submission_id) => keyed.push((i, submission_id.as_str())),
            // Nothing to match a returned row by: one at a time (the forms and the
            // apps always send an id).
            None => {
                let inserted = Response::insert(response_model(r)).exec(txn).await?;
                results[i] = Some(Stored::Created(inserted.last_insert_id));
            }
        }
    }
    if !keyed.is_empty() {
        let models = keyed.iter().map(|&(i, _)| response_model(batch[i]));
        // Only the two columns matched on come back: the whole row of each was a tenth
        // of the writer task's CPU, read back and decoded for nothing.
        let insert = Response::insert_many(models)
            .on_conflict(
                OnConflict::column(response::Column::SubmissionId)
                    .do_nothing()
                    .to_owned(),
            )
            .into_query()
            .returning(
                Query::returning().columns([response::Column::Id, response::Column::SubmissionId]),
            )
            .to_owned();
        // A submission id stored before gives no row.
        let mut created = HashMap::new();
        for row in txn.query_all(&insert).await? {
            let id: i64 = row.try_get_by_index(0)?;
            let submission_id: Option<String> = row.try_get_by_index(1)?;
            if let Some(submission_id) = submission_id {
                created.insert(submission_id, id);
            }
        }
        let mut earlier = Vec::new();
        for &(i, submission_id) in &keyed {
            // The first of a repeated id in the batch is the one created.
            match created.remove(submission_id) {
                Some(id) => results[i] = Some(Stored::Created(id)),
                None => earlier.push((i, submission_id)),
            }
        }
        if !earlier.is_empty() {
            let ids: Vec<&str> = earlier.iter().map(|(_, s)| *s).collect();
            let found: HashMap<String, i64> = Response::find()
                .select_only()
                .column(response::Column::SubmissionId)
                .column(response::Column::Id)
                .filter(response::Column::SubmissionId.is_in(ids))
                .into_tuple::<(Option<String>, i64)>()
                .all(txn)
                .await?
                .into_iter()
                .filter_map(|(s, id)| s.map(|s| (s, id)))
                .collect();
            for (i, submission_id) in earlier {
                let id = found
                    .get(submission_id)
                    .copied()
                    .ok_or_else(|| DbErr::RecordNotFound(format!("submission {submission_id}")))?;
                results[i] = Some(Stored::Existing(id));
            }
        }
    }
    results
        .into_iter()
        .map(|r| r.ok_or_else(|| DbErr::Custom("a response of the batch was not stored".into())))
        .collect()
}

fn response_model(r: &NewResponse) -> response::ActiveModel {
    response::ActiveModel {
        survey_id: Set(r.survey_id),
        unit_id: Set(r.unit_id),
        lang: Set(r.lang.clone()),
        role: Set(r.role.clone()),
        period: Set(r.period()),
        created_on: Set(r.created_on),
        submission_id: Set(r.submission_id.clone()),
        assisted_by: Set(r.assisted_by.clone()),
        catalogue_revision: Set(Some(r.catalogue_revision)),
        record_key: Set(i64::from(r.record_key)),
        ..Default::default()
    }
}

/// A stored response with everything a planner may see of it.
#[derive(Debug, Clone)]
pub struct StoredResponse {
    pub response: response::Model,
    pub answers: Vec<answer::Model>,
    pub text: Option<response_text::Model>,
}

/// The stored response a public id names: the submission id intake answered with (a
/// UUID), or the internal number (admins, older links).
pub async fn resolve(db: &impl ConnectionTrait, key: &str) -> Result<Option<i64>, DbErr> {
    if let Ok(id) = key.parse::<i64>() {
        return Ok(Some(id));
    }
    let Ok(uuid) = uuid::Uuid::parse_str(key) else {
        return Ok(None);
    };
    Response::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::SubmissionId.eq(uuid.hyphenated().to_string()))
        .into_tuple::<i64>()
        .one(db)
        .await
}

pub async fn find(db: &impl ConnectionTrait, id: i64) -> Result<Option<StoredResponse>, DbErr> {
    let Some(response) = Response::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let answers = Answer::find()
        .filter(answer::Column::ResponseId.eq(id))
        .order_by_asc(answer::Column::Id)
        .all(db)
        .await?;
    let text = ResponseText::find_by_id(id).one(db).await?;
    Ok(Some(StoredResponse {
        response,
        answers,
        text,
    }))
}

/// Erases a response (answers and text go with it), asks the search index to forget it
/// and records who did it, in one transaction: there is never an erasure without its
/// audit record, nor a record of one that did not happen. Returns whether there was
/// anything to erase.
pub async fn erase(
    db: &DatabaseConnection,
    catalogue: &crate::catalogue::Catalogue,
    id: i64,
    actor: &str,
) -> Result<bool, DbErr> {
    let txn = begin_write(db).await?;
    order_outbox(&txn).await?;
    let deleted = erase_in(&txn, catalogue, id, actor).await?;
    txn.commit().await?;
    if deleted {
        crate::db::checkpoint(db).await;
    }
    Ok(deleted)
}

/// Answers older than `months` months before `today`, erased in batches as by
/// [`erase`] (the audit log names `retention`); returns how many.
pub async fn erase_older_than(
    db: &DatabaseConnection,
    catalogue: &crate::catalogue::Catalogue,
    months: u32,
    today: chrono::NaiveDate,
) -> Result<u64, DbErr> {
    use sea_orm::QuerySelect;
    if months == 0 {
        return Ok(0);
    }
    let Some(cutoff) = today.checked_sub_months(chrono::Months::new(months)) else {
        return Ok(0);
    };
    let mut erased = 0;
    loop {
        let ids: Vec<i64> = Response::find()
            .select_only()
            .column(response::Column::Id)
            .filter(response::Column::CreatedOn.lt(cutoff))
            .order_by_asc(response::Column::Id)
            .limit(200)
            .into_tuple()
            .all(db)
            .await?;
        if ids.is_empty() {
            break;
        }
        let txn = begin_write(db).await?;
        order_outbox(&txn).await?;
        for id in ids {
            erased += u64::from(erase_in(&txn, catalogue, id, "retention").await?);
        }
        txn.commit().await?;
        crate::db::checkpoint(db).await;
    }
    Ok(erased)
}

/// The erasure of one response inside the caller's transaction (which took the outbox
/// lock).
async fn erase_in(
    txn: &DatabaseTransaction,
    catalogue: &crate::catalogue::Catalogue,
    id: i64,
    actor: &str,
) -> Result<bool, DbErr> {
    // Take the response out of the indicator cube first, while its answers are there.
    if let Some(r) = Response::find_by_id(id).one(txn).await? {
        let answers: Vec<(i32, String)> = Answer::find()
            .filter(answer::Column::ResponseId.eq(id))
            .all(txn)
            .await?
            .into_iter()
            .map(|a| (a.question_id, a.value))
            .collect();
        let facts = crate::indicators::compute::facts_of(catalogue, &answers);
        let mut cube = CubeDeltas::new();
        add_facts(&mut cube, &CubePlace::of_stored(&r), &facts, -1);
        apply_cube(txn, cube).await?;
    }
    // Children first: not every deployment's foreign keys cascade (SQLite needs the pragma).
    Answer::delete_many()
        .filter(answer::Column::ResponseId.eq(id))
        .exec(txn)
        .await?;
    ResponseText::delete_many()
        .filter(response_text::Column::ResponseId.eq(id))
        .exec(txn)
        .await?;
    ThemeFeedback::delete_many()
        .filter(entity::theme_feedback::Column::ResponseId.eq(id))
        .exec(txn)
        .await?;
    // A quote shown in a workshop goes with the answer it came from.
    crate::workshops::forget_quotes(txn, id).await?;
    let deleted = Response::delete_by_id(id).exec(txn).await?.rows_affected > 0;
    if deleted {
        SearchOutbox::insert(search_outbox::ActiveModel {
            response_id: Set(id),
            op: Set("delete".to_owned()),
            ..Default::default()
        })
        .exec_without_returning(txn)
        .await?;
        crate::admin::audit::record_in(txn, actor, "response.erase", Some(&id.to_string()), None)
            .await?;
    }
    Ok(deleted)
}

/// On PostgreSQL, outbox ids are drawn from a sequence before commit, so a transaction
/// could commit id 11 while id 10 is still open, and an index writer that has read up
/// to 11 would never see 10. Writers of the outbox take this lock first, which makes
/// outbox ids commit in order. SQLite has one writer at a time anyway.
pub async fn order_outbox(txn: &DatabaseTransaction) -> Result<(), DbErr> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(7467101)")
            .await?;
    }
    Ok(())
}

/// The text as the citizen wrote it, with the read in the audit log (same transaction).
pub async fn read_raw_text(
    db: &DatabaseConnection,
    id: i64,
    actor: &str,
) -> Result<Option<String>, DbErr> {
    let txn = begin_write(db).await?;
    let Some(text) = ResponseText::find_by_id(id).one(&txn).await? else {
        txn.rollback().await?;
        return Ok(None);
    };
    crate::admin::audit::record_in(
        &txn,
        actor,
        "response.read_raw",
        Some(&id.to_string()),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(Some(text.raw))
}

pub async fn count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    Response::find().count(db).await
}
