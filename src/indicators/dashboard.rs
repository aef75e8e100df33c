//! The planners' dashboard (`/admin/dashboard`): the core indicator V1 up front, per
//! district and zone; every indicator's trend over periods; the themes families write
//! about. Charts are SVG drawn here, each with the same numbers in a table beside it,
//! and every figure has passed disclosure control. Filters live in the address.
use super::compute::{self, Dimension, Filters, Grain, IndicatorRow};
use crate::admin::{Role, Staff};
use crate::web::{AppState, Page, PageError};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, web};
use minijinja::context;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(dashboard)
        .service(report_download)
        .service(protection);
}

/// What "protected" means beside a figure, in the reader's language
/// (docs/DISCLOSURE.md is the long version).
#[get("/protection")]
async fn protection(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    page.render(
        "admin/protection.html",
        minijinja::context! {
            staff_name => staff.principal.name,
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf,
            k => state.settings.min_cell,
            published_k => state.settings.published_k(),
            noise => super::disclosure::MAX_NOISE,
        },
    )
}

/// The yearly report for signed-in planners (the API gives it to tokens):
/// `/admin/report.xlsx?year=` or `/admin/report.csv?year=`.
#[get("/report.{ext}")]
async fn report_download(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    ext: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Planner) {
        return Err(page.role_forbidden());
    }
    let csv = match ext.as_str() {
        "csv" => true,
        "xlsx" => false,
        _ => return Err(page.error(StatusCode::NOT_FOUND)),
    };
    let query = format!("{}&lang={}", req.query_string(), page.lang);
    crate::admin::audit::export(
        &state.db,
        &staff.principal.name,
        &format!("report.{ext}"),
        &query,
    )
    .await;
    let report = super::routes::report_for(&state, &query)
        .await
        .map_err(|e| match e {
            super::routes::IndicatorError::BadRequest { .. } => page.error(StatusCode::BAD_REQUEST),
            _ => page.error(StatusCode::SERVICE_UNAVAILABLE),
        })?;
    super::routes::report_file(report, csv)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))
}

/// One bar of a chart and one line of its table.
#[derive(Debug, serde::Serialize)]
struct Bar {
    label: String,
    /// Percent, one decimal; absent when suppressed.
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    n: Option<u64>,
    /// Why the value is hidden (`too_few`, `uniform`).
    hidden: Option<&'static str>,
    /// The period is the month under way.
    so_far: bool,
    // Geometry in the chart's own units.
    x: f64,
    y: f64,
    width: f64,
    height: f64,
    whisker_from: f64,
    whisker_to: f64,
    text_x: f64,
    text_y: f64,
}

#[derive(Debug, serde::Serialize)]
struct Chart {
    id: String,
    title: String,
    vertical: bool,
    view_width: f64,
    view_height: f64,
    bars: Vec<Bar>,
    /// The last period's change from the one before, in percentage points, and whether
    /// it is larger than the noise (two-proportion test at 95 %).
    change: Option<f64>,
    change_real: bool,
}

/// An outcome area: the families' own answer beside registry figures.
#[derive(Debug, serde::Serialize)]
struct RegistryArea {
    title: String,
    /// Share positive in percent, when shown.
    own: Option<f64>,
    rows: Vec<RegistryLine>,
}

#[derive(Debug, serde::Serialize)]
struct RegistryLine {
    area: String,
    period: String,
    value: f64,
    source: String,
    note: String,
}

/// A theme's texts in a period and their share in whole percent.
type ThemeCell = (u64, u64);

const ROW: f64 = 30.0;
const LABEL_WIDTH: f64 = 190.0;
const BAR_SPACE: f64 = 360.0;

/// A horizontal bar chart (groups), 0–100 %.
fn horizontal(
    id: &str,
    title: String,
    rows: &[IndicatorRow],
    label: impl Fn(&str) -> String,
) -> Chart {
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let y = i as f64 * ROW;
            let pct = |v: Option<f64>| v.map(|v| (v * 1000.0).round() / 10.0);
            let width = r.value.unwrap_or(0.0) * BAR_SPACE;
            Bar {
                label: label(&r.group),
                value: pct(r.value),
                low: pct(r.ci_low),
                high: pct(r.ci_high),
                n: r.n,
                hidden: r.reason.map(|h| h.code()),
                so_far: r.so_far,
                x: LABEL_WIDTH,
                y: y + 6.0,
                width,
                height: ROW - 12.0,
                whisker_from: LABEL_WIDTH + r.ci_low.unwrap_or(0.0) * BAR_SPACE,
                whisker_to: LABEL_WIDTH + r.ci_high.unwrap_or(0.0) * BAR_SPACE,
                text_x: LABEL_WIDTH - 6.0,
                text_y: y + ROW / 2.0 + 5.0,
            }
        })
        .collect::<Vec<_>>();
    Chart {
        id: id.to_owned(),
        title,
        vertical: false,
        view_width: LABEL_WIDTH + BAR_SPACE + 60.0,
        view_height: (bars.len().max(1) as f64) * ROW,
        bars,
        change: None,
        change_real: false,
    }
}

const COLUMN: f64 = 44.0;
const PLOT_HEIGHT: f64 = 120.0;

/// A column chart over periods, 0–100 %, with the change over the last two periods.
fn vertical(id: &str, title: String, rows: &[IndicatorRow]) -> Chart {
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let x = 30.0 + i as f64 * COLUMN;
            let pct = |v: Option<f64>| v.map(|v| (v * 1000.0).round() / 10.0);
            let height = r.value.unwrap_or(0.0) * PLOT_HEIGHT;
            Bar {
                label: r.group.clone(),
                value: pct(r.value),
                low: pct(r.ci_low),
                high: pct(r.ci_high),
                n: r.n,
                hidden: r.reason.map(|h| h.code()),
                so_far: r.so_far,
                x: x + 8.0,
                y: 10.0 + PLOT_HEIGHT - height,
                width: COLUMN - 16.0,
                height,
                whisker_from: 10.0 + PLOT_HEIGHT - r.ci_low.unwrap_or(0.0) * PLOT_HEIGHT,
                whisker_to: 10.0 + PLOT_HEIGHT - r.ci_high.unwrap_or(0.0) * PLOT_HEIGHT,
                text_x: x + COLUMN / 2.0,
                text_y: 10.0 + PLOT_HEIGHT + 16.0,
            }
        })
        .collect::<Vec<_>>();
    let shown: Vec<&IndicatorRow> = rows.iter().filter(|r| !r.suppressed).collect();
    let (change, change_real) = match shown.as_slice() {
        [.., before, last] => {
            let (change, real) = compute::change(
                before.value.unwrap_or(0.0),
                before.n.unwrap_or(0),
                last.value.unwrap_or(0.0),
                last.n.unwrap_or(0),
            );
            (Some(change), real)
        }
        _ => (None, false),
    };
    Chart {
        id: id.to_owned(),
        title,
        vertical: true,
        view_width: 40.0 + bars.len().max(1) as f64 * COLUMN,
        view_height: PLOT_HEIGHT + 30.0,
        bars,
        change,
        change_real,
    }
}

#[get("/dashboard")]
async fn dashboard(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let scope = staff
        .principal
        .read_scope()
        .map_err(|_| page.role_forbidden())?;
    let catalogue = state.catalogue.get();
    let indicators = state.indicators.get();
    // The page's `lang` is the interface language, not a filter.
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            form_urlencoded::parse(req.query_string().as_bytes())
                .filter(|(k, _)| k != "lang" && k != "by" && k != "indicator"),
        )
        .finish();
    let parsed = super::routes::parse(&query, &catalogue, &indicators)
        .map_err(|_| page.error(StatusCode::BAD_REQUEST))?;
    let mut filters: Filters = parsed.filters;
    // A unit lead sees their own units only.
    filters.unit = scope
        .narrow(filters.unit.as_deref())
        .map_err(|_| page.role_forbidden())?;
    // Twelve whole months up to the last finished one, unless asked otherwise.
    let to = filters
        .to
        .unwrap_or_else(|| compute::default_to(filters.from));
    let from = filters.from.unwrap_or_else(|| compute::year_to(to));
    filters.from = Some(from);
    filters.to = Some(to);
    let grain = parsed.grain;
    let cube = state
        .cubes
        .get(&state.db, &catalogue)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    let k = u64::from(state.settings.min_cell);
    let core = vec!["V1".to_owned()];
    let all = compute::compute(
        &cube,
        &indicators,
        &filters,
        Dimension::All,
        grain,
        &core,
        k,
    );
    let district_name = |slug: &str| {
        catalogue
            .districts
            .iter()
            .find(|d| d.slug == slug)
            .map(|d| d.name.clone())
            .unwrap_or_else(|| slug.to_owned())
    };
    let zone_name = |slug: &str| {
        catalogue
            .zones
            .iter()
            .find(|z| z.slug == slug)
            .map(|z| z.name.clone())
            .unwrap_or_else(|| slug.to_owned())
    };
    let by_district = horizontal(
        "v1-district",
        page.t("dashboard-by-district"),
        &compute::compute(
            &cube,
            &indicators,
            &filters,
            Dimension::District,
            grain,
            &core,
            k,
        ),
        district_name,
    );
    let by_zone = horizontal(
        "v1-zone",
        page.t("dashboard-by-zone"),
        &compute::compute(
            &cube,
            &indicators,
            &filters,
            Dimension::Zone,
            grain,
            &core,
            k,
        ),
        zone_name,
    );
    let trends_rows = compute::compute(
        &cube,
        &indicators,
        &filters,
        Dimension::Period,
        grain,
        &[],
        k,
    );
    let trends: Vec<Chart> = indicators
        .indicators
        .iter()
        .filter_map(|indicator| {
            let rows: Vec<IndicatorRow> = trends_rows
                .iter()
                .filter(|r| r.indicator == indicator.code)
                .cloned()
                .collect();
            (!rows.is_empty()).then(|| {
                vertical(
                    &format!("trend-{}", indicator.code.to_lowercase()),
                    format!("{} {}", indicator.code, indicator.name(&page.lang)),
                    &rows,
                )
            })
        })
        .collect();
    let core_row = all.first().cloned();
    let core_name = indicators
        .get("V1")
        .map(|i| i.name(&page.lang).to_owned())
        .unwrap_or_default();

    // Themes: the counts of texts per theme in the same window, through search's facets
    // (and their disclosure control).
    let period = |m: u32| Grain::Month.label(m);
    let theme_request = crate::search::SearchRequest {
        unit: filters.unit.clone(),
        district: filters.district.clone(),
        zone: filters.zone.clone(),
        audience: filters.audience.clone(),
        from: Some(period(from)),
        to: Some(period(to)),
        limit: 1,
        ..Default::default()
    };
    let themes = crate::search::routes::run(&state, &state.search, &theme_request, &page.lang)
        .await
        .ok();
    let codebook = state.themes.get();
    let theme_rows: Vec<(String, u64)> = themes
        .as_ref()
        .and_then(|r| r.facets.get("theme"))
        .map(|f| {
            f.values
                .iter()
                .map(|v| {
                    let name = codebook
                        .codebook
                        .get(&v.value)
                        .map(|t| t.name(&page.lang).to_owned())
                        .unwrap_or_else(|| v.value.clone());
                    (name, v.count)
                })
                .collect()
        })
        .unwrap_or_default();
    // Themes quarter by quarter in the same window, with their share of the texts.
    let trend =
        crate::themes::trend::trend(&state, &theme_request, "period", Grain::Quarter, &page.lang)
            .await
            .unwrap_or_default();
    let mut trend_periods: Vec<String> = Vec::new();
    let mut trend_rows: Vec<(String, Vec<Option<ThemeCell>>)> = Vec::new();
    for row in &trend {
        if !trend_periods.contains(&row.group) {
            trend_periods.push(row.group.clone());
        }
        let name = codebook
            .codebook
            .get(&row.theme)
            .map(|t| t.name(&page.lang).to_owned())
            .unwrap_or_else(|| row.theme.clone());
        if trend_rows.last().is_none_or(|(n, _)| *n != name) {
            trend_rows.push((name, Vec::new()));
        }
        if let Some((_, cells)) = trend_rows.last_mut() {
            cells.push(
                row.count
                    .zip(row.share)
                    .map(|(c, share)| (c, (share * 100.0).round() as u64)),
            );
        }
    }
    let themes_hidden = themes
        .as_ref()
        .map(|r| r.withheld.is_some() || r.facets.get("theme").is_some_and(|f| f.hidden))
        .unwrap_or(false);

    // Registry figures beside the families' own answers for the same outcome area.
    let figures = super::registry::list(&state.db)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    let registry: Vec<RegistryArea> = indicators
        .indicators
        .iter()
        .filter(|i| i.area == "outcome")
        .filter_map(|indicator| {
            let rows: Vec<RegistryLine> = figures
                .iter()
                .filter(|f| f.indicator == indicator.code)
                .map(|f| RegistryLine {
                    area: if f.area == "city" {
                        page.t("registry-city")
                    } else {
                        district_name(&f.area)
                    },
                    period: f.period.clone(),
                    value: f.value,
                    source: f.source.clone(),
                    note: f.note.clone().unwrap_or_default(),
                })
                .collect();
            if rows.is_empty() {
                return None;
            }
            let own = compute::compute(
                &cube,
                &indicators,
                &filters,
                Dimension::All,
                grain,
                std::slice::from_ref(&indicator.code),
                k,
            )
            .into_iter()
            .next()
            .filter(|r| !r.suppressed)
            .and_then(|r| r.value.map(|v| (v * 1000.0).round() / 10.0));
            Some(RegistryArea {
                title: format!("{} {}", indicator.code, indicator.name(&page.lang)),
                own,
                rows,
            })
        })
        .collect();

    let options =
        |items: Vec<(String, String)>, current: &Option<String>| -> Vec<(String, String, bool)> {
            items
                .into_iter()
                .map(|(v, l)| {
                    let selected = current.as_deref() == Some(v.as_str());
                    (v, l, selected)
                })
                .collect()
        };
    let args = crate::i18n::fluent_args([("k", k.into())]);
    page.render(
        "admin/dashboard.html",
        context! {
            staff_name => staff.principal.name,
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf,
            intro => state.i18n.format(&page.lang, "dashboard-intro", Some(&args)),
            few => state.i18n.format(&page.lang, "search-facet-few", Some(&args)),
            k => k,
            from => period(from),
            to => period(to),
            grain => match grain { Grain::Month => "month", Grain::Quarter => "quarter", Grain::Year => "year" },
            districts => options(catalogue.districts.iter().map(|d| (d.slug.clone(), d.name.clone())).collect(), &filters.district),
            zones => options(catalogue.zones.iter().map(|z| (z.slug.clone(), z.name.clone())).collect(), &filters.zone),
            units => options(catalogue.units.iter().filter(|u| scope.includes(&u.slug)).map(|u| (u.slug.clone(), u.name.clone())).collect(), &filters.unit),
            core_name => core_name,
            core => minijinja::Value::from(minijinja::value::Serde(core_row)),
            by_district => minijinja::Value::from(minijinja::value::Serde(by_district)),
            by_zone => minijinja::Value::from(minijinja::value::Serde(by_zone)),
            trends => minijinja::Value::from(minijinja::value::Serde(trends)),
            themes => theme_rows,
            themes_hidden => themes_hidden,
            trend_periods => trend_periods,
            trend_rows => trend_rows,
            registry => minijinja::Value::from(minijinja::value::Serde(registry)),
            report_year => super::report::last_quarter_end(compute::this_month()) / 100,
            published_k => state.settings.published_k(),
        },
    )
}
