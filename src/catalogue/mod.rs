//! The catalogue: languages, districts and zones, service kinds, units, and surveys with
//! their questions and translations. It owns the default catalogue (data files seeded on
//! every start) and keeps an in-memory snapshot that forms and intake read.
pub mod edit;
mod model;
mod pages;
pub mod recordings;
mod routes;
mod seed;
mod store;
mod translations;

pub use model::*;
pub use pages::configure as configure_pages;
pub use routes::configure;
pub use seed::{SeedReport, default_catalogue, seed_default_catalogue};
pub use translations::{LanguageReport, check_translations};

use crate::i18n::Translations;
use sea_orm::{DatabaseConnection, DbErr};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("catalogue data file {file}: {message}")]
    SeedData { file: String, message: String },
    #[error("database error: {0}")]
    Database(#[from] DbErr),
}

/// The current catalogue snapshot, shared by every request and replaced whole on reload.
#[derive(Clone)]
pub struct CatalogueHandle(crate::web::Snapshot<Catalogue>);

impl CatalogueHandle {
    pub async fn load(db: &DatabaseConnection) -> Result<CatalogueHandle, CatalogueError> {
        Ok(CatalogueHandle(crate::web::Snapshot::new(
            store::load(db).await?,
        )))
    }

    /// The snapshot in force; cheap (one reference count).
    pub fn get(&self) -> Arc<Catalogue> {
        self.0.get()
    }

    /// Reads the catalogue again (after an edit).
    pub async fn reload(&self, db: &DatabaseConnection) -> Result<(), CatalogueError> {
        self.0.set(store::load(db).await?);
        Ok(())
    }

    /// Reloads when another instance has revised the catalogue since this snapshot;
    /// returns whether it did.
    pub async fn catch_up(&self, db: &DatabaseConnection) -> Result<bool, CatalogueError> {
        use sea_orm::{EntityTrait, QueryOrder};
        let latest = entity::prelude::CatalogueRevision::find()
            .order_by_desc(entity::catalogue_revision::Column::Id)
            .one(db)
            .await?
            .map_or(0, |r| r.id);
        if latest == self.get().revision {
            return Ok(false);
        }
        self.reload(db).await?;
        Ok(true)
    }
}

/// A choice as shown to a respondent, with its label in the page language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ChoiceView {
    pub value: String,
    pub label: String,
}

/// The answer choices of `question` in `lang`: fixed kinds take their labels from the
/// interface translations (in the survey's scale wording), single and multiple choice
/// from the catalogue.
pub fn choices_in(
    question: &Question,
    style: ScaleStyle,
    lang: &str,
    i18n: &Translations,
) -> Vec<ChoiceView> {
    let kind = question.kind.as_str();
    let prefix = match (style, question.kind.is_numeric()) {
        (ScaleStyle::Child, true) => format!("{kind}-child"),
        _ => kind.to_owned(),
    };
    match question.kind.fixed_values() {
        Some(values) => {
            let mut out: Vec<ChoiceView> = values
                .iter()
                .map(|v| ChoiceView {
                    value: (*v).to_owned(),
                    label: i18n.format(lang, &format!("{prefix}-{v}"), None),
                })
                .collect();
            if question.offers_not_applicable() {
                let key = match style {
                    ScaleStyle::Child => "choice-na-child",
                    _ => "choice-na",
                };
                out.push(ChoiceView {
                    value: model::NOT_APPLICABLE.to_owned(),
                    label: i18n.format(lang, key, None),
                });
            }
            out
        }
        None => question
            .choices
            .iter()
            .map(|c| ChoiceView {
                value: c.value.clone(),
                label: pick(&c.labels, lang).to_owned(),
            })
            .collect(),
    }
}
