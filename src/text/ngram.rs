//! lingua's statistical verdict, computed from lingua's own models with a cache of
//! resolved n-grams.
//!
//! lingua looks every n-gram of a text up afresh in every candidate language's model:
//! about 1,500 fst walks for a short answer, each behind two hash-map lookups. That was a
//! third of the server's CPU when every answer carried text. Here an n-gram seen before
//! costs one hash lookup; the arithmetic is lingua's, step by step, so the confidence
//! values are the same (the tests compare them with lingua's on lingua's own test
//! sentences and on random text). lingua itself judges only the texts where its own
//! choice is not defined (two scripts tied for most letters, a third behind).
use lingua::Language;
use regex::Regex;
use std::collections::HashMap;
use std::sync::Mutex;

/// The languages scored, in the order of `detect::LINGUA_LANGUAGES`.
const N: usize = 13;

/// Per language: the ln probability of an n-gram after lingua's back-off (the n-gram
/// itself, else its longest prefix in the model); NaN when no prefix is in the model.
type Probs = [f64; N];

/// Entries per cache generation: two are kept, each in a table of 262,144 slots (just
/// under its 7/8 load, so it never doubles), about 68 MB in all. The n-grams of everyday
/// text repeat: once warm, most are hits. On a stream of distinct answers (text in every
/// answer, `scripts/load.py --text-share 100`) a quarter of this size kept the answers
/// at 0.84-1.03x of the single-row inserts, half 0.99-1.08x, this 1.13-1.22x. (It was
/// the quarter while transparent huge pages and the statement caches held 130 MB more.)
const GENERATION: usize = 229_000;

/// The longest n-grams lingua scores.
const MAX_ORDER: usize = 5;

/// The script a word is wholly written in: one of ours, or another of lingua's
/// alphabets (an index into `OTHER_ALPHABETS`), which none of our languages use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Other(usize),
}

/// lingua's other alphabets.
const OTHER_ALPHABETS: [&str; 15] = [
    "Armenian",
    "Bengali",
    "Devanagari",
    "Georgian",
    "Greek",
    "Gujarati",
    "Gurmukhi",
    "Han",
    "Hangul",
    "Hebrew",
    "Hiragana",
    "Katakana",
    "Tamil",
    "Telugu",
    "Thai",
];

/// lingua's words: runs of letters, except that Han, Hiragana and Katakana letters are
/// words of one letter each.
const WORDS: &str = r"\p{Bengali}+|\p{Devanagari}+|\p{Gujarati}+|\p{Gurmukhi}+|\p{Han}|\p{Hangul}+|\p{Hiragana}|\p{Katakana}|\p{Tamil}+|\p{Telugu}+|\p{Thai}+|\p{L}+";

fn script_of(language: Language) -> Script {
    match language {
        Language::Arabic | Language::Persian => Script::Arabic,
        Language::Russian | Language::Ukrainian => Script::Cyrillic,
        _ => Script::Latin,
    }
}

/// lingua's model of one language: the `ngrams.fst` its model crate embeds.
fn model_bytes(language: Language) -> Option<&'static [u8]> {
    let directory = match language {
        Language::Bokmal => lingua_bokmal_language_model::BOKMAL_MODELS_DIRECTORY,
        Language::Nynorsk => lingua_nynorsk_language_model::NYNORSK_MODELS_DIRECTORY,
        Language::English => lingua_english_language_model::ENGLISH_MODELS_DIRECTORY,
        Language::Arabic => lingua_arabic_language_model::ARABIC_MODELS_DIRECTORY,
        Language::Persian => lingua_persian_language_model::PERSIAN_MODELS_DIRECTORY,
        Language::Ukrainian => lingua_ukrainian_language_model::UKRAINIAN_MODELS_DIRECTORY,
        Language::Russian => lingua_russian_language_model::RUSSIAN_MODELS_DIRECTORY,
        Language::Tagalog => lingua_tagalog_language_model::TAGALOG_MODELS_DIRECTORY,
        Language::Somali => lingua_somali_language_model::SOMALI_MODELS_DIRECTORY,
        Language::Polish => lingua_polish_language_model::POLISH_MODELS_DIRECTORY,
        Language::Lithuanian => lingua_lithuanian_language_model::LITHUANIAN_MODELS_DIRECTORY,
        Language::Danish => lingua_danish_language_model::DANISH_MODELS_DIRECTORY,
        Language::Swedish => lingua_swedish_language_model::SWEDISH_MODELS_DIRECTORY,
    };
    directory.get_file("ngrams.fst").map(|file| file.contents())
}

/// Letters that lingua's rules give to a single language of ours.
const UNIQUE_LETTERS: [(&str, Language); 3] = [
    ("ĖėĮįŲų", Language::Lithuanian),
    ("ŁłŃńŚśŹź", Language::Polish),
    ("ҐґЄєЇї", Language::Ukrainian),
];

/// lingua's narrowing by letters: a language whose letters occur in at least half the
/// words is kept (with the others that qualify), the rest are dropped. These are the
/// rules lingua 1.8 applies with the languages we build it with; its rules for Æ, Å, Ä,
/// Ö and others sit inside a block for languages we leave out, so they never apply (the
/// tests against lingua pin this down).
const LETTER_LANGUAGES: [(&str, &[Language]); 6] = [
    ("ĄąĘę", &[Language::Lithuanian, Language::Polish]),
    ("Żż", &[Language::Polish]),
    ("Ćć", &[Language::Polish]),
    ("Іі", &[Language::Ukrainian]),
    (
        "Øø",
        &[Language::Bokmal, Language::Danish, Language::Nynorsk],
    ),
    ("Ūū", &[Language::Lithuanian]),
];

/// One text's n-grams and their probabilities (foldhash: SipHash was 3 % of the work).
type Resolved<'a> = HashMap<&'a str, Probs, foldhash::fast::RandomState>;

/// Resolved n-grams in two generations: when the current one is full it becomes the
/// previous one and the old previous one is dropped; a hit in the previous generation
/// moves to the current one. A cheap stand-in for least-recently-used.
#[derive(Default)]
struct Cache {
    current: HashMap<Box<str>, Probs, foldhash::fast::RandomState>,
    previous: HashMap<Box<str>, Probs, foldhash::fast::RandomState>,
    hits: u64,
    misses: u64,
}

impl Cache {
    fn get(&mut self, ngram: &str) -> Option<Probs> {
        if let Some(probs) = self.current.get(ngram) {
            self.hits += 1;
            return Some(*probs);
        }
        if let Some((key, probs)) = self.previous.remove_entry(ngram) {
            self.hits += 1;
            self.insert(key, probs);
            return Some(probs);
        }
        self.misses += 1;
        None
    }

    fn insert(&mut self, ngram: Box<str>, probs: Probs) {
        if self.current.len() >= GENERATION {
            self.previous = std::mem::take(&mut self.current);
        }
        self.current.insert(ngram, probs);
    }

    fn len(&self) -> usize {
        self.current.len() + self.previous.len()
    }
}

pub(super) struct Scorer {
    languages: [Language; N],
    scripts: [Script; N],
    models: Vec<fst::Map<&'static [u8]>>,
    words: Regex,
    latin: Regex,
    cyrillic: Regex,
    arabic: Regex,
    others: Vec<Regex>,
    cache: Mutex<Cache>,
}

impl Scorer {
    /// None if a model is missing or unreadable: then lingua does all the work.
    pub(super) fn new(languages: [Language; N]) -> Option<Scorer> {
        let models = languages
            .iter()
            .map(|language| model_bytes(*language).and_then(|bytes| fst::Map::new(bytes).ok()))
            .collect::<Option<Vec<_>>>()?;
        Some(Scorer {
            languages,
            scripts: languages.map(script_of),
            models,
            words: Regex::new(WORDS).ok()?,
            latin: Regex::new(r"^\p{Latin}+$").ok()?,
            cyrillic: Regex::new(r"^\p{Cyrillic}+$").ok()?,
            arabic: Regex::new(r"^\p{Arabic}+$").ok()?,
            others: OTHER_ALPHABETS
                .iter()
                .map(|name| Regex::new(&format!(r"^\p{{{name}}}+$")).ok())
                .collect::<Option<Vec<_>>>()?,
            cache: Mutex::new(Cache::default()),
        })
    }

    fn script_of_word(&self, word: &str) -> Option<Script> {
        if self.latin.is_match(word) {
            Some(Script::Latin)
        } else if self.cyrillic.is_match(word) {
            Some(Script::Cyrillic)
        } else if self.arabic.is_match(word) {
            Some(Script::Arabic)
        } else {
            self.others
                .iter()
                .position(|alphabet| alphabet.is_match(word))
                .map(Script::Other)
        }
    }

    /// What `LanguageDetector::compute_language_confidence_values` returns for `text`,
    /// or None when lingua's own choice is not defined.
    pub(super) fn confidence_values(&self, text: &str) -> Option<Vec<(Language, f64)>> {
        let lower = text.trim().to_lowercase();
        let words: Vec<&str> = self.words.find_iter(&lower).map(|m| m.as_str()).collect();
        if words.is_empty() {
            return None;
        }
        let mut values: Vec<(Language, f64)> = self.languages.iter().map(|l| (*l, 0.0)).collect();
        if let Some(decided) = self.decided_by_unique_letters(&words) {
            values[decided].1 = 1.0;
            return Some(sorted(values));
        }

        // The languages written in the script of most letters (counting only words
        // written wholly in one script), as lingua filters them.
        let mut letters_by_script: Vec<(Script, usize)> = Vec::new();
        for word in &words {
            if let Some(script) = self.script_of_word(word) {
                let letters = word.chars().count();
                match letters_by_script.iter_mut().find(|(s, _)| *s == script) {
                    Some((_, n)) => *n += letters,
                    None => letters_by_script.push((script, letters)),
                }
            }
        }
        letters_by_script.sort_by_key(|(_, letters)| std::cmp::Reverse(*letters));
        let all_equal = letters_by_script.windows(2).all(|w| w[0].1 == w[1].1);
        // No script ahead of the others: every language, not narrowed by letters.
        let candidates: Vec<usize> = match letters_by_script[..] {
            [] => (0..N).collect(),
            [_, _, ..] if all_equal => (0..N).collect(),
            // A tie at the top with a smaller third: lingua's pick is not defined.
            [(_, a), (_, b), ..] if a == b => return None,
            [(script, _), ..] => {
                let in_script = (0..N).filter(|i| self.scripts[*i] == script).collect();
                self.narrowed_by_letters(&words, in_script)
            }
        };
        if let [only] = candidates[..] {
            values[only].1 = 1.0;
            return Some(sorted(values));
        }

        // Long texts are judged on trigrams alone, short ones on 1- to 5-grams.
        let characters: usize = words.iter().map(|w| w.chars().count()).sum();
        let orders: Vec<usize> = if characters >= 120 {
            vec![3]
        } else {
            (1..=5).filter(|n| characters >= *n).collect()
        };
        let grams: Vec<Vec<&str>> = orders.iter().map(|n| distinct_ngrams(&words, *n)).collect();
        let probs = self.resolve(&grams);

        // Per order, the sum of the n-grams' log probabilities for each candidate (kept
        // only when below zero); for unigrams also how many were found.
        let mut sums_by_order: Vec<[Option<f64>; N]> = Vec::with_capacity(orders.len());
        let mut unigrams_found: Option<[usize; N]> = None;
        for (n, order_grams) in orders.iter().zip(&grams) {
            let mut sums = [0.0f64; N];
            let mut found = [0usize; N];
            for gram in order_grams {
                let Some(p) = probs.get(gram) else { continue };
                for &i in &candidates {
                    if !p[i].is_nan() {
                        sums[i] += p[i];
                        found[i] += 1;
                    }
                }
            }
            if *n == 1 {
                unigrams_found = Some(found);
            }
            sums_by_order.push(sums.map(|s| (s < 0.0).then_some(s)));
        }
        let mut totals: Vec<(usize, f64)> = Vec::new();
        for &i in &candidates {
            let mut sum: f64 = sums_by_order.iter().map(|s| s[i].unwrap_or(0.0)).sum();
            if let Some(found) = unigrams_found
                && found[i] > 0
            {
                sum /= found[i] as f64;
            }
            if sum != 0.0 {
                totals.push((i, sum.exp()));
            }
        }
        if totals.is_empty() {
            return Some(sorted(values));
        }
        let denominator: f64 = totals.iter().map(|(_, p)| p).sum();
        if denominator == 0.0 {
            // Probabilities too small to add up (long texts): the first order's best.
            let best = sums_by_order.first().and_then(|first| {
                candidates
                    .iter()
                    .filter_map(|i| first[*i].map(|s| (*i, s)))
                    .max_by(|a, b| a.1.total_cmp(&b.1))
            });
            if let Some((i, _)) = best {
                values[i].1 = 1.0;
            }
        } else {
            for (i, p) in totals {
                values[i].1 = p / denominator;
            }
        }
        Some(sorted(values))
    }

    /// lingua's narrowing by letters: the candidates whose letters occur in at least
    /// half the words, if any.
    fn narrowed_by_letters(&self, words: &[&str], candidates: Vec<usize>) -> Vec<usize> {
        let mut letter_counts = [0usize; N];
        for (letters, languages) in LETTER_LANGUAGES {
            let relevant: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|i| languages.contains(&self.languages[*i]))
                .collect();
            for letter in letters.chars() {
                let words_with_letter = words.iter().filter(|w| w.contains(letter)).count();
                for i in &relevant {
                    letter_counts[*i] += words_with_letter;
                }
            }
        }
        let half_the_words = words.len() as f64 * 0.5;
        let narrowed: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|i| letter_counts[*i] as f64 >= half_the_words)
            .collect();
        if narrowed.is_empty() {
            candidates
        } else {
            narrowed
        }
    }

    /// lingua's first rule: a language wins outright when more words carry letters only
    /// it uses than carry any other language's, and these words are not outnumbered by
    /// the words with none (at least half the words carry such letters).
    fn decided_by_unique_letters(&self, words: &[&str]) -> Option<usize> {
        // Per word, the language whose letters it carries most (None: no such letters
        // or a tie), as lingua counts them.
        let mut undecided = 0usize;
        let mut by_language = [0usize; N];
        for word in words {
            let mut counts = [0usize; N];
            for c in word.chars() {
                for (letters, language) in UNIQUE_LETTERS {
                    if letters.contains(c)
                        && let Some(i) = self.languages.iter().position(|l| *l == language)
                    {
                        counts[i] += 1;
                    }
                }
            }
            match top_two(&counts) {
                Some((first, first_count, second_count)) if first_count > second_count => {
                    by_language[first] += 1;
                }
                _ => undecided += 1,
            }
        }
        let half_the_words = words.len() as f64 * 0.5;
        let keep_undecided = undecided as f64 >= half_the_words && undecided > 0;
        let languages = by_language.iter().filter(|n| **n > 0).count();
        match (languages, keep_undecided) {
            (0, _) => None,
            // Only one language: it wins unless the undecided words count as well.
            (1, false) => by_language.iter().position(|n| *n > 0),
            // Otherwise the language ahead of every other language and of the
            // undecided words (when they count) wins; a tie decides nothing.
            _ => {
                let (first, first_count, second_count) = top_two(&by_language)?;
                let undecided_count = if keep_undecided { undecided } else { 0 };
                (first_count > second_count && first_count > undecided_count).then_some(first)
            }
        }
    }

    /// The back-off probabilities of `grams`, from the cache or the models. The cache is
    /// locked twice a text (to read, then to add what was missing), never while the
    /// models are walked.
    fn resolve<'a>(&self, grams: &[Vec<&'a str>]) -> Resolved<'a> {
        let count: usize = grams.iter().map(Vec::len).sum();
        let mut resolved = Resolved::with_capacity_and_hasher(count, Default::default());
        let mut missing: Vec<&'a str> = Vec::new();
        {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            for gram in grams.iter().flatten().copied() {
                if resolved.contains_key(gram) {
                    continue;
                }
                match cache.get(gram) {
                    Some(probs) => {
                        resolved.insert(gram, probs);
                    }
                    None => missing.push(gram),
                }
            }
        }
        if missing.is_empty() {
            return resolved;
        }
        // Longest first: one walk down each model resolves an n-gram and all its
        // prefixes, so a shorter n-gram missing too is usually resolved by then.
        missing.sort_unstable_by_key(|gram| std::cmp::Reverse(gram.len()));
        let mut fresh: Vec<(&'a str, Probs)> = Vec::with_capacity(missing.len());
        for gram in missing {
            if !resolved.contains_key(gram) {
                self.look_up(gram, &mut resolved, &mut fresh);
            }
        }
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        for (gram, probs) in fresh {
            cache.insert(gram.into(), probs);
        }
        resolved
    }

    /// One n-gram and its prefixes from the models, each model walked once: a prefix's
    /// probability is its own where a model has it, else its own prefix's (lingua's
    /// back-off). Prefixes already resolved keep their values (they are the same).
    fn look_up<'a>(
        &self,
        gram: &'a str,
        resolved: &mut Resolved<'a>,
        fresh: &mut Vec<(&'a str, Probs)>,
    ) {
        // Byte lengths of the prefixes that end on a character, shortest first.
        let mut ends = [0usize; MAX_ORDER];
        let mut count = 0;
        for (at, c) in gram.char_indices().take(MAX_ORDER) {
            ends[count] = at + c.len_utf8();
            count += 1;
        }
        // n-grams are at most MAX_ORDER characters long (`distinct_ngrams`).
        debug_assert!(gram.chars().count() <= MAX_ORDER);
        if count == 0 {
            return;
        }
        let ends = &ends[..count];
        // own[k][language]: the probability of the prefix ending at ends[k] itself.
        let mut own = [[f64::NAN; N]; MAX_ORDER];
        for (language, model) in self.models.iter().enumerate() {
            let fst = model.as_fst();
            let mut node = fst.root();
            let mut output = fst::raw::Output::zero();
            let mut next_end = 0;
            for (at, byte) in gram.as_bytes()[..ends[count - 1]].iter().enumerate() {
                let Some(i) = node.find_input(*byte) else {
                    break;
                };
                let transition = node.transition(i);
                output = output.cat(transition.out);
                node = fst.node(transition.addr);
                if at + 1 == ends[next_end] {
                    if node.is_final() {
                        own[next_end][language] =
                            f64::from_bits(output.cat(node.final_output()).value());
                    }
                    next_end += 1;
                }
            }
        }
        let mut probs = [f64::NAN; N];
        for (k, end) in ends.iter().enumerate() {
            let prefix = &gram[..*end];
            if let Some(known) = resolved.get(prefix) {
                probs = *known;
                continue;
            }
            for (probability, found) in probs.iter_mut().zip(own[k]) {
                if !found.is_nan() {
                    *probability = found;
                }
            }
            resolved.insert(prefix, probs);
            fresh.push((prefix, probs));
        }
    }

    /// (hits, misses, entries) of the n-gram cache, for the benchmark.
    pub(super) fn cache_figures(&self) -> (u64, u64, usize) {
        let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        (cache.hits, cache.misses, cache.len())
    }

    /// Empties the cache, so a benchmark can time the scorer cold.
    pub(super) fn clear_cache(&self) {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        *cache = Cache::default();
    }
}

/// The index and count of the largest count, and the second largest count; None when
/// all are zero.
fn top_two(counts: &[usize; N]) -> Option<(usize, usize, usize)> {
    let (first, first_count) = counts
        .iter()
        .enumerate()
        .max_by_key(|(_, n)| **n)
        .filter(|(_, n)| **n > 0)?;
    let second_count = counts
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != first)
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    Some((first, *first_count, second_count))
}

/// lingua's order: most likely first, ties by language.
fn sorted(mut values: Vec<(Language, f64)>) -> Vec<(Language, f64)> {
    values.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    values
}

/// The distinct n-grams of length `n` (in characters) inside the words.
fn distinct_ngrams<'a>(words: &[&'a str], n: usize) -> Vec<&'a str> {
    let mut seen = std::collections::HashSet::with_hasher(foldhash::fast::RandomState::default());
    let mut out = Vec::new();
    let mut bounds: Vec<usize> = Vec::new();
    for word in words {
        bounds.clear();
        bounds.extend(word.char_indices().map(|(at, _)| at));
        bounds.push(word.len());
        if bounds.len() <= n {
            continue;
        }
        for start in 0..bounds.len() - n {
            let gram = &word[bounds[start]..bounds[start + n]];
            if seen.insert(gram) {
                out.push(gram);
            }
        }
    }
    out
}

/// lingua's own test texts in each of our languages, `per_file` lines of each file
/// (sentences, word pairs, single words): for the tests and the benchmark.
pub(crate) fn lingua_test_texts(per_file: usize, files: &[&str]) -> Vec<(Language, &'static str)> {
    let directories = [
        (
            Language::Bokmal,
            lingua_bokmal_language_model::BOKMAL_TESTDATA_DIRECTORY,
        ),
        (
            Language::Nynorsk,
            lingua_nynorsk_language_model::NYNORSK_TESTDATA_DIRECTORY,
        ),
        (
            Language::English,
            lingua_english_language_model::ENGLISH_TESTDATA_DIRECTORY,
        ),
        (
            Language::Arabic,
            lingua_arabic_language_model::ARABIC_TESTDATA_DIRECTORY,
        ),
        (
            Language::Persian,
            lingua_persian_language_model::PERSIAN_TESTDATA_DIRECTORY,
        ),
        (
            Language::Ukrainian,
            lingua_ukrainian_language_model::UKRAINIAN_TESTDATA_DIRECTORY,
        ),
        (
            Language::Russian,
            lingua_russian_language_model::RUSSIAN_TESTDATA_DIRECTORY,
        ),
        (
            Language::Tagalog,
            lingua_tagalog_language_model::TAGALOG_TESTDATA_DIRECTORY,
        ),
        (
            Language::Somali,
            lingua_somali_language_model::SOMALI_TESTDATA_DIRECTORY,
        ),
        (
            Language::Polish,
            lingua_polish_language_model::POLISH_TESTDATA_DIRECTORY,
        ),
        (
            Language::Lithuanian,
            lingua_lithuanian_language_model::LITHUANIAN_TESTDATA_DIRECTORY,
        ),
        (
            Language::Danish,
            lingua_danish_language_model::DANISH_TESTDATA_DIRECTORY,
        ),
        (
            Language::Swedish,
            lingua_swedish_language_model::SWEDISH_TESTDATA_DIRECTORY,
        ),
    ];
    let mut texts = Vec::new();
    for (language, directory) in directories {
        for name in files {
            let Some(content) = directory.get_file(name).and_then(|f| f.contents_utf8()) else {
                continue;
            };
            texts.extend(content.lines().take(per_file).map(|line| (language, line)));
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::detect::LINGUA_LANGUAGES;
    use lingua::LanguageDetectorBuilder;

    fn lingua() -> lingua::LanguageDetector {
        LanguageDetectorBuilder::from_languages(&LINGUA_LANGUAGES)
            .with_preloaded_language_models()
            .build()
    }

    fn assert_same(text: &str, ours: &[(Language, f64)], theirs: &[(Language, f64)]) {
        assert_eq!(ours.len(), theirs.len(), "{text}");
        for (language, value) in theirs {
            let mine = ours
                .iter()
                .find(|(l, _)| l == language)
                .map(|(_, v)| *v)
                .unwrap_or(f64::NAN);
            assert!(
                (mine - value).abs() <= 1e-9,
                "{text}: {language:?} lingua {value}, ours {mine}"
            );
        }
        // The order matters to callers: the first is the verdict.
        if theirs[0].1 - theirs.get(1).map_or(0.0, |v| v.1) > 1e-9 {
            assert_eq!(ours[0].0, theirs[0].0, "{text}");
        }
    }

    #[test]
    fn the_same_confidence_values_as_lingua() {
        let lingua = lingua();
        let scorer = Scorer::new(LINGUA_LANGUAGES).expect("models load");
        let texts = lingua_test_texts(
            100,
            &["sentences.txt", "word-pairs.txt", "single-words.txt"],
        );
        let mut scored = 0;
        // Twice: the second pass reads every n-gram from the cache.
        for pass in 0..2 {
            for (_, text) in &texts {
                let theirs = lingua.compute_language_confidence_values(*text);
                if let Some(ours) = scorer.confidence_values(text) {
                    assert_same(text, &ours, &theirs);
                    if pass == 0 {
                        scored += 1;
                    }
                }
            }
        }
        assert!(scored == texts.len(), "scored {scored} of {}", texts.len());
        let (hits, misses, _) = scorer.cache_figures();
        assert!(hits > misses, "the second pass hits the cache");
    }

    #[test]
    fn narrowing_by_letters_and_long_texts_match_lingua() {
        let lingua = lingua();
        let scorer = Scorer::new(LINGUA_LANGUAGES).expect("models load");
        let long = "Vi fikk god hjelp av helsesøster og tolken, og barnehagen har blitt mye bedre for oss alle. ".repeat(3);
        // So long that every probability underflows to zero: lingua then takes the
        // first order's best.
        let very_long: String = lingua_test_texts(40, &["sentences.txt"])
            .iter()
            .filter(|(language, _)| *language == Language::Swedish)
            .map(|(_, text)| *text)
            .collect::<Vec<_>>()
            .join(" ");
        for text in [
            "łódź jest piękna",
            "abc 中文 def",
            "Ελληνικά και norsk",
            "Lufttettleik, ρ (gresk: rho), er jordatmosfæren sin masse per volum.",
            "שלום עולם",
            "abcжд слово",
            "ąбä",
            "Її мова",
            "ł ė x",
            "łė łė słowo",
            "Świętość w mieście była widoczna, ale nie dla wszystkich",
            "blåbær på søndag",
            "äta öl och åka",
            "ære være østen",
            "Это был очень хороший день",
            "ما خیلی خوشحال هستیم",
            "The waiting time was long",
            long.as_str(),
            very_long.as_str(),
        ] {
            let ours = scorer.confidence_values(text).expect("scored here");
            assert_same(
                text,
                &ours,
                &lingua.compute_language_confidence_values(text),
            );
        }
        for text in ["", "123 !!", "abc где ββ"] {
            assert!(
                scorer.confidence_values(text).is_none(),
                "{text} is lingua's"
            );
        }
    }

    #[test]
    fn the_cache_stays_bounded() {
        let mut cache = Cache::default();
        for i in 0..(GENERATION * 3 + 5) {
            cache.insert(i.to_string().into(), [0.0; N]);
        }
        assert!(cache.len() <= 2 * GENERATION);
        // A hit in the previous generation survives the next turnover.
        let old = (GENERATION * 2 + 1).to_string();
        assert!(cache.get(&old).is_some());
        assert!(cache.current.contains_key(old.as_str()));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        /// Any mix of letters, including the ones lingua's rules look at, gets lingua's
        /// values or is left to lingua.
        #[test]
        fn any_text_gets_linguas_values(text in "[a-zæøåäöóąęśćėųńź łабвёыіїґєشسیβγ中ש ,.1]{0,40}") {
            static LINGUA: std::sync::OnceLock<lingua::LanguageDetector> = std::sync::OnceLock::new();
            static SCORER: std::sync::OnceLock<Option<Scorer>> = std::sync::OnceLock::new();
            let lingua = LINGUA.get_or_init(lingua);
            let scorer = SCORER.get_or_init(|| Scorer::new(LINGUA_LANGUAGES)).as_ref().expect("models load");
            if let Some(ours) = scorer.confidence_values(&text) {
                assert_same(&text, &ours, &lingua.compute_language_confidence_values(text.as_str()));
            }
        }
    }
}
