//! The database connection: SQLite (WAL, synchronous=FULL, busy timeout, foreign keys, an
//! explicit pool) or PostgreSQL, migrated on connect. `begin_write` is how every write
//! transaction starts, so SQLite takes its write lock up front (IMMEDIATE) and a
//! read-then-write transaction can never fail half way on a lock upgrade.
use crate::config::Settings;
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot create the data folder {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot open the database: {0}")]
    Connect(DbErr),
    #[error("cannot migrate the database: {0}")]
    Migrate(DbErr),
    #[error("{0}")]
    Backup(String),
}

/// Writes a consistent copy of the SQLite database to `out` while the server may run
/// (`VACUUM INTO` reads one snapshot and leaves no deleted pages in the copy), then
/// checks the copy. Returns its size in bytes.
pub async fn backup(db: &DatabaseConnection, out: &std::path::Path) -> Result<u64, DbError> {
    use sea_orm::{ConnectionTrait, Statement};
    if db.get_database_backend() != DbBackend::Sqlite {
        return Err(DbError::Backup(
            "backups of PostgreSQL are made with pg_dump (see docs/OPERATIONS.md)".into(),
        ));
    }
    if out.exists() {
        return Err(DbError::Backup(format!(
            "{} exists already; choose a new file",
            out.display()
        )));
    }
    let target = out.to_str().ok_or_else(|| {
        DbError::Backup(format!("{} is not a path SQLite can take", out.display()))
    })?;
    db.execute_raw(Statement::from_string(
        DbBackend::Sqlite,
        format!("VACUUM INTO '{}'", target.replace('\'', "''")),
    ))
    .await
    .map_err(|e| DbError::Backup(format!("the copy failed: {e}")))?;
    let copy = sea_orm::Database::connect(format!("sqlite://{target}?mode=ro"))
        .await
        .map_err(|e| DbError::Backup(format!("the copy cannot be opened: {e}")))?;
    let check = copy
        .query_one_raw(Statement::from_string(
            DbBackend::Sqlite,
            "PRAGMA integrity_check",
        ))
        .await
        .map_err(|e| DbError::Backup(format!("the copy cannot be checked: {e}")))?
        .and_then(|row| row.try_get_by_index::<String>(0).ok());
    let _ = copy.close().await;
    if check.as_deref() != Some("ok") {
        return Err(DbError::Backup(format!(
            "the copy fails its integrity check: {check:?}"
        )));
    }
    std::fs::metadata(out)
        .map(|m| m.len())
        .map_err(|e| DbError::Backup(format!("the copy cannot be read: {e}")))
}

/// Opens the database named by the settings, creating the SQLite file if needed.
pub async fn connect(settings: &Settings) -> Result<DatabaseConnection, DbError> {
    open(settings, settings.db_pool_size, false).await
}

/// One connection of its own for the intake writer. In SQLite's WAL mode a connection
/// throws its whole page cache away when another connection wrote since its last
/// transaction; from a shared pool, each group commit found a cold cache and read the
/// index pages it inserts into again. Alone, the writer keeps them between batches.
///
/// Its statement journals stay in memory: a multi-row insert keeps the pages it changes
/// there until the statement ends, and past 64 KiB SQLite moved them to a temporary
/// file, whose writes were a fifth of the writer's CPU under load. A group commit's
/// statements change a few hundred pages at most; the other connections keep the
/// default, so a large sort never grows in memory.
pub async fn connect_writer(settings: &Settings) -> Result<DatabaseConnection, DbError> {
    open(settings, 1, true).await
}

/// Prepared statements each SQLite connection keeps (sqlx's default is 100). Batches
/// and `IN` lists of every length are statements of their own, and a compiled
/// statement for hundreds of rows or ids takes hundreds of KiB: with 100 each, the
/// caches filled over the first million answers of a process's life and then held
/// about 50 MB.
const STATEMENT_CACHE: usize = 16;

async fn open(
    settings: &Settings,
    pool_size: u32,
    temp_in_memory: bool,
) -> Result<DatabaseConnection, DbError> {
    std::fs::create_dir_all(&settings.data_dir).map_err(|source| DbError::DataDir {
        path: settings.data_dir.display().to_string(),
        source,
    })?;
    let url = settings.effective_database_url();
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(pool_size)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(30))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(move |o| {
            o.create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                // Deleted rows are overwritten with zeros, so erased text is not left
                // in free pages of the file.
                .pragma("secure_delete", "ON")
                .pragma(
                    "temp_store",
                    if temp_in_memory { "MEMORY" } else { "DEFAULT" },
                )
                .statement_cache_capacity(STATEMENT_CACHE)
        })
        .map_sqlx_sqlite_pool_opts(|o| {
            // A connection that comes back still inside a transaction (a COMMIT that
            // failed on a full disk, whose rollback has not run) would hold the write
            // lock for ever: it is closed instead of reused, which rolls it back.
            o.after_release(|conn, _| {
                Box::pin(async move { Ok(!sea_orm::sqlx::Connection::is_in_transaction(conn)) })
            })
        });
    Database::connect(options).await.map_err(DbError::Connect)
}

/// Brings the schema up to date (idempotent), in one transaction. Several instances
/// may start at once: the first takes the write lock (SQLite) or an advisory lock
/// (PostgreSQL) and migrates; the others wait for it and then find nothing to do.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbError> {
    use sea_orm::ConnectionTrait;
    let txn = begin_write(db).await.map_err(DbError::Migrate)?;
    if db.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SELECT pg_advisory_xact_lock(7467102)")
            .await
            .map_err(DbError::Migrate)?;
    }
    Migrator::up(&txn, None).await.map_err(DbError::Migrate)?;
    txn.commit().await.map_err(DbError::Migrate)
}

/// Held while an instance prepares a database (migrations, seeds, the first accounts):
/// instances starting at once on one PostgreSQL take turns, so a seed is never written
/// twice. A session lock on a connection of its own that is closed, not reused, when
/// the guard is dropped, which releases the lock even on an error path. On SQLite
/// (one process) it holds nothing: each step's IMMEDIATE transaction is enough there.
pub struct StartupLock {
    _held: Option<sea_orm::sqlx::pool::PoolConnection<sea_orm::sqlx::Postgres>>,
}

impl StartupLock {
    pub async fn take(db: &DatabaseConnection) -> Result<StartupLock, DbError> {
        if db.get_database_backend() != DbBackend::Postgres {
            return Ok(StartupLock { _held: None });
        }
        let lock_err = |e: sea_orm::sqlx::Error| DbError::Migrate(DbErr::Custom(e.to_string()));
        let mut conn = db
            .get_postgres_connection_pool()
            .acquire()
            .await
            .map_err(lock_err)?;
        conn.close_on_drop();
        // Not the migrations' key: they take theirs on another connection meanwhile.
        sea_orm::sqlx::query("SELECT pg_advisory_lock(7467103)")
            .execute(&mut *conn)
            .await
            .map_err(lock_err)?;
        Ok(StartupLock { _held: Some(conn) })
    }
}

/// Starts a write transaction: IMMEDIATE on SQLite, an ordinary one on PostgreSQL.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

pub fn backend_name(db: &DatabaseConnection) -> &'static str {
    match db.get_database_backend() {
        DbBackend::Sqlite => "sqlite",
        DbBackend::Postgres => "postgres",
        _ => "other",
    }
}

/// Copies the SQLite write-ahead log into the database file and empties it, so erased
/// text is left in neither (with `secure_delete`, freed pages are zeroed). Retried a few
/// times while readers hold old snapshots; a no-op on PostgreSQL.
pub async fn checkpoint(db: &DatabaseConnection) {
    use sea_orm::{ConnectionTrait, Statement};
    if db.get_database_backend() != DbBackend::Sqlite {
        return;
    }
    for attempt in 0..20 {
        let result = db
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                "PRAGMA wal_checkpoint(TRUNCATE)",
            ))
            .await;
        match result {
            Ok(Some(row)) if row.try_get_by_index::<i32>(0).unwrap_or(1) == 0 => return,
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "WAL checkpoint failed");
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50 * (attempt + 1))).await;
    }
    tracing::warn!("WAL checkpoint stayed busy; erased text leaves the log at the next one");
}
