//! Facet counts by month in one pass over the matches. The k-rule needs, for every
//! facet value, its count and its counts in its first and last month (a window one
//! month shorter must not reveal a small group). Counting each month with its own
//! query cost a pass over the matches per month; this collector reads each matching
//! document's facets once and counts them under its month.
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, Searcher, SearcherGeneration, SegmentOrdinal, SegmentReader};

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// facet -> value -> month ("YYYY-MM") -> count; only counts above zero.
pub type ByMonth = BTreeMap<&'static str, BTreeMap<String, BTreeMap<String, u64>>>;

/// Counts every facet of `super::schema::FACETS` by the document's month, from the
/// segments' packed ords where `packed` has them, else from the facet columns.
#[derive(Default)]
pub struct FacetsByMonth {
    pub packed: Option<Arc<PackedOrds>>,
}

/// Facets a document may carry more than one value of.
const MULTI: [&str; 1] = ["theme"];

/// Where one facet's ords sit in a segment's packed words.
#[derive(Debug, Clone, Copy)]
struct Place {
    word: usize,
    shift: u32,
    bits: u32,
    /// A bit per ord (several values) instead of ord + 1 (one value, 0 for none).
    set: bool,
}

/// One segment's documents with the ords of every facet packed into one or two words.
/// Counting a search's matches then reads one array instead of nine columns a match
/// (a common word matches a tenth of all texts, and the k-rule counts wider views of
/// every text).
pub struct SegmentOrds {
    places: Vec<Place>,
    words_per_doc: usize,
    words: Vec<u64>,
}

impl SegmentOrds {
    /// Reads every document's facets once; `None` when they do not fit in two words (a
    /// segment with that many distinct values is counted from the columns instead).
    fn read(readers: &[tantivy::fastfield::FacetReader], max_doc: u32) -> Option<SegmentOrds> {
        let names = super::schema::FACETS;
        let mut places = Vec::with_capacity(readers.len());
        let (mut word, mut used) = (0usize, 0u32);
        for (name, reader) in names.iter().zip(readers) {
            let set = MULTI.contains(name);
            let n = reader.num_facets() as u64;
            let bits = if set {
                n as u32
            } else {
                u64::BITS - n.leading_zeros()
            };
            if bits > 64 {
                return None;
            }
            if used + bits > 64 {
                word += 1;
                used = 0;
            }
            places.push(Place {
                word,
                shift: used,
                bits,
                set,
            });
            used += bits;
        }
        let words_per_doc = word + 1;
        if words_per_doc > 2 {
            return None;
        }
        let mut words = vec![0u64; max_doc as usize * words_per_doc];
        for (place, reader) in places.iter().zip(readers) {
            if place.bits == 0 {
                continue;
            }
            for doc in 0..max_doc {
                let at = doc as usize * words_per_doc + place.word;
                let mut ords = reader.facet_ords(doc);
                let code = if place.set {
                    ords.fold(0u64, |mask, ord| mask | (1 << ord))
                } else {
                    match (ords.next(), ords.next()) {
                        (None, _) => 0,
                        (Some(ord), None) => ord + 1,
                        // More than one value where one was expected: count from the columns.
                        (Some(_), Some(_)) => return None,
                    }
                };
                words[at] |= code << place.shift;
            }
        }
        Some(SegmentOrds {
            places,
            words_per_doc,
            words,
        })
    }

    fn heap_bytes(&self) -> usize {
        self.words.len() * 8
    }
}

/// The packed ords of the segments the live searchers use, read when a searcher is
/// reloaded (tantivy's warmer), so no search waits for them; a segment's ords never
/// change, so each is read once.
#[derive(Default)]
pub struct PackedOrds {
    segments: Mutex<HashMap<SegmentId, Option<Arc<SegmentOrds>>>>,
    /// What searches counted in large segments, kept while the segment lives.
    counts: Mutex<KeptCounts>,
}

/// A search's counts in one segment: its matches, and the cells of
/// `SegmentFacets::counts` that are not zero.
pub struct SegmentCounts {
    matched: u64,
    cells: Vec<(u32, u64)>,
}

/// (segment, its deleted documents, the query's debug form). A segment's documents never
/// change and deletions only add up, so equal keys count the same.
type CountKey = (SegmentId, u32, String);

#[derive(Default)]
struct KeptCounts {
    by_key: HashMap<CountKey, Arc<SegmentCounts>>,
    bytes: usize,
}

/// What one kept entry holds, roughly.
fn entry_bytes(key: &CountKey, counts: &SegmentCounts) -> usize {
    counts.cells.len() * 16 + key.2.len() + 64
}

/// Segments smaller than this are counted afresh each time: new segments are small,
/// cheap to count and soon merged away.
pub const KEEP_COUNTS_FROM_DOCS: u32 = 20_000;
/// Most bytes of kept counts; past it they are all dropped and kept anew.
const KEPT_COUNTS_BYTES: usize = 16 << 20;

impl PackedOrds {
    fn get(&self, id: SegmentId) -> Option<Arc<SegmentOrds>> {
        self.segments.lock().ok()?.get(&id).cloned().flatten()
    }

    fn kept(&self, key: &CountKey) -> Option<Arc<SegmentCounts>> {
        self.counts.lock().ok()?.by_key.get(key).cloned()
    }

    fn keep(&self, key: CountKey, counts: Arc<SegmentCounts>) {
        // A poisoned lock only loses the cache; the counts are still right.
        let Ok(mut kept) = self.counts.lock() else {
            return;
        };
        let bytes = entry_bytes(&key, &counts);
        if kept.bytes + bytes > KEPT_COUNTS_BYTES {
            *kept = KeptCounts::default();
        }
        kept.bytes += bytes;
        if let Some(old) = kept.by_key.insert(key.clone(), counts) {
            kept.bytes = kept.bytes.saturating_sub(entry_bytes(&key, &old));
        }
    }

    /// Bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.segments
            .lock()
            .map_or(0, |s| s.values().flatten().map(|o| o.heap_bytes()).sum())
    }
}

impl tantivy::Warmer for PackedOrds {
    fn warm(&self, searcher: &Searcher) -> tantivy::Result<()> {
        let started = std::time::Instant::now();
        let mut read = 0u32;
        for reader in searcher.segment_readers() {
            let id = reader.segment_id();
            if self.segments.lock().is_ok_and(|s| s.contains_key(&id)) {
                continue;
            }
            let readers = super::schema::FACETS
                .iter()
                .map(|name| reader.facet_reader(name))
                .collect::<tantivy::Result<Vec<_>>>()?;
            let ords = SegmentOrds::read(&readers, reader.max_doc()).map(Arc::new);
            read += reader.max_doc();
            if let Ok(mut segments) = self.segments.lock() {
                segments.insert(id, ords);
            }
        }
        if read > 0 {
            tracing::debug!(
                documents = read,
                ms = started.elapsed().as_millis() as u64,
                bytes = self.heap_bytes(),
                "facet ords packed"
            );
        }
        Ok(())
    }

    fn garbage_collect(&self, live: &[&SearcherGeneration]) {
        let keep: HashSet<SegmentId> = live
            .iter()
            .flat_map(|g| g.segments().keys().copied())
            .collect();
        if let Ok(mut segments) = self.segments.lock() {
            segments.retain(|id, _| keep.contains(id));
        }
        if let Ok(mut kept) = self.counts.lock() {
            kept.by_key.retain(|key, _| keep.contains(&key.0));
            kept.bytes = kept.by_key.iter().map(|(k, c)| entry_bytes(k, c)).sum();
        }
    }
}

/// A search's matches and facet counts by month, from counts kept per segment where a
/// large segment was counted for the same query before (a planner paging through hits,
/// or a dashboard asking again, counts only the segments new since).
pub struct MatchCounts {
    pub packed: Arc<PackedOrds>,
    /// The query's debug form, which names its every clause.
    pub key: String,
    /// Segments of at least this many documents have their counts kept.
    pub keep_from_docs: u32,
}

pub struct MatchSegment {
    facets: SegmentFacets,
    matched: u64,
}

impl SegmentCollector for MatchSegment {
    type Fruit = (u64, ByMonth);

    fn collect(&mut self, doc: DocId, score: Score) {
        self.matched += 1;
        self.facets.collect(doc, score);
    }

    fn harvest(self) -> (u64, ByMonth) {
        (self.matched, self.facets.harvest())
    }
}

impl Collector for MatchCounts {
    type Fruit = (u64, ByMonth);
    type Child = MatchSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<MatchSegment> {
        let facets = FacetsByMonth {
            packed: Some(self.packed.clone()),
        }
        .for_segment(segment, reader)?;
        Ok(MatchSegment { facets, matched: 0 })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(u64, ByMonth)>) -> tantivy::Result<(u64, ByMonth)> {
        let matched = fruits.iter().map(|(n, _)| n).sum();
        let by_month = FacetsByMonth::default()
            .merge_fruits(fruits.into_iter().map(|(_, by_month)| by_month).collect())?;
        Ok((matched, by_month))
    }

    fn collect_segment(
        &self,
        weight: &dyn tantivy::query::Weight,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<(u64, ByMonth)> {
        let mut child = self.for_segment(segment, reader)?;
        let key = (
            reader.segment_id(),
            reader.num_deleted_docs(),
            self.key.clone(),
        );
        if let Some(kept) = self.packed.kept(&key) {
            child.matched = kept.matched;
            for &(cell, n) in &kept.cells {
                if let Some(count) = child.facets.counts.get_mut(cell as usize) {
                    *count = n;
                }
            }
            return Ok(child.harvest());
        }
        // As tantivy's own loop without scores: deleted documents are not counted.
        let alive = reader.alive_bitset();
        weight.for_each_no_score(reader, &mut |docs| {
            for &doc in docs {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    child.collect(doc, 0.0);
                }
            }
        })?;
        if reader.max_doc() >= self.keep_from_docs {
            let cells = child
                .facets
                .counts
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(cell, n)| (cell as u32, *n))
                .collect();
            self.packed.keep(
                key,
                Arc::new(SegmentCounts {
                    matched: child.matched,
                    cells,
                }),
            );
        }
        Ok(child.harvest())
    }
}

/// The facet the months come from.
const PERIOD: &str = "period";

pub struct SegmentFacets {
    readers: Vec<tantivy::fastfield::FacetReader>,
    packed: Option<Arc<SegmentOrds>>,
    /// The packed facets that have values, ready to be read off a document's words.
    lanes: Vec<Lane>,
    period_lane: Option<Lane>,
    /// Counts by (facet, ord, month slot) in one array, facet `i` from `offsets[i]`;
    /// the month slot last is for "no month". Ords are named only at harvest, and only
    /// those counted.
    counts: Vec<u64>,
    offsets: Vec<usize>,
    period_at: usize,
    months: usize,
    seen: Vec<u64>,
}

/// One facet's place in the packed words, with its mask and where its counts start.
#[derive(Clone, Copy)]
struct Lane {
    word: usize,
    shift: u32,
    mask: u64,
    set: bool,
    base: usize,
}

impl Lane {
    fn of(place: &Place, base: usize) -> Option<Lane> {
        // A facet without values has no bits (and its shift may be 64, past the word).
        (place.bits > 0).then(|| Lane {
            word: place.word,
            shift: place.shift,
            mask: if place.bits >= 64 {
                u64::MAX
            } else {
                (1u64 << place.bits) - 1
            },
            set: place.set,
            base,
        })
    }
}

/// The value of a one-level facet ("/value" -> "value").
fn value_of(reader: &tantivy::fastfield::FacetReader, ord: u64) -> Option<String> {
    let mut facet = Facet::root();
    reader.facet_from_ord(ord, &mut facet).ok()?;
    let path = facet.to_path();
    match path.as_slice() {
        [value] => Some((*value).to_owned()),
        _ => None,
    }
}

impl Collector for FacetsByMonth {
    type Fruit = ByMonth;
    type Child = SegmentFacets;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacets> {
        let names = super::schema::FACETS;
        let readers = names
            .iter()
            .map(|name| reader.facet_reader(name))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let period_at = names.iter().position(|n| *n == PERIOD).unwrap_or(0);
        let months = readers.get(period_at).map_or(0, |r| r.num_facets()) + 1;
        let mut offsets = Vec::with_capacity(readers.len() + 1);
        let mut size = 0;
        for r in &readers {
            offsets.push(size);
            size += r.num_facets() * months;
        }
        offsets.push(size);
        let packed = self
            .packed
            .as_ref()
            .and_then(|p| p.get(reader.segment_id()));
        let lane = |at: usize| {
            let packed = packed.as_ref()?;
            Lane::of(packed.places.get(at)?, *offsets.get(at)?)
        };
        let lanes = (0..readers.len()).filter_map(lane).collect();
        let period_lane = lane(period_at);
        Ok(SegmentFacets {
            readers,
            packed,
            lanes,
            period_lane,
            counts: vec![0u64; size],
            offsets,
            period_at,
            months,
            seen: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<ByMonth>) -> tantivy::Result<ByMonth> {
        let mut out = ByMonth::new();
        for fruit in fruits {
            for (facet, values) in fruit {
                let into = out.entry(facet).or_default();
                for (value, months) in values {
                    let into = into.entry(value).or_default();
                    for (month, n) in months {
                        *into.entry(month).or_default() += n;
                    }
                }
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentFacets {
    type Fruit = ByMonth;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(packed) = &self.packed {
            let at = doc as usize * packed.words_per_doc;
            let Some(words) = packed.words.get(at..at + packed.words_per_doc) else {
                return;
            };
            let read = |lane: &Lane| {
                words
                    .get(lane.word)
                    .map_or(0, |w| (w >> lane.shift) & lane.mask)
            };
            let slot = match self.period_lane.as_ref().map(read) {
                Some(month) if month > 0 => month as usize - 1,
                _ => self.months - 1,
            };
            for lane in &self.lanes {
                let mut value = read(lane);
                if lane.set {
                    while value != 0 {
                        let ord = value.trailing_zeros() as usize;
                        if let Some(n) = self.counts.get_mut(lane.base + ord * self.months + slot) {
                            *n += 1;
                        }
                        value &= value - 1;
                    }
                } else if value > 0
                    && let Some(n) = self
                        .counts
                        .get_mut(lane.base + (value as usize - 1) * self.months + slot)
                {
                    *n += 1;
                }
            }
            return;
        }
        let slot = self
            .readers
            .get(self.period_at)
            .and_then(|r| r.facet_ords(doc).next())
            .map_or(self.months - 1, |o| o as usize);
        for (reader, base) in self.readers.iter().zip(&self.offsets) {
            // A document counts once per value, however often it carries it.
            self.seen.clear();
            self.seen.extend(reader.facet_ords(doc));
            self.seen.sort_unstable();
            self.seen.dedup();
            for &ord in &self.seen {
                if let Some(n) = self
                    .counts
                    .get_mut(base + ord as usize * self.months + slot)
                {
                    *n += 1;
                }
            }
        }
    }

    fn harvest(self) -> ByMonth {
        let names = super::schema::FACETS;
        let period = &self.readers[self.period_at];
        // Month names, looked up once each; the last slot holds documents without one.
        let mut month_names: Vec<Option<String>> = vec![None; self.months];
        if let Some(last) = month_names.last_mut() {
            *last = Some(String::new());
        }
        let mut month = |slot: usize| -> String {
            month_names[slot]
                .get_or_insert_with(|| value_of(period, slot as u64).unwrap_or_default())
                .clone()
        };
        let mut out = ByMonth::new();
        for ((name, reader), range) in names.iter().zip(&self.readers).zip(self.offsets.windows(2))
        {
            let counts = &self.counts[range[0]..range[1]];
            let by_value = out.entry(*name).or_default();
            for (ord, by_slot) in counts.chunks(self.months).enumerate() {
                if by_slot.iter().all(|&n| n == 0) {
                    continue;
                }
                let Some(value) = value_of(reader, ord as u64) else {
                    continue;
                };
                let months = by_value.entry(value).or_default();
                for (slot, &n) in by_slot.iter().enumerate().filter(|(_, n)| **n > 0) {
                    *months.entry(month(slot)).or_default() += n;
                }
            }
        }
        out
    }
}

/// The counts summed over months.
pub fn totals(by_month: &ByMonth) -> BTreeMap<&'static str, BTreeMap<String, u64>> {
    by_month
        .iter()
        .map(|(name, values)| {
            (
                *name,
                values
                    .iter()
                    .map(|(value, months)| (value.clone(), months.values().sum()))
                    .collect(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tantivy::collector::{Count, FacetCollector};
    use tantivy::query::{AllQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;
    use tantivy::{Index, TantivyDocument, Term};

    /// Documents as (unit, period, themes); several commits make several segments.
    fn index(
        docs: &[(usize, usize, Vec<usize>)],
    ) -> tantivy::Result<(Index, super::super::schema::Fields)> {
        let (schema, fields) = super::super::schema::build();
        let index = Index::create_in_ram(schema);
        crate::text::analyze::register(index.tokenizers());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for (i, (unit, period, themes)) in docs.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_u64(fields.id, i as u64);
            let facet = |name: &str| fields.facet(name).expect("facet field");
            doc.add_facet(facet("unit"), Facet::from_path([format!("u{unit}")]));
            doc.add_facet(
                facet("period"),
                Facet::from_path([format!("2026-{:02}", period + 1)]),
            );
            for t in themes {
                doc.add_facet(facet("theme"), Facet::from_path([format!("t{t}")]));
            }
            writer.add_document(doc)?;
            if i % 7 == 6 {
                writer.commit()?;
            }
        }
        writer.commit()?;
        Ok((index, fields))
    }

    /// The plain way: one facet count per month with its own query.
    fn per_month(index: &Index, fields: &super::super::schema::Fields) -> tantivy::Result<ByMonth> {
        let searcher = index.reader()?.searcher();
        let mut out = ByMonth::new();
        for month in 1..=12 {
            let label = format!("2026-{month:02}");
            let Some(period) = fields.facet("period") else {
                continue;
            };
            let query = TermQuery::new(
                Term::from_facet(period, &Facet::from_path([label.clone()])),
                IndexRecordOption::Basic,
            );
            for name in super::super::schema::FACETS {
                let mut c = FacetCollector::for_field(name);
                c.add_facet(Facet::root());
                let counts = searcher.search(&query, &c)?;
                for (facet, n) in counts.get(Facet::root()) {
                    if let Some(value) = facet.to_path().last() {
                        out.entry(name)
                            .or_default()
                            .entry((*value).to_owned())
                            .or_default()
                            .insert(label.clone(), n);
                    }
                }
            }
        }
        Ok(out)
    }

    fn kept_entries(packed: &PackedOrds) -> usize {
        packed.counts.lock().map_or(0, |k| k.by_key.len())
    }

    /// Counts kept per segment are those counted afresh, also after documents are
    /// deleted from a segment whose counts were kept (an erasure must lower them).
    #[test]
    fn kept_counts_equal_fresh_ones_and_follow_deletions() -> tantivy::Result<()> {
        let (schema, fields) = super::super::schema::build();
        let index = Index::create_in_ram(schema);
        crate::text::analyze::register(index.tokenizers());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for i in 0..60u64 {
            let mut doc = TantivyDocument::default();
            doc.add_u64(fields.id, i);
            let facet = |name: &str| fields.facet(name).expect("facet field");
            doc.add_facet(facet("unit"), Facet::from_path([format!("u{}", i % 3)]));
            doc.add_facet(
                facet("period"),
                Facet::from_path([format!("2026-0{}", 1 + i % 4)]),
            );
            writer.add_document(doc)?;
            if i % 20 == 19 {
                writer.commit()?;
            }
        }
        let reader = index.reader()?;
        let packed = Arc::new(PackedOrds::default());
        let counted = |searcher: &Searcher| -> tantivy::Result<((u64, ByMonth), (usize, ByMonth))> {
            let kept = searcher.search(
                &AllQuery,
                &MatchCounts {
                    packed: packed.clone(),
                    key: "all".into(),
                    keep_from_docs: 0,
                },
            )?;
            let fresh = searcher.search(&AllQuery, &(Count, FacetsByMonth::default()))?;
            Ok((kept, fresh))
        };
        let searcher = reader.searcher();
        let (first, fresh) = counted(&searcher)?;
        assert_eq!((first.0 as usize, &first.1), (fresh.0, &fresh.1));
        assert_eq!(kept_entries(&packed), 3, "one entry a segment");
        // The second time from what was kept: the same.
        let (again, _) = counted(&searcher)?;
        assert_eq!(again, first);
        // Delete a document in every segment; the kept counts must not be used.
        for id in [0u64, 25, 59] {
            writer.delete_term(Term::from_field_u64(fields.id, id));
        }
        writer.commit()?;
        reader.reload()?;
        let searcher = reader.searcher();
        let (after, fresh) = counted(&searcher)?;
        assert_eq!(after.0, 57);
        assert_eq!((after.0 as usize, &after.1), (fresh.0, &fresh.1));
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]

        /// One pass by month counts what a query per month counts.
        #[test]
        fn one_pass_equals_a_query_per_month(
            docs in proptest::collection::vec((0usize..4, 0usize..5, proptest::collection::vec(0usize..3, 0..3)), 1..40)
        ) {
            let (index, fields) = index(&docs).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let searcher = index.reader().map_err(|e| TestCaseError::fail(e.to_string()))?.searcher();
            let mut ours = searcher.search(&AllQuery, &FacetsByMonth::default()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            ours.retain(|_, values| !values.is_empty());
            let plain = per_month(&index, &fields).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&ours, &plain);
            // The same from the packed ords the warmer reads.
            let packed = Arc::new(PackedOrds::default());
            tantivy::Warmer::warm(&*packed, &searcher).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert!(packed.heap_bytes() > 0);
            let mut from_packed = searcher
                .search(&AllQuery, &FacetsByMonth { packed: Some(packed.clone()) })
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            from_packed.retain(|_, values| !values.is_empty());
            prop_assert_eq!(from_packed, plain);
            // And for a query that matches some documents only.
            let unit = TermQuery::new(
                Term::from_facet(fields.facet("unit").expect("unit"), &Facet::from_path(["u0"])),
                IndexRecordOption::Basic,
            );
            let columns = searcher.search(&unit, &FacetsByMonth::default()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let from_packed = searcher.search(&unit, &FacetsByMonth { packed: Some(packed) }).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(from_packed, columns);
        }
    }
}
