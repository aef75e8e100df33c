//! Group commit. Every accepted response goes through one writer task per process, which
//! stores whatever has queued up while the previous commit was being made durable in a
//! single transaction, and only then answers each waiting request. Under load one fsync
//! covers many answers; with one request at a time it is a plain durable insert.
use super::model::NewResponse;
use super::store::{self, Stored};
use sea_orm::{DatabaseConnection, DbErr};
use tokio::sync::{mpsc, oneshot, watch};

/// Most responses in one transaction.
const MAX_BATCH: usize = 256;
/// Requests waiting for the writer before new ones wait to be queued (backpressure).
const QUEUE: usize = 4096;

struct Job {
    response: NewResponse,
    reply: oneshot::Sender<Result<Stored, String>>,
}

/// Handle to the writer task; cheap to clone.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
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
        let task = tokio::spawn(run(db, rx, stopped));
        (Writer { jobs }, WriterTask { stop, task })
    }

    /// Stores one response durably; returns once it is committed.
    pub async fn store(&self, response: NewResponse) -> Result<Stored, WriteError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send(Job { response, reply })
            .await
            .map_err(|_| WriteError::Stopped)?;
        match answer.await {
            Ok(Ok(stored)) => Ok(stored),
            Ok(Err(message)) => Err(WriteError::Database(message)),
            Err(_) => Err(WriteError::Stopped),
        }
    }
}

async fn run(
    db: DatabaseConnection,
    mut rx: mpsc::Receiver<Job>,
    mut stopped: watch::Receiver<bool>,
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
        store_batch(&db, &mut batch).await;
    }
}

async fn store_batch(db: &DatabaseConnection, batch: &mut Vec<Job>) {
    let responses: Vec<&NewResponse> = batch.iter().map(|j| &j.response).collect();
    match store::insert_batch(db, &responses).await {
        Ok(results) => {
            for (job, stored) in batch.drain(..).zip(results) {
                let _ = job.reply.send(Ok(stored));
            }
        }
        Err(e) if batch.len() > 1 => {
            // One bad row must not sink the others: store each on its own.
            tracing::warn!(error = %e, size = batch.len(), "batch failed; storing one by one");
            for job in batch.drain(..) {
                let result = store_one(db, &job.response).await;
                let _ = job.reply.send(result);
            }
        }
        Err(e) => {
            tracing::error!(error = %e, "response not stored");
            for job in batch.drain(..) {
                let _ = job.reply.send(Err(e.to_string()));
            }
        }
    }
}

async fn store_one(db: &DatabaseConnection, response: &NewResponse) -> Result<Stored, String> {
    let result: Result<Vec<Stored>, DbErr> = store::insert_batch(db, &[response]).await;
    match result {
        Ok(mut stored) => stored.pop().ok_or_else(|| "nothing stored".to_owned()),
        Err(e) => {
            tracing::error!(error = %e, "response not stored");
            Err(e.to_string())
        }
    }
}
