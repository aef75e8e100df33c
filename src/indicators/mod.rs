//! Indicators: the catalogue (DOMAIN.md §5, as data), their computation from answers
//! (shares with Wilson intervals, by period and any one dimension), and disclosure
//! control, which every output that shows counts goes through.
pub mod bench;
pub mod compute;
mod cube;
mod dashboard;
pub mod disclosure;
mod edit;
pub mod export;
pub mod public;
pub mod registry;
mod registry_page;
pub mod report;
mod routes;
pub mod store;

pub use compute::{Cube, Dimension, Filters, Grain, IndicatorRow, compute, wilson};
pub use dashboard::configure as configure_pages;
pub use edit::configure_pages as configure_catalogue_pages;
pub use public::configure as configure_public;
pub use registry_page::configure as configure_registry_page;
pub use routes::configure;

use std::collections::BTreeMap;

/// One indicator of the catalogue.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Indicator {
    pub code: String,
    /// voice, outcome or process.
    pub area: String,
    /// The plan and focus area it reports to.
    pub plan: String,
    /// The outcome area a voice indicator belongs to.
    #[serde(default)]
    pub outcome: Option<String>,
    /// Name per language.
    pub names: BTreeMap<String, String>,
    /// The core indicator of the family plan, shown first.
    #[serde(default)]
    pub core: bool,
}

impl Indicator {
    pub fn name(&self, lang: &str) -> &str {
        crate::catalogue::pick(&self.names, lang)
    }
}

#[derive(Debug, Clone, Default)]
pub struct IndicatorCatalogue {
    pub indicators: Vec<Indicator>,
}

impl IndicatorCatalogue {
    /// The default catalogue compiled into the binary.
    pub fn default_catalogue() -> Result<IndicatorCatalogue, toml::de::Error> {
        #[derive(serde::Deserialize)]
        struct File {
            indicator: Vec<Indicator>,
        }
        let file: File = toml::from_str(include_str!("data/indicators.toml"))?;
        Ok(IndicatorCatalogue {
            indicators: file.indicator,
        })
    }

    pub fn get(&self, code: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.code == code)
    }
}

/// A CSV file of `header` and `rows`, UTF-8 with a byte-order mark so spreadsheet
/// programs read it as such. Cells are expected to be neutralised (`safe_cell`).
pub fn csv_table<R>(header: &[&str], rows: impl Iterator<Item = R>) -> Result<Vec<u8>, csv::Error>
where
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(row)?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// A cell for a spreadsheet or CSV: text that a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab, CR or NUL) gets a leading apostrophe.
pub fn safe_cell(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\0') => format!("'{text}").into(),
        _ => text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_default_catalogue_has_every_indicator_of_the_plan() {
        let c = IndicatorCatalogue::default_catalogue().expect("indicators.toml");
        let codes: Vec<&str> = c.indicators.iter().map(|i| i.code.as_str()).collect();
        for code in ["V1", "V14", "O1", "O6", "P1", "P4"] {
            assert!(codes.contains(&code), "{code}");
        }
        assert_eq!(c.indicators.len(), 24);
        assert!(c.get("V1").is_some_and(|i| i.core));
    }

    proptest! {
        /// No cell a spreadsheet could run comes out of `safe_cell`.
        #[test]
        fn no_exported_cell_starts_like_a_formula(text in "\\PC{0,40}") {
            let safe = safe_cell(&text);
            let first = safe.chars().next();
            prop_assert!(!matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\0')));
            prop_assert!(safe.ends_with(text.as_str()));
        }
    }
}
