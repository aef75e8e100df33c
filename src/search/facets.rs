//! Facet counts by month in one pass over the matches. The k-rule needs, for every
//! facet value, its count and its counts in its first and last month (a window one
//! month shorter must not reveal a small group). Counting each month with its own
//! query cost a pass over the matches per month; this collector reads each matching
//! document's facets once and counts them under its month.
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use std::collections::BTreeMap;

/// facet -> value -> month ("YYYY-MM") -> count; only counts above zero.
pub type ByMonth = BTreeMap<&'static str, BTreeMap<String, BTreeMap<String, u64>>>;

/// Counts every facet of `super::schema::FACETS` by the document's month.
pub struct FacetsByMonth;

/// The facet the months come from.
const PERIOD: &str = "period";

pub struct SegmentFacets {
    readers: Vec<tantivy::fastfield::FacetReader>,
    /// Per facet: counts by (ord, month slot), the month slot last for "no month".
    /// Ords are named only at harvest, and only those counted.
    counts: Vec<Vec<u64>>,
    period_at: usize,
    months: usize,
    seen: Vec<u64>,
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
        let counts = readers
            .iter()
            .map(|r| vec![0u64; r.num_facets() * months])
            .collect();
        Ok(SegmentFacets {
            readers,
            counts,
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
        let slot = self
            .readers
            .get(self.period_at)
            .and_then(|r| r.facet_ords(doc).next())
            .map_or(self.months - 1, |o| o as usize);
        for (reader, counts) in self.readers.iter().zip(self.counts.iter_mut()) {
            // A document counts once per value, however often it carries it.
            self.seen.clear();
            self.seen.extend(reader.facet_ords(doc));
            self.seen.sort_unstable();
            self.seen.dedup();
            for &ord in &self.seen {
                if let Some(n) = counts.get_mut(ord as usize * self.months + slot) {
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
        for ((name, reader), counts) in names.iter().zip(&self.readers).zip(&self.counts) {
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
    use tantivy::collector::FacetCollector;
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

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]

        /// One pass by month counts what a query per month counts.
        #[test]
        fn one_pass_equals_a_query_per_month(
            docs in proptest::collection::vec((0usize..4, 0usize..5, proptest::collection::vec(0usize..3, 0..3)), 1..40)
        ) {
            let (index, fields) = index(&docs).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let searcher = index.reader().map_err(|e| TestCaseError::fail(e.to_string()))?.searcher();
            let mut ours = searcher.search(&AllQuery, &FacetsByMonth).map_err(|e| TestCaseError::fail(e.to_string()))?;
            ours.retain(|_, values| !values.is_empty());
            let plain = per_month(&index, &fields).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(ours, plain);
        }
    }
}
