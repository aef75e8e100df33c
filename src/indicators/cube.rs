//! The indicator cube in memory. Each process holds the whole cube once, compactly
//! (codes interned, 28 bytes a cell), and keeps it current by reading only the cells
//! changed since it last looked: every write stamps the cells it changes with the next
//! change number (`indicator_cube.seq`). A request takes a snapshot (a few `Arc`s) and
//! sums over it; a breakdown is a pass over integers into a dense table, not a string
//! map. At a million answers the cube has about a million cells, and a reread of all of
//! them per change (what this replaced) cost seconds and gigabytes under load.
use super::compute::{Dimension, Filters, Grain, Months};
use super::disclosure::Tally;
use crate::catalogue::Catalogue;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// One cell of the cube, as read from the table or made in a test.
#[derive(Debug, Clone)]
pub struct CubeRow {
    pub month: u32,
    pub unit_id: i32,
    pub lang: String,
    pub role: String,
    pub survey_id: i32,
    pub indicator: String,
    pub n: u64,
    pub positive: u64,
    /// Sums of the record keys (mod 2^32) of the respondents and of the positive ones.
    pub key_n: u32,
    pub key_positive: u32,
}

/// A cell in memory: the text codes as indexes into [`Codes`].
#[derive(Debug, Clone, Copy)]
struct Cell {
    month: u32,
    unit_id: i32,
    survey_id: i32,
    lang: u16,
    role: u16,
    indicator: u16,
    n: u32,
    positive: u32,
    key_n: u32,
    key_positive: u32,
}

/// What a cell counts, as a changed cell keeps it.
type Counts = (u32, u32, u32, u32);

/// A cell's place; cells are kept sorted by it (month first, so a window is a range).
type Key = (u32, i32, u16, u16, i32, u16);

impl Cell {
    fn counts(&self) -> Counts {
        (self.n, self.positive, self.key_n, self.key_positive)
    }

    fn set_counts(&mut self, (n, positive, key_n, key_positive): Counts) {
        self.n = n;
        self.positive = positive;
        self.key_n = key_n;
        self.key_positive = key_positive;
    }

    fn tally(&self) -> Tally {
        Tally {
            n: u64::from(self.n),
            positive: u64::from(self.positive),
            key_n: self.key_n,
            key_positive: self.key_positive,
        }
    }

    fn key(&self) -> Key {
        (
            self.month,
            self.unit_id,
            self.lang,
            self.role,
            self.survey_id,
            self.indicator,
        )
    }
}

/// Interned text codes; an index never changes once given.
#[derive(Debug, Clone, Default)]
struct Table {
    names: Vec<String>,
    index: HashMap<String, u16>,
}

impl Table {
    fn intern(&mut self, name: &str) -> Option<u16> {
        if let Some(&i) = self.index.get(name) {
            return Some(i);
        }
        let i = u16::try_from(self.names.len()).ok()?;
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), i);
        Some(i)
    }

    fn get(&self, name: &str) -> Option<u16> {
        self.index.get(name).copied()
    }

    fn name(&self, i: u16) -> &str {
        self.names.get(usize::from(i)).map_or("", String::as_str)
    }
}

#[derive(Debug, Clone, Default)]
struct Codes {
    langs: Table,
    roles: Table,
    indicators: Table,
}

impl Codes {
    /// The cell of `row` when every code in it is known already.
    fn known(&self, row: &CubeRow) -> Option<Cell> {
        let codes = (
            self.langs.get(&row.lang)?,
            self.roles.get(&row.role)?,
            self.indicators.get(&row.indicator)?,
        );
        Some(Cell::of(row, codes))
    }

    /// The cell of `row`, giving its new codes an index.
    fn cell(&mut self, row: &CubeRow) -> Option<Cell> {
        let codes = (
            self.langs.intern(&row.lang)?,
            self.roles.intern(&row.role)?,
            self.indicators.intern(&row.indicator)?,
        );
        Some(Cell::of(row, codes))
    }
}

impl Cell {
    /// `row` with its (language, role, indicator) codes.
    fn of(row: &CubeRow, (lang, role, indicator): (u16, u16, u16)) -> Cell {
        Cell {
            month: row.month,
            unit_id: row.unit_id,
            survey_id: row.survey_id,
            lang,
            role,
            indicator,
            n: u32::try_from(row.n).unwrap_or(u32::MAX),
            positive: u32::try_from(row.positive).unwrap_or(u32::MAX),
            key_n: row.key_n,
            key_positive: row.key_positive,
        }
    }
}

/// A consistent view of the cells: a large sorted base shared by every snapshot, the
/// base cells changed since (by position) and cells new since.
#[derive(Debug, Clone)]
struct Cells {
    base: Arc<Vec<Cell>>,
    changed: Arc<Vec<(u32, Counts)>>,
    added: Arc<Vec<Cell>>,
    codes: Arc<Codes>,
    /// The same cells summed over language, role and survey: a few percent of them,
    /// and all a breakdown needs that neither filters nor groups by those.
    coarse: Arc<Vec<Cell>>,
}

/// A coarse cell's place: month, unit, indicator.
type CoarseKey = (u32, i32, u16);

/// Coarse sums kept as cells change: respondents, positive ones, and their key sums.
type Coarse = BTreeMap<CoarseKey, CoarseSum>;

#[derive(Debug, Clone, Copy, Default)]
struct CoarseSum {
    n: i64,
    positive: i64,
    key_n: u32,
    key_positive: u32,
}

impl CoarseSum {
    /// Adds `now` and takes away `before` (what a changed cell held).
    fn change(&mut self, now: Counts, before: Counts) {
        self.n += i64::from(now.0) - i64::from(before.0);
        self.positive += i64::from(now.1) - i64::from(before.1);
        self.key_n = self.key_n.wrapping_add(now.2).wrapping_sub(before.2);
        self.key_positive = self.key_positive.wrapping_add(now.3).wrapping_sub(before.3);
    }
}

fn coarse_of<'a>(cells: impl Iterator<Item = &'a Cell>) -> Coarse {
    let mut coarse = Coarse::new();
    for c in cells {
        let sum = coarse.entry((c.month, c.unit_id, c.indicator)).or_default();
        sum.change(c.counts(), (0, 0, 0, 0));
    }
    coarse
}

/// Coarse sums as cells (no language, role or survey), in key order.
fn coarse_cells(coarse: &Coarse) -> Vec<Cell> {
    coarse
        .iter()
        .filter(|(_, sum)| sum.n > 0)
        .map(|(&(month, unit_id, indicator), sum)| Cell {
            month,
            unit_id,
            survey_id: -1,
            lang: 0,
            role: 0,
            indicator,
            n: u32::try_from(sum.n).unwrap_or(u32::MAX),
            positive: u32::try_from(sum.positive.max(0)).unwrap_or(u32::MAX),
            key_n: sum.key_n,
            key_positive: sum.key_positive,
        })
        .collect()
}

impl Cells {
    fn from_rows(rows: &[CubeRow]) -> Cells {
        let mut codes = Codes::default();
        let mut base: Vec<Cell> = rows.iter().filter_map(|r| codes.cell(r)).collect();
        base.sort_unstable_by_key(Cell::key);
        Cells::new(codes, base)
    }

    /// The cells of a sorted base, with their coarse sums.
    fn new(codes: Codes, base: Vec<Cell>) -> Cells {
        let coarse = coarse_cells(&coarse_of(base.iter()));
        Cells {
            base: Arc::new(base),
            changed: Arc::default(),
            added: Arc::default(),
            codes: Arc::new(codes),
            coarse: Arc::new(coarse),
        }
    }

    /// The coarse cells as a view of their own.
    fn coarse(&self) -> Cells {
        Cells {
            base: Arc::clone(&self.coarse),
            changed: Arc::default(),
            added: Arc::default(),
            codes: Arc::clone(&self.codes),
            coarse: Arc::default(),
        }
    }

    /// Calls `f` on every cell with respondents whose month is in the window.
    fn each(&self, from: Option<u32>, to: Option<u32>, mut f: impl FnMut(&Cell)) {
        let base = &self.base;
        let lo = from.map_or(0, |m| base.partition_point(|c| c.month < m));
        let hi = to.map_or(base.len(), |m| base.partition_point(|c| c.month <= m));
        let changed = &self.changed;
        let mut next = changed.partition_point(|c| (c.0 as usize) < lo);
        for (i, cell) in base.iter().enumerate().take(hi).skip(lo) {
            let mut cell = *cell;
            if let Some(&(at, counts)) = changed.get(next)
                && at as usize == i
            {
                cell.set_counts(counts);
                next += 1;
            }
            if cell.n > 0 {
                f(&cell);
            }
        }
        let inside = |m: u32| from.is_none_or(|f| m >= f) && to.is_none_or(|t| m <= t);
        for cell in self.added.iter() {
            if cell.n > 0 && inside(cell.month) {
                f(cell);
            }
        }
    }

    /// The first and last month with cells (None when empty).
    fn span(&self) -> Option<(u32, u32)> {
        let months = self
            .base
            .first()
            .into_iter()
            .chain(self.base.last())
            .chain(self.added.iter())
            .map(|c| c.month);
        months.fold(None, |acc, m| match acc {
            None => Some((m, m)),
            Some((lo, hi)) => Some((lo.min(m), hi.max(m))),
        })
    }
}

/// Months since year 0, so a span of months is a subtraction.
fn month_ordinal(month: u32) -> u32 {
    (month / 100) * 12 + (month % 100).saturating_sub(1)
}

/// Unit facts: (slug, service kind, district, zone).
type UnitFacts = (String, String, String, String);

/// The cube with what it needs to name groups.
#[derive(Debug, Clone)]
pub struct Cube {
    cells: Cells,
    /// unit id -> (unit slug, service kind, district, zone)
    units: BTreeMap<i32, UnitFacts>,
    /// survey id -> audience
    audiences: BTreeMap<i32, String>,
}

/// Role label for respondents who gave none.
pub const NO_ROLE: &str = "none";

/// Group names in first-seen order, each once.
#[derive(Default)]
struct Groups {
    names: Vec<String>,
    index: HashMap<String, u32>,
}

impl Groups {
    fn id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), i);
        i
    }
}

/// Most entries of the dense table a breakdown sums into (16 MB); beyond, a map.
const DENSE_LIMIT: usize = 1 << 20;

impl Cube {
    /// A cube of the given cells (tests and one-off reports).
    pub fn from_rows(
        rows: Vec<CubeRow>,
        units: BTreeMap<i32, UnitFacts>,
        audiences: BTreeMap<i32, String>,
    ) -> Cube {
        Cube {
            cells: Cells::from_rows(&rows),
            units,
            audiences,
        }
    }

    fn with_catalogue(cells: Cells, catalogue: &Catalogue) -> Cube {
        let units = catalogue
            .units
            .iter()
            .map(|u| {
                (
                    u.id,
                    (
                        u.slug.clone(),
                        u.service_kind.clone(),
                        u.district.clone(),
                        u.zone.clone().unwrap_or_else(|| "none".to_owned()),
                    ),
                )
            })
            .collect();
        let audiences = catalogue
            .surveys
            .iter()
            .map(|s| (s.id, s.audience.as_str().to_owned()))
            .collect();
        Cube {
            cells,
            units,
            audiences,
        }
    }

    /// Reads the cube from the database (all months when no window is given).
    pub async fn load(
        db: &DatabaseConnection,
        catalogue: &Catalogue,
        from: Option<u32>,
        to: Option<u32>,
    ) -> Result<Cube, DbErr> {
        let (codes, base) = read_cells(db, from, to).await?;
        Ok(Cube::with_catalogue(Cells::new(codes, base), catalogue))
    }

    /// The last month with answers, YYYYMM.
    pub fn last_month(&self) -> Option<u32> {
        self.cells.span().map(|(_, last)| last)
    }

    /// The tallies per (indicator, group) before disclosure control (for checks).
    pub fn raw_sums(
        &self,
        filters: &Filters,
        by: Dimension,
        grain: Grain,
    ) -> BTreeMap<(String, String), Tally> {
        self.sums(filters, by, grain)
    }

    /// The tallies per (indicator, group) under `filters`.
    pub(super) fn sums(
        &self,
        filters: &Filters,
        by: Dimension,
        grain: Grain,
    ) -> BTreeMap<(String, String), Tally> {
        super::compute::totals(&self.months(filters, by, grain))
    }

    /// Respondents per month for every (indicator, group) under `filters`.
    pub(super) fn months(&self, filters: &Filters, by: Dimension, grain: Grain) -> Months {
        let Some((view, mut groups)) = View::new(self, filters, by) else {
            return Months::new();
        };
        let coarse = filters.lang.is_none()
            && filters.role.is_none()
            && filters.audience.is_none()
            && !matches!(by, Dimension::Lang | Dimension::Role | Dimension::Audience);
        let coarse_view;
        let cells = if coarse {
            coarse_view = self.cells.coarse();
            &coarse_view
        } else {
            &self.cells
        };
        let Some((first, last)) = cells.span() else {
            return Months::new();
        };
        let first = filters.from.map_or(first, |f| f.max(first));
        let last = filters.to.map_or(last, |t| t.min(last));
        if first > last {
            return Months::new();
        }
        let codes = &self.cells.codes;
        // Periods are named as they come; cells come month by month, so one lookup each.
        let mut period_of: HashMap<u32, u32> = HashMap::new();
        let mut group_of_period = |month: u32, groups: &mut Groups| -> u32 {
            *period_of
                .entry(month)
                .or_insert_with(|| groups.id(&grain.label(month)))
        };
        let slots = (month_ordinal(last) - month_ordinal(first) + 1) as usize;
        let width = codes.indicators.names.len().max(1);
        let mut sums = Sums::new(width * view.group_count.max(1) * slots);
        let period = by == Dimension::Period;
        let mut last_month = (u32::MAX, 0u32);
        let first_ordinal = month_ordinal(first);
        cells.each(Some(first), Some(last), |cell| {
            let Some(group) = view.group(cell) else {
                return;
            };
            let group = if period {
                if last_month.0 != cell.month {
                    last_month = (cell.month, group_of_period(cell.month, &mut groups));
                }
                last_month.1
            } else {
                group
            };
            let slot = (month_ordinal(cell.month) - first_ordinal) as usize;
            let at = ((group as usize) * width + usize::from(cell.indicator)) * slots + slot;
            sums.add(at, cell.tally());
        });
        // Positions come in order: group, indicator, then month. Each (indicator, group)
        // is named and looked up once for all its months, not once a month (naming it
        // each time was over a third of a dashboard's time under load).
        let mut entries = Vec::new();
        sums.each(|at, tally| {
            let month = month_of_ordinal(first_ordinal + (at % slots) as u32);
            entries.push((at / slots, month, tally));
        });
        let mut out = Months::new();
        for run in entries.chunk_by(|a, b| a.0 == b.0) {
            let Some(&(rest, _, _)) = run.first() else {
                continue;
            };
            let (group, indicator) = (rest / width, rest % width);
            let key = (
                codes.indicators.name(indicator as u16).to_owned(),
                groups.names.get(group).cloned().unwrap_or_default(),
            );
            let by_month = out.entry(key).or_default();
            for &(_, month, tally) in run {
                by_month.entry(month).or_default().add(tally);
            }
        }
        out
    }
}

fn month_of_ordinal(ordinal: u32) -> u32 {
    (ordinal / 12) * 100 + ordinal % 12 + 1
}

/// Sums by position: a dense table when it is small enough, else a map.
enum Sums {
    Dense(Vec<Tally>),
    Sparse(HashMap<usize, Tally>),
}

impl Sums {
    fn new(size: usize) -> Sums {
        if size <= DENSE_LIMIT {
            Sums::Dense(vec![Tally::default(); size])
        } else {
            Sums::Sparse(HashMap::new())
        }
    }

    fn add(&mut self, at: usize, tally: Tally) {
        let cell = match self {
            Sums::Dense(v) => match v.get_mut(at) {
                Some(cell) => cell,
                None => return,
            },
            Sums::Sparse(m) => m.entry(at).or_default(),
        };
        cell.add(tally);
    }

    /// Calls `f` on every position with respondents, in order.
    fn each(&self, mut f: impl FnMut(usize, Tally)) {
        match self {
            Sums::Dense(v) => {
                for (at, tally) in v.iter().enumerate() {
                    if tally.n > 0 {
                        f(at, *tally);
                    }
                }
            }
            Sums::Sparse(m) => {
                let mut cells: Vec<(usize, Tally)> = m
                    .iter()
                    .filter(|(_, t)| t.n > 0)
                    .map(|(&at, &t)| (at, t))
                    .collect();
                cells.sort_unstable_by_key(|&(at, _)| at);
                for (at, tally) in cells {
                    f(at, tally);
                }
            }
        }
    }
}

/// A table by id of what `slot` says of each catalogue entry; ids the catalogue does
/// not have stay None.
fn by_id<T>(
    entries: &BTreeMap<i32, T>,
    mut slot: impl FnMut(&T) -> Option<u32>,
) -> Vec<Option<Option<u32>>> {
    let len = entries
        .keys()
        .next_back()
        .map_or(0, |&id| usize::try_from(id).map_or(0, |id| id + 1));
    let mut table = vec![None; len];
    for (&id, entry) in entries {
        if let Ok(i) = usize::try_from(id) {
            table[i] = Some(slot(entry));
        }
    }
    table
}

/// The filters and the grouping of one breakdown, as lookups by integer.
struct View {
    group_count: usize,
    /// By unit id: None for an id the catalogue does not have; Some(None) when the
    /// filters leave the unit out; else its group (for unit-level dimensions).
    units: Vec<Option<Option<u32>>>,
    unknown_unit: Option<u32>,
    surveys: Vec<Option<Option<u32>>>,
    unknown_survey: Option<u32>,
    lang: Option<u16>,
    role: Option<u16>,
    by: Dimension,
}

impl View {
    /// None when no cell can match (a filter names a language or role never answered).
    fn new(cube: &Cube, f: &Filters, by: Dimension) -> Option<(View, Groups)> {
        let codes = &cube.cells.codes;
        let wanted = |table: &Table, want: &Option<String>| -> Option<Option<u16>> {
            match want {
                None => Some(None),
                Some(w) => table.get(w).map(Some),
            }
        };
        let lang = wanted(&codes.langs, &f.lang)?;
        let role = wanted(&codes.roles, &f.role)?;
        let mut groups = Groups::default();
        // Languages and roles are their own groups, in code order.
        match by {
            Dimension::Lang => codes.langs.names.iter().for_each(|n| {
                groups.id(n);
            }),
            Dimension::Role => codes.roles.names.iter().for_each(|n| {
                groups.id(n);
            }),
            Dimension::All => {
                groups.id("all");
            }
            _ => {}
        }
        let matches = |want: &Option<String>, have: Option<&str>| {
            want.as_deref().is_none_or(|w| have == Some(w))
        };
        let unit_selected = |unit: Option<&UnitFacts>| {
            matches(&f.unit, unit.map(|u| u.0.as_str()))
                && matches(&f.service_kind, unit.map(|u| u.1.as_str()))
                && matches(&f.district, unit.map(|u| u.2.as_str()))
                && matches(&f.zone, unit.map(|u| u.3.as_str()))
        };
        let unit_group = |unit: Option<&UnitFacts>, groups: &mut Groups| -> u32 {
            let name = match by {
                Dimension::Unit => unit.map(|u| u.0.as_str()),
                Dimension::ServiceKind => unit.map(|u| u.1.as_str()),
                Dimension::District => unit.map(|u| u.2.as_str()),
                Dimension::Zone => unit.map(|u| u.3.as_str()),
                _ => return 0,
            };
            groups.id(name.unwrap_or_default())
        };
        let units = by_id(&cube.units, |facts| {
            unit_selected(Some(facts)).then(|| unit_group(Some(facts), &mut groups))
        });
        let unknown_unit = unit_selected(None).then(|| unit_group(None, &mut groups));
        let survey_selected =
            |audience: Option<&String>| matches(&f.audience, audience.map(String::as_str));
        let survey_group = |audience: Option<&String>, groups: &mut Groups| -> u32 {
            match by {
                Dimension::Audience => groups.id(audience.map_or("", String::as_str)),
                _ => 0,
            }
        };
        let surveys = by_id(&cube.audiences, |audience| {
            survey_selected(Some(audience)).then(|| survey_group(Some(audience), &mut groups))
        });
        let unknown_survey = survey_selected(None).then(|| survey_group(None, &mut groups));
        // A breakdown by period names its groups as it meets the months; allow for them.
        let group_count = match by {
            Dimension::Period => cube.cells.span().map_or(1, |(a, b)| {
                (month_ordinal(b).saturating_sub(month_ordinal(a)) + 1) as usize
            }),
            _ => groups.names.len(),
        };
        Some((
            View {
                group_count,
                units,
                unknown_unit,
                surveys,
                unknown_survey,
                lang,
                role,
                by,
            },
            groups,
        ))
    }

    /// The group of a cell that passes the filters.
    #[inline]
    fn group(&self, cell: &Cell) -> Option<u32> {
        if self.lang.is_some_and(|l| l != cell.lang) || self.role.is_some_and(|r| r != cell.role) {
            return None;
        }
        let slot = |table: &[Option<Option<u32>>], id: i32| {
            usize::try_from(id)
                .ok()
                .and_then(|i| table.get(i).copied())
                .flatten()
        };
        let unit = match slot(&self.units, cell.unit_id) {
            Some(known) => known?,
            None => self.unknown_unit?,
        };
        let survey = match slot(&self.surveys, cell.survey_id) {
            Some(known) => known?,
            None => self.unknown_survey?,
        };
        Some(match self.by {
            Dimension::Unit | Dimension::ServiceKind | Dimension::District | Dimension::Zone => {
                unit
            }
            Dimension::Audience => survey,
            Dimension::Lang => u32::from(cell.lang),
            Dimension::Role => u32::from(cell.role),
            Dimension::All | Dimension::Period => 0,
        })
    }
}

/// The cells with respondents in the window (all months when none is given), sorted.
/// Month by month, so a million rows are never all in flight at once.
async fn read_cells(
    db: &DatabaseConnection,
    from: Option<u32>,
    to: Option<u32>,
) -> Result<(Codes, Vec<Cell>), DbErr> {
    let mut codes = Codes::default();
    let mut base = Vec::new();
    for period in periods(db).await? {
        let Some(month) = crate::search::month_number(&period).map(|m| m as u32) else {
            continue;
        };
        if from.is_some_and(|f| month < f) || to.is_some_and(|t| month > t) {
            continue;
        }
        read_rows(db, "period = ? AND n > 0", period.into(), |row, _| {
            if let Some(cell) = codes.cell(&row) {
                base.push(cell);
            }
        })
        .await?;
    }
    base.sort_unstable_by_key(Cell::key);
    Ok((codes, base))
}

/// The months the table has cells in, as stored ("YYYY-MM").
async fn periods(db: &DatabaseConnection) -> Result<Vec<String>, DbErr> {
    let backend = db.get_database_backend();
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT DISTINCT period FROM indicator_cube ORDER BY period",
        ))
        .await?;
    rows.iter().map(|r| r.try_get_by_index(0)).collect()
}

/// Reads the cube rows matching `condition` (one `?` bound to `value`), with each
/// row's change number.
async fn read_rows(
    db: &DatabaseConnection,
    condition: &str,
    value: Value,
    mut each: impl FnMut(CubeRow, i64),
) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let condition = match backend {
        sea_orm::DbBackend::Postgres => condition.replace('?', "$1"),
        _ => condition.to_owned(),
    };
    let sql = format!(
        "SELECT period, unit_id, lang, role, survey_id, indicator, n, positive, seq, \
                key_n, key_positive \
         FROM indicator_cube WHERE {condition}"
    );
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(backend, sql, [value]))
        .await?;
    for row in rows {
        let period: String = row.try_get_by_index(0)?;
        let Some(month) = crate::search::month_number(&period) else {
            continue;
        };
        each(
            CubeRow {
                month: month as u32,
                unit_id: row.try_get_by_index(1)?,
                lang: row.try_get_by_index(2)?,
                role: row.try_get_by_index(3)?,
                survey_id: row.try_get_by_index(4)?,
                indicator: row.try_get_by_index(5)?,
                n: row.try_get_by_index::<i64>(6)?.max(0) as u64,
                positive: row.try_get_by_index::<i64>(7).unwrap_or(0).max(0) as u64,
                key_n: Tally::key_of_sum(row.try_get_by_index::<i64>(9)?),
                key_positive: Tally::key_of_sum(row.try_get_by_index::<i64>(10)?),
            },
            row.try_get_by_index::<i64>(8)?,
        );
    }
    Ok(())
}

/// The newest change number and the fingerprint of the cube's catalogue, in one query.
async fn version(db: &DatabaseConnection) -> Result<(i64, String), DbErr> {
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_string(
            backend,
            format!(
                "SELECT (SELECT COALESCE(MAX(seq), 0) FROM indicator_cube), \
                        (SELECT value FROM settings WHERE key = '{}')",
                super::compute::CUBE_SETTING
            ),
        ))
        .await?;
    Ok(match row {
        Some(row) => (
            row.try_get_by_index::<i64>(0)?,
            row.try_get_by_index::<Option<String>>(1)?
                .unwrap_or_default(),
        ),
        None => (0, String::new()),
    })
}

/// The next change number, inside a write transaction that holds the outbox order.
pub async fn next_cube_seq(txn: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let backend = txn.get_database_backend();
    let row = txn
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM indicator_cube",
        ))
        .await?;
    match row {
        Some(row) => row.try_get_by_index::<i64>(0),
        None => Ok(1),
    }
}

/// Cells changed since the base was built, before they are folded into it.
const FOLD_AT: usize = 50_000;

/// The cube as this process holds it.
struct Live {
    version: i64,
    fingerprint: String,
    base: Arc<Vec<Cell>>,
    changed: BTreeMap<u32, Counts>,
    added: BTreeMap<Key, Cell>,
    /// Shared with the snapshots; copied only when a new code comes (rarely).
    codes: Arc<Codes>,
    coarse: Coarse,
    snapshot: Option<Cells>,
}

impl Live {
    async fn read(db: &DatabaseConnection) -> Result<Live, DbErr> {
        let (version, fingerprint) = version(db).await?;
        let (codes, base) = read_cells(db, None, None).await?;
        let coarse = coarse_of(base.iter());
        // The version read before the cells: a cell changed while they were read is
        // read again by the next follow (its values are absolute, so twice is harmless).
        Ok(Live {
            version,
            fingerprint,
            base: Arc::new(base),
            changed: BTreeMap::new(),
            added: BTreeMap::new(),
            codes: Arc::new(codes),
            coarse,
            snapshot: None,
        })
    }

    /// Reads the cells changed since `self.version` and sets them.
    async fn follow(&mut self, db: &DatabaseConnection) -> Result<(), DbErr> {
        let mut rows = Vec::new();
        read_rows(db, "seq > ?", self.version.into(), |row, seq| {
            rows.push((row, seq))
        })
        .await?;
        self.apply(rows);
        Ok(())
    }

    /// Sets changed cells to their new values (absolute, so applying twice is harmless).
    fn apply(&mut self, rows: Vec<(CubeRow, i64)>) {
        if rows.is_empty() {
            return;
        }
        for (row, seq) in rows {
            self.version = self.version.max(seq);
            let known = self.codes.known(&row);
            let Some(cell) = known.or_else(|| Arc::make_mut(&mut self.codes).cell(&row)) else {
                continue;
            };
            let key = cell.key();
            let before = match self.base.binary_search_by_key(&key, Cell::key) {
                Ok(at) => {
                    let before =
                        self.changed.get(&(at as u32)).copied().unwrap_or_else(|| {
                            self.base.get(at).map_or((0, 0, 0, 0), Cell::counts)
                        });
                    self.changed.insert(at as u32, cell.counts());
                    before
                }
                Err(_) => self
                    .added
                    .insert(key, cell)
                    .map_or((0, 0, 0, 0), |c| c.counts()),
            };
            self.coarse
                .entry((cell.month, cell.unit_id, cell.indicator))
                .or_default()
                .change(cell.counts(), before);
        }
        if self.changed.len() + self.added.len() > FOLD_AT {
            self.fold();
        }
        self.snapshot = None;
    }

    /// Folds the changes into a new base.
    fn fold(&mut self) {
        let mut base: Vec<Cell> = self.base.as_ref().clone();
        for (&at, &counts) in &self.changed {
            if let Some(cell) = base.get_mut(at as usize) {
                cell.set_counts(counts);
            }
        }
        base.extend(self.added.values().copied());
        base.retain(|c| c.n > 0);
        base.sort_unstable_by_key(Cell::key);
        self.base = Arc::new(base);
        self.changed.clear();
        self.added.clear();
    }

    fn snapshot(&mut self) -> Cells {
        if let Some(cells) = &self.snapshot {
            return cells.clone();
        }
        let cells = Cells {
            base: Arc::clone(&self.base),
            changed: Arc::new(
                self.changed
                    .iter()
                    .map(|(&at, &counts)| (at, counts))
                    .collect(),
            ),
            added: Arc::new(self.added.values().copied().collect()),
            codes: Arc::clone(&self.codes),
            coarse: Arc::new(coarse_cells(&self.coarse)),
        };
        self.snapshot = Some(cells.clone());
        cells
    }
}

/// The cube held by this process, current to the newest change when asked (or up to
/// `max_age` old while answers keep coming). One request at a time brings it up to date;
/// the others wait for that and share it.
#[derive(Default)]
pub struct CubeCache {
    live: tokio::sync::Mutex<Option<Live>>,
    recent: std::sync::Mutex<Option<(std::time::Instant, Cells)>>,
    max_age: std::time::Duration,
}

impl CubeCache {
    /// A cache whose cube may be this old when answers keep coming (0: always current).
    pub fn with_max_age(max_age: std::time::Duration) -> CubeCache {
        CubeCache {
            max_age,
            ..CubeCache::default()
        }
    }

    pub async fn get(&self, db: &DatabaseConnection, catalogue: &Catalogue) -> Result<Cube, DbErr> {
        let asked = std::time::Instant::now();
        if !self.max_age.is_zero()
            && let Some(cells) = self.recent_since(asked.checked_sub(self.max_age))
        {
            return Ok(Cube::with_catalogue(cells, catalogue));
        }
        let mut live = self.live.lock().await;
        // Brought up to date by another request while this one waited, starting after
        // it was asked: every answer acknowledged before then is in it. Under load the
        // dashboards share one refresh instead of queueing for one each.
        if let Some(cells) = self.recent_since(Some(asked)) {
            return Ok(Cube::with_catalogue(cells, catalogue));
        }
        let started = std::time::Instant::now();
        let (newest, fingerprint) = version(db).await?;
        let current = live
            .as_ref()
            .is_some_and(|l| l.fingerprint == fingerprint && l.version <= newest);
        if !current {
            *live = Some(Live::read(db).await?);
        }
        let Some(live) = live.as_mut() else {
            return Err(DbErr::Custom("the indicator cube was not read".to_owned()));
        };
        if live.version < newest {
            live.follow(db).await?;
        }
        let cells = live.snapshot();
        if let Ok(mut recent) = self.recent.lock() {
            // When the refresh started: it holds everything stored before then.
            *recent = Some((started, cells.clone()));
        }
        Ok(Cube::with_catalogue(cells, catalogue))
    }

    /// The last cells read, if their refresh started at or after `since`.
    fn recent_since(&self, since: Option<std::time::Instant>) -> Option<Cells> {
        let since = since?;
        let recent = self.recent.lock().ok()?;
        let (at, cells) = recent.as_ref()?;
        (*at >= since).then(|| cells.clone())
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Units 0..4 (2 districts, 2 zones, 2 kinds) and surveys 0..2 (2 audiences); the
    /// random rows here also use units 4 and 5 and survey 2, which the catalogue lacks.
    pub(in crate::indicators) fn places() -> (BTreeMap<i32, UnitFacts>, BTreeMap<i32, String>) {
        let units = (0..4)
            .map(|i| {
                (
                    i,
                    (
                        format!("u{i}"),
                        ["school", "health"][(i % 2) as usize].to_owned(),
                        ["east", "west"][(i / 2) as usize].to_owned(),
                        ["z1", "z2"][((i + 1) / 2 % 2) as usize].to_owned(),
                    ),
                )
            })
            .collect();
        let audiences = [(0, "parent".to_owned()), (1, "youth_13_18".to_owned())].into();
        (units, audiences)
    }

    fn rows() -> impl Strategy<Value = Vec<CubeRow>> {
        proptest::collection::vec(
            (
                0u32..14,
                0i32..6,
                0usize..3,
                0usize..3,
                0i32..3,
                0usize..2,
                0u64..9,
                0u64..9,
                (any::<u32>(), any::<u32>()),
            ),
            0..80,
        )
        .prop_map(|cells| {
            cells
                .into_iter()
                .map(
                    |(
                        m,
                        unit,
                        lang,
                        role,
                        survey,
                        indicator,
                        n,
                        positive,
                        (key_n, key_positive),
                    )| CubeRow {
                        // Two months, a gap, then a year: periods that do not touch.
                        month: compute::next_months(202511, if m < 2 { m } else { m + 8 }),
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
                .collect()
        })
    }

    fn filters() -> impl Strategy<Value = Filters> {
        let pick = |values: &'static [&'static str]| {
            proptest::option::weighted(
                0.3,
                proptest::sample::select(values).prop_map(str::to_owned),
            )
        };
        (
            proptest::option::of(0u32..24),
            proptest::option::of(0u32..24),
            (pick(&["u0", "u1", "u2", "u3"]), pick(&["school", "health"])),
            (pick(&["east", "west"]), pick(&["z1", "z2", "none"])),
            pick(&["nb", "ti", "so", "ar"]),
            pick(&["mother", "father", NO_ROLE]),
            pick(&["parent", "youth_13_18"]),
        )
            .prop_map(
                |(a, b, (unit, service_kind), (district, zone), lang, role, audience)| {
                    let month = |m: u32| compute::next_months(202511, m);
                    Filters {
                        from: a.map(month),
                        to: b.map(month),
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

    use super::super::compute;

    /// The plain reading of the rules, cell by cell with names: what the fast sums
    /// must equal.
    fn reference(
        rows: &[CubeRow],
        units: &BTreeMap<i32, UnitFacts>,
        audiences: &BTreeMap<i32, String>,
        f: &Filters,
        by: Dimension,
        grain: Grain,
    ) -> Months {
        let matches = |want: &Option<String>, have: Option<&str>| {
            want.as_deref().is_none_or(|w| have == Some(w))
        };
        let mut out = Months::new();
        for row in rows.iter().filter(|r| r.n > 0) {
            let unit = units.get(&row.unit_id);
            let audience = audiences.get(&row.survey_id).map(String::as_str);
            let selected = f.from.is_none_or(|m| row.month >= m)
                && f.to.is_none_or(|m| row.month <= m)
                && matches(&f.unit, unit.map(|u| u.0.as_str()))
                && matches(&f.service_kind, unit.map(|u| u.1.as_str()))
                && matches(&f.district, unit.map(|u| u.2.as_str()))
                && matches(&f.zone, unit.map(|u| u.3.as_str()))
                && matches(&f.lang, Some(&row.lang))
                && matches(&f.role, Some(&row.role))
                && matches(&f.audience, audience);
            if !selected {
                continue;
            }
            let group = match by {
                Dimension::All => "all".to_owned(),
                Dimension::Period => grain.label(row.month),
                Dimension::Unit => unit.map(|u| u.0.clone()).unwrap_or_default(),
                Dimension::ServiceKind => unit.map(|u| u.1.clone()).unwrap_or_default(),
                Dimension::District => unit.map(|u| u.2.clone()).unwrap_or_default(),
                Dimension::Zone => unit.map(|u| u.3.clone()).unwrap_or_default(),
                Dimension::Lang => row.lang.clone(),
                Dimension::Role => row.role.clone(),
                Dimension::Audience => audience.unwrap_or_default().to_owned(),
            };
            out.entry((row.indicator.clone(), group))
                .or_default()
                .entry(row.month)
                .or_default()
                .add(Tally {
                    n: row.n,
                    positive: row.positive,
                    key_n: row.key_n,
                    key_positive: row.key_positive,
                });
        }
        out
    }

    /// The rows after later writes set some cells to new values.
    fn updated(base: &[CubeRow], changes: &[CubeRow]) -> Vec<CubeRow> {
        let key = |r: &CubeRow| {
            (
                r.month,
                r.unit_id,
                r.lang.clone(),
                r.role.clone(),
                r.survey_id,
                r.indicator.clone(),
            )
        };
        let mut cells: BTreeMap<_, CubeRow> = BTreeMap::new();
        for r in base.iter().chain(changes) {
            cells.insert(key(r), r.clone());
        }
        cells.into_values().collect()
    }

    /// A live cube built from `base` with `changes` applied in steps, folded or not.
    fn live(base: &[CubeRow], changes: &[CubeRow], fold: bool) -> Cells {
        let mut codes = Codes::default();
        // A table holds each cell once: the base as the database would give it.
        let first = updated(base, &[]);
        let mut cells: Vec<Cell> = first
            .iter()
            .filter(|r| r.n > 0)
            .filter_map(|r| codes.cell(r))
            .collect();
        cells.sort_unstable_by_key(Cell::key);
        let mut live = Live {
            version: 0,
            fingerprint: String::new(),
            coarse: coarse_of(cells.iter()),
            base: Arc::new(cells),
            changed: BTreeMap::new(),
            added: BTreeMap::new(),
            codes: Arc::new(codes),
            snapshot: None,
        };
        for (i, chunk) in changes.chunks(7).enumerate() {
            live.apply(chunk.iter().map(|r| (r.clone(), i as i64 + 1)).collect());
            // Snapshots taken between writes are cached, then dropped by the next one.
            let _ = live.snapshot();
        }
        if fold {
            live.fold();
        }
        live.snapshot()
    }

    const VIEWS: [Dimension; 9] = [
        Dimension::All,
        Dimension::Period,
        Dimension::Unit,
        Dimension::ServiceKind,
        Dimension::District,
        Dimension::Zone,
        Dimension::Lang,
        Dimension::Role,
        Dimension::Audience,
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// The integer sums equal the plain rules for every filter and breakdown,
        /// including units and surveys the catalogue no longer has.
        #[test]
        fn sums_match_the_plain_rules(
            rows in rows(),
            f in filters(),
            by in proptest::sample::select(VIEWS.to_vec()),
            grain in proptest::sample::select(vec![Grain::Month, Grain::Quarter, Grain::Year]),
        ) {
            let (units, audiences) = places();
            let table = updated(&rows, &[]);
            let cube = Cube::from_rows(table.clone(), units.clone(), audiences.clone());
            prop_assert_eq!(cube.months(&f, by, grain), reference(&table, &units, &audiences, &f, by, grain));
        }

        /// A cube kept current by changes (and folded or not) sums like one read anew.
        #[test]
        fn followed_cube_equals_a_fresh_one(
            base in rows(),
            changes in rows(),
            fold in any::<bool>(),
            f in filters(),
            by in proptest::sample::select(VIEWS.to_vec()),
        ) {
            let (units, audiences) = places();
            let followed = Cube { cells: live(&base, &changes, fold), units: units.clone(), audiences: audiences.clone() };
            let fresh = updated(&base, &changes);
            prop_assert_eq!(
                followed.months(&f, by, Grain::Month),
                reference(&fresh, &units, &audiences, &f, by, Grain::Month)
            );
        }
    }

    /// A breakdown names each (indicator, group) once for a run of positions, so both
    /// kinds of table must give positions in order.
    #[test]
    fn both_tables_give_positions_in_order() {
        let adds = [
            (7, 2, 1),
            (3, 1, 0),
            (9, 4, 4),
            (3, 2, 2),
            (0, 0, 0),
            (5, 1, 1),
        ];
        let mut dense = Sums::Dense(vec![Tally::default(); 10]);
        let mut sparse = Sums::Sparse(HashMap::new());
        for &(at, n, positive) in &adds {
            let tally = Tally {
                n,
                positive,
                key_n: 0,
                key_positive: 0,
            };
            dense.add(at, tally);
            sparse.add(at, tally);
        }
        let listed = |sums: &Sums| {
            let mut out = Vec::new();
            sums.each(|at, t| out.push((at, t.n, t.positive)));
            out
        };
        let expected = vec![(3, 3, 2), (5, 1, 1), (7, 2, 1), (9, 4, 4)];
        assert_eq!(listed(&dense), expected);
        assert_eq!(listed(&sparse), expected);
    }

    #[test]
    fn a_snapshot_does_not_see_later_writes() {
        let row = |n| CubeRow {
            month: 202601,
            unit_id: 0,
            lang: "nb".into(),
            role: NO_ROLE.into(),
            survey_id: 0,
            indicator: "V1".into(),
            n,
            positive: 0,
            key_n: 5,
            key_positive: 0,
        };
        let mut live = Live {
            version: 0,
            fingerprint: String::new(),
            base: Arc::default(),
            changed: BTreeMap::new(),
            added: BTreeMap::new(),
            codes: Arc::default(),
            coarse: Coarse::new(),
            snapshot: None,
        };
        live.apply(vec![(row(3), 1)]);
        let before = live.snapshot();
        live.apply(vec![(row(9), 2)]);
        let (units, audiences) = places();
        let total = |cells: Cells| {
            Cube {
                cells,
                units: units.clone(),
                audiences: audiences.clone(),
            }
            .sums(&Filters::default(), Dimension::All, Grain::Month)
            .values()
            .map(|c| c.n)
            .sum::<u64>()
        };
        assert_eq!(total(before), 3);
        assert_eq!(total(live.snapshot()), 9);
        assert_eq!(live.version, 2);
    }
}
