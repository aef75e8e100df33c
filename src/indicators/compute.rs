//! Indicator computation. One query builds a cube: for every (month, unit, language,
//! role, survey, indicator), how many respondents answered and how many of them were
//! positive (a respondent counts once per indicator, positive when every answer they
//! gave to its questions is). Every breakdown, filter and period grain is then a sum
//! over the cube, and disclosure control works on the summed cells.
use super::disclosure::{self, Hidden, Tally};
use super::{Indicator, IndicatorCatalogue};
use crate::catalogue::{Catalogue, QuestionKind};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};
use std::collections::BTreeMap;

pub use super::cube::{Cube, CubeCache, CubeRow, NO_ROLE, next_cube_seq};

/// What a result is broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    All,
    Period,
    Unit,
    ServiceKind,
    District,
    Zone,
    Lang,
    Role,
    Audience,
}

impl Dimension {
    pub const NAMES: [&'static str; 8] = [
        "period",
        "unit",
        "service_kind",
        "district",
        "zone",
        "lang",
        "role",
        "audience",
    ];

    pub fn parse(s: &str) -> Option<Dimension> {
        Some(match s {
            "" | "all" => Dimension::All,
            "period" => Dimension::Period,
            "unit" => Dimension::Unit,
            "service_kind" => Dimension::ServiceKind,
            "district" => Dimension::District,
            "zone" => Dimension::Zone,
            "lang" => Dimension::Lang,
            "role" => Dimension::Role,
            "audience" => Dimension::Audience,
            _ => return None,
        })
    }
}

/// Length of a reporting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Month,
    Quarter,
    Year,
}

impl Grain {
    pub fn parse(s: &str) -> Option<Grain> {
        match s {
            "" | "month" => Some(Grain::Month),
            "quarter" => Some(Grain::Quarter),
            "year" => Some(Grain::Year),
            _ => None,
        }
    }

    /// The label of the period a month (YYYYMM) falls in.
    pub fn label(self, month: u32) -> String {
        let (year, m) = (month / 100, month % 100);
        match self {
            Grain::Month => format!("{year}-{m:02}"),
            Grain::Quarter => format!("{year}-Q{}", (m - 1) / 3 + 1),
            Grain::Year => format!("{year}"),
        }
    }
}

/// Filters on the respondents counted; `None` means all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// First and last month, YYYYMM, inclusive.
    pub from: Option<u32>,
    pub to: Option<u32>,
    pub unit: Option<String>,
    pub service_kind: Option<String>,
    pub district: Option<String>,
    pub zone: Option<String>,
    pub lang: Option<String>,
    pub role: Option<String>,
    pub audience: Option<String>,
}

/// The cube as one query over the answers, for rebuilding `indicator_cube`.
fn cube_from_answers_sql(catalogue: &Catalogue, seq: i64) -> Option<String> {
    let facts = respondent_facts(catalogue)?;
    Some(format!(
        "SELECT r.period, r.unit_id, r.lang, COALESCE(r.role, '{NO_ROLE}'), r.survey_id, \
                t.indicator, COUNT(*), SUM(t.pos), {seq}, \
                SUM(r.record_key), SUM(t.pos * r.record_key) \
         FROM {facts} t JOIN responses r ON r.id = t.rid \
         GROUP BY r.period, r.unit_id, r.lang, COALESCE(r.role, '{NO_ROLE}'), r.survey_id, t.indicator"
    ))
}

/// What the cube's sums depend on in the catalogue: which question counts for which
/// indicator, and its kind (which answers are positive).
fn fingerprint(catalogue: &Catalogue) -> String {
    use sha2::{Digest, Sha256};
    let mut parts: Vec<String> = catalogue
        .surveys
        .iter()
        .flat_map(|s| s.questions.iter())
        .filter_map(|q| {
            q.indicator
                .as_ref()
                .map(|i| format!("{}:{i}:{}", q.db_id, q.kind.as_str()))
        })
        .collect();
    parts.sort();
    // The cube's layout: a cube built before it kept key sums is rebuilt.
    parts.push("cell-keys-1".to_owned());
    Sha256::digest(parts.join(",").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(super) const CUBE_SETTING: &str = "indicator_cube_fingerprint";

/// Rebuilds `indicator_cube` from the answers when the catalogue's indicator questions
/// changed since it was built (or it never was). Runs under the outbox lock, so no
/// answer is stored half-way through. Returns whether it rebuilt.
pub async fn ensure_cube(db: &DatabaseConnection, catalogue: &Catalogue) -> Result<bool, DbErr> {
    use entity::prelude::Setting;
    use sea_orm::{ActiveValue::Set, EntityTrait};
    let wanted = fingerprint(catalogue);
    if Setting::find_by_id(CUBE_SETTING)
        .one(db)
        .await?
        .is_some_and(|s| s.value == wanted)
    {
        return Ok(false);
    }
    let txn = crate::db::begin_write(db).await?;
    crate::intake::order_outbox(&txn).await?;
    let backend = txn.get_database_backend();
    // Change numbers keep rising across a rebuild (the fingerprint tells caches to reread).
    let seq = next_cube_seq(&txn).await?;
    txn.execute_raw(Statement::from_string(
        backend,
        "DELETE FROM indicator_cube",
    ))
    .await?;
    if let Some(select) = cube_from_answers_sql(catalogue, seq) {
        txn.execute_raw(Statement::from_string(
            backend,
            format!(
                "INSERT INTO indicator_cube (period, unit_id, lang, role, survey_id, indicator, n, positive, seq, key_n, key_positive) {select}"
            ),
        ))
        .await?;
    }
    Setting::delete_by_id(CUBE_SETTING).exec(&txn).await?;
    Setting::insert(entity::setting::ActiveModel {
        key: Set(CUBE_SETTING.to_owned()),
        value: Set(wanted),
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// The per-respondent facts as a subquery `(rid, indicator, pos)`: one row per
/// respondent and indicator, pos 1 when every answer they gave to it is positive. Codes
/// and ids come from our own catalogue (never from a request), and only plain ones pass.
pub fn respondent_facts(catalogue: &Catalogue) -> Option<String> {
    let mut indicator_of = Vec::new();
    let mut positive_when = Vec::new();
    let mut ids = Vec::new();
    for q in catalogue.surveys.iter().flat_map(|s| s.questions.iter()) {
        let Some(code) = &q.indicator else { continue };
        if !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        let Some(values) = positive_values(q.kind) else {
            continue;
        };
        // Fixed literals from `positive_values`, never request input.
        let positive = format!(
            "({})",
            values
                .iter()
                .map(|v| format!("'{v}'"))
                .collect::<Vec<_>>()
                .join(",")
        );
        indicator_of.push(format!("WHEN {} THEN '{code}'", q.db_id));
        positive_when.push(format!(
            "(a.question_id = {} AND a.value IN {positive})",
            q.db_id
        ));
        ids.push(q.db_id.to_string());
    }
    if ids.is_empty() {
        return None;
    }
    let indicator = format!("CASE a.question_id {} END", indicator_of.join(" "));
    Some(format!(
        "(SELECT a.response_id AS rid, {indicator} AS indicator, \
                 MIN(CASE WHEN {} THEN 1 ELSE 0 END) AS pos \
          FROM answers a WHERE a.question_id IN ({}) AND a.value NOT IN ({}) \
          GROUP BY a.response_id, {indicator})",
        positive_when.join(" OR "),
        ids.join(","),
        NEITHER
            .iter()
            .map(|v| format!("'{v}'"))
            .collect::<Vec<_>>()
            .join(","),
    ))
}

/// The answers that count as positive for a question of `kind`; `None` for kinds no
/// indicator is computed from. The one rule, used by intake and by the SQL rebuild.
pub fn positive_values(kind: QuestionKind) -> Option<&'static [&'static str]> {
    match kind {
        QuestionKind::Scale5 => Some(&["4", "5"]),
        QuestionKind::Scale3 => Some(&["3"]),
        QuestionKind::YesNo => Some(&["yes"]),
        _ => None,
    }
}

/// Answers that count neither way: "does not apply to me", "I don't know", and a
/// yes/no question's "unsure". They are kept, and left out of the indicator's
/// denominator (counting them as "not positive" would read a family's "I can't say"
/// as "the help did not help").
pub const NEITHER: [&str; 2] = [crate::catalogue::NOT_APPLICABLE, "unsure"];

/// Whether `value` is a positive answer to a question of `kind`; `None` when it counts
/// neither way.
pub fn is_positive(kind: QuestionKind, value: &str) -> Option<bool> {
    if NEITHER.contains(&value) {
        return None;
    }
    positive_values(kind).map(|values| values.contains(&value))
}

/// (indicator, positive) for one respondent's answers: once per indicator, positive
/// when every answer to it is.
pub fn facts_of(catalogue: &Catalogue, answers: &[(i32, String)]) -> Vec<(String, bool)> {
    let mut out: BTreeMap<String, bool> = BTreeMap::new();
    for (question_id, value) in answers {
        let Some(q) = catalogue
            .surveys
            .iter()
            .flat_map(|s| s.questions.iter())
            .find(|q| q.db_id == *question_id)
        else {
            continue;
        };
        let (Some(code), Some(positive)) = (&q.indicator, is_positive(q.kind, value)) else {
            continue;
        };
        let entry = out.entry(code.clone()).or_insert(true);
        *entry = *entry && positive;
    }
    out.into_iter().collect()
}

/// One line of output.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IndicatorRow {
    pub indicator: String,
    pub group: String,
    pub n: Option<u64>,
    pub value: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub suppressed: bool,
    /// Why a row is suppressed.
    pub reason: Option<Hidden>,
    /// The row counts the month under way: a figure so far, not a whole period.
    pub so_far: bool,
}

/// The change from share `p1` of `n1` to `p2` of `n2` in percentage points (one
/// decimal), and whether it is larger than the noise (two-proportion z-test at 95 %).
pub fn change(p1: f64, n1: u64, p2: f64, n2: u64) -> (f64, bool) {
    let (n1, n2) = (n1.max(1) as f64, n2.max(1) as f64);
    let pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    let se = (pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)).sqrt();
    let z = if se > 0.0 { (p2 - p1) / se } else { 0.0 };
    (((p2 - p1) * 1000.0).round() / 10.0, z.abs() > 1.96)
}

/// The Wilson score interval (95 %) for `positive` of `n`.
pub fn wilson(positive: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let z = 1.959_963_984_540_054_f64;
    let n = n as f64;
    let p = positive as f64 / n;
    let denominator = 1.0 + z * z / n;
    let centre = (p + z * z / (2.0 * n)) / denominator;
    let half = z * ((p * (1.0 - p) / n) + z * z / (4.0 * n * n)).sqrt() / denominator;
    ((centre - half).max(0.0), (centre + half).min(1.0))
}

/// Four decimals, as every share is given.
pub fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The tally per month for every (indicator, group).
pub(super) type Months = BTreeMap<(String, String), BTreeMap<u32, Tally>>;

/// Each cell's months summed.
pub(super) fn totals(months: &Months) -> BTreeMap<(String, String), Tally> {
    months
        .iter()
        .map(|(key, by_month)| {
            let mut cell = Tally::default();
            by_month.values().for_each(|m| cell.add(*m));
            (key.clone(), cell)
        })
        .collect()
}

/// The periods of `grain` from month `from` to month `to` (YYYYMM, inclusive), each as
/// (label, first month, last month), clipped to the window.
pub fn periods(from: u32, to: u32, grain: Grain) -> Vec<(String, u32, u32)> {
    let mut out: Vec<(String, u32, u32)> = Vec::new();
    let mut m = from;
    while m <= to {
        let label = grain.label(m);
        match out.last_mut() {
            Some((last, _, end)) if *last == label => *end = m,
            _ => out.push((label, m, m)),
        }
        m = next_month(m);
    }
    out
}

/// The month under way in Oslo, YYYYMM.
pub fn this_month() -> u32 {
    use chrono::Datelike;
    let today = crate::clock::today();
    today.year().max(0) as u32 * 100 + today.month()
}

/// The month `count` months after `m`.
pub fn next_months(m: u32, count: u32) -> u32 {
    (0..count).fold(m, |m, _| next_month(m))
}

pub fn next_month(m: u32) -> u32 {
    if m % 100 == 12 {
        (m / 100 + 1) * 100 + 1
    } else {
        m + 1
    }
}

/// The month `count` months before `m`.
pub fn months_before(m: u32, count: u32) -> u32 {
    (0..count).fold(m, |m, _| previous_month(m))
}

/// The last whole month: where default views end, so that no figure is a month
/// half-way through without saying so.
pub fn last_whole_month() -> u32 {
    previous_month(this_month())
}

/// The end of a window asked for without one: the last whole month, or the month under
/// way when the window starts in it.
pub fn default_to(from: Option<u32>) -> u32 {
    let last = last_whole_month();
    match from {
        Some(from) if from > last => this_month(),
        _ => last,
    }
}

/// The first month of the twelve that end with `to`: the default window of pages.
pub fn year_to(to: u32) -> u32 {
    months_before(to, 11)
}

pub fn previous_month(m: u32) -> u32 {
    if m % 100 == 1 {
        (m / 100 - 1) * 100 + 12
    } else {
        m - 1
    }
}

/// Rows for every indicator with answers, by `by`, with disclosure control applied:
/// every cell goes through the cell-key model on its own (`disclosure::protect`), so no
/// other table, filter or window needs to be known to keep it safe.
pub fn compute(
    cube: &Cube,
    catalogue: &IndicatorCatalogue,
    filters: &Filters,
    by: Dimension,
    grain: Grain,
    only: &[String],
    k: u64,
) -> Vec<IndicatorRow> {
    let sums = cube.sums(filters, by, grain);
    let current = this_month();
    let reaches_now = filters
        .to
        .or(cube.last_month())
        .is_some_and(|to| to >= current);
    let current_period = grain.label(current);
    let mut rows = Vec::new();
    for indicator in catalogue
        .indicators
        .iter()
        .filter(|i| only.is_empty() || only.contains(&i.code))
    {
        for ((_, group), tally) in sums.iter().filter(|((code, _), _)| code == &indicator.code) {
            let mut row = row(indicator, group, disclosure::protect(*tally, k));
            row.so_far = reaches_now && (by != Dimension::Period || *group == current_period);
            rows.push(row);
        }
    }
    rows
}

fn row(
    indicator: &Indicator,
    group: &str,
    published: Result<disclosure::Published, Hidden>,
) -> IndicatorRow {
    let cell = match published {
        Ok(cell) => cell,
        Err(hidden) => {
            return IndicatorRow {
                indicator: indicator.code.clone(),
                group: group.to_owned(),
                n: None,
                value: None,
                ci_low: None,
                ci_high: None,
                suppressed: true,
                reason: Some(hidden),
                so_far: false,
            };
        }
    };
    let (low, high) = wilson(cell.positive, cell.n);
    IndicatorRow {
        indicator: indicator.code.clone(),
        group: group.to_owned(),
        n: Some(cell.n),
        value: Some(round(cell.share())),
        ci_low: Some(round(low)),
        ci_high: Some(round(high)),
        suppressed: false,
        reason: None,
        so_far: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn does_not_apply_and_dont_know_count_neither_way() {
        use crate::catalogue::QuestionKind;
        assert_eq!(is_positive(QuestionKind::Scale5, "na"), None);
        assert_eq!(is_positive(QuestionKind::YesNo, "unsure"), None);
        assert_eq!(is_positive(QuestionKind::YesNo, "no"), Some(false));
        assert_eq!(is_positive(QuestionKind::Scale5, "3"), Some(false));
        assert_eq!(is_positive(QuestionKind::Scale5, "4"), Some(true));
    }

    #[test]
    fn wilson_matches_known_values() {
        // 50 of 100: 0.4038 to 0.5962.
        let (low, high) = wilson(50, 100);
        assert!(
            (low - 0.4038).abs() < 1e-4 && (high - 0.5962).abs() < 1e-4,
            "{low} {high}"
        );
        // 0 of 10: 0 to 0.2775.
        let (low, high) = wilson(0, 10);
        assert!(
            low.abs() < 1e-9 && (high - 0.2775).abs() < 1e-4,
            "{low} {high}"
        );
        // 9 of 10: 0.5958 to 0.9821.
        let (low, high) = wilson(9, 10);
        assert!(
            (low - 0.5958).abs() < 1e-4 && (high - 0.9821).abs() < 1e-4,
            "{low} {high}"
        );
    }

    /// A cube of random answers over 4 units (2 districts, 2 zones, 2 kinds), 3
    /// languages, 3 roles, 2 audiences, 6 months and 2 indicators.
    fn random_cube() -> impl Strategy<Value = Cube> {
        proptest::collection::vec(
            (
                0u32..6,
                0i32..4,
                0usize..3,
                0usize..3,
                0i32..2,
                0usize..2,
                1u64..9,
                0u64..9,
                (any::<u32>(), any::<u32>()),
            ),
            0..60,
        )
        .prop_map(|cells| {
            let rows = cells
                .into_iter()
                .map(
                    |(
                        month,
                        unit,
                        lang,
                        role,
                        survey,
                        indicator,
                        n,
                        positive,
                        (key_n, key_positive),
                    )| CubeRow {
                        month: 202601 + month,
                        unit_id: unit,
                        lang: ["nb", "ti", "so"][lang].to_owned(),
                        role: ["mother", "father", NO_ROLE][role].to_owned(),
                        survey_id: survey,
                        indicator: ["V1", "V2"][indicator].to_owned(),
                        n,
                        positive: positive.min(n),
                        // Keys of no respondents sum to nothing.
                        key_n: if n == 0 { 0 } else { key_n },
                        key_positive: if positive.min(n) == 0 {
                            0
                        } else {
                            key_positive
                        },
                    },
                )
                .collect();
            let (units, audiences) = crate::indicators::cube::tests::places();
            Cube::from_rows(rows, units, audiences)
        })
    }

    fn random_filters() -> impl Strategy<Value = Filters> {
        let pick = |values: &'static [&'static str]| {
            proptest::option::weighted(
                0.3,
                proptest::sample::select(values).prop_map(str::to_owned),
            )
        };
        (
            proptest::option::of(0u32..6),
            proptest::option::of(0u32..6),
            pick(&["u0", "u1", "u2", "u3"]),
            pick(&["school", "health"]),
            pick(&["east", "west"]),
            pick(&["z1", "z2"]),
            pick(&["nb", "ti", "so"]),
            pick(&["mother", "father", NO_ROLE]),
            pick(&["parent", "youth_13_18"]),
        )
            .prop_map(
                |(a, b, unit, service_kind, district, zone, lang, role, audience)| {
                    let (from, to) = match (a, b) {
                        (Some(a), Some(b)) => (Some(202601 + a.min(b)), Some(202601 + a.max(b))),
                        (a, b) => (a.map(|m| 202601 + m), b.map(|m| 202601 + m)),
                    };
                    Filters {
                        from,
                        to,
                        unit,
                        service_kind,
                        district,
                        zone,
                        lang,
                        role,
                        audience,
                    }
                },
            )
    }

    fn random_view() -> impl Strategy<Value = (Dimension, Grain)> {
        (
            proptest::sample::select(Dimension::NAMES.to_vec()),
            proptest::sample::select(vec![Grain::Month, Grain::Quarter, Grain::Year]),
        )
            .prop_map(|(by, grain)| (Dimension::parse(by).unwrap_or(Dimension::All), grain))
    }

    fn two_indicators() -> IndicatorCatalogue {
        let indicator = |code: &str| Indicator {
            code: code.to_owned(),
            area: "voice".to_owned(),
            plan: String::new(),
            outcome: None,
            names: BTreeMap::new(),
            core: false,
        };
        IndicatorCatalogue {
            indicators: vec![indicator("V1"), indicator("V2")],
        }
    }

    /// Shown cells as (n, positive) by (indicator, group).
    fn shown(rows: &[IndicatorRow]) -> BTreeMap<(String, String), (u64, u64)> {
        rows.iter()
            .filter_map(|r| {
                let (n, value) = (r.n?, r.value?);
                Some((
                    (r.indicator.clone(), r.group.clone()),
                    (n, (value * n as f64).round() as u64),
                ))
            })
            .collect()
    }

    /// The filters with one of them removed: a query that holds this one.
    fn without_each(filters: &Filters) -> Vec<Filters> {
        let mut out = Vec::new();
        macro_rules! drop_one {
            ($($field:ident),*) => {
                $(
                    if filters.$field.is_some() {
                        out.push(Filters { $field: None, ..filters.clone() });
                    }
                )*
            };
        }
        drop_one!(
            unit,
            service_kind,
            district,
            zone,
            lang,
            role,
            audience,
            from,
            to
        );
        out
    }

    /// What an attacker who knows the method learns of a hidden group from two
    /// published counts, the wider `wide` and the narrower `narrow`: every count that
    /// noise of at most `MAX_NOISE` on each could explain, among those a hidden cell can
    /// have (1 ..= k - 1 + MAX_NOISE). The group's count follows only if one is left.
    fn candidates(wide: u64, narrow: u64, k: u64) -> Vec<u64> {
        let d = wide as i64 - narrow as i64;
        let spread = 2 * disclosure::MAX_NOISE;
        (1..k as i64 + disclosure::MAX_NOISE)
            .filter(|x| (x - d).abs() <= spread)
            .map(|x| x as u64)
            .collect()
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// For random data and random filters: no shown cell is a group under k, every
        /// share is within 0..=1 inside its interval, every count within the noise of
        /// the truth; and for any two published cells one inside the other (a filter
        /// dropped, a wider window), the difference of the counts or of the positive
        /// answers never tells a hidden group's exact size when it is under k.
        #[test]
        fn no_published_pair_reveals_a_small_group(
            cube in random_cube(),
            filters in random_filters(),
            (by, grain) in random_view(),
            k in proptest::sample::select(vec![5u64, 10]),
        ) {
            let catalogue = two_indicators();
            let rows = compute(&cube, &catalogue, &filters, by, grain, &[], k);
            let raw = cube.raw_sums(&filters, by, grain);
            for row in &rows {
                let truth = raw[&(row.indicator.clone(), row.group.clone())];
                if row.suppressed {
                    prop_assert!(row.n.is_none() && row.value.is_none() && row.ci_low.is_none());
                    continue;
                }
                let (n, value) = (row.n.unwrap_or(0), row.value.unwrap_or(-1.0));
                prop_assert!(truth.n >= k && n >= k, "shown {} (truly {})", n, truth.n);
                prop_assert!((n as i64 - truth.n as i64).abs() <= disclosure::MAX_NOISE);
                prop_assert!((0.0..=1.0).contains(&value));
                let (low, high) = (row.ci_low.unwrap_or(2.0), row.ci_high.unwrap_or(-1.0));
                prop_assert!(low <= value && value <= high, "{} outside {}..{}", value, low, high);
            }
            let here = shown(&rows);
            for wider in without_each(&filters) {
                let there = shown(&compute(&cube, &catalogue, &wider, by, grain, &[], k));
                let wide_raw = cube.raw_sums(&wider, by, grain);
                for (key, narrow) in &here {
                    let (Some(wide), Some(wide_truth)) = (there.get(key), wide_raw.get(key)) else {
                        continue;
                    };
                    let truth = raw[key];
                    for (w, nn, true_difference) in [
                        (wide.0, narrow.0, wide_truth.n - truth.n),
                        (wide.1, narrow.1, wide_truth.positive - truth.positive),
                    ] {
                        if true_difference > 0 && true_difference < k {
                            prop_assert!(candidates(w, nn, k) != vec![true_difference],
                                "{:?}: {} - {} tells {}", key, w, nn, true_difference);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn periods_have_labels_and_neighbours() {
        assert_eq!(Grain::Quarter.label(202611), "2026-Q4");
        assert_eq!(Grain::Year.label(202601), "2026");
        assert_eq!(next_month(202612), 202701);
        assert_eq!(previous_month(202701), 202612);
    }
}
