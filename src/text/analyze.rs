//! Analyzers per language, registered with tantivy under stable names. A text is indexed
//! with the analyzer of its language; a query is analysed with every analyzer the planner
//! searches in, so "barnehagen" finds "barnehager" and "أطفال" finds "اطفال".
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer, TokenizerManager,
};

/// One analyzer: the name it is registered under and the languages it serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analyzer {
    /// Field suffix and tokenizer name (`text_no`, `stemme_no`).
    pub key: &'static str,
    pub languages: &'static [&'static str],
}

/// Every text analyzer; a language not listed uses `fold`.
pub const ANALYZERS: &[Analyzer] = &[
    Analyzer {
        key: "no",
        languages: &["nb", "nn"],
    },
    Analyzer {
        key: "en",
        languages: &["en"],
    },
    Analyzer {
        key: "ar",
        languages: &["ar"],
    },
    Analyzer {
        key: "fa",
        languages: &["fa"],
    },
    Analyzer {
        key: "ru",
        languages: &["ru"],
    },
    Analyzer {
        key: "uk",
        languages: &["uk"],
    },
    Analyzer {
        key: "pl",
        languages: &["pl"],
    },
    Analyzer {
        key: "lt",
        languages: &["lt"],
    },
    Analyzer {
        key: "da",
        languages: &["da"],
    },
    Analyzer {
        key: "sv",
        languages: &["sv"],
    },
    Analyzer {
        key: "fold",
        languages: &["se", "ti", "am", "om", "tl", "so", "und"],
    },
];

/// The analyzer for names of places and services, shared by all languages.
pub const PLACES_TOKENIZER: &str = "stemme_places";

/// The analyzer a text in `lang` is indexed with.
pub fn analyzer_for(lang: &str) -> &'static Analyzer {
    ANALYZERS
        .iter()
        .find(|a| a.languages.contains(&lang))
        .unwrap_or(&ANALYZERS[ANALYZERS.len() - 1])
}

pub fn tokenizer_name(analyzer: &Analyzer) -> String {
    format!("stemme_{}", analyzer.key)
}

/// Registers every analyzer with an index's tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    for analyzer in ANALYZERS {
        manager.register(&tokenizer_name(analyzer), build(analyzer.key));
    }
    manager.register(
        PLACES_TOKENIZER,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(60))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
}

fn base() -> tantivy::tokenizer::TextAnalyzerBuilder<impl Tokenizer> {
    // Long tokens are noise (a 4,000-character run of one letter) and cost memory.
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(60))
        .filter(LowerCaser)
}

/// The analyzer called `key`.
pub fn build(key: &str) -> TextAnalyzer {
    match key {
        "no" => base().filter(Stemmer::new(Language::Norwegian)).build(),
        "en" => base().filter(Stemmer::new(Language::English)).build(),
        "ru" => base().filter(Stemmer::new(Language::Russian)).build(),
        "da" => base().filter(Stemmer::new(Language::Danish)).build(),
        "sv" => base().filter(Stemmer::new(Language::Swedish)).build(),
        "ar" => base()
            .filter(Normalize(Norm::Arabic))
            .filter(Stemmer::new(Language::Arabic))
            .build(),
        "fa" => base()
            .filter(Normalize(Norm::Persian))
            .filter(Normalize(Norm::Snowball(frostem::Algorithm::Persian)))
            .build(),
        "uk" => base()
            .filter(Normalize(Norm::Snowball(frostem::Algorithm::Ukrainian)))
            .build(),
        "pl" => base()
            .filter(Normalize(Norm::Snowball(frostem::Algorithm::Polish)))
            .build(),
        "lt" => base()
            .filter(Normalize(Norm::Snowball(frostem::Algorithm::Lithuanian)))
            .build(),
        _ => base().filter(AsciiFoldingFilter).build(),
    }
}

/// The terms `text` gives with an analyzer (for queries and tests).
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[derive(Clone, Copy)]
enum Norm {
    /// Hamza and alef forms to bare alef, alef maqsura to ya; tatweel and diacritics
    /// removed: the ways one Arabic word is written differently. (Ta marbuta is left to
    /// the stemmer, which strips it with the feminine endings.)
    Arabic,
    /// Arabic letter forms to Persian ones (ي→ی, ك→ک), tatweel and diacritics removed.
    Persian,
    Snowball(frostem::Algorithm),
}

#[derive(Clone, Copy)]
struct Normalize(Norm);

impl TokenFilter for Normalize {
    type Tokenizer<T: Tokenizer> = NormalizeFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> NormalizeFilter<T> {
        NormalizeFilter {
            norm: self.0,
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
pub struct NormalizeFilter<T> {
    norm: Norm,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for NormalizeFilter<T> {
    type TokenStream<'a> = NormalizeStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        NormalizeStream {
            norm: self.norm,
            stemmer: match self.norm {
                Norm::Snowball(algorithm) => Some(frostem::Stemmer::new(algorithm)),
                _ => None,
            },
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct NormalizeStream<S> {
    norm: Norm,
    stemmer: Option<frostem::Stemmer>,
    tail: S,
}

impl<S: TokenStream> TokenStream for NormalizeStream<S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let normalised = match (self.norm, &self.stemmer) {
            (Norm::Arabic, _) => normalise_arabic(&token.text),
            (Norm::Persian, _) => normalise_persian(&token.text),
            (Norm::Snowball(_), Some(stemmer)) => stemmer.stem(&token.text).into_owned(),
            (Norm::Snowball(_), None) => return true,
        };
        token.text = normalised;
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

fn is_arabic_mark(c: char) -> bool {
    // Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks, tatweel.
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640)
}

pub fn normalise_arabic(word: &str) -> String {
    word.chars()
        .filter(|c| !is_arabic_mark(*c))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ؤ' => 'و',
            'ئ' => 'ي',
            'ی' => 'ي',
            'ک' => 'ك',
            c => c,
        })
        .collect()
}

pub fn normalise_persian(word: &str) -> String {
    word.chars()
        .filter(|c| !is_arabic_mark(*c))
        .map(|c| match c {
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            'أ' | 'إ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_terms(key: &str, a: &str, b: &str) {
        let mut analyzer = build(key);
        let ta = terms(&mut analyzer, a);
        let tb = terms(&mut analyzer, b);
        assert_eq!(ta, tb, "{key}: {a} vs {b}");
    }

    #[test]
    fn inflections_meet_in_every_stemmed_language() {
        same_terms("no", "barnehagen", "barnehager");
        same_terms("en", "waiting", "waited");
        same_terms("ru", "ожидания", "ожидание");
        same_terms("uk", "школи", "школа");
        same_terms("pl", "szkoły", "szkołę");
        same_terms("pl", "rodzina", "rodzinie");
        same_terms("fa", "کتابها", "کتاب");
        same_terms("lt", "mokyklos", "mokykla");
        same_terms("ar", "أطفال", "اطفال");
        same_terms("ar", "مُعَلِّمَة", "معلمه");
    }

    #[test]
    fn every_language_has_an_analyzer() {
        for lang in [
            "nb", "nn", "se", "en", "ar", "fa", "uk", "ru", "ti", "am", "om", "tl", "so", "pl",
            "lt", "da", "sv", "und",
        ] {
            let analyzer = analyzer_for(lang);
            assert!(analyzer.languages.contains(&lang) || analyzer.key == "fold");
        }
    }

    #[test]
    fn very_long_tokens_are_dropped() {
        let mut analyzer = build("no");
        let long = "a".repeat(4000);
        assert!(terms(&mut analyzer, &long).is_empty());
    }
}

#[cfg(test)]
mod eval_tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Pair {
        lang: String,
        text: String,
        query: String,
    }

    #[derive(serde::Deserialize)]
    struct File {
        pair: Vec<Pair>,
    }

    /// Every pair of src/text/data/stemming_eval.toml: the query's terms are among the
    /// text's terms in the text's analyzer, though the query word is not in the text.
    #[test]
    fn another_inflection_meets_the_text_for_every_pair() {
        let file: File =
            toml::from_str(include_str!("data/stemming_eval.toml")).expect("stemming_eval.toml");
        assert!(file.pair.len() >= 36);
        let mut failures = Vec::new();
        for pair in &file.pair {
            let mut analyzer = build(analyzer_for(&pair.lang).key);
            let text_terms = terms(&mut analyzer, &pair.text);
            let query_terms = terms(&mut analyzer, &pair.query);
            if query_terms.is_empty() || !query_terms.iter().all(|t| text_terms.contains(t)) {
                failures.push(format!(
                    "{}: {:?} {:?} not in {:?}",
                    pair.lang, pair.query, query_terms, text_terms
                ));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    proptest::proptest! {
        /// A word gives terms in every analyzer or in none: search asks for each word in
        /// every language's field at once, which is right only while no analyzer drops
        /// a word that another keeps (a stop-word list would break it).
        #[test]
        fn every_analyzer_keeps_or_drops_a_word_alike(
            word in "(\\PC{0,12}|[a-zæøå]{55,65}|[\u{0600}-\u{06FF}]{1,8}|\u{0640}+)"
        ) {
            let manager = TokenizerManager::default();
            register(&manager);
            let mut kept = Vec::new();
            for analyzer in ANALYZERS {
                kept.push(!terms(&mut build(analyzer.key), &word).is_empty());
            }
            let mut names = manager.get(PLACES_TOKENIZER).expect("places analyzer");
            kept.push(!terms(&mut names, &word).is_empty());
            proptest::prop_assert!(kept.iter().all(|k| *k == kept[0]), "{word:?}: {kept:?}");
        }
    }
}
