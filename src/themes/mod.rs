//! Themes planners follow (DOMAIN.md §6): a codebook with search terms per language, and
//! the tagging of texts. A text is tagged with a theme when one of its words, analysed
//! in the text's language, meets one of the theme's terms analysed the same way, so
//! "ventetida" meets "ventetid" and "الانتظار" meets "انتظار". Tags are computed where
//! the text is indexed (the search facet `theme`) and where a response is read.
mod pages;
mod routes;
pub mod store;
pub mod trend;

pub use pages::configure as configure_pages;
pub use routes::{configure, verdicts};

use crate::text::analyze::{self, ANALYZERS};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
pub struct Theme {
    pub slug: String,
    pub names: BTreeMap<String, String>,
    /// Search terms per language.
    pub terms: BTreeMap<String, Vec<String>>,
}

impl Theme {
    pub fn name(&self, lang: &str) -> &str {
        crate::catalogue::pick(&self.names, lang)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Codebook {
    pub themes: Vec<Theme>,
}

impl Codebook {
    /// The seed codebook compiled into the binary.
    pub fn default_codebook() -> Result<Codebook, toml::de::Error> {
        #[derive(serde::Deserialize)]
        struct File {
            theme: Vec<Theme>,
        }
        let file: File = toml::from_str(include_str!("data/themes.toml"))?;
        Ok(Codebook { themes: file.theme })
    }

    pub fn get(&self, slug: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.slug == slug)
    }
}

/// The codebook in force with its tagger.
pub struct Themes {
    pub codebook: Codebook,
    pub tagger: Tagger,
}

/// The codebook shared by requests and the indexer, replaced whole after an edit.
#[derive(Clone)]
pub struct ThemesHandle(crate::web::Snapshot<Themes>);

impl ThemesHandle {
    pub fn new(codebook: Codebook) -> ThemesHandle {
        let tagger = Tagger::new(&codebook);
        ThemesHandle(crate::web::Snapshot::new(Themes { codebook, tagger }))
    }

    /// The codebook from the database (seeded with the built-in one the first time).
    pub async fn load(db: &sea_orm::DatabaseConnection) -> Result<ThemesHandle, sea_orm::DbErr> {
        let stamp = crate::cluster::stamp(db, crate::cluster::Shared::Themes).await?;
        let codebook = store::load(db).await?;
        let tagger = Tagger::new(&codebook);
        Ok(ThemesHandle(crate::web::Snapshot::stamped(
            Themes { codebook, tagger },
            stamp,
        )))
    }

    /// The codebook in force; cheap (one reference count).
    pub fn get(&self) -> std::sync::Arc<Themes> {
        self.0.get()
    }

    /// Reads the codebook again (after an edit).
    pub async fn reload(&self, db: &sea_orm::DatabaseConnection) -> Result<(), sea_orm::DbErr> {
        let stamp = crate::cluster::stamp(db, crate::cluster::Shared::Themes).await?;
        let codebook = store::load(db).await?;
        let tagger = Tagger::new(&codebook);
        self.0.set_stamped(Themes { codebook, tagger }, stamp);
        Ok(())
    }

    /// Reads the codebook again if another instance changed it; true when it did.
    pub async fn catch_up(&self, db: &sea_orm::DatabaseConnection) -> Result<bool, sea_orm::DbErr> {
        if !crate::cluster::is_stale(db, crate::cluster::Shared::Themes, &self.0).await? {
            return Ok(false);
        }
        self.reload(db).await?;
        Ok(true)
    }
}

/// The codebook's terms analysed per analyzer: (analyzer key, term) -> theme slugs.
pub struct Tagger {
    terms: HashMap<(&'static str, String), BTreeSet<String>>,
}

impl Tagger {
    pub fn new(codebook: &Codebook) -> Tagger {
        let mut analyzers: HashMap<&'static str, tantivy::tokenizer::TextAnalyzer> = ANALYZERS
            .iter()
            .map(|a| (a.key, analyze::build(a.key)))
            .collect();
        let mut terms: HashMap<(&'static str, String), BTreeSet<String>> = HashMap::new();
        for theme in &codebook.themes {
            for (lang, words) in &theme.terms {
                let key = analyze::analyzer_for(lang).key;
                let Some(analyzer) = analyzers.get_mut(key) else {
                    continue;
                };
                for word in words {
                    for term in analyze::terms(analyzer, word) {
                        terms
                            .entry((key, term))
                            .or_default()
                            .insert(theme.slug.clone());
                    }
                }
            }
        }
        Tagger { terms }
    }

    /// The themes of `text` written in `lang`, in slug order.
    pub fn tag(&self, text: &str, lang: &str) -> Vec<String> {
        let key = analyze::analyzer_for(lang).key;
        let mut analyzer = analyze::build(key);
        let mut found = BTreeSet::new();
        for term in analyze::terms(&mut analyzer, text) {
            if let Some(themes) = self.terms.get(&(key, term)) {
                found.extend(themes.iter().cloned());
            }
        }
        found.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tagger() -> Tagger {
        Tagger::new(&Codebook::default_codebook().expect("themes.toml"))
    }

    #[test]
    fn the_seed_codebook_covers_every_theme_in_every_language() {
        let codebook = Codebook::default_codebook().expect("themes.toml");
        assert_eq!(codebook.themes.len(), 22);
        for theme in &codebook.themes {
            assert_eq!(theme.terms.len(), 15, "{}", theme.slug);
            assert_eq!(theme.names.len(), 15, "{}", theme.slug);
        }
    }

    #[test]
    fn texts_are_tagged_by_their_words_in_any_inflection() {
        let t = tagger();
        assert!(
            t.tag("Vi fikk ingen tolk på møtet", "nb")
                .contains(&"interpreter".to_owned())
        );
        assert!(
            t.tag("Ventetida var altfor lang", "nn")
                .contains(&"waiting".to_owned())
        );
        assert!(
            t.tag("My son is bullied every day", "en")
                .contains(&"bullying".to_owned())
        );
        assert!(t.tag("Vi hadde det fint", "nb").is_empty());
    }
}
