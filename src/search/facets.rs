//! Facet counts in one pass over the matches, each with its cell key. The disclosure
//! model (`indicators::disclosure`) publishes a count as the true one plus a noise keyed
//! to the sum of its respondents' record keys, so every facet value is counted as a
//! [`Cell`]: the matches and the sum of their keys. The collector reads each matching
//! document's facets once, from the segment's packed ords where it has them.
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::index::SegmentId;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, Searcher, SearcherGeneration, SegmentOrdinal, SegmentReader};

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// Some matches: how many, and the sum of their record keys (mod 2^32).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cell {
    pub n: u64,
    pub key: u32,
}

impl Cell {
    fn count(&mut self, key: u32) {
        self.n += 1;
        self.key = self.key.wrapping_add(key);
    }

    pub fn add(&mut self, other: Cell) {
        self.n += other.n;
        self.key = self.key.wrapping_add(other.key);
    }
}

/// facet -> value -> its matches; only values with matches.
pub type Counted = BTreeMap<&'static str, BTreeMap<String, Cell>>;

/// The field the record keys are in.
pub const KEY_FIELD: &str = "key";

/// Counts every facet of `super::schema::FACETS`, from the segments' packed ords where
/// `packed` has them, else from the facet columns.
#[derive(Default)]
pub struct FacetCells {
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

/// One segment's documents with the ords of every facet packed into one or two words,
/// and their record keys. Counting a search's matches then reads two arrays instead of
/// ten columns a match (a common word matches a tenth of all texts).
pub struct SegmentOrds {
    places: Vec<Place>,
    words_per_doc: usize,
    words: Vec<u64>,
    keys: Vec<u32>,
}

/// A document's record key (0 where the column has none: an index built before keys).
fn key_of(column: &Column<u64>, doc: DocId) -> u32 {
    column.first(doc).unwrap_or(0) as u32
}

impl SegmentOrds {
    /// Reads every document's facets once; `None` when they do not fit in two words (a
    /// segment with that many distinct values is counted from the columns instead).
    fn read(
        readers: &[tantivy::fastfield::FacetReader],
        keys: &Column<u64>,
        max_doc: u32,
    ) -> Option<SegmentOrds> {
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
            keys: (0..max_doc).map(|doc| key_of(keys, doc)).collect(),
        })
    }

    fn heap_bytes(&self) -> usize {
        self.words.len() * 8 + self.keys.len() * 4
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
/// `SegmentFacets::cells` that are not empty.
pub struct SegmentCounts {
    matched: Cell,
    cells: Vec<(u32, Cell)>,
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
    counts.cells.len() * 24 + key.2.len() + 64
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
            let keys = reader.fast_fields().u64(KEY_FIELD)?;
            let ords = SegmentOrds::read(&readers, &keys, reader.max_doc()).map(Arc::new);
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

/// A search's matches and facet cells, from counts kept per segment where a large
/// segment was counted for the same query before (a planner paging through hits, or a
/// dashboard asking again, counts only the segments new since).
pub struct MatchCounts {
    pub packed: Arc<PackedOrds>,
    /// The query's debug form, which names its every clause.
    pub key: String,
    /// Segments of at least this many documents have their counts kept.
    pub keep_from_docs: u32,
}

pub struct MatchSegment {
    facets: SegmentFacets,
}

impl SegmentCollector for MatchSegment {
    type Fruit = (Cell, Counted);

    fn collect(&mut self, doc: DocId, score: Score) {
        self.facets.collect(doc, score);
    }

    fn harvest(self) -> (Cell, Counted) {
        let matched = self.facets.matched;
        (matched, self.facets.harvest())
    }
}

impl Collector for MatchCounts {
    type Fruit = (Cell, Counted);
    type Child = MatchSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<MatchSegment> {
        let facets = FacetCells {
            packed: Some(self.packed.clone()),
        }
        .for_segment(segment, reader)?;
        Ok(MatchSegment { facets })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(Cell, Counted)>) -> tantivy::Result<(Cell, Counted)> {
        let mut matched = Cell::default();
        for (n, _) in &fruits {
            matched.add(*n);
        }
        let counted = FacetCells::default()
            .merge_fruits(fruits.into_iter().map(|(_, counted)| counted).collect())?;
        Ok((matched, counted))
    }

    fn collect_segment(
        &self,
        weight: &dyn tantivy::query::Weight,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<(Cell, Counted)> {
        let mut child = self.for_segment(segment, reader)?;
        let key = (
            reader.segment_id(),
            reader.num_deleted_docs(),
            self.key.clone(),
        );
        if let Some(kept) = self.packed.kept(&key) {
            child.facets.matched = kept.matched;
            for &(at, cell) in &kept.cells {
                if let Some(slot) = child.facets.cells.get_mut(at as usize) {
                    *slot = cell;
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
                .cells
                .iter()
                .enumerate()
                .filter(|(_, c)| c.n > 0)
                .map(|(at, c)| (at as u32, *c))
                .collect();
            self.packed.keep(
                key,
                Arc::new(SegmentCounts {
                    matched: child.facets.matched,
                    cells,
                }),
            );
        }
        Ok(child.harvest())
    }
}

pub struct SegmentFacets {
    readers: Vec<tantivy::fastfield::FacetReader>,
    keys: Column<u64>,
    packed: Option<Arc<SegmentOrds>>,
    /// The packed facets that have values, ready to be read off a document's words.
    lanes: Vec<Lane>,
    /// Cells by (facet, ord) in one array, facet `i` from `offsets[i]`. Ords are named
    /// only at harvest, and only those counted.
    cells: Vec<Cell>,
    offsets: Vec<usize>,
    matched: Cell,
    seen: Vec<u64>,
}

/// One facet's place in the packed words, with its mask and where its cells start.
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

impl Collector for FacetCells {
    type Fruit = Counted;
    type Child = SegmentFacets;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacets> {
        let readers = super::schema::FACETS
            .iter()
            .map(|name| reader.facet_reader(name))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let mut offsets = Vec::with_capacity(readers.len() + 1);
        let mut size = 0;
        for r in &readers {
            offsets.push(size);
            size += r.num_facets();
        }
        offsets.push(size);
        let packed = self
            .packed
            .as_ref()
            .and_then(|p| p.get(reader.segment_id()));
        let lanes = (0..readers.len())
            .filter_map(|at| {
                let packed = packed.as_ref()?;
                Lane::of(packed.places.get(at)?, *offsets.get(at)?)
            })
            .collect();
        Ok(SegmentFacets {
            readers,
            keys: reader.fast_fields().u64(KEY_FIELD)?,
            packed,
            lanes,
            cells: vec![Cell::default(); size],
            offsets,
            matched: Cell::default(),
            seen: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counted>) -> tantivy::Result<Counted> {
        let mut out = Counted::new();
        for fruit in fruits {
            for (facet, values) in fruit {
                let into = out.entry(facet).or_default();
                for (value, cell) in values {
                    into.entry(value).or_default().add(cell);
                }
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentFacets {
    type Fruit = Counted;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(packed) = &self.packed {
            let at = doc as usize * packed.words_per_doc;
            let Some(words) = packed.words.get(at..at + packed.words_per_doc) else {
                return;
            };
            let key = packed.keys.get(doc as usize).copied().unwrap_or(0);
            self.matched.count(key);
            for lane in &self.lanes {
                let mut value = words
                    .get(lane.word)
                    .map_or(0, |w| (w >> lane.shift) & lane.mask);
                if lane.set {
                    while value != 0 {
                        let ord = value.trailing_zeros() as usize;
                        if let Some(cell) = self.cells.get_mut(lane.base + ord) {
                            cell.count(key);
                        }
                        value &= value - 1;
                    }
                } else if value > 0
                    && let Some(cell) = self.cells.get_mut(lane.base + value as usize - 1)
                {
                    cell.count(key);
                }
            }
            return;
        }
        let key = key_of(&self.keys, doc);
        self.matched.count(key);
        for (reader, base) in self.readers.iter().zip(&self.offsets) {
            // A document counts once per value, however often it carries it.
            self.seen.clear();
            self.seen.extend(reader.facet_ords(doc));
            self.seen.sort_unstable();
            self.seen.dedup();
            for &ord in &self.seen {
                if let Some(cell) = self.cells.get_mut(base + ord as usize) {
                    cell.count(key);
                }
            }
        }
    }

    fn harvest(self) -> Counted {
        let names = super::schema::FACETS;
        let mut out = Counted::new();
        for ((name, reader), range) in names.iter().zip(&self.readers).zip(self.offsets.windows(2))
        {
            let by_value = out.entry(*name).or_default();
            for (ord, cell) in self.cells[range[0]..range[1]].iter().enumerate() {
                if cell.n == 0 {
                    continue;
                }
                if let Some(value) = value_of(reader, ord as u64) {
                    by_value.entry(value).or_default().add(*cell);
                }
            }
        }
        out
    }
}

/// The matches of a query as one cell (the responses a search's filters select).
pub struct Selected;

pub struct SelectedSegment {
    keys: Column<u64>,
    cell: Cell,
}

impl SegmentCollector for SelectedSegment {
    type Fruit = Cell;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.cell.count(key_of(&self.keys, doc));
    }

    fn harvest(self) -> Cell {
        self.cell
    }
}

impl Collector for Selected {
    type Fruit = Cell;
    type Child = SelectedSegment;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SelectedSegment> {
        Ok(SelectedSegment {
            keys: reader.fast_fields().u64(KEY_FIELD)?,
            cell: Cell::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Cell>) -> tantivy::Result<Cell> {
        let mut out = Cell::default();
        for cell in fruits {
            out.add(cell);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tantivy::collector::Count;
    use tantivy::query::{AllQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;
    use tantivy::{Index, TantivyDocument, Term};

    /// A document as (unit, month, themes, record key).
    type Doc = (usize, usize, Vec<usize>, u32);

    /// The documents indexed; every seventh a commit, so there are several segments.
    fn index(docs: &[Doc]) -> tantivy::Result<(Index, super::super::schema::Fields)> {
        let (schema, fields) = super::super::schema::build();
        let index = Index::create_in_ram(schema);
        crate::text::analyze::register(index.tokenizers());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for (i, (unit, period, themes, key)) in docs.iter().enumerate() {
            let mut doc = TantivyDocument::default();
            doc.add_u64(fields.id, i as u64);
            doc.add_u64(fields.key, u64::from(*key));
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

    /// The plain way: every document's values and key, added up (for `unit`: only
    /// those of that unit).
    fn expected(docs: &[Doc], unit: Option<usize>) -> Counted {
        let mut out = Counted::new();
        for (u, period, themes, key) in docs.iter().filter(|d| unit.is_none_or(|u| d.0 == u)) {
            let mut count = |name: &'static str, value: String| {
                out.entry(name)
                    .or_default()
                    .entry(value)
                    .or_default()
                    .count(*key);
            };
            count("unit", format!("u{u}"));
            count("period", format!("2026-{:02}", period + 1));
            let themes: std::collections::BTreeSet<_> = themes.iter().collect();
            for t in themes {
                count("theme", format!("t{t}"));
            }
        }
        out
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
            doc.add_u64(fields.key, i * 1_000_003);
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
        let counted =
            |searcher: &Searcher| -> tantivy::Result<((Cell, Counted), (usize, Counted))> {
                let kept = searcher.search(
                    &AllQuery,
                    &MatchCounts {
                        packed: packed.clone(),
                        key: "all".into(),
                        keep_from_docs: 0,
                    },
                )?;
                let fresh = searcher.search(&AllQuery, &(Count, FacetCells::default()))?;
                Ok((kept, fresh))
            };
        let searcher = reader.searcher();
        let (first, fresh) = counted(&searcher)?;
        assert_eq!((first.0.n as usize, &first.1), (fresh.0, &fresh.1));
        assert_eq!(first.0, searcher.search(&AllQuery, &Selected)?);
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
        assert_eq!(after.0.n, 57);
        let keys: u64 = (0..60u64)
            .filter(|i| ![0, 25, 59].contains(i))
            .map(|i| i * 1_000_003)
            .sum();
        assert_eq!(
            after.0.key, keys as u32,
            "the key sum follows the deletions too"
        );
        assert_eq!((after.0.n as usize, &after.1), (fresh.0, &fresh.1));
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]

        /// One pass counts and sums the keys as adding up every document does, from the
        /// columns and from the packed ords, for every document and for some.
        #[test]
        fn one_pass_equals_adding_up_each_document(
            docs in proptest::collection::vec((0usize..4, 0usize..5, proptest::collection::vec(0usize..3, 0..3), any::<u32>()), 1..40)
        ) {
            let fail = |e: tantivy::TantivyError| TestCaseError::fail(e.to_string());
            let (index, fields) = index(&docs).map_err(fail)?;
            let searcher = index.reader().map_err(fail)?.searcher();
            let mut ours = searcher.search(&AllQuery, &FacetCells::default()).map_err(fail)?;
            ours.retain(|_, values| !values.is_empty());
            let plain = expected(&docs, None);
            prop_assert_eq!(&ours, &plain);
            // The same from the packed ords the warmer reads.
            let packed = Arc::new(PackedOrds::default());
            tantivy::Warmer::warm(&*packed, &searcher).map_err(fail)?;
            prop_assert!(packed.heap_bytes() > 0);
            let mut from_packed = searcher
                .search(&AllQuery, &FacetCells { packed: Some(packed.clone()) })
                .map_err(fail)?;
            from_packed.retain(|_, values| !values.is_empty());
            prop_assert_eq!(from_packed, plain);
            // And for a query that matches some documents only.
            let unit = TermQuery::new(
                Term::from_facet(fields.facet("unit").expect("unit"), &Facet::from_path(["u0"])),
                IndexRecordOption::Basic,
            );
            let mut columns = searcher.search(&unit, &FacetCells::default()).map_err(fail)?;
            columns.retain(|_, values| !values.is_empty());
            let mut from_packed = searcher.search(&unit, &FacetCells { packed: Some(packed) }).map_err(fail)?;
            from_packed.retain(|_, values| !values.is_empty());
            prop_assert_eq!(&from_packed, &columns);
            prop_assert_eq!(columns, expected(&docs, Some(0)));
        }
    }
}
