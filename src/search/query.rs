//! A planner's search: words analysed in every language searched, dimension filters,
//! facet counts, and the disclosure model (DOMAIN.md §7, `indicators::disclosure`):
//! when the filters select fewer than k responses, no text is shown; every count (the
//! total and each facet value) is published with its cell-key noise, and hidden under k.
use super::SearchHandle;
use super::facets::{Cell, MatchCounts, Selected};
use super::indexer::month_number;
use crate::indicators::disclosure;
use crate::text::analyze::{self, ANALYZERS, Analyzer, PLACES_TOKENIZER};
use std::collections::BTreeMap;
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Facet, IndexRecordOption};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, Order, Searcher, Term};

/// Most hits one request may ask for.
pub const MAX_LIMIT: usize = 100;
/// Most words of a query that are used.
const MAX_WORDS: usize = 16;

/// What a planner asks for. Empty lists and `None` mean "all".
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub q: String,
    pub langs: Vec<String>,
    pub unit: Option<String>,
    pub district: Option<String>,
    pub zone: Option<String>,
    pub survey: Option<String>,
    pub audience: Option<String>,
    pub theme: Option<String>,
    pub service_kind: Option<String>,
    /// YYYY-MM, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: usize,
    pub offset: usize,
    /// Counts as they are, without the disclosure model's noise or hiding: for admins
    /// only, who read every answer whole anyway (and whose checks count texts exactly).
    pub exact: bool,
}

impl SearchRequest {
    fn dimension_filters(&self) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        for (name, value) in [
            ("unit", &self.unit),
            ("district", &self.district),
            ("zone", &self.zone),
            ("survey", &self.survey),
            ("audience", &self.audience),
            ("theme", &self.theme),
            ("service_kind", &self.service_kind),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                out.push((name, v));
            }
        }
        out
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Hit {
    pub id: i64,
    /// The text's language (detected, or `und`), unit and month, each only where this
    /// search's facets show that value: paging through hits must not list what the
    /// facets hide (a hit alone is a group of one).
    pub lang: Option<String>,
    pub unit: Option<String>,
    pub period: Option<String>,
    /// Redacted, placeholders in the reader's language; at most ~200 characters.
    pub snippet: String,
    /// Character ranges of `snippet` that matched the words searched.
    pub highlights: Vec<(usize, usize)>,
    #[serde(skip)]
    pub unit_name: Option<String>,
    /// The language the text is in, for the page's `lang` attribute only (screen
    /// readers need it; the text itself shows it anyway): detected, else the form's.
    #[serde(skip)]
    pub text_lang: String,
}

impl Hit {
    /// The snippet cut into plain and matched pieces, for templates (no HTML built here).
    pub fn pieces(&self) -> Vec<(String, bool)> {
        let chars: Vec<char> = self.snippet.chars().collect();
        let mut out = Vec::new();
        let mut at = 0;
        for &(start, end) in &self.highlights {
            if start > at {
                out.push((chars[at..start].iter().collect(), false));
            }
            out.push((chars[start..end.min(chars.len())].iter().collect(), true));
            at = end.min(chars.len());
        }
        if at < chars.len() {
            out.push((chars[at..].iter().collect(), false));
        }
        out
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct FacetView {
    pub values: Vec<FacetValue>,
    /// Some values are not listed because their counts are under k.
    pub hidden: bool,
    /// Whether hits may name their value of this facet (when it is listed). Not when
    /// exactly one value is hidden: every hit without a value would then be known to
    /// come from that one small group.
    #[serde(skip)]
    pub labels_hits: bool,
}

pub type Facets = BTreeMap<&'static str, FacetView>;

#[derive(Debug, Clone, serde::Serialize)]
pub struct Withheld {
    pub reason: &'static str,
    pub k: u32,
    pub message: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct SearchResult {
    /// Texts that match, as published; `None` when withheld or fewer than k.
    pub total: Option<u64>,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    pub withheld: Option<Withheld>,
}

/// What a search finds in the index alone: kept per searcher generation, so the same
/// question asked again before the next commit (a dashboard's search, a planner paging
/// back) costs no pass over the matches. The texts are not kept: they are read from the
/// database on every request, so an answer erased since the last commit never shows.
pub(super) enum Found {
    Withheld(Withheld),
    Matches {
        /// Published, `None` under k.
        total: Option<u64>,
        facets: Facets,
        /// The hits' response ids, best first.
        ids: Vec<i64>,
    },
}

/// Search results kept per searcher generation (see [`Found`]).
pub(super) type FoundCache = GenerationCache<Found>;

/// Runs a search. `texts` gives the redacted texts of the hits from the database (the
/// index keeps no text); `k` is the smallest group shown.
pub fn search(
    handle: &SearchHandle,
    request: &SearchRequest,
    k: u32,
    texts: impl FnOnce(&[i64]) -> Result<BTreeMap<i64, HitText>, super::SearchError>,
) -> Result<SearchResult, super::SearchError> {
    let searcher = handle.index.reader.searcher();
    let fields = &handle.index.fields;
    // Every field of the request takes part in its debug form, and so in the key.
    let found = handle
        .index
        .found
        .get_or_compute(&searcher, format!("{k} {request:?}"), || {
            find(handle, &searcher, request, k)
        })?;
    let (total, facets, ids) = match &*found {
        Found::Withheld(withheld) => {
            return Ok(SearchResult {
                total: None,
                hits: Vec::new(),
                facets: Facets::new(),
                withheld: Some(withheld.clone()),
            });
        }
        Found::Matches { total, facets, ids } => (*total, facets.clone(), ids),
    };
    let scored = text_query(handle, request).is_some();
    let query = matching(handle, request, filter_query(handle, request)?);
    let mut rows = texts(ids)?;
    let mut generators: BTreeMap<&'static str, Option<SnippetGenerator>> = BTreeMap::new();
    let mut hits = Vec::with_capacity(ids.len());
    for &id in ids {
        // Erased since the last commit: the database no longer has it, so neither do we.
        let Some(text) = rows.remove(&id) else {
            continue;
        };
        let analyzer = analyze::analyzer_for(&text.analysis_lang);
        let generator = generators.entry(analyzer.key).or_insert_with(|| {
            if !scored {
                return None;
            }
            let field = fields.text_field(analyzer);
            SnippetGenerator::create(&searcher, &query, field)
                .ok()
                .map(|mut g| {
                    g.set_max_num_chars(200);
                    g
                })
        });
        let (snippet, highlights) = snippet_of(&text.rendered, generator.as_ref());
        let shows = |name: &str, value: &str| {
            facets
                .get(name)
                .is_some_and(|f| f.labels_hits && f.values.iter().any(|v| v.value == value))
        };
        let unit_shown = shows("unit", &text.unit);
        hits.push(Hit {
            id,
            text_lang: if text.lang == crate::text::UNDETERMINED {
                text.declared.clone()
            } else {
                text.lang.clone()
            },
            lang: shows("lang", &text.lang).then_some(text.lang),
            snippet,
            highlights,
            unit: unit_shown.then_some(text.unit),
            unit_name: unit_shown.then_some(text.unit_name),
            period: shows("period", &text.period).then_some(text.period),
        });
    }
    Ok(SearchResult {
        total,
        hits,
        facets,
        withheld: None,
    })
}

/// The index's part of a search: the k-rule, the counts, the facets and the hits' ids.
fn find(
    handle: &SearchHandle,
    searcher: &Searcher,
    request: &SearchRequest,
    k: u32,
) -> Result<Found, super::SearchError> {
    let filter = filter_query(handle, request)?;
    // The k-rule counts every response the filters select, with or without text; the
    // words searched are not a filter. The count is judged as published (with its
    // noise), as every other count.
    let selected = searcher.search(&*filter, &Selected)?;
    let too_few = if request.exact {
        selected.n < u64::from(k)
    } else {
        disclosure::protect_count(selected.n, selected.key, u64::from(k)).is_err()
    };
    if too_few {
        return Ok(Found::Withheld(Withheld {
            reason: "fewer_than_k",
            k,
            message: format!(
                "the filters select fewer than {k} responses; texts are withheld so that no family can be recognised"
            ),
        }));
    }
    let words = text_query(handle, request);
    let unfiltered = is_all(&*filter);
    let query = matching(handle, request, filter);
    let limit = request.limit.clamp(1, MAX_LIMIT);

    // Two passes. The counts visit every match, with nothing scored, and large
    // segments' counts are kept for the next time this query is asked. The hits are the
    // best `limit` by score, which tantivy finds without scoring every match (block-max
    // WAND) when the words alone are the query (no filters, one word).
    let (total, counted) = searcher.search(
        &query,
        &MatchCounts {
            packed: handle.index.packed.clone(),
            key: format!("{query:?}"),
            keep_from_docs: super::facets::KEEP_COUNTS_FROM_DOCS,
        },
    )?;
    let top: Vec<DocAddress> = match &words {
        Some(words) => {
            let best = TopDocs::with_limit(limit)
                .and_offset(request.offset)
                .order_by_score();
            let hits = if unfiltered {
                searcher.search(&**words, &best)?
            } else {
                searcher.search(&query, &best)?
            };
            hits.into_iter().map(|(_, addr)| addr).collect()
        }
        // No words: newest first.
        None => searcher
            .search(
                &query,
                &TopDocs::with_limit(limit)
                    .and_offset(request.offset)
                    .order_by_u64_field("id", Order::Desc),
            )?
            .into_iter()
            .map(|(_, addr)| addr)
            .collect(),
    };
    let k = u64::from(k);
    let facets = counted
        .into_iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(name, values)| {
            let view = if request.exact {
                exact(values)
            } else {
                publish(values, k)
            };
            (name, view)
        })
        .collect();
    Ok(Found::Matches {
        // No match is a true 0 (the hits say so anyway); otherwise as published.
        total: match total.n {
            0 => Some(0),
            n if request.exact => Some(n),
            n => disclosure::protect_count(n, total.key, k).ok(),
        },
        facets,
        ids: hit_ids(searcher, &top)?,
    })
}

/// Only the words: the top `limit` by score and the number of matches (the benchmark's
/// like-for-like comparison with a plain full-text engine).
pub fn top_and_count(
    handle: &SearchHandle,
    request: &SearchRequest,
) -> Result<(usize, Vec<DocAddress>), super::SearchError> {
    let searcher = handle.index.reader.searcher();
    let Some(query) = text_query(handle, request) else {
        return Ok((0, Vec::new()));
    };
    let (top, count) = searcher.search(
        &*query,
        &(
            TopDocs::with_limit(request.limit.clamp(1, MAX_LIMIT)).order_by_score(),
            Count,
        ),
    )?;
    Ok((count, top.into_iter().map(|(_, a)| a).collect()))
}

/// What the database gives for one hit.
pub struct HitText {
    pub rendered: String,
    pub lang: String,
    pub analysis_lang: String,
    pub declared: String,
    pub unit: String,
    pub unit_name: String,
    pub period: String,
}

/// The hits' response ids, from the id column (the document store would decompress a
/// block of documents for each hit).
fn hit_ids(searcher: &Searcher, top: &[DocAddress]) -> Result<Vec<i64>, super::SearchError> {
    let mut columns = BTreeMap::new();
    let mut ids = Vec::with_capacity(top.len());
    for addr in top {
        let column = match columns.entry(addr.segment_ord) {
            std::collections::btree_map::Entry::Occupied(column) => column.into_mut(),
            std::collections::btree_map::Entry::Vacant(slot) => slot.insert(
                searcher
                    .segment_reader(addr.segment_ord)
                    .fast_fields()
                    .u64("id")?,
            ),
        };
        if let Some(id) = column.first(addr.doc_id) {
            ids.push(id as i64);
        }
    }
    Ok(ids)
}

/// The text around the matches (the whole text when it is short), with the matched
/// ranges in characters. Cuts fall on spaces, and a cut is marked with "…".
fn snippet_of(text: &str, generator: Option<&SnippetGenerator>) -> (String, Vec<(usize, usize)>) {
    const WHOLE: usize = 240;
    let (start, end, highlighted) = match generator.map(|g| g.snippet(text)) {
        Some(snippet) if !snippet.highlighted().is_empty() => {
            let range = snippet.fragment_range();
            let highlighted: Vec<std::ops::Range<usize>> = snippet
                .highlighted()
                .iter()
                .map(|r| r.start + range.start..r.end + range.start)
                .collect();
            if text.chars().count() <= WHOLE {
                (0, text.len(), highlighted)
            } else {
                (range.start, widen_to_space(text, range.end), highlighted)
            }
        }
        _ => {
            let end = text
                .char_indices()
                .nth(200)
                .map(|(i, _)| widen_to_space(text, i))
                .unwrap_or(text.len());
            (0, end, Vec::new())
        }
    };
    let mut out = String::new();
    let mut offset = 0;
    if start > 0 {
        out.push('…');
        offset = 1;
    }
    let body = &text[start..end];
    out.push_str(body);
    if end < text.len() {
        out.push('…');
    }
    let to_chars = |byte: usize| {
        body[..byte.saturating_sub(start).min(body.len())]
            .chars()
            .count()
            + offset
    };
    let highlights = highlighted
        .into_iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| (to_chars(r.start), to_chars(r.end)))
        .collect();
    (out, highlights)
}

/// The end of the word that `at` falls in (at most 30 bytes further).
fn widen_to_space(text: &str, at: usize) -> usize {
    let mut limit = (at + 30).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    text[at..limit]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, _)| at + i)
        .unwrap_or(if limit == text.len() { limit } else { at })
}

/// A facet's values as they are (an admin's search), in order of count.
fn exact(values: BTreeMap<String, Cell>) -> FacetView {
    let mut shown: Vec<FacetValue> = values
        .into_iter()
        .map(|(value, cell)| FacetValue {
            value,
            count: cell.n,
        })
        .collect();
    shown.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    FacetView {
        values: shown,
        hidden: false,
        labels_hits: true,
    }
}

/// A facet's values as published: each count with its cell's noise, in order of count;
/// values under k are left out (and said to be).
pub fn publish(values: BTreeMap<String, Cell>, k: u64) -> FacetView {
    let mut shown = Vec::with_capacity(values.len());
    let mut hidden = 0usize;
    for (value, cell) in values {
        match disclosure::protect_count(cell.n, cell.key, k) {
            Ok(count) => shown.push(FacetValue { value, count }),
            Err(_) => hidden += 1,
        }
    }
    shown.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    FacetView {
        values: shown,
        hidden: hidden > 0,
        labels_hits: hidden != 1,
    }
}

fn facet_term(handle: &SearchHandle, name: &str, value: &str) -> Option<Box<dyn Query>> {
    let field = handle.index.fields.facet(name)?;
    Some(Box::new(TermQuery::new(
        Term::from_facet(field, &Facet::from_path([value])),
        IndexRecordOption::Basic,
    )))
}

/// What a search counts: the filters, and texts only: those the words match (only
/// responses with text carry words, even the names of places), or, without words,
/// every response with text.
fn matching(
    handle: &SearchHandle,
    request: &SearchRequest,
    filter: Box<dyn Query>,
) -> BooleanQuery {
    let texts = text_query(handle, request).unwrap_or_else(|| {
        Box::new(TermQuery::new(
            Term::from_field_u64(handle.index.fields.has_text, 1),
            IndexRecordOption::Basic,
        ))
    });
    BooleanQuery::new(vec![(Occur::Must, filter), (Occur::Must, texts)])
}

/// Most entries a generation cache keeps for one searcher generation.
const CACHED_PER_GENERATION: usize = 64;

/// Values computed from one searcher generation, kept until the index changes. The
/// index is immutable between reloads, so a value computed on a generation stays exact
/// for every request on it; a reload (after each commit) starts an empty cache.
pub struct GenerationCache<V> {
    entries: std::sync::Mutex<(u64, std::collections::HashMap<String, std::sync::Arc<V>>)>,
}

impl<V> Default for GenerationCache<V> {
    fn default() -> Self {
        GenerationCache {
            entries: std::sync::Mutex::new((0, std::collections::HashMap::new())),
        }
    }
}

impl<V> GenerationCache<V> {
    fn get_or_compute(
        &self,
        searcher: &Searcher,
        key: String,
        compute: impl FnOnce() -> Result<V, super::SearchError>,
    ) -> Result<std::sync::Arc<V>, super::SearchError> {
        let generation = searcher.generation().generation_id();
        if let Ok(entries) = self.entries.lock()
            && entries.0 == generation
            && let Some(value) = entries.1.get(&key)
        {
            return Ok(std::sync::Arc::clone(value));
        }
        let value = std::sync::Arc::new(compute()?);
        // A poisoned lock only loses the cache; the value is still right.
        if let Ok(mut entries) = self.entries.lock() {
            // A request still on an older searcher must not throw out the newer values.
            if generation < entries.0 {
                return Ok(value);
            }
            if entries.0 != generation || entries.1.len() >= CACHED_PER_GENERATION {
                *entries = (generation, std::collections::HashMap::new());
            }
            entries.1.insert(key, std::sync::Arc::clone(&value));
        }
        Ok(value)
    }
}

/// Whether `query` is the filter that selects everything (no filters asked for).
fn is_all(query: &dyn Query) -> bool {
    (query as &dyn std::any::Any).is::<AllQuery>()
}

/// The dimension filters as one query (all documents when there are none).
fn filter_query(
    handle: &SearchHandle,
    request: &SearchRequest,
) -> Result<Box<dyn Query>, super::SearchError> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (name, value) in request.dimension_filters() {
        if let Some(q) = facet_term(handle, name, value) {
            clauses.push((Occur::Must, q));
        }
    }
    let langs: Vec<Box<dyn Query>> = request
        .langs
        .iter()
        .filter_map(|l| facet_term(handle, "lang", l))
        .collect();
    if !langs.is_empty() {
        let any: Vec<(Occur, Box<dyn Query>)> =
            langs.into_iter().map(|q| (Occur::Should, q)).collect();
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
    }
    let month = handle.index.fields.month;
    let bound = |p: &Option<String>| -> Result<Bound<Term>, super::SearchError> {
        match p.as_deref().filter(|p| !p.is_empty()) {
            None => Ok(Bound::Unbounded),
            Some(p) => month_number(p)
                .map(|m| Bound::Included(Term::from_field_u64(month, m)))
                .ok_or_else(|| {
                    super::SearchError::Invalid(format!("{p:?} is not a month (YYYY-MM)"))
                }),
        }
    };
    let (from, to) = (bound(&request.from)?, bound(&request.to)?);
    if !matches!((&from, &to), (Bound::Unbounded, Bound::Unbounded)) {
        clauses.push((Occur::Must, Box::new(RangeQuery::new(from, to))));
    }
    if clauses.is_empty() {
        return Ok(Box::new(AllQuery));
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
}

/// The analyzers a search runs in: those of the languages filtered on, else all.
fn analyzers_for(langs: &[String]) -> Vec<&'static Analyzer> {
    if langs.is_empty() {
        return ANALYZERS.iter().collect();
    }
    let mut out: Vec<&'static Analyzer> = Vec::new();
    for lang in langs {
        let a = analyze::analyzer_for(lang);
        if !out.iter().any(|o| o.key == a.key) {
            out.push(a);
        }
    }
    out
}

/// The words as a query: every word must match, in the text (analysed in the text's
/// language) or in the names of the response's place and service. Quotes and operator
/// characters are ordinary punctuation here, so no query is ever a syntax error.
///
/// A response has its text in one field only (its language's), so "each word in some
/// text field or the places" selects the same responses as "every word in one
/// language's field or the places", and reads each field's postings once: the
/// per-language form read the places' postings once per language (11 times), and they
/// match a third of all responses for a common word like "skole".
fn text_query(handle: &SearchHandle, request: &SearchRequest) -> Option<Box<dyn Query>> {
    let words: Vec<&str> = request
        .q
        .split(|c: char| c.is_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(MAX_WORDS)
        .collect();
    if words.is_empty() {
        return None;
    }
    let fields = &handle.index.fields;
    let tokenizers = handle.index.index.tokenizers();
    let mut places_analyzer = tokenizers.get(PLACES_TOKENIZER)?;
    let mut analyzers = Vec::new();
    for analyzer in analyzers_for(&request.langs) {
        let text_analyzer = tokenizers.get(&analyze::tokenizer_name(analyzer))?;
        analyzers.push((fields.text_field(analyzer), text_analyzer));
    }
    // Per word: its terms in every language's field and in the places, any of which may
    // match. (Every analyzer gives a word terms or none alike; `analyze`'s tests hold it.)
    let mut all_words: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for word in &words {
        let either: Vec<(Occur, Box<dyn Query>)> = analyzers
            .iter_mut()
            .map(|(field, analyzer)| all_terms(*field, &analyze::terms(analyzer, word)))
            .chain([all_terms(
                fields.places,
                &analyze::terms(&mut places_analyzer, word),
            )])
            .flatten()
            .map(|q| (Occur::Should, q))
            .collect();
        if !either.is_empty() {
            all_words.push((Occur::Must, Box::new(BooleanQuery::new(either))));
        }
    }
    if all_words.is_empty() {
        // Words that analyse to nothing (all too long): nothing can match.
        return Some(Box::new(BooleanQuery::new(vec![(
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_u64(fields.has_text, u64::MAX),
                IndexRecordOption::Basic,
            )) as Box<dyn Query>,
        )])));
    }
    if all_words.len() == 1 {
        // One word: its terms' union itself, which a top-k search can prune.
        return all_words.pop().map(|(_, q)| q);
    }
    Some(Box::new(BooleanQuery::new(all_words)))
}

fn all_terms(field: tantivy::schema::Field, terms: &[String]) -> Option<Box<dyn Query>> {
    if terms.is_empty() {
        return None;
    }
    let clauses: Vec<(Occur, Box<dyn Query>)> = terms
        .iter()
        .map(|t| {
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(field, t),
                    IndexRecordOption::WithFreqs,
                )) as Box<dyn Query>,
            )
        })
        .collect();
    Some(Box::new(BooleanQuery::new(clauses)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cells(values: &[(&str, u64, u32)]) -> BTreeMap<String, Cell> {
        values
            .iter()
            .map(|(v, n, key)| ((*v).to_owned(), Cell { n: *n, key: *key }))
            .collect()
    }

    #[test]
    fn small_counts_are_hidden_and_a_lone_hidden_value_names_no_hit() {
        let view = publish(cells(&[("nb", 40, 1), ("en", 38, 2), ("ti", 2, 3)]), 5);
        // ti (2) is under k: not listed, and said to be hidden.
        assert_eq!(view.values.len(), 2);
        assert!(view.values.iter().all(|v| v.value != "ti"));
        assert!(view.hidden);
        // It is the only hidden value, so hits must not name their value: those without
        // one would all be ti's.
        assert!(!view.labels_hits);
        let view = publish(cells(&[("nb", 40, 1), ("ti", 2, 3), ("so", 1, 4)]), 5);
        assert!(
            view.labels_hits,
            "two hidden values: a hit without one could be either"
        );
        let view = publish(cells(&[("nb", 40, 1), ("en", 38, 2)]), 5);
        assert!(!view.hidden && view.labels_hits);
        // The same cell always reads the same; a count moves by the noise at most.
        let again = publish(cells(&[("nb", 40, 1), ("en", 38, 2)]), 5);
        assert_eq!(view.values[0].count, again.values[0].count);
        assert!(
            view.values
                .iter()
                .all(|v| v.count.abs_diff(if v.value == "nb" { 40 } else { 38 })
                    <= disclosure::MAX_NOISE as u64)
        );
    }

    proptest! {
        /// Any text gives a snippet without panicking, of bounded length.
        #[test]
        fn snippets_of_any_text_are_safe(text in "\\PC{0,600}") {
            let (snippet, highlights) = snippet_of(&text, None);
            prop_assert!(snippet.chars().count() <= 232);
            prop_assert!(highlights.is_empty());
        }

        /// For any cells: nothing shown is under k, true or published; every shown
        /// count is within the noise of the true one; the values are in order.
        #[test]
        fn published_facets_hold_for_all_cells(cells in proptest::collection::vec((0u64..60, any::<u32>()), 0..12), k in 5u64..11) {
            let values: BTreeMap<String, Cell> = cells.iter().enumerate().filter(|(_, c)| c.0 > 0).map(|(i, (n, key))| (format!("v{i}"), Cell { n: *n, key: *key })).collect();
            let view = publish(values.clone(), k);
            for shown in &view.values {
                let true_n = values[&shown.value].n;
                prop_assert!(shown.count >= k && true_n >= k);
                prop_assert!(shown.count.abs_diff(true_n) <= disclosure::MAX_NOISE as u64);
            }
            prop_assert!(view.values.windows(2).all(|w| w[0].count >= w[1].count));
            prop_assert_eq!(view.hidden, view.values.len() < values.len());
        }
    }
}
