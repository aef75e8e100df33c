//! `stemme bench dashboard`: the time to compute the dashboard's figures (V1 overall, by
//! district and by zone, and every indicator by month) over many demo answers, beside
//! the same figures from plain SQL GROUP BY queries in the same run, checked to agree.
use super::IndicatorCatalogue;
use super::compute::{self, Dimension, Filters, Grain, respondent_facts};
use crate::bench::BenchError;
use crate::catalogue::CatalogueHandle;
use crate::config::Settings;
use crate::demo::DemoOptions;
use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

pub async fn run(dir: &Path, count: usize) -> Result<(), BenchError> {
    crate::bench::in_scratch_dir(dir, run_in(dir, count)).await
}

type Sums = BTreeMap<(String, String), (u64, u64)>;

async fn run_in(dir: &Path, count: usize) -> Result<(), BenchError> {
    println!(
        "stemme bench dashboard: {count} demo answers over 12 months, in {}",
        dir.display()
    );
    let settings = Settings {
        data_dir: dir.join("app"),
        database_url: None,
        ..Settings::default()
    };
    let db = crate::prepare_database(&settings).await.map_err(Box::new)?;
    crate::demo::load(
        &db,
        &DemoOptions {
            count,
            months: 12,
            seed: 5,
            force: true,
        },
    )
    .await
    .map_err(|e| BenchError::Other(e.to_string()))?;
    let catalogue = CatalogueHandle::load(&db).await?.get();
    let indicators =
        IndicatorCatalogue::default_catalogue().map_err(|e| BenchError::Other(e.to_string()))?;
    let other = |e: sea_orm::DbErr| BenchError::Other(e.to_string());
    let figures = [
        (Dimension::All, vec!["V1".to_owned()]),
        (Dimension::District, vec!["V1".to_owned()]),
        (Dimension::Zone, vec!["V1".to_owned()]),
        (Dimension::Period, Vec::new()),
    ];

    // The engine: one cube query (cached until an answer is stored or erased), then
    // every figure is a sum over the cube. The first view is cold, the next ones warm.
    let cache = compute::CubeCache::default();
    let mut views = Vec::new();
    let mut rows = 0;
    let mut cube = None;
    for _ in 0..2 {
        let started = Instant::now();
        let c = cache.get(&db, &catalogue).await.map_err(other)?;
        rows = 0;
        for (by, only) in &figures {
            rows += compute::compute(
                &c,
                &indicators,
                &Filters::default(),
                *by,
                Grain::Month,
                only,
                5,
            )
            .len();
        }
        views.push(started.elapsed().as_secs_f64() * 1000.0);
        cube = Some(c);
    }
    let (engine_ms, warm_ms) = (views[0], views[1]);
    let Some(cube) = cube else {
        return Err(BenchError::Other("no cube".into()));
    };

    // The baseline: one plain GROUP BY per figure.
    let started = Instant::now();
    let mut baseline: Vec<Sums> = Vec::new();
    for (by, only) in &figures {
        baseline.push(group_by(&db, &catalogue, *by, only).await.map_err(other)?);
    }
    let baseline_ms = started.elapsed().as_secs_f64() * 1000.0;

    // Both must say the same before suppression.
    let agree = figures.iter().zip(&baseline).all(|((by, only), sql)| {
        let ours: Sums = cube
            .raw_sums(&Filters::default(), *by, Grain::Month)
            .into_iter()
            .filter(|((code, _), _)| only.is_empty() || only.contains(code))
            .map(|(key, t)| (key, (t.n, t.positive)))
            .collect();
        &ours == sql
    });
    println!(
        "  dashboard, first view (cube table + sums in memory):      {engine_ms:>9.1} ms  ({rows} rows)"
    );
    println!("  dashboard, next views (cube kept until answers change):   {warm_ms:>9.1} ms");
    println!(
        "  baseline: one SQL GROUP BY per figure ({} queries):      {baseline_ms:>9.1} ms",
        figures.len()
    );
    println!(
        "  ratio baseline / dashboard: first view {:.2}, next views {:.1}",
        baseline_ms / engine_ms.max(0.001),
        baseline_ms / warm_ms.max(0.001)
    );
    println!(
        "  another figure from the same cube (by language):        {:>9.2} ms",
        {
            let t = Instant::now();
            compute::compute(
                &cube,
                &indicators,
                &Filters::default(),
                Dimension::Lang,
                Grain::Month,
                &[],
                5,
            );
            t.elapsed().as_secs_f64() * 1000.0
        }
    );
    println!(
        "  figures agree with the baseline: {}",
        if agree { "yes" } else { "NO" }
    );
    if !agree {
        return Err(BenchError::Other(
            "the dashboard and the SQL baseline disagree".into(),
        ));
    }
    Ok(())
}

/// The figure `by` for `only` (all indicators when empty) as a plain GROUP BY.
async fn group_by(
    db: &DatabaseConnection,
    catalogue: &crate::catalogue::Catalogue,
    by: Dimension,
    only: &[String],
) -> Result<Sums, sea_orm::DbErr> {
    let Some(facts) = respondent_facts(catalogue) else {
        return Ok(Sums::new());
    };
    let (group, joins) = match by {
        Dimension::District => (
            "d.slug",
            "JOIN units u ON u.id = r.unit_id JOIN districts d ON d.id = u.district_id",
        ),
        Dimension::Zone => (
            "COALESCE(z.slug, 'none')",
            "JOIN units u ON u.id = r.unit_id LEFT JOIN zones z ON z.id = u.zone_id",
        ),
        Dimension::Period => ("r.period", ""),
        _ => ("'all'", ""),
    };
    let filter = if only.is_empty() {
        String::new()
    } else {
        // Codes from our own catalogue.
        format!(
            " WHERE t.indicator IN ({})",
            only.iter()
                .map(|c| format!("'{c}'"))
                .collect::<Vec<_>>()
                .join(",")
        )
    };
    let sql = format!(
        "SELECT t.indicator, {group} AS g, COUNT(*) AS n, SUM(t.pos) AS positive \
         FROM {facts} t JOIN responses r ON r.id = t.rid {joins}{filter} \
         GROUP BY t.indicator, {group}"
    );
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    let mut out = Sums::new();
    for row in rows {
        let indicator: String = row.try_get_by_index(0)?;
        let group: String = row.try_get_by_index(1)?;
        let n: i64 = row.try_get_by_index(2)?;
        let positive: i64 = row.try_get_by_index(3).unwrap_or(0);
        out.insert(
            (indicator, group),
            (n.max(0) as u64, positive.max(0) as u64),
        );
    }
    Ok(out)
}
