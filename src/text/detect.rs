//! Language identification of free text. lingua does the statistics for the languages it
//! has models for; on top of it the form's declared language is used as a prior, and our
//! own evidence covers what lingua cannot: Tigrinya versus Amharic in Ethiopic script,
//! Oromo (which lingua files as Somali) and Northern Sami.
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

/// Languages lingua decides between (DOMAIN.md §3 plus Danish and Swedish).
pub(super) const LINGUA_LANGUAGES: [Language; 13] = [
    Language::Bokmal,
    Language::Nynorsk,
    Language::English,
    Language::Arabic,
    Language::Persian,
    Language::Ukrainian,
    Language::Russian,
    Language::Tagalog,
    Language::Somali,
    Language::Polish,
    Language::Lithuanian,
    Language::Danish,
    Language::Swedish,
];

/// Code stored when a text is too short or has no words to tell.
pub const UNDETERMINED: &str = "und";

/// Fewer words than this and the answer is "undetermined": one or two words are too
/// little to tell Bokmål from Danish or Somali from Oromo, and a wrong tag is worse
/// than none.
const MIN_WORDS: usize = 3;

/// Only the start of a long text is looked at: it decides the language as well as the
/// whole, and detection time stays bounded.
const MAX_DETECT_CHARS: usize = 1_000;

/// The outcome for one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Detection {
    /// A product language code, `da`, `sv`, or `und`.
    pub lang: String,
    /// 0.0 (no idea) to 1.0.
    pub confidence: f64,
}

impl Detection {
    fn undetermined() -> Detection {
        Detection {
            lang: UNDETERMINED.to_owned(),
            confidence: 0.0,
        }
    }

    fn new(lang: &str, confidence: f64) -> Detection {
        Detection {
            lang: lang.to_owned(),
            confidence: confidence.clamp(0.0, 1.0),
        }
    }
}

/// One detector for the process, built with its models loaded (a few hundred ms).
pub struct Detector {
    lingua: LanguageDetector,
    /// lingua's arithmetic on lingua's models, with a cache; lingua itself judges what
    /// this leaves (see `ngram`).
    scorer: Option<super::ngram::Scorer>,
}

impl Default for Detector {
    fn default() -> Self {
        Self::new()
    }
}

static SHARED: std::sync::OnceLock<std::sync::Arc<Detector>> = std::sync::OnceLock::new();

impl Detector {
    /// The process's detector, built on first use (models take a while to load and
    /// tens of megabytes; every server in the process shares them).
    pub fn shared() -> std::sync::Arc<Detector> {
        std::sync::Arc::clone(SHARED.get_or_init(|| std::sync::Arc::new(Detector::new())))
    }

    pub fn new() -> Detector {
        let lingua = LanguageDetectorBuilder::from_languages(&LINGUA_LANGUAGES)
            .with_preloaded_language_models()
            .build();
        let scorer = super::ngram::Scorer::new(LINGUA_LANGUAGES);
        Detector { lingua, scorer }
    }

    /// lingua alone on the labelled set, for the benchmark's baseline: (correct, texts/s).
    pub fn lingua_only_baseline(&self, samples: &[eval::Sample], rounds: usize) -> (usize, f64) {
        let plain = |text: &str| self.lingua_alone(text);
        let correct = samples.iter().filter(|s| plain(&s.text) == s.lang).count();
        let started = std::time::Instant::now();
        for _ in 0..rounds {
            for s in samples {
                std::hint::black_box(plain(&s.text));
            }
        }
        let rate = (rounds * samples.len()) as f64 / started.elapsed().as_secs_f64().max(1e-9);
        (correct, rate)
    }

    /// lingua's verdict alone (no prior, no own evidence, no cache), for baselines.
    pub fn lingua_alone(&self, text: &str) -> &'static str {
        self.lingua
            .detect_language_of(text)
            .map(code)
            .unwrap_or(UNDETERMINED)
    }

    /// Empties the n-gram cache, so a benchmark can time detection cold.
    pub fn clear_ngram_cache(&self) {
        if let Some(scorer) = &self.scorer {
            scorer.clear_cache();
        }
    }

    /// The n-gram cache's (hits, misses, entries) since it was last emptied.
    pub fn ngram_cache_figures(&self) -> Option<(u64, u64, usize)> {
        self.scorer.as_ref().map(|scorer| scorer.cache_figures())
    }

    /// lingua's own test texts, (language code, text), `per_file` lines of each file
    /// named: a stream of distinct texts in all our languages for the benchmark.
    pub fn lingua_test_texts(per_file: usize, files: &[&str]) -> Vec<(&'static str, &'static str)> {
        super::ngram::lingua_test_texts(per_file, files)
            .into_iter()
            .map(|(language, text)| (code(language), text))
            .collect()
    }

    /// The language of `text`, given the language the form was shown in.
    pub fn detect(&self, text: &str, declared: &str) -> Detection {
        let text: String = text.chars().take(MAX_DETECT_CHARS).collect();
        let words = words(&text);
        if words.len() < MIN_WORDS {
            return Detection::undetermined();
        }
        let scripts = ScriptCounts::of(&text);
        match scripts.dominant() {
            None => Detection::undetermined(),
            Some(Script::Ethiopic) => ethiopic(&words, declared),
            Some(Script::Latin) => self.latin(&text, &words, declared),
            Some(Script::Arabic | Script::Cyrillic) => self.statistical(&text, declared),
        }
    }

    /// lingua's verdict with the declared language as a prior: keep the declared
    /// language while the text is plausibly in it; override it when the text is clearly
    /// in another one.
    fn statistical(&self, text: &str, declared: &str) -> Detection {
        let values = self
            .scorer
            .as_ref()
            .and_then(|scorer| scorer.confidence_values(text))
            .unwrap_or_else(|| self.lingua.compute_language_confidence_values(text));
        let Some(&(top, top_confidence)) = values.first() else {
            return Detection::undetermined();
        };
        let declared_confidence = values
            .iter()
            .find(|(language, _)| code(*language) == declared)
            .map(|(_, confidence)| *confidence);
        if let Some(confidence) = declared_confidence
            && code(top) != declared
            && keeps_prior(declared, code(top), confidence, top_confidence)
        {
            return Detection::new(declared, confidence.max(0.5));
        }
        Detection::new(code(top), top_confidence)
    }

    /// Latin script: lingua, then our own evidence for Oromo and Northern Sami, which
    /// lingua has no models for.
    fn latin(&self, text: &str, words: &[String], declared: &str) -> Detection {
        let oromo = oromo_evidence(words);
        let somali = somali_evidence(words);
        let sami = sami_evidence(text, words);
        let n = words.len() as f64;
        // Evidence is a count of telling words or letters; half the words being telling
        // is as sure as it gets.
        let share = |score: f64| (score / (n * 0.5)).min(1.0);
        if sami >= 2.5 && share(sami) >= 0.2 {
            return Detection::new("se", 0.5 + share(sami) / 2.0);
        }
        if oromo >= 2.0 && oromo > somali * 1.5 && share(oromo) >= 0.15 {
            return Detection::new("om", 0.5 + share(oromo) / 2.0);
        }
        let detection = self.statistical(text, declared);
        // A text lingua files as Somali with no more Somali than Oromo evidence is not
        // Somali; when the form was in Oromo, that settles it.
        if detection.lang == "so" && oromo > 0.0 && (oromo >= somali || declared == "om") {
            return Detection::new("om", 0.5 + share(oromo) / 2.0);
        }
        if declared == "se" && sami > 0.0 {
            return Detection::new("se", 0.5);
        }
        if declared == "om" && oromo > somali {
            return Detection::new("om", 0.5);
        }
        detection
    }
}

/// The prior holds unless the other language is clearly ahead.
/// Bokmål and Nynorsk are the pair lingua confuses most on short text, so between them
/// the form's language needs a clearer lead to be overridden.
fn keeps_prior(declared: &str, top: &str, declared_confidence: f64, top_confidence: f64) -> bool {
    let margin = if matches!((declared, top), ("nb", "nn") | ("nn", "nb")) {
        0.4
    } else {
        0.2
    };
    declared_confidence >= 0.15 && top_confidence - declared_confidence < margin
}

fn code(language: Language) -> &'static str {
    match language {
        Language::Bokmal => "nb",
        Language::Nynorsk => "nn",
        Language::English => "en",
        Language::Arabic => "ar",
        Language::Persian => "fa",
        Language::Ukrainian => "uk",
        Language::Russian => "ru",
        Language::Tagalog => "tl",
        Language::Somali => "so",
        Language::Polish => "pl",
        Language::Lithuanian => "lt",
        Language::Danish => "da",
        Language::Swedish => "sv",
    }
}

/// Words: runs of letters (and the marks and apostrophes inside them), lowercased.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        let inside = c.is_alphabetic()
            || (!current.is_empty() && (is_mark(c) || c == '\'' || c == '’'))
            || (!current.is_empty() && c == '\u{200C}');
        if inside {
            current.extend(c.to_lowercase());
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.retain(|w| w.chars().any(char::is_alphabetic));
    out
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Ethiopic,
}

#[derive(Default)]
struct ScriptCounts {
    latin: usize,
    cyrillic: usize,
    arabic: usize,
    ethiopic: usize,
}

impl ScriptCounts {
    fn of(text: &str) -> ScriptCounts {
        let mut counts = ScriptCounts::default();
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            match script_of(c) {
                Some(Script::Latin) => counts.latin += 1,
                Some(Script::Cyrillic) => counts.cyrillic += 1,
                Some(Script::Arabic) => counts.arabic += 1,
                Some(Script::Ethiopic) => counts.ethiopic += 1,
                None => {}
            }
        }
        counts
    }

    /// The script of most letters; none when there are too few letters to tell.
    fn dominant(&self) -> Option<Script> {
        let all = [
            (Script::Ethiopic, self.ethiopic),
            (Script::Arabic, self.arabic),
            (Script::Cyrillic, self.cyrillic),
            (Script::Latin, self.latin),
        ];
        let total: usize = all.iter().map(|(_, n)| n).sum();
        if total < 4 {
            return None;
        }
        all.into_iter()
            .max_by_key(|(_, n)| *n)
            .map(|(script, _)| script)
    }
}

fn script_of(c: char) -> Option<Script> {
    match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF => Some(Script::Latin),
        0x0400..=0x052F => Some(Script::Cyrillic),
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Some(Script::Arabic)
        }
        0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Some(Script::Ethiopic),
        _ => None,
    }
}

/// Tigrinya or Amharic. Both are written in Ethiopic script, which lingua does not know;
/// they differ in a few letters and in their commonest words. Ethiopic text is never
/// given a Latin-script language.
fn ethiopic(words: &[String], declared: &str) -> Detection {
    let (tigrinya, amharic) = ethiopic_evidence(words);
    let total = tigrinya + amharic;
    if total == 0.0 {
        // No telling word: the form's language if it is one of the two, else the
        // larger language in the city's surveys is still a guess, so say so.
        return match declared {
            "ti" | "am" => Detection::new(declared, 0.5),
            _ => Detection::new("ti", 0.34),
        };
    }
    let (lang, winner) = if tigrinya >= amharic {
        ("ti", tigrinya)
    } else {
        ("am", amharic)
    };
    let margin = winner / total;
    // A near tie goes to the declared language when it is one of the two.
    if margin < 0.6 && (declared == "ti" || declared == "am") {
        return Detection::new(declared, 0.5);
    }
    Detection::new(lang, 0.5 + (margin - 0.5) * (winner / (winner + 1.0)))
}

const TIGRINYA_WORDS: &[&str] = &[
    "ኣብ",
    "እዩ",
    "ኢዩ",
    "እያ",
    "ኢያ",
    "እዮም",
    "ኢዮም",
    "እየ",
    "ኢየ",
    "ከም",
    "ምስ",
    "ብጣዕሚ",
    "ናይ",
    "ካብ",
    "እቲ",
    "እዚ",
    "እዚኣ",
    "ኣሎ",
    "ኣላ",
    "ኣለዉ",
    "የለን",
    "የብሉን",
    "ነይሩ",
    "ነይራ",
    "ቆልዑ",
    "ቆልዓ",
    "ውሽጢ",
    "ግና",
    "ክንደይ",
    "ጽቡቕ",
    "ሓገዝ",
    "ኣዝዩ",
    "ዝኾነ",
    "ኩሉ",
    "ሕጂ",
    "ደቀይ",
    "ወደይ",
    "ጓለይ",
    "ንሕና",
    "ንሶም",
    "ኣይኮነን",
    "እንተ",
    "ምኽንያቱ",
    "ብዙሕ",
    "ኣዝዮም",
    "ኣገልግሎት",
    "ትምህርቲ",
    "ቤት",
    "ዝተፈልየ",
    "ኣይነበረን",
];

const AMHARIC_WORDS: &[&str] = &[
    "ነው",
    "ናቸው",
    "ነች",
    "ውስጥ",
    "እና",
    "በጣም",
    "ልጆች",
    "ልጄ",
    "የለም",
    "አለ",
    "አሉ",
    "ይህ",
    "ይህን",
    "እኔ",
    "ነበር",
    "ላይ",
    "ጋር",
    "ስለ",
    "ወደ",
    "ምን",
    "አይደለም",
    "ጥሩ",
    "እርዳታ",
    "ግን",
    "ብዙ",
    "ሁሉም",
    "አሁን",
    "እኛ",
    "እነሱ",
    "ምክንያቱም",
    "ትምህርት",
    "አገልግሎት",
    "ቤት",
    "አልነበረም",
    "የሚል",
    "ነገር",
    "ሰዎች",
    "ልጅ",
    "እንደ",
    "ከዚያ",
    "በኋላ",
    "ያለ",
    "ሰው",
];

/// (Tigrinya, Amharic) evidence: telling words, telling letters, and the spelling of a
/// word-initial "a" (Tigrinya writes ኣ, Amharic አ).
fn ethiopic_evidence(words: &[String]) -> (f64, f64) {
    let mut tigrinya = 0.0;
    let mut amharic = 0.0;
    for word in words {
        let w = word.as_str();
        if TIGRINYA_WORDS.contains(&w) {
            tigrinya += 2.0;
        }
        if AMHARIC_WORDS.contains(&w) {
            amharic += 2.0;
        }
        let mut chars = w.chars();
        match chars.next() {
            Some('ኣ') => tigrinya += 1.0,
            Some('አ') => amharic += 1.0,
            _ => {}
        }
        // The ቐ series (ḳʰ) and ኸ series are Tigrinya letters Amharic does not use.
        if w.chars()
            .any(|c| matches!(c as u32, 0x1250..=0x125D | 0x12B8..=0x12BE))
        {
            tigrinya += 1.5;
        }
        // Amharic plurals end in -ኦች/-ዎች/-ዮች; common Amharic verb endings.
        if w.ends_with("ዎች") || w.ends_with("ዮች") || w.ends_with("ቶች") || w.ends_with("ኦች")
        {
            amharic += 1.5;
        }
        if w.ends_with("ኣት") || w.ends_with("ታት") || w.ends_with("ትታት") {
            tigrinya += 1.0;
        }
    }
    (tigrinya, amharic)
}

const OROMO_WORDS: &[&str] = &[
    "fi",
    "akka",
    "keessa",
    "keessatti",
    "irratti",
    "hin",
    "jira",
    "jiru",
    "jirti",
    "garuu",
    "baay'ee",
    "baayee",
    "ani",
    "nuti",
    "isaan",
    "kana",
    "sana",
    "ture",
    "dha",
    "ta'e",
    "waan",
    "yoo",
    "hojii",
    "mana",
    "ijoollee",
    "daa'ima",
    "daa'imman",
    "barumsaa",
    "yeroo",
    "wajjin",
    "gaarii",
    "kiyya",
    "keenya",
    "isaanii",
    "eegaa",
    "turan",
    "qaba",
    "qabna",
    "argadhe",
    "gargaarsa",
    "tajaajila",
    "maatii",
    "ammo",
    "immoo",
    "malee",
    "hunda",
    "irra",
    "itti",
    "akkasumas",
    "barnoota",
    "jechuun",
    "hedduu",
    "guddaa",
    "dhufe",
    "hojjettoota",
    "haala",
    "osoo",
    "kanaaf",
    "waliin",
    "turre",
    "isaa",
    "ishee",
];

const SOMALI_WORDS: &[&str] = &[
    "waa",
    "iyo",
    "ka",
    "ku",
    "la",
    "oo",
    "ayaa",
    "aan",
    "ma",
    "waxaan",
    "wuxuu",
    "waxay",
    "in",
    "si",
    "caruurta",
    "carruurta",
    "ilmaha",
    "aad",
    "ah",
    "lagu",
    "ee",
    "baa",
    "uu",
    "ayuu",
    "ayay",
    "aniga",
    "annaga",
    "iyaga",
    "wax",
    "badan",
    "fiican",
    "kuma",
    "laga",
    "waxa",
    "hadda",
    "sidoo",
    "kale",
    "dugsiga",
    "shaqada",
    "qof",
    "kuwa",
    "mid",
    "marka",
    "haddii",
    "maxaa",
    "jiray",
    "jira",
    "ilmahayga",
    "gurigii",
    "guriga",
];

/// Telling Oromo words and spellings: the glottal-stop apostrophe inside a word
/// (baay'ee, ta'e), and the digraphs dh/ny/ph/ch common in Oromo.
fn oromo_evidence(words: &[String]) -> f64 {
    let mut score = 0.0;
    for word in words {
        let w = normalise_apostrophe(word);
        if OROMO_WORDS.contains(&w.as_str()) {
            score += 1.0;
        }
        let inner_apostrophe = w
            .char_indices()
            .any(|(i, c)| c == '\'' && i > 0 && i + 1 < w.len());
        if inner_apostrophe {
            score += 1.0;
        }
        if w.contains("ny") || w.contains("ph") || w.ends_with("oota") || w.ends_with("ee") {
            score += 0.3;
        }
        if w.ends_with("tti") || w.ends_with("rra") || w.ends_with("dha") {
            score += 0.5;
        }
    }
    score
}

fn somali_evidence(words: &[String]) -> f64 {
    words
        .iter()
        .map(|word| {
            let w = normalise_apostrophe(word);
            let mut score = 0.0;
            if SOMALI_WORDS.contains(&w.as_str()) {
                score += 1.0;
            }
            if w.starts_with("wax") || w.ends_with("kayga") || w.ends_with("ayga") {
                score += 0.5;
            }
            score
        })
        .sum()
}

// Only words no Scandinavian or English text uses ("ja", "du", "min" are left out).
const SAMI_WORDS: &[&str] = &[
    "mun",
    "mii",
    "lea",
    "leat",
    "leai",
    "ahte",
    "dán",
    "dál",
    "maid",
    "mánát",
    "mánná",
    "mánáid",
    "buorre",
    "eai",
    "ii",
    "ledje",
    "lei",
    "ollu",
    "eatnigiella",
    "sámegiella",
    "skuvla",
    "skuvllas",
    "mánáidgárdi",
    "mánáidgárddis",
    "veahkki",
    "veahki",
    "bargit",
    "juohke",
    "gos",
    "dus",
    "ožžo",
    "oažžu",
    "hui",
    "ilus",
    "leimmet",
    "áhčči",
    "eadni",
];

/// Northern Sami: its letters (á, č, đ, ŋ, š, ŧ, ž in a text without Polish or
/// Lithuanian letters) and its commonest words.
fn sami_evidence(text: &str, words: &[String]) -> f64 {
    let other_latin = text
        .chars()
        .any(|c| "ąęėįųūłśćńóżź".contains(c.to_lowercase().next().unwrap_or(c)));
    let letters: f64 = if other_latin {
        0.0
    } else {
        text.chars()
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                'đ' | 'ŋ' | 'ŧ' => 1.5,
                'á' => 0.6,
                'č' | 'š' | 'ž' => 0.4,
                _ => 0.0,
            })
            .sum()
    };
    let common = words
        .iter()
        .filter(|w| SAMI_WORDS.contains(&w.as_str()))
        .count() as f64;
    letters + common
}

fn normalise_apostrophe(word: &str) -> String {
    word.replace('’', "'")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::LazyLock;

    static DETECTOR: LazyLock<Detector> = LazyLock::new(Detector::new);

    fn detect(text: &str, declared: &str) -> String {
        DETECTOR.detect(text, declared).lang
    }

    #[test]
    fn one_or_two_words_are_undetermined() {
        assert_eq!(detect("takk", "nb"), "und");
        assert_eq!(detect("veldig bra", "nb"), "und");
        assert_eq!(detect("👍👍 123 456 !!", "nb"), "und");
        assert_eq!(detect("", "ar"), "und");
    }

    #[test]
    fn ethiopic_is_tigrinya_or_amharic_never_latin() {
        let tigrinya = "ኣብ ቤት ትምህርቲ ቆልዑ ብጣዕሚ ጽቡቕ ሓገዝ ረኺቦም እዮም";
        let amharic = "ልጆች በትምህርት ቤት ውስጥ በጣም ጥሩ እርዳታ አግኝተዋል ግን መጠበቅ ነበረብን";
        assert_eq!(detect(tigrinya, "nb"), "ti");
        assert_eq!(detect(tigrinya, "am"), "ti");
        assert_eq!(detect(amharic, "ti"), "am");
        assert_eq!(detect(amharic, "en"), "am");
    }

    #[test]
    fn oromo_is_not_filed_as_somali() {
        let oromo = "Ijoollee keenya mana barumsaa keessatti gargaarsa baay'ee gaarii argatan garuu yeroo dheeraa eegne";
        let somali =
            "Carruurta waxay heleen caawimaad aad u fiican laakiin waxaan sugnay muddo dheer";
        assert_eq!(detect(oromo, "nb"), "om");
        assert_eq!(detect(somali, "om"), "so");
        assert_eq!(detect(somali, "nb"), "so");
    }

    #[test]
    fn the_declared_language_is_kept_when_plausible_and_overridden_when_not() {
        // Short Norwegian is often as much Nynorsk as Bokmål: keep the form's language.
        assert_eq!(detect("vi fikk god hjelp", "nn"), "nn");
        assert_eq!(detect("vi fikk god hjelp", "nb"), "nb");
        // Clearly another language.
        assert_eq!(
            detect(
                "The nurse at the health station was very kind to my daughter",
                "nb"
            ),
            "en"
        );
        assert_eq!(
            detect("Мы очень долго ждали ответа от службы защиты детей", "uk"),
            "ru"
        );
    }

    #[test]
    fn sami_is_recognised() {
        assert_eq!(
            detect("Mun lean hui ilus go mánát ožžo veahki skuvllas", "nb"),
            "se"
        );
    }

    #[test]
    fn hostile_text_does_not_break_detection() {
        let repeated = "hjelp ".repeat(700);
        assert_eq!(detect(&repeated, "nb"), "nb");
        let controls = "\u{202E}dette er \u{200B}en tekst\u{0007} med kontrolltegn";
        let d = DETECTOR.detect(controls, "nb");
        assert!(d.confidence >= 0.0 && d.confidence <= 1.0);
    }
}

/// The labelled evaluation set (src/text/data/langid_eval.toml): texts we wrote in each
/// language, with the form language they were "sent" in.
pub mod eval {
    #[derive(Debug, Clone, serde::Deserialize)]
    pub struct Sample {
        pub lang: String,
        pub declared: String,
        pub text: String,
    }

    #[derive(serde::Deserialize)]
    struct File {
        sample: Vec<Sample>,
    }

    pub fn samples() -> Vec<Sample> {
        toml::from_str::<File>(include_str!("data/langid_eval.toml"))
            .map(|f| f.sample)
            .unwrap_or_default()
    }

    /// (correct, total, mistakes as (expected, got, text))
    pub fn run(detector: &super::Detector) -> (usize, usize, Vec<(String, String, String)>) {
        let samples = samples();
        let mut mistakes = Vec::new();
        for s in &samples {
            let got = detector.detect(&s.text, &s.declared).lang;
            if got != s.lang {
                mistakes.push((s.lang.clone(), got, s.text.clone()));
            }
        }
        (samples.len() - mistakes.len(), samples.len(), mistakes)
    }
}

#[cfg(test)]
mod eval_tests {
    use super::*;

    #[test]
    fn statistics_go_through_the_ngram_cache() {
        let detector = Detector::new();
        let text = "Vi ventet lenge, men tolken hjalp oss godt.";
        let first = detector.detect(text, "nb");
        let (hits, misses, entries) = detector.ngram_cache_figures().expect("the scorer loads");
        assert!(misses > 0 && entries > 0, "the first text fills the cache");
        assert_eq!(detector.detect(text, "nb"), first);
        let (hits_after, misses_after, _) = detector.ngram_cache_figures().expect("scorer");
        assert_eq!(
            misses_after, misses,
            "the same text again needs no model look-up"
        );
        assert!(hits_after > hits);
    }

    #[test]
    fn accuracy_on_the_labelled_set() {
        let detector = Detector::shared();
        let (correct, total, mistakes) = eval::run(&detector);
        for (expected, got, text) in &mistakes {
            eprintln!("expected {expected}, got {got}: {text}");
        }
        let accuracy = correct as f64 / total as f64;
        eprintln!("accuracy {correct}/{total} = {accuracy:.3}");
        assert!(total >= 300, "the labelled set is there");
        // Ethiopic text is never given a language outside Ethiopic script.
        for (expected, got, _) in &mistakes {
            if expected == "ti" || expected == "am" {
                assert!(got == "ti" || got == "am", "Ethiopic text called {got}");
            }
        }
        assert!(accuracy >= 0.95, "accuracy {accuracy:.3}");
    }
}
