//! Theme counts and shares over time or across a dimension (`GET /api/v1/themes/trend`):
//! for each period (or district, unit …), how many texts each theme tags and what share
//! of the group's texts that is. Every group is one search, so every count is one the
//! search publishes (the disclosure model's noise, hidden under k).
use crate::indicators::compute::{self, Grain};
use crate::indicators::disclosure;
use crate::search::SearchRequest;
use crate::web::AppState;
use std::collections::BTreeMap;

/// What a trend is broken down by.
pub const DIMENSIONS: [&str; 8] = [
    "period",
    "unit",
    "service_kind",
    "district",
    "zone",
    "lang",
    "survey",
    "audience",
];

#[derive(Debug, Clone, serde::Serialize)]
pub struct TrendRow {
    pub theme: String,
    pub group: String,
    /// Texts tagged with the theme; absent when suppressed.
    pub count: Option<u64>,
    /// Texts in the group; absent when the group's texts are withheld.
    pub texts: Option<u64>,
    /// count / texts, four decimals.
    pub share: Option<f64>,
    pub suppressed: bool,
}

/// The groups of `by` and the search each one runs: for periods, windows of whole
/// periods of `grain` within the base window; otherwise the base search with one more
/// filter.
pub fn groups(
    state: &AppState,
    base: &SearchRequest,
    by: &str,
    grain: Grain,
) -> Vec<(String, SearchRequest)> {
    let catalogue = state.catalogue.get();
    let with = |set: &dyn Fn(&mut SearchRequest, String), values: Vec<String>| {
        values
            .into_iter()
            .map(|v| {
                let mut r = base.clone();
                set(&mut r, v.clone());
                (v, r)
            })
            .collect::<Vec<_>>()
    };
    match by {
        "unit" => with(
            &|r, v| r.unit = Some(v),
            catalogue.units.iter().map(|u| u.slug.clone()).collect(),
        ),
        "service_kind" => with(
            &|r, v| r.service_kind = Some(v),
            catalogue
                .service_kinds
                .iter()
                .map(|k| k.slug.clone())
                .collect(),
        ),
        "district" => with(
            &|r, v| r.district = Some(v),
            catalogue.districts.iter().map(|d| d.slug.clone()).collect(),
        ),
        "zone" => with(
            &|r, v| r.zone = Some(v),
            catalogue.zones.iter().map(|z| z.slug.clone()).collect(),
        ),
        "lang" => with(
            &|r, v| r.langs = vec![v],
            catalogue.languages.iter().map(|l| l.code.clone()).collect(),
        ),
        "survey" => with(
            &|r, v| r.survey = Some(v),
            catalogue.surveys.iter().map(|s| s.slug.clone()).collect(),
        ),
        "audience" => with(
            &|r, v| r.audience = Some(v),
            crate::catalogue::Audience::ALL
                .iter()
                .map(|a| a.as_str().to_owned())
                .collect(),
        ),
        _ => {
            let month = |p: &Option<String>| p.as_deref().and_then(crate::search::month_number);
            let from = month(&base.from).map(|m| m as u32);
            let to = month(&base.to)
                .map(|m| m as u32)
                .unwrap_or_else(|| compute::default_to(from));
            let from = from.unwrap_or_else(|| compute::year_to(to));
            compute::periods(from, to, grain)
                .into_iter()
                .map(|(label, first, last)| {
                    let mut r = base.clone();
                    r.from = Some(Grain::Month.label(first));
                    r.to = Some(Grain::Month.label(last));
                    (label, r)
                })
                .collect()
        }
    }
}

struct Group {
    label: String,
    texts: Option<u64>,
    counts: BTreeMap<String, u64>,
    complete: bool,
}

/// The trend rows: every theme with a shown count somewhere, in every group.
pub async fn trend(
    state: &AppState,
    base: &SearchRequest,
    by: &str,
    grain: Grain,
    lang: &str,
) -> Result<Vec<TrendRow>, crate::search::SearchError> {
    let k = u64::from(state.settings.min_cell);
    let mut per_group: Vec<Group> = Vec::new();
    for (group, mut request) in groups(state, base, by, grain) {
        request.q.clear();
        request.theme = None;
        request.limit = 1;
        request.offset = 0;
        let result = crate::search::routes::run(state, &state.search, &request, lang).await?;
        let facet = result.facets.get("theme");
        per_group.push(Group {
            label: group,
            texts: result.total,
            counts: facet
                .map(|f| {
                    f.values
                        .iter()
                        .map(|v| (v.value.clone(), v.count))
                        .collect()
                })
                .unwrap_or_default(),
            // With nothing hidden, a theme not listed has no texts: a true 0.
            complete: facet.is_none_or(|f| !f.hidden),
        });
    }
    let mut rows = Vec::new();
    let themes = state.themes.get();
    for theme in &themes.codebook.themes {
        if !per_group.iter().any(|g| g.counts.contains_key(&theme.slug)) {
            continue;
        }
        for g in &per_group {
            // Counts of a theme and of the group's texts are noised apart, so the
            // theme's may come out above the group's: it is at most all of them.
            let count = g
                .counts
                .get(&theme.slug)
                .copied()
                .or(g.complete.then_some(0))
                .map(|c| g.texts.map_or(c, |t| c.min(t)));
            let (count, share) = match (count, g.texts) {
                // 0 % or 100 % of a small group tells what each of them wrote about.
                (Some(c), Some(t)) if t > 0 && disclosure::share_shows(t, c, k) => {
                    (Some(c), Some(compute::round(c as f64 / t as f64)))
                }
                _ => (None, None),
            };
            rows.push(TrendRow {
                theme: theme.slug.clone(),
                group: g.label.clone(),
                count,
                texts: g.texts,
                share,
                suppressed: count.is_none(),
            });
        }
    }
    Ok(rows)
}
