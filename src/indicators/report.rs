//! The yearly report for the living-conditions budget (levekårsbudsjettet) and the
//! annual report: one table per outcome area with the families' own answers (the year,
//! its quarters and the change from the year before) beside the registry figures.
//! A report is published, so it uses the published k, and covers complete months only:
//! the figures of a finished month do not change, so two downloads cannot be subtracted.
use super::compute::{self, Cube, Dimension, Filters, Grain, IndicatorRow};
use super::disclosure::Hidden;
use super::{Indicator, IndicatorCatalogue, safe_cell};
use crate::catalogue::Catalogue;
use sea_orm::{DatabaseConnection, DbErr};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{0}")]
    BadYear(String),
    #[error("no language has the code {0:?}")]
    UnknownLanguage(String),
    #[error("database error")]
    Database(#[from] DbErr),
    #[error("the report could not be written: {0}")]
    Write(String),
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Report {
    pub year: u32,
    /// The smallest group shown.
    pub k: u64,
    /// The last month the report includes (YYYY-MM).
    pub through: String,
    pub tables: Vec<Table>,
}

/// One outcome area (or the voice indicators that belong to none).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Table {
    /// `voice` or the outcome indicator's code (O1 …).
    pub area: String,
    pub title: String,
    pub rows: Vec<ReportRow>,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ReportRow {
    /// `self_report`, `voice` or `registry`.
    pub kind: &'static str,
    pub indicator: String,
    pub name: String,
    /// The year, a quarter, or the registry figure's own period.
    pub period: String,
    /// `all`, or for registry figures the area they describe (`city` or a district).
    pub group: String,
    pub n: Option<u64>,
    pub value: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub suppressed: bool,
    pub reason: Option<Hidden>,
    /// Change from the same months of the year before, in percentage points.
    pub change: Option<f64>,
    /// Whether that change is larger than the noise (two-proportion test, 95 %).
    pub change_significant: Option<bool>,
    pub source: Option<String>,
}

/// The columns of the CSV and of each spreadsheet table, in order.
pub const COLUMNS: [&str; 15] = [
    "area",
    "kind",
    "indicator",
    "name",
    "period",
    "group",
    "n",
    "value",
    "ci_low",
    "ci_high",
    "suppressed",
    "reason",
    "change",
    "change_significant",
    "source",
];

/// The months a report on `year` covers, as of `this_month` (YYYYMM): January to
/// December, never the month under way or later.
/// The last month of the last complete quarter before `this_month`: the report's
/// periods are quarters, and it ends with the last whole one.
pub fn last_quarter_end(this_month: u32) -> u32 {
    let mut month = compute::previous_month(this_month);
    while !(month % 100).is_multiple_of(3) {
        month = compute::previous_month(month);
    }
    month
}

pub fn window(year: u32, this_month: u32) -> Result<(u32, u32), ReportError> {
    let from = year * 100 + 1;
    let last_complete = last_quarter_end(this_month);
    if !(2000..=2100).contains(&year) {
        return Err(ReportError::BadYear(format!(
            "year={year} is not a year the report can cover"
        )));
    }
    if from > last_complete {
        return Err(ReportError::BadYear(format!(
            "{year} has no complete quarter yet; the report covers complete quarters only"
        )));
    }
    Ok((from, (year * 100 + 12).min(last_complete)))
}

fn year_before(month: u32) -> u32 {
    month - 100
}

/// Builds the report on `year` (default: the year of the last complete month) for
/// readers of `lang`, with the published `k`.
pub async fn build(
    db: &DatabaseConnection,
    catalogue: &Catalogue,
    indicators: &IndicatorCatalogue,
    i18n: &crate::i18n::Translations,
    year: Option<u32>,
    lang: &str,
    k: u64,
) -> Result<Report, ReportError> {
    if catalogue.language(lang).is_none() {
        return Err(ReportError::UnknownLanguage(lang.to_owned()));
    }
    let this_month = compute::this_month();
    let year = year.unwrap_or(last_quarter_end(this_month) / 100);
    let t = |key: &str| i18n.format(lang, key, None);
    let (from, to) = window(year, this_month)?;
    let cube = Cube::load(db, catalogue, Some(year_before(from)), Some(to)).await?;
    let figures = super::registry::list(db).await?;
    let this_year = Filters {
        from: Some(from),
        to: Some(to),
        ..Default::default()
    };
    let last_year = Filters {
        from: Some(year_before(from)),
        to: Some(year_before(to)),
        ..Default::default()
    };
    let totals = compute::compute(
        &cube,
        indicators,
        &this_year,
        Dimension::All,
        Grain::Year,
        &[],
        k,
    );
    let before = compute::compute(
        &cube,
        indicators,
        &last_year,
        Dimension::All,
        Grain::Year,
        &[],
        k,
    );
    let quarters = compute::compute(
        &cube,
        indicators,
        &this_year,
        Dimension::Period,
        Grain::Quarter,
        &[],
        k,
    );

    let answered = |indicator: &Indicator, kind: &'static str| -> Vec<ReportRow> {
        let mut rows = Vec::new();
        let name = indicator.name(lang).to_owned();
        let of = |rows: &[IndicatorRow]| -> Vec<IndicatorRow> {
            rows.iter()
                .filter(|r| r.indicator == indicator.code)
                .cloned()
                .collect()
        };
        for total in of(&totals) {
            let previous = of(&before).into_iter().next();
            let (change, significant) = match (&total, &previous) {
                (
                    IndicatorRow {
                        value: Some(p2),
                        n: Some(n2),
                        ..
                    },
                    Some(IndicatorRow {
                        value: Some(p1),
                        n: Some(n1),
                        ..
                    }),
                ) => {
                    let (change, real) = compute::change(*p1, *n1, *p2, *n2);
                    (Some(change), Some(real))
                }
                _ => (None, None),
            };
            rows.push(ReportRow {
                change,
                change_significant: significant,
                ..from_row(kind, &name, format!("{year}"), &total)
            });
        }
        for quarter in of(&quarters) {
            rows.push(from_row(kind, &name, quarter.group.clone(), &quarter));
        }
        rows
    };

    let mut tables = Vec::new();
    let loose: Vec<ReportRow> = indicators
        .indicators
        .iter()
        .filter(|i| i.area == "voice" && i.outcome.is_none())
        .flat_map(|i| answered(i, "voice"))
        .collect();
    tables.push(Table {
        area: "voice".to_owned(),
        title: t("report-voice"),
        rows: loose,
    });
    for outcome in indicators.indicators.iter().filter(|i| i.area == "outcome") {
        let mut rows = answered(outcome, "self_report");
        for voice in indicators
            .indicators
            .iter()
            .filter(|i| i.outcome.as_deref() == Some(outcome.code.as_str()))
        {
            rows.extend(answered(voice, "voice"));
        }
        rows.extend(registry_rows(&figures, outcome, year, lang));
        tables.push(Table {
            area: outcome.code.clone(),
            title: format!("{} {}", outcome.code, outcome.name(lang)),
            rows,
        });
    }
    Ok(Report {
        year,
        k,
        through: Grain::Month.label(to),
        tables,
    })
}

fn from_row(kind: &'static str, name: &str, period: String, row: &IndicatorRow) -> ReportRow {
    ReportRow {
        kind,
        indicator: row.indicator.clone(),
        name: name.to_owned(),
        period,
        group: "all".to_owned(),
        n: row.n,
        value: row.value,
        ci_low: row.ci_low,
        ci_high: row.ci_high,
        suppressed: row.suppressed,
        reason: row.reason,
        ..Default::default()
    }
}

/// The registry figures of an outcome area for the year; where an area has none for
/// the year, its latest earlier figure (a baseline is better than nothing).
fn registry_rows(
    figures: &[entity::registry_value::Model],
    outcome: &Indicator,
    year: u32,
    lang: &str,
) -> Vec<ReportRow> {
    let year_of = |period: &str| period.get(..4).and_then(|y| y.parse::<u32>().ok());
    let mine: Vec<&entity::registry_value::Model> = figures
        .iter()
        .filter(|f| f.indicator == outcome.code && year_of(&f.period).is_some_and(|y| y <= year))
        .collect();
    let mut areas: Vec<&str> = mine.iter().map(|f| f.area.as_str()).collect();
    areas.sort();
    areas.dedup();
    let mut rows = Vec::new();
    for area in areas {
        let of_area: Vec<&&entity::registry_value::Model> =
            mine.iter().filter(|f| f.area == area).collect();
        let latest = of_area.iter().filter_map(|f| year_of(&f.period)).max();
        for f in of_area.into_iter().filter(|f| year_of(&f.period) == latest) {
            rows.push(ReportRow {
                kind: "registry",
                indicator: f.indicator.clone(),
                name: outcome.name(lang).to_owned(),
                period: f.period.clone(),
                group: f.area.clone(),
                value: Some(f.value),
                source: Some(f.source.clone()),
                ..Default::default()
            });
        }
    }
    rows
}

fn cells(area: &str, row: &ReportRow) -> [String; 15] {
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let text = |s: &str| safe_cell(s).into_owned();
    [
        text(area),
        row.kind.to_owned(),
        text(&row.indicator),
        text(&row.name),
        text(&row.period),
        text(&row.group),
        row.n.map(|n| n.to_string()).unwrap_or_default(),
        num(row.value),
        num(row.ci_low),
        num(row.ci_high),
        row.suppressed.to_string(),
        row.reason.map(|r| r.code().to_owned()).unwrap_or_default(),
        num(row.change),
        row.change_significant
            .map(|b| b.to_string())
            .unwrap_or_default(),
        text(row.source.as_deref().unwrap_or_default()),
    ]
}

/// The report as one CSV table (the area in the first column), UTF-8 with a BOM.
pub fn to_csv(report: &Report) -> Result<Vec<u8>, ReportError> {
    let rows = report
        .tables
        .iter()
        .flat_map(|table| table.rows.iter().map(|row| cells(&table.area, row)));
    super::csv_table(&COLUMNS, rows).map_err(|e| ReportError::Write(e.to_string()))
}

/// The report as a workbook: one sheet per outcome area, its title on top.
pub fn to_xlsx(report: &Report) -> Result<Vec<u8>, ReportError> {
    use rust_xlsxwriter::{Format, Workbook};
    let err = |e: rust_xlsxwriter::XlsxError| ReportError::Write(e.to_string());
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    for table in &report.tables {
        let sheet = workbook.add_worksheet();
        // Sheet names are our own codes (voice, O1 …), never citizen text.
        sheet.set_name(&table.area).map_err(err)?;
        sheet
            .write_string_with_format(0, 0, safe_cell(&table.title), &bold)
            .map_err(err)?;
        sheet
            .write_string(
                1,
                0,
                format!("{} · k = {} · {}", report.year, report.k, report.through),
            )
            .map_err(err)?;
        for (col, name) in COLUMNS.iter().enumerate() {
            sheet
                .write_string_with_format(3, col as u16, *name, &bold)
                .map_err(err)?;
        }
        for (i, row) in table.rows.iter().enumerate() {
            let r = 4 + i as u32;
            let text = cells(&table.area, row);
            for (col, cell) in text.iter().enumerate() {
                let number = match col {
                    6 => row.n.map(|n| n as f64),
                    7 => row.value,
                    8 => row.ci_low,
                    9 => row.ci_high,
                    12 => row.change,
                    _ => None,
                };
                match number {
                    Some(v) => sheet.write_number(r, col as u16, v).map_err(err)?,
                    None if !cell.is_empty() => {
                        sheet.write_string(r, col as u16, cell).map_err(err)?
                    }
                    None => sheet,
                };
            }
        }
    }
    workbook.save_to_buffer().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_covers_complete_months_of_its_year_only() {
        assert_eq!(window(2025, 202611).ok(), Some((202501, 202512)));
        // In December the year so far ends with its last complete quarter, not November.
        assert_eq!(window(2026, 202612).ok(), Some((202601, 202609)));
        assert_eq!(window(2026, 202611).ok(), Some((202601, 202609)));
        assert_eq!(window(2026, 202610).ok(), Some((202601, 202609)));
        assert!(matches!(window(2026, 202603), Err(ReportError::BadYear(_))));
        assert!(matches!(window(2026, 202601), Err(ReportError::BadYear(_))));
        assert!(matches!(window(2027, 202611), Err(ReportError::BadYear(_))));
        assert!(matches!(window(1999, 202611), Err(ReportError::BadYear(_))));
    }
}
