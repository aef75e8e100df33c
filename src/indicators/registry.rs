//! Registry figures from outside (microdata.no, SSB, Bufdir, KOSTRA): a CSV with the
//! columns indicator, area, period, value, source (and an optional note), checked whole
//! before anything is stored, and stored in one transaction (all or nothing).
use super::IndicatorCatalogue;
use crate::catalogue::Catalogue;
use crate::db::begin_write;
use entity::prelude::*;
use entity::registry_value;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, QueryOrder};

pub const REQUIRED: [&str; 5] = ["indicator", "area", "period", "value", "source"];
/// Errors listed at most; a file with more is wrong throughout.
const MAX_ERRORS: usize = 100;

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub indicator: String,
    pub area: String,
    pub period: String,
    pub value: f64,
    pub source: String,
    pub note: Option<String>,
}

/// A problem on one line of the file (line 1 is the header).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LineError {
    pub line: u64,
    pub message: String,
}

fn valid_period(p: &str) -> bool {
    let year_ok = |y: &str| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit());
    match p.split_once('-') {
        None => year_ok(p),
        Some((y, rest)) => {
            year_ok(y)
                && (rest
                    .parse::<u32>()
                    .is_ok_and(|m| (1..=12).contains(&m) && rest.len() == 2)
                    || matches!(rest, "Q1" | "Q2" | "Q3" | "Q4"))
        }
    }
}

/// Reads and checks a whole file; every problem is reported with its line.
pub fn parse(
    bytes: &[u8],
    indicators: &IndicatorCatalogue,
    catalogue: &Catalogue,
) -> Result<Vec<Figure>, Vec<LineError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.to_lowercase()).collect(),
        Err(e) => {
            return Err(vec![LineError {
                line: 1,
                message: format!("the header cannot be read: {e}"),
            }]);
        }
    };
    let missing: Vec<&str> = REQUIRED
        .iter()
        .filter(|c| !header.iter().any(|h| h == *c))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(vec![LineError {
            line: 1,
            message: format!(
                "missing column(s) {}; the columns are {} (and note)",
                missing.join(", "),
                REQUIRED.join(", ")
            ),
        }]);
    }
    let col = |name: &str| header.iter().position(|h| h == name);
    let (ci, ca, cp, cv, cs, cn) = (
        col("indicator").unwrap_or(0),
        col("area").unwrap_or(0),
        col("period").unwrap_or(0),
        col("value").unwrap_or(0),
        col("source").unwrap_or(0),
        col("note"),
    );
    let mut figures = Vec::new();
    let mut errors = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i as u64 + 2;
        if errors.len() >= MAX_ERRORS {
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(LineError {
                    line,
                    message: format!("not a CSV line: {e}"),
                });
                continue;
            }
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("").to_owned();
        let mut problems = Vec::new();
        let indicator = field(ci);
        if indicators.get(&indicator).is_none() {
            problems.push(format!("unknown indicator {indicator:?}"));
        }
        let area = field(ca);
        let area_ok = area == "city"
            || catalogue.districts.iter().any(|d| d.slug == area)
            || catalogue.zones.iter().any(|z| z.slug == area);
        if !area_ok {
            problems.push(format!(
                "unknown area {area:?} (city, a district or a zone)"
            ));
        }
        let period = field(cp);
        if !valid_period(&period) {
            problems.push(format!("period {period:?} is not YYYY, YYYY-MM or YYYY-Qn"));
        }
        let raw_value = field(cv);
        let value = raw_value
            .replace(',', ".")
            .replace(' ', "")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite());
        if value.is_none() {
            problems.push(format!("value {raw_value:?} is not a number"));
        }
        let source = field(cs);
        if source.is_empty() || source.chars().count() > 200 {
            problems.push("source is missing or longer than 200 characters".to_owned());
        }
        let note = cn.map(field).filter(|n| !n.is_empty());
        if note.as_ref().is_some_and(|n| n.chars().count() > 500) {
            problems.push("note is longer than 500 characters".to_owned());
        }
        match (problems.is_empty(), value) {
            (true, Some(value)) => figures.push(Figure {
                indicator,
                area,
                period,
                value,
                source,
                note,
            }),
            _ => errors.push(LineError {
                line,
                message: problems.join("; "),
            }),
        }
    }
    if errors.is_empty() {
        Ok(figures)
    } else {
        Err(errors)
    }
}

/// Stores the figures in one transaction; a figure for the same indicator, area, period
/// and source replaces the old one. Returns how many were stored.
pub async fn import(
    db: &DatabaseConnection,
    figures: &[Figure],
    actor: &str,
) -> Result<usize, DbErr> {
    let txn = begin_write(db).await?;
    let now = chrono::Utc::now();
    for f in figures {
        RegistryValue::insert(registry_value::ActiveModel {
            indicator: Set(f.indicator.clone()),
            area: Set(f.area.clone()),
            period: Set(f.period.clone()),
            value: Set(f.value),
            source: Set(f.source.clone()),
            note: Set(f.note.clone()),
            imported_at: Set(now),
            ..Default::default()
        })
        .on_conflict(
            OnConflict::columns([
                registry_value::Column::Indicator,
                registry_value::Column::Area,
                registry_value::Column::Period,
                registry_value::Column::Source,
            ])
            .update_columns([
                registry_value::Column::Value,
                registry_value::Column::Note,
                registry_value::Column::ImportedAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    }
    crate::admin::audit::record_in(
        &txn,
        actor,
        "registry.import",
        None,
        Some(&figures.len().to_string()),
    )
    .await?;
    txn.commit().await?;
    Ok(figures.len())
}

pub async fn list(db: &DatabaseConnection) -> Result<Vec<registry_value::Model>, DbErr> {
    RegistryValue::find()
        .order_by_asc(registry_value::Column::Indicator)
        .order_by_asc(registry_value::Column::Period)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_years_months_or_quarters() {
        for ok in ["2024", "2024-03", "2024-Q2"] {
            assert!(valid_period(ok), "{ok}");
        }
        for bad in ["24", "2024-13", "2024-Q5", "2024-3", "x"] {
            assert!(!valid_period(bad), "{bad}");
        }
    }
}
