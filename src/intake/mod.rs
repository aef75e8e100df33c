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
pub use limit::SubmissionLimiter;
pub use model::{
    AnswerInput, FieldError, MAX_TEXT_CHARS, NewResponse, Submission, normalise_text, validate,
};
pub use routes::configure;
pub use store::{
    Stored, StoredResponse, count, erase, erase_older_than, find, insert_batch, order_outbox,
    read_raw_text,
};
pub use writer::{WriteError, Writer, WriterTask};

use crate::catalogue::CatalogueHandle;
use crate::text::TextPipeline;

/// Validates and stores submissions; cheap to clone.
#[derive(Clone)]
pub struct Intake {
    catalogue: CatalogueHandle,
    writer: Writer,
    text: TextPipeline,
}

impl Intake {
    pub fn new(catalogue: CatalogueHandle, writer: Writer, text: TextPipeline) -> Intake {
        Intake {
            catalogue,
            writer,
            text,
        }
    }

    /// Checks a submission and stores it; returns once it is durable.
    pub async fn submit(&self, submission: &Submission) -> Result<Stored, IntakeError> {
        let catalogue = self.catalogue.get();
        let today = chrono::Utc::now().date_naive();
        let response = validate(&catalogue, submission, today).map_err(IntakeError::Invalid)?;
        self.store(response).await
    }

    /// Stores a response that is already checked (the demo loader backdates its own).
    /// The free text is tagged with its language and redacted first, so nothing but the
    /// raw column ever holds what identifies someone.
    pub async fn store(&self, mut response: NewResponse) -> Result<Stored, IntakeError> {
        if let (Some(text), None) = (&response.text, &response.processed) {
            response.processed = Some(
                self.text
                    .process_async(text.clone(), response.lang.clone())
                    .await,
            );
        }
        Ok(self.writer.store(response).await?)
    }
}
