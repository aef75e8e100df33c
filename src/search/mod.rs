//! Search over what families wrote: a tantivy index derived from the database, one
//! writer task fed by the search outbox, readers that reload after each commit, and the
//! planner's search (API and page) with facets, snippets from the redacted text only,
//! and the k-rule.
pub mod bench;
mod facets;
mod indexer;
mod query;
pub(crate) mod routes;
pub mod schema;

pub use indexer::{SearchIndex, month_number};
pub use query::{Facets, Hit, SearchRequest, SearchResult, Withheld, search};
pub use routes::{configure, configure_pages};

use crate::catalogue::CatalogueHandle;
use indexer::{Command, Indexer};
use sea_orm::DatabaseConnection;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index files: {0}")]
    Io(#[from] std::io::Error),
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("the index writer has stopped")]
    WriterGone,
    #[error("{0}")]
    Invalid(String),
}

impl From<tantivy::directory::error::OpenDirectoryError> for SearchError {
    fn from(e: tantivy::directory::error::OpenDirectoryError) -> Self {
        SearchError::Index(e.into())
    }
}

/// What the writer is doing, for health checks and progress.
#[derive(Debug, Default)]
pub struct IndexStatus {
    pub ready: AtomicBool,
    pub rebuilding: AtomicBool,
    pub rebuild_done: AtomicU64,
    pub rebuild_total: AtomicU64,
}

impl IndexStatus {
    /// "ok", "rebuilding" or "starting".
    pub fn state(&self) -> &'static str {
        if self.rebuilding.load(Ordering::Acquire) {
            "rebuilding"
        } else if self.ready.load(Ordering::Acquire) {
            "ok"
        } else {
            "starting"
        }
    }

    /// Share of a running rebuild that is done (0.0 to 1.0).
    pub fn progress(&self) -> f64 {
        let total = self.rebuild_total.load(Ordering::Acquire);
        if total == 0 {
            return 1.0;
        }
        self.rebuild_done.load(Ordering::Acquire) as f64 / total as f64
    }
}

/// The reading side and a line to the writer; cheap to clone.
#[derive(Clone)]
pub struct SearchHandle {
    pub index: Arc<SearchIndex>,
    pub status: Arc<IndexStatus>,
    commands: mpsc::Sender<Command>,
    /// Searches running at once: two per core. The segments are searched on a thread
    /// per core anyway; more searches at once only hold a blocking thread each (with its
    /// stack and allocator heap) while they wait for those.
    pub running: Arc<tokio::sync::Semaphore>,
}

impl SearchHandle {
    /// Indexes and commits everything stored so far; returns when it is searchable.
    pub async fn flush(&self) -> Result<(), SearchError> {
        self.ask(Command::Flush).await
    }

    /// Rebuilds the index from the database.
    pub async fn rebuild(&self) -> Result<(), SearchError> {
        self.ask(Command::Rebuild).await
    }

    async fn ask(
        &self,
        command: impl FnOnce(oneshot::Sender<Result<(), String>>) -> Command,
    ) -> Result<(), SearchError> {
        let (tx, rx) = oneshot::channel();
        self.commands
            .send(command(tx))
            .await
            .map_err(|_| SearchError::WriterGone)?;
        rx.await
            .map_err(|_| SearchError::WriterGone)?
            .map_err(SearchError::Invalid)
    }
}

/// The writer task; `finish` lets it commit what it has before the process ends.
pub struct IndexerTask {
    handle: JoinHandle<()>,
}

impl IndexerTask {
    pub async fn finish(self, search: SearchHandle) {
        drop(search);
        let _ = self.handle.await;
    }
}

/// Opens (or creates) the index in `dir` and starts the writer. A missing, unreadable or
/// outdated index is rebuilt in the background; searches see it fill up.
pub fn start(
    dir: &Path,
    db: DatabaseConnection,
    themes: crate::themes::ThemesHandle,
    catalogue: CatalogueHandle,
    commit_every: Duration,
    threads: usize,
) -> Result<(SearchHandle, IndexerTask), SearchError> {
    let (index, last) = indexer::open(dir)?;
    let index = Arc::new(index);
    let status = Arc::new(IndexStatus::default());
    let indexer = Indexer::new(
        db,
        themes,
        catalogue,
        Arc::clone(&index),
        Arc::clone(&status),
        commit_every,
        threads,
    )?;
    let (commands, receiver) = mpsc::channel(16);
    let handle = tokio::spawn(indexer.run(last, receiver));
    Ok((
        SearchHandle {
            index,
            status,
            commands,
            running: Arc::new(tokio::sync::Semaphore::new(
                2 * std::thread::available_parallelism().map_or(1, |n| n.get()),
            )),
        },
        IndexerTask { handle },
    ))
}

/// `stemme reindex`: rebuilds the index in the data folder from the database, with a
/// progress bar. Fails clearly when a running server holds the index.
pub async fn reindex(
    settings: &crate::config::Settings,
    db: DatabaseConnection,
) -> Result<u64, SearchError> {
    use indicatif::{ProgressBar, ProgressStyle};
    let catalogue = CatalogueHandle::load(&db)
        .await
        .map_err(|e| SearchError::Invalid(e.to_string()))?;
    let dir = settings.data_dir.join("index");
    let themes = crate::themes::ThemesHandle::load(&db).await?;
    let (handle, task) = match start(&dir, db, themes, catalogue, Duration::from_secs(1), 2) {
        Ok(started) => started,
        Err(SearchError::Index(tantivy::TantivyError::LockFailure(..))) => {
            return Err(SearchError::Invalid(format!(
                "the index in {} is in use by a running server: stop it first",
                dir.display()
            )));
        }
        Err(e) => return Err(e),
    };
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "Indexing responses [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let result = {
        let rebuild = handle.rebuild();
        tokio::pin!(rebuild);
        let mut tick = tokio::time::interval(Duration::from_millis(200));
        loop {
            tokio::select! {
                result = &mut rebuild => break result,
                _ = tick.tick() => {
                    bar.set_length(handle.status.rebuild_total.load(Ordering::Acquire));
                    bar.set_position(handle.status.rebuild_done.load(Ordering::Acquire));
                }
            }
        }
    };
    let done = handle.status.rebuild_done.load(Ordering::Acquire);
    bar.set_position(done);
    bar.finish();
    result?;
    task.finish(handle).await;
    Ok(done)
}
