//! Disclosure control across every output, for random data sets and random filters:
//! the indicator API (JSON and CSV), the dashboard, the public unit pages, the yearly
//! report and the search facets never show a group of 0 < n < k; the cells a table
//! hides, taken together (a total minus the shown cells), and the difference of a cell
//! and the same cell asked another way (a filter dropped, a window nested in another)
//! never pin down a hidden group's size to one value under k, given the published
//! noise of the cell-key method (`tests/app/attack.rs` is the exhaustive version).
use crate::helpers::{TestApp, spawn_app};
use crate::published::shown_counts;
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeMap;
use stemme::admin::Role;
use stemme::indicators::compute;
use stemme::indicators::disclosure::MAX_NOISE;

type Cells = BTreeMap<(String, String), (u64, u64)>;
/// (n, positive) for the year, and summed over the shown quarters.
type YearAndQuarters = ((u64, u64), (u64, u64));

/// Shown rows as (n, positive) by (indicator, group).
fn shown(rows: &Value) -> Cells {
    rows.as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|r| {
                    let n = r["n"].as_u64()?;
                    let value = r["value"].as_f64()?;
                    let key = (
                        r["indicator"].as_str()?.to_owned(),
                        r["group"].as_str()?.to_owned(),
                    );
                    Some((key, (n, (value * n as f64).round() as u64)))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a published difference `d` of `terms` counts (each within the noise) leaves
/// an attacker who knows the remainder is a hidden group (1 ..= k - 1 + noise) exactly
/// one value under k.
fn follows(d: i64, terms: u64, k: u64) -> bool {
    let values = crate::attack::candidates(d, terms, 1, k - 1 + MAX_NOISE as u64);
    values.len() == 1 && values.iter().all(|v| *v < k)
}

/// Neither the counts nor the positive answers of two published cells, one inside the
/// other, pin down the group between them.
fn difference_shows(a: (u64, u64), b: (u64, u64), k: u64) -> bool {
    let (wide, narrow) = if a.0 >= b.0 { (a, b) } else { (b, a) };
    !follows(wide.0 as i64 - narrow.0 as i64, 2, k)
}

/// What may be filtered on, from the catalogue.
struct Choices {
    units: Vec<String>,
    districts: Vec<String>,
    zones: Vec<String>,
    langs: Vec<String>,
    audiences: Vec<String>,
    roles: Vec<String>,
    months: Vec<String>,
}

async fn choices(app: &TestApp) -> Choices {
    let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
        .await
        .expect("catalogue")
        .get();
    let mut months = Vec::new();
    let mut m = compute::this_month();
    for _ in 0..16 {
        months.push(compute::Grain::Month.label(m));
        m = compute::previous_month(m);
    }
    months.reverse();
    Choices {
        units: catalogue.units.iter().map(|u| u.slug.clone()).collect(),
        districts: catalogue.districts.iter().map(|d| d.slug.clone()).collect(),
        zones: catalogue.zones.iter().map(|z| z.slug.clone()).collect(),
        langs: ["nb", "en", "ar", "so", "ti", "pl", "uk"]
            .map(str::to_owned)
            .to_vec(),
        audiences: ["parent", "child_8_12", "youth_13_18", "partner"]
            .map(str::to_owned)
            .to_vec(),
        roles: ["parent", "next_of_kin", "pupil", "staff", "none"]
            .map(str::to_owned)
            .to_vec(),
        months,
    }
}

/// A random set of filters: (name, value) pairs, and a window.
fn random_filters(rng: &mut fastrand::Rng, c: &Choices) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut maybe = |name: &'static str, values: &[String], rng: &mut fastrand::Rng| {
        if rng.u32(0..100) < 25 && !values.is_empty() {
            out.push((name, values[rng.usize(0..values.len())].clone()));
        }
    };
    maybe("unit", &c.units, rng);
    maybe("district", &c.districts, rng);
    maybe("zone", &c.zones, rng);
    maybe("lang", &c.langs, rng);
    maybe("audience", &c.audiences, rng);
    maybe("role", &c.roles, rng);
    out.extend(random_window(rng, c));
    out
}

fn random_window(rng: &mut fastrand::Rng, c: &Choices) -> Vec<(&'static str, String)> {
    let (a, b) = (rng.usize(0..c.months.len()), rng.usize(0..c.months.len()));
    let (a, b) = (a.min(b), a.max(b));
    let mut out = Vec::new();
    if rng.bool() {
        out.push(("from", c.months[a].clone()));
    }
    if rng.bool() {
        out.push(("to", c.months[b].clone()));
    }
    out
}

fn query(filters: &[(&str, String)], extra: &[(&str, &str)]) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    for (k, v) in filters {
        q.append_pair(k, v);
    }
    for (k, v) in extra {
        q.append_pair(k, v);
    }
    q.finish()
}

async fn indicators(app: &TestApp, token: &str, q: &str) -> Result<Value, String> {
    let (status, body) = app.get_as(&format!("/api/v1/indicators?{q}"), token).await;
    if status.is_success() {
        Ok(body)
    } else {
        Err(format!("{q}: {status} {body}"))
    }
}

/// The indicator API for one random query and its neighbours.
async fn check_indicators(
    app: &TestApp,
    token: &str,
    rng: &mut fastrand::Rng,
    c: &Choices,
    k: u64,
) -> Result<(), String> {
    let filters = random_filters(rng, c);
    let by = [
        "period",
        "unit",
        "service_kind",
        "district",
        "zone",
        "lang",
        "role",
        "audience",
    ][rng.usize(0..8)];
    let grain = ["month", "quarter", "year"][rng.usize(0..3)];
    let q = query(&filters, &[("by", by), ("grain", grain)]);
    let rows = indicators(app, token, &q).await?;
    let here = shown(&rows);
    for (key, (n, positive)) in &here {
        if *n < k || *positive > *n {
            return Err(format!("{q}: {key:?} shows {positive} of {n}"));
        }
    }
    // The table's hidden cells together: the total (by=all) minus the shown cells.
    let hidden_rows = |indicator: &str| {
        rows.as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["indicator"] == indicator && r["suppressed"] == true)
            .count()
    };
    let total = shown(&indicators(app, token, &query(&filters, &[("grain", grain)])).await?);
    for ((indicator, _), (n, _)) in &total {
        let shown_cells: Vec<u64> = here
            .iter()
            .filter(|((i, _), _)| i == indicator)
            .map(|(_, (n, _))| *n)
            .collect();
        let terms = 1 + shown_cells.len() as u64;
        let d = *n as i64 - shown_cells.iter().sum::<u64>() as i64;
        if hidden_rows(indicator) == 1 && !shown_cells.is_empty() && follows(d, terms, k) {
            return Err(format!(
                "{q}: {indicator} total {n} minus shown {shown_cells:?}"
            ));
        }
    }
    // One filter dropped, and another window nested with this one.
    let mut others: Vec<Vec<(&'static str, String)>> = (0..filters.len())
        .filter(|&i| !matches!(filters[i].0, "from" | "to"))
        .map(|i| {
            let mut f = filters.clone();
            f.remove(i);
            f
        })
        .collect();
    let mut window: Vec<(&'static str, String)> = filters
        .iter()
        .filter(|(name, _)| !matches!(*name, "from" | "to"))
        .cloned()
        .collect();
    window.extend(random_window(rng, c));
    let bounds = |f: &[(&str, String)]| {
        let get = |name: &str| f.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone());
        (
            get("from").unwrap_or_default(),
            get("to").unwrap_or_else(|| "9999".to_owned()),
        )
    };
    let (a, b) = (bounds(&filters), bounds(&window));
    if (a.0 <= b.0 && b.1 <= a.1) || (b.0 <= a.0 && a.1 <= b.1) {
        others.push(window);
    }
    for other in others {
        let oq = query(&other, &[("by", by), ("grain", grain)]);
        let there = shown(&indicators(app, token, &oq).await?);
        for (key, cell) in &here {
            if let Some(o) = there.get(key)
                && !difference_shows(*cell, *o, k)
            {
                return Err(format!("{key:?}: {cell:?} in {q} vs {o:?} in {oq}"));
            }
        }
    }
    // The CSV: the same rows, no small count.
    let r = app
        .client
        .get(app.url(&format!("/api/v1/indicators.csv?{q}")))
        .bearer_auth(token)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let text = r.text().await.map_err(|e| e.to_string())?;
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut lines = 0;
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        lines += 1;
        if let Some(n) = record.get(2).and_then(|n| n.parse::<u64>().ok())
            && n < k
        {
            return Err(format!("{q}: CSV shows n = {n}"));
        }
    }
    if lines != rows.as_array().map(Vec::len).unwrap_or(0) {
        return Err(format!("{q}: CSV has {lines} rows, JSON another number"));
    }
    Ok(())
}

/// Search facets: no count under k; for the facets each text has one value of, the
/// total minus the shown values does not pin the hidden ones down under k; and the same
/// search with one filter dropped leaves no difference that does.
async fn check_search(
    app: &TestApp,
    token: &str,
    rng: &mut fastrand::Rng,
    c: &Choices,
    k: u64,
) -> Result<(), String> {
    let filters: Vec<(&'static str, String)> = random_filters(rng, c)
        .into_iter()
        .filter(|(name, _)| *name != "role")
        .collect();
    let q = query(&filters, &[("limit", "1")]);
    let (status, body) = app.search(&q, token).await;
    if !status.is_success() {
        return Err(format!("search {q}: {status} {body}"));
    }
    let Some(total) = body["total"].as_u64() else {
        return Ok(()); // withheld, or too few texts to count
    };
    let Some(facets) = body["facets"].as_object() else {
        return Ok(());
    };
    for (name, facet) in facets {
        let counts: Vec<u64> = facet["values"]
            .as_array()
            .map(|v| v.iter().filter_map(|v| v["count"].as_u64()).collect())
            .unwrap_or_default();
        if let Some(n) = counts.iter().find(|&&n| n < k) {
            return Err(format!("search {q}: facet {name} shows {n}"));
        }
        let sum: u64 = counts.iter().sum();
        let d = total as i64 - sum as i64;
        if name != "theme"
            && !counts.is_empty()
            && facet["hidden"] == true
            && follows(d, 1 + counts.len() as u64, k)
        {
            return Err(format!(
                "search {q}: facet {name}: total {total} minus shown {sum}"
            ));
        }
    }
    let counts_of = |body: &Value| -> BTreeMap<(String, String), u64> {
        let mut out = BTreeMap::new();
        for (name, facet) in body["facets"].as_object().into_iter().flatten() {
            for v in facet["values"].as_array().into_iter().flatten() {
                if let (Some(value), Some(n)) = (v["value"].as_str(), v["count"].as_u64()) {
                    out.insert((name.clone(), value.to_owned()), n);
                }
            }
        }
        out
    };
    let here = counts_of(&body);
    for i in (0..filters.len()).filter(|&i| !matches!(filters[i].0, "from" | "to")) {
        let mut wider = filters.clone();
        wider.remove(i);
        let wq = query(&wider, &[("limit", "1")]);
        let (_, other) = app.search(&wq, token).await;
        for (key, n) in counts_of(&other) {
            if let Some(mine) = here.get(&key)
                && n >= *mine
                && follows(n as i64 - *mine as i64, 2, k)
            {
                return Err(format!("search {key:?}: {mine} in {q} vs {n} in {wq}"));
            }
        }
    }
    Ok(())
}

async fn check_every_output(seed: u64, count: usize, months: u32) -> Result<(), String> {
    let app = spawn_app().await;
    stemme::demo::load(
        &app.db,
        &stemme::demo::DemoOptions {
            count,
            months,
            seed,
            force: true,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let c = choices(&app).await;
    let k = u64::from(app.settings.min_cell);
    let published = app.settings.published_k();
    let mut rng = fastrand::Rng::with_seed(seed);
    // The checks below must have something to check: month by month, figures show.
    let by_month = shown(&indicators(&app, &planner, "by=period").await?);
    if count >= 1000 && by_month.is_empty() {
        return Err("nothing is shown month by month".to_owned());
    }

    for _ in 0..16 {
        check_indicators(&app, &planner, &mut rng, &c, k).await?;
        check_search(&app, &planner, &mut rng, &c, k).await?;
    }

    // The dashboard, with random filters of its own.
    let cookie = app.sign_in_as(Role::Planner, "/admin/dashboard").await;
    for _ in 0..3 {
        let filters: Vec<(&'static str, String)> = random_filters(&mut rng, &c)
            .into_iter()
            .filter(|(name, _)| matches!(*name, "unit" | "district" | "zone" | "from" | "to"))
            .collect();
        let grain = ["month", "quarter", "year"][rng.usize(0..3)];
        let q = query(&filters, &[("grain", grain)]);
        let (status, html) = app
            .staff_page(&format!("/admin/dashboard?{q}"), &cookie)
            .await;
        if !status.is_success() {
            return Err(format!("dashboard {q}: {status}"));
        }
        // A theme no text in a large group mentions reads 0 (a true zero: nobody); any
        // other count must be at least k.
        if let Some(n) = shown_counts(&html).into_iter().find(|&n| n > 0 && n < k) {
            return Err(format!("dashboard {q} shows {n}"));
        }
    }

    // Public unit pages and the yearly report: the published k.
    for _ in 0..3 {
        let unit = &c.units[rng.usize(0..c.units.len())];
        let html = app
            .client
            .get(app.url(&format!("/u/{unit}")))
            .send()
            .await
            .map_err(|e| e.to_string())?
            .text()
            .await
            .map_err(|e| e.to_string())?;
        if let Some(n) = shown_counts(&html).into_iter().find(|&n| n < published) {
            return Err(format!("/u/{unit} shows {n}"));
        }
    }
    let last_year = compute::this_month() / 100 - 1;
    let (status, report) = app
        .get_as(&format!("/api/v1/report?year={last_year}"), &planner)
        .await;
    if !status.is_success() {
        return Err(format!("report: {status} {report}"));
    }
    for table in report["tables"].as_array().into_iter().flatten() {
        let rows = table["rows"].as_array().cloned().unwrap_or_default();
        let mut by_indicator: BTreeMap<String, YearAndQuarters> = BTreeMap::new();
        for row in &rows {
            let (Some(n), Some(value)) = (row["n"].as_u64(), row["value"].as_f64()) else {
                continue;
            };
            let positive = (value * n as f64).round() as u64;
            if n < published || positive > n {
                return Err(format!("report shows {row}"));
            }
            let entry = by_indicator
                .entry(row["indicator"].as_str().unwrap_or_default().to_owned())
                .or_default();
            if row["period"].as_str().is_some_and(|p| p.contains('Q')) {
                entry.1.0 += n;
                entry.1.1 += positive;
            } else {
                entry.0 = (n, positive);
            }
        }
        for (indicator, (year, quarters)) in by_indicator {
            // The year minus its shown quarters (at most four terms of noise each way).
            let d = year.0 as i64 - quarters.0 as i64;
            let values = crate::attack::candidates(d, 5, 1, published - 1 + MAX_NOISE as u64);
            if year.0 > 0
                && quarters.0 > 0
                && values.len() == 1
                && values.iter().all(|v| *v < published)
            {
                return Err(format!(
                    "report: {indicator} year {year:?} minus quarters {quarters:?}"
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn no_output_reveals_a_small_group_for_random_data_and_filters() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let cases = std::env::var("STEMME_DISCLOSURE_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases,
        failure_persistence: None,
        max_shrink_iters: 8,
        ..ProptestConfig::default()
    });
    runner
        .run(
            &(any::<u64>(), 150usize..3000, 2u32..15),
            |(seed, count, months)| {
                runtime
                    .block_on(check_every_output(seed, count, months))
                    .map_err(|e| {
                        TestCaseError::fail(format!(
                            "seed {seed}, {count} answers over {months} months: {e}"
                        ))
                    })
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
}
