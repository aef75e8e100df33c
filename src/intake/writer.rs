//! Group commit. Every accepted response goes through one writer task per process, which
//! stores whatever has queued up while the previous commit was being made durable in a
//! single transaction, and only then answers each waiting request. Under load one fsync
//! covers many answers; with one request at a time it is a plain durable insert. The
//! language and redaction of a text worked out after its answer was stored join the
//! next batch the same way.
use super::model::NewResponse;
use super::store::{self, Stored};
use crate::text::ProcessedText;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::{OwnedSemaphorePermit, mpsc, oneshot, watch};

/// Most responses in one transaction.
const MAX_BATCH: usize = 256;
/// Requests waiting for the writer before new ones wait to be queued (backpressure).
const QUEUE: usize = 4096;

/// A text being worked out while its answer waits for the writer: stored with the
/// answer if ready when the batch is made, else stored by a later batch.
pub struct PendingText {
    pub result: oneshot::Receiver<ProcessedText>,
    /// Held until the result is stored (bounds how many are behind).
    pub permit: OwnedSemaphorePermit,
}

// Nearly every job is a `Store`: boxing its answer would cost an allocation each.
#[allow(clippy::large_enum_variant)]
enum Job {
    Store {
        response: NewResponse,
        reply: oneshot::Sender<Result<Stored, String>>,
        pending: Option<PendingText>,
    },
    Text {
        response_id: i64,
        processed: ProcessedText,
        reply: oneshot::Sender<Result<bool, String>>,
    },
}

/// Handle to the writer task; cheap to clone.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
    /// Answers stored before their text was worked out, since start.
    late_texts: Arc<AtomicU64>,
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the database did not store the response: {0}")]
    Database(String),
    #[error("the writer has stopped")]
    Stopped,
}

/// The running writer task; `finish` stops it after it has stored what was queued.
pub struct WriterTask {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl WriterTask {
    pub async fn finish(self) {
        let _ = self.stop.send(true);
        if let Err(e) = self.task.await {
            tracing::error!(error = %e, "the intake writer ended abnormally");
        }
    }
}

impl Writer {
    /// Starts the writer task on the current runtime.
    pub fn start(db: DatabaseConnection) -> (Writer, WriterTask) {
        let (jobs, rx) = mpsc::channel(QUEUE);
        let (stop, stopped) = watch::channel(false);
        let writer = Writer {
            jobs,
            late_texts: Arc::new(AtomicU64::new(0)),
        };
        let task = tokio::spawn(run(db, rx, stopped, writer.clone()));
        (writer, WriterTask { stop, task })
    }

    /// Stores one response durably; returns once it is committed.
    pub async fn store(&self, response: NewResponse) -> Result<Stored, WriteError> {
        self.store_pending(response, None).await
    }

    /// `store` for a response whose text is being worked out (`pending`): stored with it
    /// if the result is there when the batch is made, else stored by a later batch, even
    /// when the caller stopped waiting.
    pub async fn store_pending(
        &self,
        response: NewResponse,
        pending: Option<PendingText>,
    ) -> Result<Stored, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.send(Job::Store {
            response,
            reply,
            pending,
        })
        .await?;
        match answer.await {
            Ok(Ok(stored)) => Ok(stored),
            Ok(Err(message)) => Err(WriteError::Database(message)),
            Err(_) => Err(WriteError::Stopped),
        }
    }

    /// How many answers were stored before their text's result, since start.
    pub fn late_texts(&self) -> u64 {
        self.late_texts.load(Ordering::Relaxed)
    }

    /// Stores the language and redaction of a stored response's text; false when the
    /// response is gone (erased) or its text was processed already.
    pub async fn store_text(
        &self,
        response_id: i64,
        processed: ProcessedText,
    ) -> Result<bool, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.send(Job::Text {
            response_id,
            processed,
            reply,
        })
        .await?;
        match answer.await {
            Ok(Ok(done)) => Ok(done),
            Ok(Err(message)) => Err(WriteError::Database(message)),
            Err(_) => Err(WriteError::Stopped),
        }
    }

    async fn send(&self, job: Job) -> Result<(), WriteError> {
        self.jobs.send(job).await.map_err(|_| WriteError::Stopped)
    }
}

async fn run(
    db: DatabaseConnection,
    mut rx: mpsc::Receiver<Job>,
    mut stopped: watch::Receiver<bool>,
    writer: Writer,
) {
    let mut batch: Vec<Job> = Vec::with_capacity(MAX_BATCH);
    loop {
        let received = tokio::select! {
            n = rx.recv_many(&mut batch, MAX_BATCH) => n,
            _ = stopped.wait_for(|stop| *stop) => {
                // Stopping: take what is already queued, refuse the rest.
                rx.close();
                while batch.len() < MAX_BATCH {
                    match rx.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                if batch.is_empty() { return; }
                batch.len()
            }
        };
        if received == 0 {
            return;
        }
        store_batch(&db, &mut batch, &writer).await;
    }
}

async fn store_batch(db: &DatabaseConnection, batch: &mut Vec<Job>, writer: &Writer) {
    // Texts worked out while their answers waited are stored with them.
    for job in batch.iter_mut() {
        if let Job::Store {
            response, pending, ..
        } = job
        {
            let ready = pending.as_mut().and_then(|p| p.result.try_recv().ok());
            if let Some(processed) = ready {
                response.processed = Some(processed);
                *pending = None;
            }
        }
    }
    let mut responses = Vec::new();
    let mut texts = Vec::new();
    for job in batch.iter() {
        match job {
            Job::Store { response, .. } => responses.push(response),
            Job::Text {
                response_id,
                processed,
                ..
            } => texts.push((*response_id, processed)),
        }
    }
    match store::write_batch(db, &responses, &texts).await {
        Ok((mut stored, mut done)) => {
            // Results come back in the order the jobs were given.
            stored.reverse();
            done.reverse();
            for job in batch.drain(..) {
                match job {
                    Job::Store { .. } => job.answer(stored.pop().ok_or("not stored"), writer),
                    Job::Text { .. } => job.answer_text(done.pop().ok_or("not stored")),
                }
            }
        }
        Err(e) if batch.len() > 1 => {
            // One bad row must not sink the others: store each on its own.
            tracing::warn!(error = %e, size = batch.len(), "batch failed; storing one by one");
            for job in batch.drain(..) {
                store_one(db, job, writer).await;
            }
        }
        Err(e) => {
            tracing::error!(error = %e, "response not stored");
            for job in batch.drain(..) {
                job.fail(e.to_string());
            }
        }
    }
}

async fn store_one(db: &DatabaseConnection, job: Job, writer: &Writer) {
    let result = match &job {
        Job::Store { response, .. } => store::write_batch(db, &[response], &[]).await,
        Job::Text {
            response_id,
            processed,
            ..
        } => store::write_batch(db, &[], &[(*response_id, processed)]).await,
    };
    match result {
        Ok((mut stored, mut done)) => match job {
            Job::Store { .. } => job.answer(stored.pop().ok_or("not stored"), writer),
            Job::Text { .. } => job.answer_text(done.pop().ok_or("not stored")),
        },
        Err(e) => {
            tracing::error!(error = %e, "not stored");
            job.fail(e.to_string());
        }
    }
}

/// Longest a late text's result waits between tries while the database is away.
const TEXT_RETRY_MAX_WAIT: Duration = Duration::from_secs(16);

/// Stores a late text's result, trying again with growing waits (25 s in all)
/// while the database is unreachable: left to the sweep, which takes a text only once
/// it has seen it unprocessed a minute before, a text whose result met a database
/// restart stayed out of search for one to two minutes.
async fn store_text_retrying(writer: &Writer, id: i64, processed: ProcessedText) {
    let mut wait = Duration::from_millis(100);
    loop {
        match writer.store_text(id, processed.clone()).await {
            Ok(_) => return,
            Err(WriteError::Database(e)) if wait <= TEXT_RETRY_MAX_WAIT => {
                tracing::debug!(error = %e, id, "text result not stored yet; trying again");
                tokio::time::sleep(wait).await;
                wait *= 2;
            }
            Err(e) => {
                tracing::warn!(error = %e, id, "text result not stored; the sweep does it");
                return;
            }
        }
    }
}

impl Job {
    fn answer(self, stored: Result<Stored, &str>, writer: &Writer) {
        let Job::Store { reply, pending, .. } = self else {
            return;
        };
        if let (Ok(Stored::Created(id)), Some(pending)) = (stored, pending) {
            // Stored before its text was worked out: the result follows in a later batch.
            writer.late_texts.fetch_add(1, Ordering::Relaxed);
            let writer = writer.clone();
            tokio::spawn(async move {
                let PendingText { result, permit } = pending;
                if let Ok(processed) = result.await {
                    store_text_retrying(&writer, id, processed).await;
                }
                drop(permit);
            });
        }
        let _ = reply.send(stored.map_err(str::to_owned));
    }

    fn answer_text(self, done: Result<bool, &str>) {
        if let Job::Text { reply, .. } = self {
            let _ = reply.send(done.map_err(str::to_owned));
        }
    }

    fn fail(self, message: String) {
        match self {
            Job::Store { reply, .. } => {
                let _ = reply.send(Err(message));
            }
            Job::Text { reply, .. } => {
                let _ = reply.send(Err(message));
            }
        }
    }
}
