//! Rate-limit counters every instance shares (PostgreSQL): one row per counted subject
//! and purpose, a window that starts with the first hit. The subject (an address, a
//! username) is never stored: the key is a keyed hash cut to 32 bits, so it cannot be
//! turned back into an address, and rows are deleted once their window is over.
use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, QueryResult, Statement,
    TransactionTrait,
};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use std::time::Duration;

/// The longest window counted (login failures per account); rows older are deleted.
const LONGEST_WINDOW: Duration = Duration::from_secs(15 * 60);

const NOW_MS: &str = "(extract(epoch from now()) * 1000)::bigint";

#[derive(Clone)]
pub struct SharedCounts {
    db: DatabaseConnection,
    secret: Arc<[u8]>,
}

impl SharedCounts {
    /// Counters in the database, when it is one several instances can share.
    pub fn new(db: &DatabaseConnection, secret: Arc<[u8]>) -> Option<SharedCounts> {
        (db.get_database_backend() == DatabaseBackend::Postgres).then(|| SharedCounts {
            db: db.clone(),
            secret,
        })
    }

    fn key(&self, purpose: &str, subject: &str) -> String {
        let mut h = Sha256::new();
        h.update(&self.secret);
        h.update(b"\0count\0");
        h.update(subject.as_bytes());
        let digest = h.finalize();
        format!(
            "{purpose}:{:02x}{:02x}{:02x}{:02x}",
            digest[0], digest[1], digest[2], digest[3]
        )
    }

    /// Runs one counter statement. Counters are not worth an fsync: without one, hits
    /// from one address (a school's network) do not wait on the disk one after another
    /// for the row's lock, and a crash forgets at most the last moment's hits.
    async fn write(
        &self,
        sql: String,
        values: Vec<sea_orm::Value>,
    ) -> Result<Option<QueryResult>, DbErr> {
        let txn = self.db.begin().await?;
        txn.execute_unprepared("SET LOCAL synchronous_commit = off")
            .await?;
        let row = txn
            .query_one_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                sql,
                values,
            ))
            .await?;
        txn.commit().await?;
        Ok(row)
    }

    /// Counts one more hit; `Ok(Err(seconds))` when that is past `limit` in the window.
    pub async fn hit(
        &self,
        purpose: &str,
        subject: &str,
        window: Duration,
        limit: u32,
    ) -> Result<Result<(), u64>, DbErr> {
        let window_ms = window.as_millis() as i64;
        let sql = format!(
            "INSERT INTO rate_counts (key, started, hits) VALUES ($1, {NOW_MS}, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               hits = CASE WHEN rate_counts.started <= {NOW_MS} - $2 THEN 1 \
                      ELSE rate_counts.hits + 1 END, \
               started = CASE WHEN rate_counts.started <= {NOW_MS} - $2 THEN {NOW_MS} \
                         ELSE rate_counts.started END \
             RETURNING hits, started, {NOW_MS} AS now"
        );
        let row = self
            .write(
                sql,
                vec![self.key(purpose, subject).into(), window_ms.into()],
            )
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("rate count".into()))?;
        let hits: i32 = row.try_get_by_index(0)?;
        let started: i64 = row.try_get_by_index(1)?;
        let now: i64 = row.try_get_by_index(2)?;
        if hits as i64 <= i64::from(limit) {
            return Ok(Ok(()));
        }
        let left_ms = (started + window_ms - now).max(0);
        Ok(Err(((left_ms + 999) / 1000).max(1) as u64))
    }

    /// Hits counted for the subject in the window now running.
    pub async fn count(
        &self,
        purpose: &str,
        subject: &str,
        window: Duration,
    ) -> Result<u32, DbErr> {
        let row = self
            .db
            .query_one_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                format!("SELECT hits FROM rate_counts WHERE key = $1 AND started > {NOW_MS} - $2"),
                [
                    self.key(purpose, subject).into(),
                    (window.as_millis() as i64).into(),
                ],
            ))
            .await?;
        Ok(match row {
            Some(row) => row.try_get_by_index::<i32>(0)?.max(0) as u32,
            None => 0,
        })
    }

    pub async fn forget(&self, purpose: &str, subject: &str) -> Result<(), DbErr> {
        self.write(
            "DELETE FROM rate_counts WHERE key = $1".into(),
            vec![self.key(purpose, subject).into()],
        )
        .await?;
        Ok(())
    }

    /// Deletes counters whose window is over (every instance runs this each minute).
    pub async fn prune(&self) -> Result<(), DbErr> {
        self.write(
            format!("DELETE FROM rate_counts WHERE started < {NOW_MS} - $1"),
            vec![(LONGEST_WINDOW.as_millis() as i64).into()],
        )
        .await?;
        Ok(())
    }
}
