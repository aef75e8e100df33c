//! The public page per unit, "you said, we did" (`/u/{unit}`): what families said about
//! a unit in numbers, for the last four complete quarters, with the published k (10 or
//! more). Only complete quarters are shown, so the figures are fixed reporting periods:
//! they do not move as answers arrive, and two visits cannot be subtracted.
use super::compute::{self, Dimension, Filters, Grain, IndicatorRow};
use crate::web::{AppState, Page, PageError};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, web};
use minijinja::context;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(unit_page);
}

/// One indicator's line per quarter.
#[derive(Debug, serde::Serialize)]
struct Said {
    code: String,
    name: String,
    periods: Vec<Period>,
}

#[derive(Debug, serde::Serialize)]
struct Period {
    label: String,
    /// Whole percent; absent when hidden.
    percent: Option<u64>,
    n: Option<u64>,
}

/// One action decided in a workshop.
#[derive(Debug, serde::Serialize)]
struct Did {
    what: String,
    due: String,
    done: bool,
}

/// The first and last month (YYYYMM) of the four complete quarters before `month`.
pub fn last_four_quarters(month: u32) -> (u32, u32) {
    let (year, m) = (month / 100, month % 100);
    let quarter_start = year * 100 + (m - 1) / 3 * 3 + 1;
    let to = compute::previous_month(quarter_start);
    let from = compute::months_before(quarter_start, 12);
    (from, to)
}

/// The figures for one unit, as the public page shows them.
pub fn unit_rows(
    cube: &compute::Cube,
    indicators: &super::IndicatorCatalogue,
    unit: &str,
    (from, to): (u32, u32),
    k: u64,
) -> Vec<IndicatorRow> {
    let filters = Filters {
        from: Some(from),
        to: Some(to),
        unit: Some(unit.to_owned()),
        ..Default::default()
    };
    compute::compute(
        cube,
        indicators,
        &filters,
        Dimension::Period,
        Grain::Quarter,
        &[],
        k,
    )
}

#[get("/u/{unit}")]
async fn unit_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let catalogue = state.catalogue.get();
    let unit = catalogue
        .unit(&slug)
        .filter(|u| u.active)
        .ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    let this_month = compute::this_month();
    let (from, to) = last_four_quarters(this_month);
    let cube = state
        .cubes
        .get(&state.db, &catalogue)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    let k = state.settings.published_k();
    let indicators = state.indicators.get();
    let rows = unit_rows(&cube, &indicators, &unit.slug, (from, to), k);
    // Every quarter of the year is listed, answered or not, so the page reads the same.
    let quarters: Vec<String> = compute::periods(from, to, Grain::Quarter)
        .into_iter()
        .map(|(label, _, _)| label)
        .collect();
    let said: Vec<Said> = indicators
        .indicators
        .iter()
        .filter_map(|indicator| {
            let mine: Vec<&IndicatorRow> = rows
                .iter()
                .filter(|r| r.indicator == indicator.code)
                .collect();
            // An indicator nobody answered in the year is left out; one with answers
            // lists every quarter, hidden or empty ones without figures.
            if mine.iter().all(|r| r.suppressed) {
                return None;
            }
            let periods = quarters
                .iter()
                .map(|label| {
                    let row = mine.iter().find(|r| &r.group == label);
                    Period {
                        label: quarter_label(&page, label),
                        percent: row
                            .and_then(|r| r.value)
                            .map(|v| (v * 100.0).round() as u64),
                        n: row.and_then(|r| r.n),
                    }
                })
                .collect();
            Some(Said {
                code: indicator.code.clone(),
                name: indicator.name(&page.lang).to_owned(),
                periods,
            })
        })
        .collect();
    let args = crate::i18n::fluent_args([("k", k.into()), ("name", unit.name.clone().into())]);
    let survey_href = catalogue
        .surveys
        .iter()
        .find(|s| s.active && s.audience == crate::catalogue::Audience::Parent)
        .map(|s| format!("/s/{}?unit={}&lang={}", s.slug, unit.slug, page.lang));
    // What was done: the actions workshops decided for this unit, in every language
    // (the action's own words are as the facilitator wrote them).
    let did: Vec<Did> = crate::workshops::store::actions_for_unit(&state.db, &unit.slug)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?
        .into_iter()
        .map(|a| Did {
            done: a.status == "done",
            what: a.what,
            due: a.due.format("%Y-%m-%d").to_string(),
        })
        .collect();
    page.render(
        "unit.html",
        context! {
            did => minijinja::Value::from(minijinja::value::Serde(did)),
            unit_name => unit.name.clone(),
            intro => state.i18n.format(&page.lang, "unit-intro", Some(&args)),
            few => state.i18n.format(&page.lang, "unit-few", Some(&args)),
            none_yet => page.t("unit-none-yet"),
            said => minijinja::Value::from(minijinja::value::Serde(said)),
            survey_href => survey_href,
        },
    )
}

/// "2025-Q4" as a reader says it: "oktober–desember 2025".
fn quarter_label(page: &Page<'_>, label: &str) -> String {
    let parsed = label.split_once("-Q").and_then(|(year, q)| {
        let quarter: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        Some((year.to_owned(), quarter))
    });
    match parsed {
        Some((year, quarter)) => {
            let args =
                crate::i18n::fluent_args([("quarter", quarter.into()), ("year", year.into())]);
            page.state
                .i18n
                .format(&page.lang, "quarter-label", Some(&args))
        }
        None => label.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_is_the_four_complete_quarters_before_this_one() {
        assert_eq!(last_four_quarters(202611), (202510, 202609));
        assert_eq!(last_four_quarters(202601), (202501, 202512));
        assert_eq!(last_four_quarters(202606), (202504, 202603));
    }
}
