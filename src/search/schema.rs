//! The one index schema: a text field per analyzer, a field for names of places and
//! services that works across languages, and a facet field per dimension. Every
//! response is a document (with or without text), so the k-rule can count the responses
//! a filter selects without asking the database.
use crate::text::analyze::{ANALYZERS, Analyzer, PLACES_TOKENIZER, tokenizer_name};
use tantivy::schema::{
    FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing,
    TextOptions,
};

/// Bumped whenever the schema or an analyzer changes: an index built with another
/// version is rebuilt on start. (3: names of places on responses with text only, so a
/// search by words needs no "has text" clause. 4: the record key, for the cell-key
/// noise on every count.)
pub const SCHEMA_VERSION: u32 = 4;

/// The dimensions a planner filters and counts by, in display order.
pub const FACETS: [&str; 9] = [
    "lang",
    "unit",
    "service_kind",
    "district",
    "zone",
    "survey",
    "audience",
    "period",
    "theme",
];

#[derive(Clone)]
pub struct Fields {
    pub id: Field,
    pub has_text: Field,
    /// The response's record key (`indicators::disclosure`), never shown.
    pub key: Field,
    /// Month as YYYYMM, for ranges.
    pub month: Field,
    pub places: Field,
    pub texts: Vec<(&'static Analyzer, Field)>,
    pub facets: Vec<(&'static str, Field)>,
}

impl Fields {
    pub fn text_field(&self, analyzer: &Analyzer) -> Field {
        self.texts
            .iter()
            .find(|(a, _)| a.key == analyzer.key)
            .map(|(_, f)| *f)
            .unwrap_or(self.texts[self.texts.len() - 1].1)
    }

    pub fn facet(&self, name: &str) -> Option<Field> {
        self.facets
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
    }
}

pub fn build() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let id = builder.add_u64_field("id", INDEXED | STORED | FAST);
    let has_text = builder.add_u64_field("has_text", INDEXED);
    let key = builder.add_u64_field(super::facets::KEY_FIELD, FAST);
    let month = builder.add_u64_field("month", INDEXED | FAST);
    // Frequencies for ranking; no positions: phrases are not offered, and positions
    // would double the index.
    let text_options = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let places = builder.add_text_field("places", text_options(PLACES_TOKENIZER));
    let texts = ANALYZERS
        .iter()
        .map(|analyzer| {
            let field = builder.add_text_field(
                &format!("text_{}", analyzer.key),
                text_options(&tokenizer_name(analyzer)),
            );
            (analyzer, field)
        })
        .collect();
    let facets = FACETS
        .iter()
        .map(|name| {
            (
                *name,
                builder.add_facet_field(name, FacetOptions::default()),
            )
        })
        .collect();
    (
        builder.build(),
        Fields {
            id,
            has_text,
            key,
            month,
            places,
            texts,
            facets,
        },
    )
}
