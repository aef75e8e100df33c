//! Exports of redacted responses (admin): CSV, XLSX and JSON, read from the database a
//! page at a time and sent as they are made, so a million rows never sit in memory.
//! Every text cell a spreadsheet could run (=, +, -, @, tab, CR, NUL) is neutralised.
use super::safe_cell;
use crate::admin::{Principal, Role};
use crate::catalogue::Catalogue;
use crate::web::AppState;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, get, web};
use entity::prelude::*;
use entity::{answer, response, response_text};
use futures_util::stream;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Responses read per round trip.
const PAGE: u64 = 1_000;

pub const COLUMNS: [&str; 10] = [
    "id",
    "survey",
    "unit",
    "period",
    "lang",
    "role",
    "assisted_by",
    "lang_detected",
    "text_redacted",
    "answers",
];

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(export_csv)
        .service(export_json)
        .service(export_xlsx);
}

/// One exported line.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ExportRow {
    pub id: i64,
    pub survey: String,
    pub unit: String,
    pub period: String,
    pub lang: String,
    pub role: String,
    pub assisted_by: String,
    pub lang_detected: String,
    pub text_redacted: String,
    /// question key=value pairs, `; `-separated.
    pub answers: String,
}

impl ExportRow {
    fn cells(&self) -> [String; 10] {
        [
            self.id.to_string(),
            safe_cell(&self.survey).into_owned(),
            safe_cell(&self.unit).into_owned(),
            safe_cell(&self.period).into_owned(),
            safe_cell(&self.lang).into_owned(),
            safe_cell(&self.role).into_owned(),
            safe_cell(&self.assisted_by).into_owned(),
            safe_cell(&self.lang_detected).into_owned(),
            safe_cell(&self.text_redacted).into_owned(),
            safe_cell(&self.answers).into_owned(),
        ]
    }
}

/// The rows after response `after`, at most `PAGE` of them, placeholders in `lang`.
pub async fn page(
    db: &DatabaseConnection,
    catalogue: &Catalogue,
    render: &(dyn Fn(&str) -> String + Send + Sync),
    after: i64,
) -> Result<Vec<ExportRow>, DbErr> {
    let responses = Response::find()
        .filter(response::Column::Id.gt(after))
        .order_by_asc(response::Column::Id)
        .limit(PAGE)
        .all(db)
        .await?;
    let (Some(first), Some(last)) = (responses.first(), responses.last()) else {
        return Ok(Vec::new());
    };
    let (first, last) = (first.id, last.id);
    let texts: BTreeMap<i64, response_text::Model> = ResponseText::find()
        .filter(response_text::Column::ResponseId.between(first, last))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.response_id, t))
        .collect();
    let mut answers: BTreeMap<i64, Vec<answer::Model>> = BTreeMap::new();
    for a in Answer::find()
        .filter(answer::Column::ResponseId.between(first, last))
        .order_by_asc(answer::Column::Id)
        .all(db)
        .await?
    {
        answers.entry(a.response_id).or_default().push(a);
    }
    let question_keys: BTreeMap<i32, &str> = catalogue
        .surveys
        .iter()
        .flat_map(|s| s.questions.iter())
        .map(|q| (q.db_id, q.key.as_str()))
        .collect();
    Ok(responses
        .into_iter()
        .map(|r| {
            let text = texts.get(&r.id);
            let survey = catalogue.surveys.iter().find(|s| s.id == r.survey_id);
            let unit = catalogue.units.iter().find(|u| u.id == r.unit_id);
            let answers = answers
                .get(&r.id)
                .map(|list| {
                    list.iter()
                        .filter_map(|a| {
                            question_keys
                                .get(&a.question_id)
                                .map(|k| format!("{k}={}", a.value))
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            ExportRow {
                id: r.id,
                survey: survey.map(|s| s.slug.clone()).unwrap_or_default(),
                unit: unit.map(|u| u.slug.clone()).unwrap_or_default(),
                period: r.period.clone(),
                lang: r.lang.clone(),
                role: r.role.clone().unwrap_or_default(),
                assisted_by: r.assisted_by.clone().unwrap_or_default(),
                lang_detected: text
                    .and_then(|t| t.lang_detected.clone())
                    .unwrap_or_default(),
                // Only the redacted text is ever exported.
                text_redacted: text
                    .and_then(|t| t.redacted.as_deref())
                    .map(render)
                    .unwrap_or_default(),
                answers,
            }
        })
        .collect())
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Csv,
    Json,
}

struct Cursor {
    state: web::Data<AppState>,
    catalogue: Arc<Catalogue>,
    lang: String,
    after: i64,
    started: bool,
    done: bool,
    format: Format,
}

fn reader_lang(state: &AppState, req: &HttpRequest) -> String {
    let accept = req
        .headers()
        .get("Accept-Language")
        .and_then(|v| v.to_str().ok());
    crate::i18n::negotiate(&state.i18n, None, None, accept).lang
}

/// The next chunk of the file: the header first, then one page of rows per chunk.
async fn next_chunk(mut c: Cursor) -> Option<(Result<Bytes, actix_web::Error>, Cursor)> {
    if c.done {
        return None;
    }
    let i18n = Arc::clone(&c.state.i18n);
    let lang = c.lang.clone();
    let render = move |redacted: &str| crate::text::render_redacted(redacted, &lang, &i18n);
    let rows = match page(&c.state.db, &c.catalogue, &render, c.after).await {
        Ok(rows) => rows,
        Err(e) => {
            tracing::error!(error = %e, "export failed part way");
            c.done = true;
            return Some((
                Err(actix_web::error::ErrorInternalServerError("export failed")),
                c,
            ));
        }
    };
    let mut out: Vec<u8> = Vec::new();
    match c.format {
        Format::Csv => {
            let mut writer = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(&mut out);
            if !c.started {
                let _ = writer.write_record(COLUMNS);
            }
            for row in &rows {
                let _ = writer.write_record(row.cells());
            }
            let _ = writer.flush();
            drop(writer);
            if !c.started {
                out.splice(0..0, *b"\xEF\xBB\xBF");
            }
        }
        Format::Json => {
            if !c.started {
                out.push(b'[');
            }
            for (i, row) in rows.iter().enumerate() {
                if c.started || i > 0 {
                    out.push(b',');
                }
                let _ = serde_json::to_writer(&mut out, row);
            }
            if rows.is_empty() {
                out.push(b']');
            }
        }
    }
    c.started = true;
    match rows.last() {
        Some(last) => c.after = last.id,
        None => c.done = true,
    }
    Some((Ok(Bytes::from(out)), c))
}

fn stream_export(state: web::Data<AppState>, req: &HttpRequest, format: Format) -> HttpResponse {
    let cursor = Cursor {
        catalogue: state.catalogue.get(),
        lang: reader_lang(&state, req),
        state,
        after: 0,
        started: false,
        done: false,
        format,
    };
    let (content_type, name) = match format {
        Format::Csv => ("text/csv; charset=utf-8", "responses.csv"),
        Format::Json => ("application/json", "responses.json"),
    };
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .streaming(stream::unfold(cursor, next_chunk))
}

#[get("/api/v1/responses.csv")]
async fn export_csv(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Admin)?;
    crate::admin::audit::export(
        &state.db,
        &principal.name,
        "responses.csv",
        req.query_string(),
    )
    .await;
    Ok(stream_export(state, &req, Format::Csv))
}

#[get("/api/v1/responses.json")]
async fn export_json(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    principal.require(Role::Admin)?;
    crate::admin::audit::export(
        &state.db,
        &principal.name,
        "responses.json",
        req.query_string(),
    )
    .await;
    Ok(stream_export(state, &req, Format::Json))
}

/// XLSX is a zip file, so it is made whole before it is sent; the workbook streams its
/// rows to a temporary file (constant memory), not into memory.
#[get("/api/v1/responses.xlsx")]
async fn export_xlsx(
    state: web::Data<AppState>,
    principal: Principal,
    req: HttpRequest,
) -> Result<HttpResponse, actix_web::Error> {
    use rust_xlsxwriter::Workbook;
    principal.require(Role::Admin)?;
    crate::admin::audit::export(
        &state.db,
        &principal.name,
        "responses.xlsx",
        req.query_string(),
    )
    .await;
    let catalogue = state.catalogue.get();
    let lang = reader_lang(&state, &req);
    let i18n = Arc::clone(&state.i18n);
    let render = move |redacted: &str| crate::text::render_redacted(redacted, &lang, &i18n);
    let err =
        |e: rust_xlsxwriter::XlsxError| actix_web::error::ErrorInternalServerError(e.to_string());
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory().map_err(err)?;
    sheet.set_name("responses").map_err(err)?;
    for (col, name) in COLUMNS.iter().enumerate() {
        sheet.write_string(0, col as u16, *name).map_err(err)?;
    }
    let mut line = 1u32;
    let mut after = 0;
    loop {
        let rows = page(&state.db, &catalogue, &render, after)
            .await
            .map_err(actix_web::error::ErrorInternalServerError)?;
        let Some(last) = rows.last() else { break };
        after = last.id;
        for row in &rows {
            sheet.write_number(line, 0, row.id as f64).map_err(err)?;
            for (col, cell) in row.cells().iter().enumerate().skip(1) {
                // Always text, never a formula, and neutralised as in CSV.
                sheet.write_string(line, col as u16, cell).map_err(err)?;
            }
            line += 1;
        }
    }
    let body = web::block(move || workbook.save_to_buffer())
        .await
        .map_err(actix_web::error::ErrorInternalServerError)?
        .map_err(err)?;
    Ok(HttpResponse::Ok()
        .content_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"responses.xlsx\"",
        ))
        .body(body))
}
