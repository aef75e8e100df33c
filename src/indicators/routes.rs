//! `GET /api/v1/indicators` (JSON), `.csv` and `.xlsx`: the same rows and column names.
use super::compute::{self, Dimension, Filters, Grain, IndicatorRow};
use super::{IndicatorCatalogue, safe_cell};
use crate::admin::{Principal, Role, UnitScope};
use crate::catalogue::Catalogue;
use crate::web::AppState;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, get, web};
use serde_json::json;

/// The column names of every format, in order.
pub const COLUMNS: [&str; 9] = [
    "indicator",
    "group",
    "n",
    "value",
    "ci_low",
    "ci_high",
    "suppressed",
    "reason",
    "so_far",
];

#[derive(Debug, thiserror::Error)]
pub enum IndicatorError {
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
    #[error("database error")]
    Database(#[from] sea_orm::DbErr),
    #[error("the spreadsheet could not be written")]
    Spreadsheet(String),
    #[error("you may read your own units' figures only")]
    NotYourUnit,
}

impl ResponseError for IndicatorError {
    fn status_code(&self) -> StatusCode {
        match self {
            IndicatorError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            IndicatorError::NotFound(_) => StatusCode::NOT_FOUND,
            IndicatorError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            IndicatorError::NotYourUnit => StatusCode::FORBIDDEN,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let code = match self {
            IndicatorError::BadRequest { code, .. } => code,
            IndicatorError::NotFound(_) => "not_found",
            IndicatorError::Invalid(_) => "invalid_indicator",
            IndicatorError::NotYourUnit => "forbidden",
            IndicatorError::Database(e) => {
                tracing::error!(error = %e, "indicator computation failed");
                "internal"
            }
            IndicatorError::Spreadsheet(e) => {
                tracing::error!(error = %e, "spreadsheet export failed");
                "internal"
            }
        };
        HttpResponse::build(self.status_code())
            .json(json!({"error": code, "message": self.to_string()}))
    }
}

fn bad(code: &'static str, message: impl Into<String>) -> IndicatorError {
    IndicatorError::BadRequest {
        code,
        message: message.into(),
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(report_json)
        .service(report_csv)
        .service(report_xlsx)
        .service(indicators_json)
        .service(indicators_csv)
        .service(indicators_xlsx)
        .service(registry_list)
        .service(registry_import);
    super::export::configure(cfg);
    super::edit::configure(cfg);
}

/// What a request asks for, checked.
pub struct IndicatorQuery {
    pub filters: Filters,
    pub by: Dimension,
    pub grain: Grain,
    pub only: Vec<String>,
}

pub fn parse(
    query: &str,
    catalogue: &Catalogue,
    indicators: &IndicatorCatalogue,
) -> Result<IndicatorQuery, IndicatorError> {
    let mut q = IndicatorQuery {
        filters: Filters::default(),
        by: Dimension::All,
        grain: Grain::Month,
        only: Vec::new(),
    };
    let month = |key: &str, value: &str| {
        crate::search::month_number(value)
            .map(|m| m as u32)
            .ok_or_else(|| {
                bad(
                    "invalid_period",
                    format!("{key}={value:?} is not a month (YYYY-MM)"),
                )
            })
    };
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let value = value.trim().to_owned();
        if value.is_empty() {
            continue;
        }
        let known = |ok: bool, what: &str| {
            if ok {
                Ok(Some(value.clone()))
            } else {
                Err(bad(
                    "unknown_filter",
                    format!("no {what} is called {value:?}"),
                ))
            }
        };
        match key.as_ref() {
            "by" => {
                q.by = Dimension::parse(&value).ok_or_else(|| {
                    bad(
                        "unknown_dimension",
                        format!("by is one of {}", Dimension::NAMES.join(", ")),
                    )
                })?;
            }
            "grain" => {
                q.grain = Grain::parse(&value)
                    .ok_or_else(|| bad("unknown_grain", "grain is month, quarter or year"))?;
            }
            "from" => q.filters.from = Some(month("from", &value)?),
            "to" => q.filters.to = Some(month("to", &value)?),
            "unit" | "service_kind" | "district" | "zone" | "lang" | "audience" => {
                let ok = catalogue.knows(&key, &value).unwrap_or(false);
                let value = known(ok, &key)?;
                match key.as_ref() {
                    "unit" => q.filters.unit = value,
                    "service_kind" => q.filters.service_kind = value,
                    "district" => q.filters.district = value,
                    "zone" => q.filters.zone = value,
                    "lang" => q.filters.lang = value,
                    _ => q.filters.audience = value,
                }
            }
            "role" => {
                let ok =
                    value == compute::NO_ROLE || crate::catalogue::ROLES.contains(&value.as_str());
                q.filters.role = known(ok, "role")?;
            }
            "indicator" => {
                for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                    if indicators.get(code).is_none() {
                        return Err(bad(
                            "unknown_indicator",
                            format!("no indicator is called {code:?}"),
                        ));
                    }
                    q.only.push(code.to_owned());
                }
            }
            _ => {}
        }
    }
    if let (Some(from), Some(to)) = (q.filters.from, q.filters.to)
        && from > to
    {
        return Err(bad("inverted_range", "from is after to"));
    }
    Ok(q)
}

/// Computes the rows a request asks for, within the units the reader may see.
pub async fn rows_for(
    state: &AppState,
    query_string: &str,
    scope: &UnitScope,
) -> Result<Vec<IndicatorRow>, IndicatorError> {
    let catalogue = state.catalogue.get();
    let indicators = state.indicators.get();
    // Without `to`, the API (a table builder) counts every month up to now; rows that
    // count the month under way say `so_far`. The pages' default views end with the
    // last whole month (`compute::default_to`).
    let mut q = parse(query_string, &catalogue, &indicators)?;
    q.filters.unit = scope
        .narrow(q.filters.unit.as_deref())
        .map_err(|_| IndicatorError::NotYourUnit)?;
    let cube = state.cubes.get(&state.db, &catalogue).await?;
    let k = u64::from(state.settings.min_cell);
    Ok(compute::compute(
        &cube,
        &indicators,
        &q.filters,
        q.by,
        q.grain,
        &q.only,
        k,
    ))
}

#[get("/api/v1/indicators")]
async fn indicators_json(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    let scope = principal.read_scope()?;
    let rows = rows_for(&state, req.query_string(), &scope).await?;
    Ok(HttpResponse::Ok().json(rows))
}

fn cells(row: &IndicatorRow) -> [String; 9] {
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    [
        safe_cell(&row.indicator).into_owned(),
        safe_cell(&row.group).into_owned(),
        row.n.map(|n| n.to_string()).unwrap_or_default(),
        num(row.value),
        num(row.ci_low),
        num(row.ci_high),
        row.suppressed.to_string(),
        row.reason.map(|r| r.code().to_owned()).unwrap_or_default(),
        row.so_far.to_string(),
    ]
}

#[get("/api/v1/indicators.csv")]
async fn indicators_csv(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    let scope = principal.read_scope()?;
    let rows = rows_for(&state, req.query_string(), &scope).await?;
    crate::admin::audit::export(
        &state.db,
        &principal.name,
        "indicators.csv",
        req.query_string(),
    )
    .await;
    let body = super::csv_table(&COLUMNS, rows.iter().map(cells))
        .map_err(|e| IndicatorError::Spreadsheet(e.to_string()))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"indicators.csv\"",
        ))
        .body(body))
}

#[get("/api/v1/indicators.xlsx")]
async fn indicators_xlsx(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    let scope = principal.read_scope()?;
    let rows = rows_for(&state, req.query_string(), &scope).await?;
    crate::admin::audit::export(
        &state.db,
        &principal.name,
        "indicators.xlsx",
        req.query_string(),
    )
    .await;
    let body = web::block(move || xlsx(&rows))
        .await
        .map_err(|e| IndicatorError::Spreadsheet(e.to_string()))??;
    Ok(HttpResponse::Ok()
        .content_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"indicators.xlsx\"",
        ))
        .body(body))
}

fn xlsx(rows: &[IndicatorRow]) -> Result<Vec<u8>, IndicatorError> {
    use rust_xlsxwriter::Workbook;
    let err = |e: rust_xlsxwriter::XlsxError| IndicatorError::Spreadsheet(e.to_string());
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("indicators").map_err(err)?;
    for (col, name) in COLUMNS.iter().enumerate() {
        sheet.write_string(0, col as u16, *name).map_err(err)?;
    }
    for (i, row) in rows.iter().enumerate() {
        let r = (i + 1) as u32;
        // Text is always written as text (never a formula), and neutralised as in CSV.
        sheet
            .write_string(r, 0, safe_cell(&row.indicator))
            .map_err(err)?;
        sheet
            .write_string(r, 1, safe_cell(&row.group))
            .map_err(err)?;
        let numbers = [row.n.map(|n| n as f64), row.value, row.ci_low, row.ci_high];
        for (j, value) in numbers.iter().enumerate() {
            if let Some(v) = value {
                sheet.write_number(r, 2 + j as u16, *v).map_err(err)?;
            }
        }
        sheet.write_boolean(r, 6, row.suppressed).map_err(err)?;
        let reason = cells(row)[7].clone();
        if !reason.is_empty() {
            sheet.write_string(r, 7, reason).map_err(err)?;
        }
        sheet.write_boolean(r, 8, row.so_far).map_err(err)?;
    }
    workbook.save_to_buffer().map_err(err)
}

impl From<super::report::ReportError> for IndicatorError {
    fn from(e: super::report::ReportError) -> Self {
        use super::report::ReportError;
        match e {
            ReportError::BadYear(message) => bad("invalid_year", message),
            ReportError::UnknownLanguage(_) => bad("unknown_language", e.to_string()),
            ReportError::Database(e) => IndicatorError::Database(e),
            ReportError::Write(e) => IndicatorError::Spreadsheet(e),
        }
    }
}

/// The yearly report a request asks for: `year` (default: the year of the last complete
/// month) and `lang` (names and titles; default Norwegian).
pub async fn report_for(
    state: &AppState,
    query_string: &str,
) -> Result<super::report::Report, IndicatorError> {
    let (mut year, mut lang) = (None, "nb".to_owned());
    for (key, value) in form_urlencoded::parse(query_string.as_bytes()) {
        match key.as_ref() {
            "year" => {
                year =
                    Some(value.trim().parse().map_err(|_| {
                        bad("invalid_year", format!("year={value:?} is not a year"))
                    })?);
            }
            "lang" => lang = value.into_owned(),
            _ => {}
        }
    }
    let report = super::report::build(
        &state.db,
        &state.catalogue.get(),
        &state.indicators.get(),
        &state.i18n,
        year,
        &lang,
        state.settings.published_k(),
    )
    .await?;
    Ok(report)
}

/// The report as a download: CSV, or XLSX written on a blocking thread.
pub async fn report_file(
    report: super::report::Report,
    csv: bool,
) -> Result<HttpResponse, IndicatorError> {
    let year = report.year;
    let (body, kind, ext) = if csv {
        (
            super::report::to_csv(&report)?,
            "text/csv; charset=utf-8",
            "csv",
        )
    } else {
        let body = web::block(move || super::report::to_xlsx(&report))
            .await
            .map_err(|e| IndicatorError::Spreadsheet(e.to_string()))??;
        (
            body,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        )
    };
    Ok(HttpResponse::Ok()
        .content_type(kind)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"report-{year}.{ext}\""),
        ))
        .body(body))
}

#[get("/api/v1/report")]
async fn report_json(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    Ok(HttpResponse::Ok().json(report_for(&state, req.query_string()).await?))
}

#[get("/api/v1/report.csv")]
async fn report_csv(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let report = report_for(&state, req.query_string()).await?;
    crate::admin::audit::export(&state.db, &principal.name, "report.csv", req.query_string()).await;
    Ok(report_file(report, true).await?)
}

#[get("/api/v1/report.xlsx")]
async fn report_xlsx(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let report = report_for(&state, req.query_string()).await?;
    crate::admin::audit::export(
        &state.db,
        &principal.name,
        "report.xlsx",
        req.query_string(),
    )
    .await;
    Ok(report_file(report, false).await?)
}

/// Largest registry file accepted.
const MAX_REGISTRY_FILE: usize = 5 * 1024 * 1024;

#[get("/api/v1/registry")]
async fn registry_list(
    state: web::Data<AppState>,
    principal: Principal,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Planner)?;
    let figures = super::registry::list(&state.db)
        .await
        .map_err(IndicatorError::from)?;
    Ok(HttpResponse::Ok().json(figures))
}

/// Imports a registry CSV (admin): all lines or none, with every problem by line.
#[actix_web::post("/api/v1/registry")]
async fn registry_import(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Admin)?;
    let body = crate::web::read_body(&req, payload, MAX_REGISTRY_FILE).await?;
    let catalogue = state.catalogue.get();
    let indicators = state.indicators.get();
    match super::registry::parse(&body, &indicators, &catalogue) {
        Ok(figures) => {
            let imported = super::registry::import(&state.db, &figures, &principal.name)
                .await
                .map_err(IndicatorError::from)?;
            Ok(HttpResponse::Created().json(json!({"imported": imported})))
        }
        Err(lines) => Ok(HttpResponse::UnprocessableEntity().json(json!({
            "error": "invalid_registry_file",
            "message": "nothing was imported; correct the lines listed and send the file again",
            "lines": lines,
        }))),
    }
}
