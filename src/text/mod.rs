//! Free text: which language it is in, what identifies a person in it, and how each
//! language is analysed for search. Runs once per response, so the database holds the
//! redacted text and the language next to the raw text: before the answer is stored
//! when a thread for it is free, otherwise right after (see `intake`), and only the
//! redacted text is ever indexed or shown.
pub mod analyze;
pub mod detect;
pub mod names;
mod ngram;
pub mod redact;
mod routes;

pub use detect::{Detection, Detector, UNDETERMINED};
pub use redact::{NameList, PiiKind, Redactor};
pub use routes::configure;

use crate::catalogue::Catalogue;
use crate::cluster::{Shared, stamp};
use crate::web::Snapshot;
use sea_orm::{DatabaseConnection, DbErr};
use std::sync::Arc;

/// What a redactor is built from: the name list's last change and the catalogue
/// revision, so whichever task notices a new catalogue first, the redactor follows it.
async fn redactor_stamp(db: &DatabaseConnection, catalogue: &Catalogue) -> Result<String, DbErr> {
    Ok(format!(
        "{}@{}",
        stamp(db, Shared::Names).await?,
        catalogue.revision
    ))
}

/// What the pipeline makes of one free text.
#[derive(Debug, Clone, PartialEq)]
pub struct ProcessedText {
    pub redacted: String,
    pub lang_detected: String,
    pub lang_confidence: f64,
}

/// The detector and the current redactor, shared by every request; the redactor is
/// replaced whole when the admin changes the name list.
#[derive(Clone)]
pub struct TextPipeline {
    detector: Arc<Detector>,
    redactor: Snapshot<Redactor>,
    /// Texts processed at once: one per core, each on one of `workers`.
    permits: Arc<tokio::sync::Semaphore>,
    /// Threads of our own for the CPU work. On tokio's blocking pools (one per actix
    /// worker), bursts of answers left twenty threads behind, each with its own stack
    /// and allocator heap, switching in and out of two cores.
    workers: Arc<Workers>,
}

type Job = Box<dyn FnOnce() + Send>;

/// A fixed set of threads that run jobs in turn; they end when the last sender is
/// dropped (the pipeline with it).
struct Workers {
    jobs: std::sync::mpsc::Sender<Job>,
}

impl Workers {
    fn start(count: usize) -> Workers {
        let (jobs, receiver) = std::sync::mpsc::channel::<Job>();
        let receiver = Arc::new(std::sync::Mutex::new(receiver));
        for n in 0..count {
            let receiver = Arc::clone(&receiver);
            let spawned = std::thread::Builder::new()
                .name(format!("stemme-text-{n}"))
                .spawn(move || {
                    loop {
                        let job = receiver.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        let Ok(job) = job else { break };
                        // A panic ends the job (its caller sees the reply dropped and
                        // does the work itself), not the thread.
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                });
            if let Err(e) = spawned {
                tracing::warn!(error = %e, "no thread for text processing; the request does it");
            }
        }
        Workers { jobs }
    }
}

impl TextPipeline {
    /// Builds the detector (models preloaded) and the redactor from the embedded name
    /// list, the catalogue and the names the admin added.
    pub async fn load(
        db: &DatabaseConnection,
        catalogue: &Catalogue,
    ) -> Result<TextPipeline, DbErr> {
        let names_stamp = redactor_stamp(db, catalogue).await?;
        let redactor = names::build_redactor(db, catalogue).await?;
        let detector = tokio::task::spawn_blocking(Detector::shared)
            .await
            .unwrap_or_else(|_| Detector::shared());
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Ok(TextPipeline {
            detector,
            redactor: Snapshot::stamped(redactor, names_stamp),
            permits: Arc::new(tokio::sync::Semaphore::new(cores)),
            workers: Arc::new(Workers::start(cores)),
        })
    }

    pub fn redactor(&self) -> Arc<Redactor> {
        self.redactor.get()
    }

    /// Rebuilds the redactor after the name list changed.
    pub async fn reload_names(
        &self,
        db: &DatabaseConnection,
        catalogue: &Catalogue,
    ) -> Result<(), DbErr> {
        let names_stamp = redactor_stamp(db, catalogue).await?;
        let fresh = names::build_redactor(db, catalogue).await?;
        self.redactor.set_stamped(fresh, names_stamp);
        Ok(())
    }

    /// Whether the redactor was built before the last change of the name list or from
    /// another catalogue revision than `catalogue` (unit and place names are names too).
    pub async fn names_changed(
        &self,
        db: &DatabaseConnection,
        catalogue: &Catalogue,
    ) -> Result<bool, DbErr> {
        Ok(redactor_stamp(db, catalogue).await? != self.redactor.stamp())
    }

    /// Detects and redacts (CPU work: call from a blocking context for long texts).
    pub fn process(&self, text: &str, declared: &str) -> ProcessedText {
        let detection = self.detector.detect(text, declared);
        let lang = if detection.lang == UNDETERMINED {
            declared
        } else {
            detection.lang.as_str()
        };
        let redacted = self.redactor().redact(text, lang);
        ProcessedText {
            redacted,
            lang_detected: detection.lang,
            lang_confidence: (detection.confidence * 1000.0).round() / 1000.0,
        }
    }

    /// `process` on one of the pipeline's threads, so detection never stalls the
    /// request loop.
    pub async fn process_async(&self, text: String, declared: String) -> ProcessedText {
        // The semaphore is never closed, so this waits for a permit and gets one.
        let permit = Arc::clone(&self.permits).acquire_owned().await.ok();
        self.process_holding(permit, text, declared).await
    }

    /// `process_async` if one of the pipeline's threads is free now; `None` when every
    /// one is busy, so the caller can store the answer first rather than queue for one.
    pub async fn process_if_free(&self, text: &str, declared: &str) -> Option<ProcessedText> {
        let permit = Arc::clone(&self.permits).try_acquire_owned().ok()?;
        Some(
            self.process_holding(Some(permit), text.to_owned(), declared.to_owned())
                .await,
        )
    }

    async fn process_holding(
        &self,
        _permit: Option<tokio::sync::OwnedSemaphorePermit>,
        text: String,
        declared: String,
    ) -> ProcessedText {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let pipeline = self.clone();
        let (t, d) = (text.clone(), declared.clone());
        let job: Job = Box::new(move || {
            let _ = reply.send(pipeline.process(&t, &d));
        });
        if self.workers.jobs.send(job).is_ok()
            && let Ok(processed) = answer.await
        {
            return processed;
        }
        // No thread took it (none could be started, or the job panicked): do it here
        // rather than lose the answer.
        self.process(&text, &declared)
    }
}

/// A text a reader may see: the redacted text with placeholders in the reader's language.
pub fn render_redacted(redacted: &str, lang: &str, i18n: &crate::i18n::Translations) -> String {
    redact::render(redacted, |kind| i18n.format(lang, kind.message_key(), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(workers: &Workers, job: impl FnOnce() -> String + Send + 'static) -> Option<String> {
        let (reply, answer) = std::sync::mpsc::channel();
        let sent = workers.jobs.send(Box::new(move || {
            let _ = reply.send(job());
        }));
        sent.ok()?;
        answer.recv_timeout(std::time::Duration::from_secs(10)).ok()
    }

    #[test]
    fn jobs_run_on_the_pipelines_threads_and_outlive_a_panic() {
        let workers = Workers::start(1);
        let name = || std::thread::current().name().unwrap_or("").to_owned();
        assert_eq!(run_on(&workers, name).as_deref(), Some("stemme-text-0"));
        // The only thread survives a job that panics and takes the next one.
        assert_eq!(run_on(&workers, || panic!("a broken text")), None);
        assert_eq!(run_on(&workers, name).as_deref(), Some("stemme-text-0"));
    }
}
