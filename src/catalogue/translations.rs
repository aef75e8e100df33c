//! What `stemme catalogue check-translations` reports: per language, texts that are
//! missing and texts no native speaker has checked yet (flagged, never hidden).
use super::Catalogue;
use crate::i18n::Translations;

#[derive(Debug, Clone)]
pub struct LanguageReport {
    pub code: String,
    pub name: String,
    /// Interface messages this language lacks.
    pub interface_missing: Vec<String>,
    /// Survey titles and question texts in this language.
    pub texts: usize,
    /// Of those, how many a native speaker has not checked.
    pub unreviewed: usize,
    /// `survey/question` texts that are missing.
    pub missing: Vec<String>,
}

impl LanguageReport {
    pub fn is_complete(&self) -> bool {
        self.interface_missing.is_empty() && self.missing.is_empty()
    }
}

pub fn check_translations(catalogue: &Catalogue, i18n: &Translations) -> Vec<LanguageReport> {
    catalogue
        .languages
        .iter()
        .map(|l| {
            let mut report = LanguageReport {
                code: l.code.clone(),
                name: l.name.clone(),
                interface_missing: i18n.missing_keys(&l.code),
                texts: 0,
                unreviewed: 0,
                missing: Vec::new(),
            };
            for s in catalogue.surveys.iter().filter(|s| s.active) {
                match s.texts.get(&l.code) {
                    Some(t) => {
                        report.texts += 1;
                        report.unreviewed += usize::from(!t.reviewed);
                    }
                    None => report.missing.push(format!("{}/title", s.slug)),
                }
                for q in s.asked() {
                    match q.texts.get(&l.code) {
                        Some(t) => {
                            report.texts += 1;
                            report.unreviewed += usize::from(!t.reviewed);
                        }
                        None => report.missing.push(format!("{}/{}", s.slug, q.key)),
                    }
                }
            }
            report
        })
        .collect()
}
