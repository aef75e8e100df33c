//! The attack suite (issue "Disclosure control that holds against every table"): a
//! curious insider with a planner's token posts nothing, but asks every breakdown under
//! every single place, language and role filter and every one-month window of a data
//! set full of small groups, then subtracts every published figure from every other one
//! that holds it, and every table's shown cells from its total. The attacker knows the
//! method (docs/DISCLOSURE.md): every published count is the true one within
//! `MAX_NOISE`. A hidden group's count "follows" when the published figures leave it one
//! possible value; the suite fails on any, and prints how many differences it tried.
use crate::helpers::{TestApp, spawn_app};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use stemme::admin::Role;
use stemme::indicators::compute;
use stemme::indicators::disclosure::MAX_NOISE;

/// A set of atoms (month, unit, language, role) as bits.
type Atoms = [u64; 4];

fn contains(a: &Atoms, b: &Atoms) -> bool {
    a.iter().zip(b).all(|(x, y)| x & y == *y)
}

fn minus(a: &Atoms, b: &Atoms) -> Atoms {
    let mut out = *a;
    out.iter_mut().zip(b).for_each(|(x, y)| *x &= !y);
    out
}

fn is_empty(a: &Atoms) -> bool {
    a.iter().all(|x| *x == 0)
}

/// One published row: the atoms it counts, and what was shown.
#[derive(Debug, Clone)]
struct Published {
    atoms: Atoms,
    /// (n, positive) when shown.
    shown: Option<(u64, u64)>,
    reason: Option<String>,
}

/// The data set: each atom's true (n, positive).
struct World {
    months: Vec<u32>,
    units: Vec<(String, String, String, String)>, // slug, kind, district, zone
    langs: Vec<&'static str>,
    roles: Vec<Option<&'static str>>,
    truth: Vec<(u64, u64)>,
}

impl World {
    fn atom(&self, m: usize, u: usize, l: usize, r: usize) -> usize {
        ((m * self.units.len() + u) * self.langs.len() + l) * self.roles.len() + r
    }

    /// The atoms a filter, a window and a group select.
    fn select(&self, keep: impl Fn(usize, usize, usize, usize) -> bool) -> Atoms {
        let mut out = [0u64; 4];
        for m in 0..self.months.len() {
            for u in 0..self.units.len() {
                for l in 0..self.langs.len() {
                    for r in 0..self.roles.len() {
                        if keep(m, u, l, r) {
                            let i = self.atom(m, u, l, r);
                            out[i / 64] |= 1 << (i % 64);
                        }
                    }
                }
            }
        }
        out
    }

    fn count(&self, atoms: &Atoms) -> (u64, u64) {
        (0..self.truth.len())
            .filter(|i| atoms[i / 64] & (1 << (i % 64)) != 0)
            .fold((0, 0), |(n, p), i| {
                (n + self.truth[i].0, p + self.truth[i].1)
            })
    }
}

/// Stores the data set across two months, sixteen units, three languages and two roles:
/// large Bokmål groups beside many small Arabic and Tigrinya ones.
async fn post_small_groups(app: &TestApp, with_text: bool) -> World {
    let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
        .await
        .expect("catalogue")
        .get();
    let last = compute::last_whole_month();
    let months = vec![compute::previous_month(last), last];
    // Sixteen units spread over the districts, zones and kinds of service.
    let units: Vec<_> = catalogue
        .units
        .iter()
        .take(16)
        .map(|u| {
            (
                u.slug.clone(),
                u.service_kind.clone(),
                u.district.clone(),
                u.zone.clone().unwrap_or_else(|| "none".to_owned()),
            )
        })
        .collect();
    let mut world = World {
        months,
        units,
        langs: vec!["nb", "ar", "ti"],
        roles: vec![None, Some("parent")],
        truth: Vec::new(),
    };
    let mut rng = fastrand::Rng::with_seed(31);
    let sizes = [0u64, 0, 0, 1, 1, 2];
    for (m, &month) in world.months.iter().enumerate() {
        for u in 0..world.units.len() {
            for l in 0..world.langs.len() {
                for r in 0..world.roles.len() {
                    // Bokmål is the large group everywhere; Arabic and Tigrinya are
                    // the small groups a difference would give away.
                    let n = match (l, r) {
                        (0, 0) => rng.u64(8..=20),
                        (0, _) => rng.u64(3..=9),
                        _ => sizes[rng.usize(0..sizes.len())],
                    };
                    let positive = if rng.bool() { n } else { rng.u64(0..=n) };
                    assert_eq!(world.truth.len(), world.atom(m, u, l, r));
                    world.truth.push((n, positive));
                    let (unit, lang, role) = (&world.units[u].0, world.langs[l], world.roles[r]);
                    // With texts, every answer has one, so search counts what the
                    // indicators count.
                    let texts = vec![with_text.then(|| "tolk og ventetid".to_owned()); n as usize];
                    crate::published::stored_answers(
                        app,
                        unit,
                        lang,
                        role,
                        month,
                        &texts,
                        positive as usize,
                    )
                    .await;
                }
            }
        }
    }
    world
}

/// The attacker's view of a hidden remainder: the values its count can have given a
/// published difference `d` of `terms` published counts and what the hidden cells'
/// reasons say (`lo ..= hi`).
pub fn candidates(d: i64, terms: u64, lo: u64, hi: u64) -> BTreeSet<u64> {
    let spread = MAX_NOISE * terms as i64;
    let from = (d - spread).max(lo as i64).max(0);
    let to = (d + spread).min(hi as i64);
    (from..=to).map(|x| x as u64).collect()
}

#[tokio::test]
async fn no_hidden_group_follows_from_every_table_a_planner_can_ask_for() {
    let app = spawn_app().await;
    let world = post_small_groups(&app, false).await;
    let planner = app.token(Role::Planner).await;
    let k = u64::from(app.settings.min_cell);
    let label = |m: u32| compute::Grain::Month.label(m);

    // Every single filter: places, languages, roles.
    let mut filters: Vec<(String, String)> = vec![(String::new(), String::new())];
    let mut add = |name: &str, values: BTreeSet<String>| {
        filters.extend(values.into_iter().map(|v| (name.to_owned(), v)));
    };
    add("unit", world.units.iter().map(|u| u.0.clone()).collect());
    add(
        "service_kind",
        world.units.iter().map(|u| u.1.clone()).collect(),
    );
    add(
        "district",
        world.units.iter().map(|u| u.2.clone()).collect(),
    );
    add(
        "zone",
        world
            .units
            .iter()
            .map(|u| u.3.clone())
            .filter(|z| z != "none")
            .collect(),
    );
    add(
        "lang",
        world.langs.iter().map(|l| (*l).to_owned()).collect(),
    );
    add("role", ["parent".to_owned(), "none".to_owned()].into());
    let windows: Vec<(usize, usize)> = vec![(0, 0), (1, 1), (0, 1)];
    let dims = [
        "all",
        "period",
        "unit",
        "service_kind",
        "district",
        "zone",
        "lang",
        "role",
        "audience",
    ];

    let selects = |filter: &(String, String), (a, b): (usize, usize), by: &str, group: &str| {
        world.select(|m, u, l, r| {
            let unit = &world.units[u];
            let lang = world.langs[l];
            let role = world.roles[r].unwrap_or("none");
            let passes = match filter.0.as_str() {
                "unit" => unit.0 == filter.1,
                "service_kind" => unit.1 == filter.1,
                "district" => unit.2 == filter.1,
                "zone" => unit.3 == filter.1,
                "lang" => lang == filter.1,
                "role" => role == filter.1,
                _ => true,
            };
            let in_group = match by {
                "period" => label(world.months[m]) == group,
                "unit" => unit.0 == group,
                "service_kind" => unit.1 == group,
                "district" => unit.2 == group,
                "zone" => unit.3 == group,
                "lang" => lang == group,
                "role" => role == group,
                _ => true,
            };
            passes && (a..=b).contains(&m) && in_group
        })
    };

    // Ask everything; keep every published row with the atoms it counts.
    let mut tables: Vec<(Atoms, Vec<Published>)> = Vec::new();
    let mut queries = 0;
    for filter in &filters {
        for &(a, b) in &windows {
            for by in dims {
                let mut q = format!(
                    "indicator=V1&by={by}&from={}&to={}",
                    label(world.months[a]),
                    label(world.months[b])
                );
                if !filter.0.is_empty() {
                    q.push_str(&format!("&{}={}", filter.0, filter.1));
                }
                let (status, rows) = app
                    .get_as(&format!("/api/v1/indicators?{q}"), &planner)
                    .await;
                assert!(status.is_success(), "{q}: {status} {rows}");
                queries += 1;
                let mut table = Vec::new();
                for row in rows.as_array().into_iter().flatten() {
                    let group = row["group"].as_str().unwrap_or_default();
                    let atoms = selects(filter, (a, b), by, group);
                    let shown = match (row["n"].as_u64(), row["value"].as_f64()) {
                        (Some(n), Some(v)) => Some((n, (v * n as f64).round() as u64)),
                        _ => None,
                    };
                    table.push(Published {
                        atoms,
                        shown,
                        reason: row["reason"].as_str().map(str::to_owned),
                    });
                }
                let total = selects(filter, (a, b), "all", "");
                tables.push((total, table));
            }
        }
    }

    let tried = differences(&world, &tables, k, queries, true);
    assert!(tried >= 50, "the attack must have something to attack");
}

/// Checks every published row against the truth and subtracts every figure from every
/// other that holds it, and each table's shown cells from its total; fails on any hidden
/// group whose count follows. `reasons` says whether a hidden row is listed with its
/// reason (indicator tables) or left out (search facets, where a value missing may also
/// be empty). Gives the number of differences of a hidden group under k.
fn differences(
    world: &World,
    tables: &[(Atoms, Vec<Published>)],
    k: u64,
    queries: usize,
    reasons: bool,
) -> u64 {
    // The same respondents always read the same, whichever query asked.
    let mut cells: BTreeMap<Atoms, Published> = BTreeMap::new();
    for cell in tables.iter().flat_map(|(_, t)| t) {
        match cells.get(&cell.atoms) {
            Some(seen) => assert_eq!(
                (seen.shown, &seen.reason),
                (cell.shown, &cell.reason),
                "one group, two readings"
            ),
            None => {
                cells.insert(cell.atoms, cell.clone());
            }
        }
    }
    // Nothing under k is shown, and each shown count is the truth within the noise.
    for cell in cells.values() {
        let truth = world.count(&cell.atoms);
        if let Some((n, _)) = cell.shown {
            assert!(truth.0 >= k && n >= k, "{n} shown for {truth:?}");
            assert!(n.abs_diff(truth.0) <= MAX_NOISE as u64);
        }
    }
    // What the attacker knows of a group from its own row: it exists (at least 1), and
    // "too few" says under k before or after the noise.
    let prior = |atoms: &Atoms| -> (u64, u64) {
        match cells.get(atoms) {
            Some(Published {
                shown: None,
                reason: Some(r),
                ..
            }) if r == "too_few" => (1, k - 1 + MAX_NOISE as u64),
            Some(_) => (1, u64::MAX / 4),
            None => (0, u64::MAX / 4),
        }
    };

    // Every difference: (hidden group's atoms) -> the values the attacker has left.
    let mut left: BTreeMap<Atoms, BTreeSet<u64>> = BTreeMap::new();
    let mut tried = 0u64;
    let mut lucky = 0u64;
    let mut small_tried = 0u64;
    // `truth` is known to the suite, not to the attacker: it only picks the differences
    // worth recording and checks the method's bound.
    let mut narrow = |group: Atoms, truth: u64, d: i64, terms: u64, (lo, hi): (u64, u64)| {
        tried += 1;
        if truth == 0 || truth >= k {
            return;
        }
        small_tried += 1;
        if d == truth as i64 {
            lucky += 1;
        }
        let values = candidates(d, terms, lo, hi);
        assert!(
            values.contains(&truth),
            "the method's bound does not hold: {truth} not in {values:?}"
        );
        left.entry(group)
            .and_modify(|v| *v = v.intersection(&values).copied().collect())
            .or_insert(values);
    };
    // A published figure minus another it holds.
    let shown: Vec<(&Published, u64)> = cells
        .values()
        .filter(|c| c.shown.is_some())
        .map(|c| (c, world.count(&c.atoms).0))
        .collect();
    for (wide, wide_truth) in &shown {
        for (part, part_truth) in &shown {
            if wide.atoms == part.atoms || !contains(&wide.atoms, &part.atoms) {
                continue;
            }
            let (Some(w), Some(p)) = (wide.shown, part.shown) else {
                continue;
            };
            let group = minus(&wide.atoms, &part.atoms);
            let truth = wide_truth - part_truth;
            let bounds = if truth > 0 && truth < k {
                prior(&group)
            } else {
                (0, 0)
            };
            narrow(group, truth, w.0 as i64 - p.0 as i64, 2, bounds);
        }
    }
    // A table's total minus its shown cells: the hidden ones together.
    for (total, table) in tables {
        let Some(whole) = cells.get(total).and_then(|c| c.shown) else {
            continue;
        };
        let shown: Vec<(u64, u64)> = table.iter().filter_map(|c| c.shown).collect();
        let hidden: Vec<&Published> = table.iter().filter(|c| c.shown.is_none()).collect();
        if hidden.is_empty() || shown.is_empty() {
            continue;
        }
        let mut group = *total;
        table
            .iter()
            .filter(|c| c.shown.is_some())
            .for_each(|c| group = minus(&group, &c.atoms));
        if is_empty(&group) {
            continue;
        }
        let lo = if reasons { hidden.len() as u64 } else { 0 };
        let hi = hidden
            .iter()
            .map(|c| prior(&c.atoms).1)
            .fold(0u64, |a, b| a.saturating_add(b));
        let sum: u64 = shown.iter().map(|s| s.0).sum();
        let truth = world.count(&group).0;
        narrow(
            group,
            truth,
            whole.0 as i64 - sum as i64,
            1 + shown.len() as u64,
            (lo, hi),
        );
    }
    let revealed: Vec<(u64, &BTreeSet<u64>)> = left
        .iter()
        .filter(|(_, v)| v.len() == 1)
        .map(|(g, v)| (world.count(g).0, v))
        .collect();
    println!(
        "attack: {queries} queries, {} distinct published groups, {tried} differences tried, \
         {small_tried} of them of a hidden group under k ({} groups); exact counts found: {}; \
         a difference equal to the true count (a guess the attacker cannot tell from the \
         others) in {:.1} %",
        cells.len(),
        left.len(),
        revealed.len(),
        100.0 * lucky as f64 / small_tried.max(1) as f64,
    );
    assert!(
        revealed.is_empty(),
        "hidden groups whose count follows: {revealed:?}"
    );
    small_tried
}

/// The same attack on search: every answer has a text, every single place and
/// language filter and every one-month window is searched, and every facet value, every
/// total and every table's shown values are subtracted from one another.
#[tokio::test]
async fn no_hidden_group_follows_from_every_search_a_planner_can_run() {
    let app = spawn_app().await;
    let world = post_small_groups(&app, true).await;
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let k = u64::from(app.settings.min_cell);
    let label = |m: u32| compute::Grain::Month.label(m);
    let mut filters: Vec<(&str, String)> = vec![("", String::new())];
    for (name, at) in [
        ("unit", 0),
        ("service_kind", 1),
        ("district", 2),
        ("zone", 3),
    ] {
        let values: BTreeSet<String> = world
            .units
            .iter()
            .map(|u| [&u.0, &u.1, &u.2, &u.3][at].clone())
            .filter(|v| v != "none")
            .collect();
        filters.extend(values.into_iter().map(|v| (name, v)));
    }
    filters.extend(world.langs.iter().map(|l| ("lang", (*l).to_owned())));
    let place = |u: usize, name: &str| -> String {
        let unit = &world.units[u];
        match name {
            "unit" => unit.0.clone(),
            "service_kind" => unit.1.clone(),
            "district" => unit.2.clone(),
            _ => unit.3.clone(),
        }
    };
    // The atoms a search and one facet value select (roles are not searched by).
    let selects = |filter: &(&str, String), (a, b): (usize, usize), facet: &str, value: &str| {
        world.select(|m, u, l, _| {
            let of = |name: &str| match name {
                "lang" => world.langs[l].to_owned(),
                "period" => label(world.months[m]),
                name => place(u, name),
            };
            (filter.0.is_empty() || of(filter.0) == filter.1)
                && (a..=b).contains(&m)
                && (facet.is_empty() || of(facet) == value)
        })
    };
    let facets = ["unit", "service_kind", "district", "zone", "lang", "period"];
    let mut tables: Vec<(Atoms, Vec<Published>)> = Vec::new();
    let (mut queries, mut withheld) = (0, 0);
    for filter in &filters {
        for window in [(0, 0), (1, 1), (0, 1)] {
            let mut q = format!(
                "q=tolk&limit=1&from={}&to={}",
                label(world.months[window.0]),
                label(world.months[window.1])
            );
            if !filter.0.is_empty() {
                q.push_str(&format!("&{}={}", filter.0, filter.1));
            }
            let (status, body) = app.search(&q, &planner).await;
            assert!(status.is_success(), "{q}: {status} {body}");
            queries += 1;
            let total = selects(filter, window, "", "");
            if !body["withheld"].is_null() {
                withheld += 1;
                continue;
            }
            let shown_total = body["total"].as_u64();
            tables.push((
                total,
                vec![Published {
                    atoms: total,
                    shown: shown_total.map(|n| (n, 0)),
                    reason: None,
                }],
            ));
            for facet in facets {
                let listed: BTreeMap<String, u64> = body["facets"][facet]["values"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| Some((v["value"].as_str()?.to_owned(), v["count"].as_u64()?)))
                    .collect();
                let values: BTreeSet<String> = match facet {
                    "lang" => world.langs.iter().map(|l| (*l).to_owned()).collect(),
                    "period" => world.months.iter().map(|m| label(*m)).collect(),
                    name => (0..world.units.len())
                        .map(|u| place(u, name))
                        .filter(|v| v != "none")
                        .collect(),
                };
                let table = values
                    .into_iter()
                    .map(|value| Published {
                        atoms: selects(filter, window, facet, &value),
                        shown: listed.get(&value).map(|n| (*n, 0)),
                        reason: None,
                    })
                    .filter(|p| !is_empty(&p.atoms))
                    .collect();
                tables.push((total, table));
            }
        }
    }
    println!("search attack: {withheld} of {queries} searches withheld");
    let tried = differences(&world, &tables, k, queries, false);
    assert!(tried >= 50, "the attack must have something to attack");
}

/// An app with `stemme demo` data: 3,000 answers over the 12 months up to today.
async fn demo_app(seed: u64) -> TestApp {
    let app = spawn_app().await;
    let options = stemme::demo::DemoOptions {
        count: 3000,
        months: 12,
        seed,
        force: true,
    };
    stemme::demo::load(&app.db, &options).await.expect("demo");
    app
}

/// `stemme demo` data (12 months up to today): the default view shows every unit and
/// district with 40 or more answers in it.
#[tokio::test]
async fn the_default_view_on_demo_data_shows_every_unit_and_district_with_40_answers() {
    let app = demo_app(7).await;
    let planner = app.token(Role::Planner).await;
    let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
        .await
        .expect("catalogue")
        .get();
    let cube = compute::Cube::load(&app.db, &catalogue, None, Some(compute::last_whole_month()))
        .await
        .expect("cube");
    for by in ["unit", "district"] {
        let (_, rows) = app
            .get_as(
                &format!("/api/v1/indicators?indicator=V1&by={by}"),
                &planner,
            )
            .await;
        let truth = cube.raw_sums(
            &compute::Filters::default(),
            compute::Dimension::parse(by).expect("dimension"),
            compute::Grain::Month,
        );
        let mut large = 0;
        for ((indicator, group), tally) in &truth {
            if indicator != "V1" || tally.n < 40 {
                continue;
            }
            large += 1;
            let row = rows
                .as_array()
                .and_then(|r| r.iter().find(|r| r["group"] == group.as_str()))
                .unwrap_or(&Value::Null);
            assert_eq!(
                row["suppressed"], false,
                "{by} {group} with {}: {row}",
                tally.n
            );
        }
        assert!(large > 3, "{by}: the demo has large groups ({large})");
    }
}

/// The error the noise adds, measured on `stemme demo` data over every breakdown and
/// grain (the figures in docs/DISCLOSURE.md): counts stay within the table's bound.
#[tokio::test]
async fn the_error_the_noise_adds_on_demo_data_is_small_and_bounded() {
    let app = demo_app(11).await;
    let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
        .await
        .expect("catalogue")
        .get();
    let indicators =
        stemme::indicators::IndicatorCatalogue::default_catalogue().expect("catalogue");
    let cube = compute::Cube::load(&app.db, &catalogue, None, None)
        .await
        .expect("cube");
    let k = u64::from(app.settings.min_cell);
    let (mut counts, mut shares, mut large_shares) = (Vec::new(), Vec::new(), Vec::new());
    let (mut shown, mut hidden) = (0, 0);
    for by in compute::Dimension::NAMES.iter().chain(&["all"]) {
        let by = compute::Dimension::parse(by).expect("dimension");
        for grain in [
            compute::Grain::Month,
            compute::Grain::Quarter,
            compute::Grain::Year,
        ] {
            let filters = compute::Filters::default();
            let exact = cube.raw_sums(&filters, by, grain);
            for row in compute::compute(&cube, &indicators, &filters, by, grain, &[], k) {
                let truth = exact[&(row.indicator.clone(), row.group.clone())];
                let (Some(n), Some(value)) = (row.n, row.value) else {
                    hidden += 1;
                    continue;
                };
                shown += 1;
                counts.push(n.abs_diff(truth.n));
                let points = (value - truth.positive as f64 / truth.n as f64).abs() * 100.0;
                shares.push(points);
                if truth.n >= 100 {
                    large_shares.push(points);
                }
            }
        }
    }
    counts.sort_unstable();
    let by_size = |v: &mut Vec<f64>| v.sort_by(|a, b| a.total_cmp(b));
    by_size(&mut shares);
    by_size(&mut large_shares);
    let at = |v: &[f64], q: f64| {
        v.get(((v.len() as f64 - 1.0) * q) as usize)
            .copied()
            .unwrap_or(0.0)
    };
    let mean = counts.iter().sum::<u64>() as f64 / counts.len().max(1) as f64;
    println!(
        "noise on demo data (3,000 answers, 12 months, every breakdown and grain): \
         {shown} figures shown, {hidden} hidden; counts off by {mean:.2} on average, \
         median {}, at most {}; shares off by median {:.1}, 95th percentile {:.1}, at most \
         {:.1} points; in groups of 100 or more median {:.1}, at most {:.1} points",
        counts[counts.len() / 2],
        counts.last().copied().unwrap_or(0),
        at(&shares, 0.5),
        at(&shares, 0.95),
        at(&shares, 1.0),
        at(&large_shares, 0.5),
        at(&large_shares, 1.0),
    );
    assert!(shown > 500, "the demo shows figures: {shown}");
    assert!(counts.iter().all(|d| *d <= MAX_NOISE as u64));
}
