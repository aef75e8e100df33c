//! Intake: the one write path for answers. A submission from the form or the JSON API is
//! checked against the catalogue, deduplicated on its `submission_id` and stored durably
//! with its answers and free text (group commit, see `writer`). Nothing about the person
//! or the device answering is stored: no address, no user agent, only the day.
mod error;
mod limit;
mod model;
mod routes;
mod store;
mod writer;

pub use error::IntakeError;
pub use limit::{Limiter, SubmissionLimiter};
pub use model::{
    AnswerInput, FieldError, MAX_TEXT_CHARS, NewResponse, Submission, normalise_text, validate,
};
pub use routes::configure;
pub(crate) use routes::themes_of;

/// Single answers a staff member other than an admin may read a minute: enough to read
/// what a search found, too few to page through every family's answers.
pub const READS_PER_MIN: u32 = 60;
pub use store::{
    Stored, StoredResponse, count, erase, erase_older_than, find, insert_batch, order_outbox,
    read_raw_text, resolve, to_index, unprocessed_texts,
};
pub use writer::{PendingText, WriteError, Writer, WriterTask};

use crate::catalogue::CatalogueHandle;
use crate::text::TextPipeline;
use sea_orm::DatabaseConnection;
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::{AcquireError, OwnedSemaphorePermit, Semaphore, oneshot};

/// Texts worked out while their answers went on to the writer, at most, at once; past
/// that, an answer waits its turn for a place among them (until the oldest text's
/// result is stored), then goes on as they did. It used to wait for its own text
/// instead, queued behind every text there: 120-140 ms with 512 queued, the p99 of
/// the mixed load at 200 clients. The bound keeps memory and how far the texts lag
/// behind their answers in check: at 500 clients, where the two cores cannot work out
/// the texts as fast as they come, 4,096 left texts searchable only after 3.4-4.5 s
/// (p99); 512 after 2.3-2.6 s.
const DEFERRED_MAX: usize = 512;

/// Validates and stores submissions; cheap to clone.
#[derive(Clone)]
pub struct Intake {
    catalogue: CatalogueHandle,
    writer: Writer,
    text: TextPipeline,
    /// One permit per text worked out while its answer went to the writer.
    deferred: Arc<Semaphore>,
    /// Answers that waited for a place among those texts, since start.
    waited: Arc<AtomicU64>,
}

impl Intake {
    pub fn new(catalogue: CatalogueHandle, writer: Writer, text: TextPipeline) -> Intake {
        Intake {
            catalogue,
            writer,
            text,
            deferred: Arc::new(Semaphore::new(DEFERRED_MAX)),
            waited: Arc::default(),
        }
    }

    /// Checks a submission and stores it; returns once it is durable.
    pub async fn submit(&self, submission: &Submission) -> Result<Stored, IntakeError> {
        let catalogue = self.catalogue.get();
        let today = crate::clock::today();
        let response = validate(&catalogue, submission, today).map_err(IntakeError::Invalid)?;
        self.store(response).await
    }

    /// Stores a response that is already checked (the demo loader backdates its own).
    /// The free text is tagged with its language and redacted before the response is
    /// stored when a text thread is free. When all are busy the response goes to the
    /// writer at once (after a place among the texts behind, see `DEFERRED_MAX`) while
    /// its text is worked out; the text joins the answer's group commit if ready by then,
    /// else a later one: the answer does not wait in line behind other people's texts.
    /// Until then the text is in the raw column only, which nothing but the strictest
    /// role reads; it is neither indexed nor shown.
    pub async fn store(&self, mut response: NewResponse) -> Result<Stored, IntakeError> {
        let mut pending = None;
        if let (Some(text), None) = (&response.text, &response.processed) {
            if let Some(processed) = self.text.process_if_free(text, &response.lang).await {
                response.processed = Some(processed);
            } else if let Ok(permit) = self.deferred_place().await {
                let (done, result) = oneshot::channel();
                let pipeline = self.text.clone();
                let (text, declared) = (text.clone(), response.lang.clone());
                tokio::spawn(async move {
                    let _ = done.send(pipeline.process_async(text, declared).await);
                });
                pending = Some(PendingText { result, permit });
            } else {
                // The bound is never closed; were it, the text is worked out here.
                response.processed = Some(
                    self.text
                        .process_async(text.clone(), response.lang.clone())
                        .await,
                );
            }
        }
        Ok(self.writer.store_pending(response, pending).await?)
    }

    /// A place among the texts worked out behind their answers, in turn when all are
    /// taken (only a closed semaphore fails, and this one is never closed).
    async fn deferred_place(&self) -> Result<OwnedSemaphorePermit, AcquireError> {
        if let Ok(permit) = Arc::clone(&self.deferred).try_acquire_owned() {
            return Ok(permit);
        }
        self.waited.fetch_add(1, Ordering::Relaxed);
        Arc::clone(&self.deferred).acquire_owned().await
    }

    /// How many answers were stored before their text was worked out, since start.
    pub fn late_texts(&self) -> u64 {
        self.writer.late_texts()
    }

    /// Holds `n` of the places among the texts behind until the permit is dropped, so a
    /// test can fill the bound without racing the text threads (`n` of at most 512;
    /// more would wait for ever).
    pub async fn hold_places(&self, n: u32) -> Option<OwnedSemaphorePermit> {
        Arc::clone(&self.deferred).acquire_many_owned(n).await.ok()
    }

    /// How many answers waited for a place among the texts behind, since start.
    pub fn waited_for_place(&self) -> u64 {
        self.waited.load(Ordering::Relaxed)
    }

    /// Waits until every text worked out while its answer went to the writer has its
    /// result stored (tests' read-your-writes; a graceful stop).
    pub async fn settle(&self) {
        let max = u32::try_from(DEFERRED_MAX).unwrap_or(u32::MAX);
        drop(self.deferred.acquire_many(max).await);
    }

    /// Processes texts stored without their result; with `only`, just those ids.
    /// Returns the ids found unprocessed (and processed now, unless left out by `only`).
    pub async fn finish_texts(
        &self,
        db: &DatabaseConnection,
        only: Option<&HashSet<i64>>,
    ) -> Result<HashSet<i64>, IntakeError> {
        let mut seen = HashSet::new();
        let mut after = 0;
        loop {
            let page = store::unprocessed_texts(db, after, 256).await?;
            let Some((last, _, _)) = page.last() else {
                break;
            };
            after = *last;
            for (id, raw, lang) in page {
                seen.insert(id);
                if only.is_some_and(|only| !only.contains(&id)) {
                    continue;
                }
                let processed = self.text.process_async(raw, lang).await;
                self.writer.store_text(id, processed).await?;
            }
        }
        Ok(seen)
    }
}

/// Texts a process stored without their result, because it stopped before it could
/// store that: all of them at start, then every minute those that were there a minute
/// before too (another instance may be about to store the newer ones).
pub fn spawn_text_sweep(db: DatabaseConnection, intake: Intake) {
    tokio::spawn(async move {
        let mut previous: Option<HashSet<i64>> = None;
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let only = previous.as_ref();
            match intake.finish_texts(&db, only).await {
                Ok(seen) => {
                    let done = only.map_or(seen.len(), |o| seen.intersection(o).count());
                    if done > 0 {
                        tracing::info!(
                            texts = done,
                            "texts stored without their language and redaction were processed"
                        );
                    }
                    previous = Some(seen);
                }
                Err(e) => {
                    tracing::warn!(error = %e, "texts left unprocessed not read; trying again")
                }
            }
        }
    });
}
