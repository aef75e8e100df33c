//! What participants see on their phones, without an account: `/w` (type a code),
//! `/w/{code}` (join, then the board: material, notes, votes, proposals to rate). Each
//! participant is known by a cookie secret scoped to the workshop's path; forms carry a
//! token derived from it and must come from this site. Everything works without
//! JavaScript; every refusal keeps what the participant typed.
use super::material;
use super::model::{self, MAX_NOTE_CHARS, PARTICIPANT_ROLES, VOTES_PER_PARTICIPANT};
use super::store::{self, WorkshopError};
use crate::web::{AppState, Page, PageError, form_field, read_body};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use entity::{workshop, workshop_participant};
use minijinja::{Value, context};
use sha2::{Digest, Sha256};

const COOKIE: &str = "stemme_w";
const MAX_FORM: usize = 8 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(enter)
        .service(board_page)
        .service(join)
        .service(add_note)
        .service(vote)
        .service(rate);
}

/// The token a participant's forms carry: derived from their secret, so another site
/// cannot post in their name.
fn form_token(secret: &str) -> String {
    let digest = Sha256::digest(format!("form\0{secret}").as_bytes());
    crate::admin::session::hex(&digest[..16])
}

fn path_of(code: &str) -> String {
    format!("/w/{code}")
}

/// A refusal as a page in the participant's language.
fn refused(page: &Page<'_>, e: &WorkshopError) -> PageError {
    let status = match e {
        WorkshopError::NotFound => StatusCode::NOT_FOUND,
        WorkshopError::Closed | WorkshopError::Expired => StatusCode::GONE,
        WorkshopError::TooFast => StatusCode::TOO_MANY_REQUESTS,
        WorkshopError::Db(err) => {
            tracing::error!(error = %err, "workshop store failed");
            StatusCode::SERVICE_UNAVAILABLE
        }
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let key = e.code().replace('_', "-");
    page.error_page(
        status,
        "workshop-error-title",
        &format!("workshop-error-{key}"),
    )
}

#[get("/w")]
async fn enter(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if let Some(code) = crate::web::query_param(&req, "code") {
        let code = model::normalise_code(&code);
        if !code.is_empty() {
            return Ok(HttpResponse::SeeOther()
                .insert_header(("Location", format!("/w/{code}?lang={}", page.lang)))
                .finish());
        }
    }
    page.render("workshop/enter.html", context! {})
}

struct Joined {
    workshop: workshop::Model,
    participant: workshop_participant::Model,
    secret: String,
}

/// The workshop a code names, and the participant this browser is in it, if any.
async fn who(
    state: &AppState,
    req: &HttpRequest,
    code: &str,
) -> Result<(workshop::Model, Option<Joined>), WorkshopError> {
    let w = store::by_code(&state.db, code).await?;
    let Some(secret) = req.cookie(COOKIE).map(|c| c.value().to_owned()) else {
        return Ok((w, None));
    };
    let found = store::participant(&state.db, w.id, &secret).await?;
    Ok((
        w.clone(),
        found.map(|participant| Joined {
            workshop: w,
            participant,
            secret,
        }),
    ))
}

#[derive(serde::Serialize)]
struct NoteItem {
    id: i32,
    text: String,
    mine_voted: bool,
}

#[derive(serde::Serialize)]
struct ProposalItem {
    id: i32,
    title: String,
    my_score: Option<i32>,
}

/// The board as a participant sees it: every note (their votes marked, no counts, so
/// nobody follows others' votes), proposals with their own rating.
async fn board_view(
    state: &AppState,
    page: &Page<'_>,
    joined: &Joined,
    status: StatusCode,
    notice: Option<String>,
    problem: Option<String>,
    draft: &str,
) -> Result<HttpResponse, PageError> {
    let fail = |e: WorkshopError| refused(page, &e);
    let w = &joined.workshop;
    let board = store::board(&state.db, w.id).await.map_err(fail)?;
    let voted = store::my_votes(&state.db, joined.participant.id)
        .await
        .map_err(fail)?;
    let ratings = store::my_ratings(&state.db, joined.participant.id)
        .await
        .map_err(fail)?;
    let mut notes: Vec<NoteItem> = board
        .notes
        .into_iter()
        .map(|n| NoteItem {
            mine_voted: voted.contains(&n.id),
            id: n.id,
            text: n.text,
        })
        .collect();
    notes.sort_by_key(|n| n.id);
    let proposals: Vec<ProposalItem> = board
        .proposals
        .into_iter()
        .map(|p| ProposalItem {
            my_score: ratings.get(&p.id).copied(),
            id: p.id,
            title: p.title,
        })
        .collect();
    let material = material::for_workshop(state, w, &page.lang)
        .await
        .map_err(fail)?;
    let votes_left = VOTES_PER_PARTICIPANT.saturating_sub(voted.len());
    page.render_status(
        status,
        "workshop/board.html",
        context! {
            title => w.title.clone(),
            code => w.code.clone(),
            open => store::is_open(w),
            token => form_token(&joined.secret),
            notes => Value::from(minijinja::value::Serde(notes)),
            proposals => Value::from(minijinja::value::Serde(proposals)),
            material => Value::from(minijinja::value::Serde(material)),
            votes_left => votes_left,
            max_note => MAX_NOTE_CHARS,
            notice => notice,
            problem => problem,
            draft => draft,
        },
    )
}

#[get("/w/{code}")]
async fn board_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let (w, joined) = match who(&state, &req, &code).await {
        Ok(found) => found,
        // A code mistyped: back to the code field, with what was typed and why.
        Err(WorkshopError::NotFound) => {
            return page.render_status(
                StatusCode::NOT_FOUND,
                "workshop/enter.html",
                context! {
                    problem => page.t("workshop-error-not-found"),
                    typed => code.as_str(),
                },
            );
        }
        Err(e) => return Err(refused(&page, &e)),
    };
    if w.code != code.as_str() {
        // A code typed in lower case: to the workshop's own address, where its cookie is.
        let query = match req.query_string() {
            "" => String::new(),
            q => format!("?{q}"),
        };
        return Ok(HttpResponse::SeeOther()
            .insert_header(("Location", format!("{}{query}", path_of(&w.code))))
            .finish());
    }
    if let Some(joined) = joined {
        let notice = crate::web::query_param(&req, "done")
            .filter(|d| matches!(d.as_str(), "note" | "vote" | "unvote" | "rating" | "joined"))
            .map(|d| page.t(&format!("workshop-done-{d}")));
        return board_view(&state, &page, &joined, StatusCode::OK, notice, None, "").await;
    }
    store::check_joinable(&w).map_err(|e| refused(&page, &e))?;
    page.render(
        "workshop/join.html",
        context! {
            title => w.title.clone(),
            code => w.code.clone(),
            roles => PARTICIPANT_ROLES.to_vec(),
        },
    )
}

async fn form(
    page: &Page<'_>,
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<Vec<(String, String)>, PageError> {
    if crate::admin::pages::cross_site(req) {
        return Err(page.error(StatusCode::FORBIDDEN));
    }
    let body = read_body(req, payload, MAX_FORM)
        .await
        .map_err(|_| page.error(StatusCode::PAYLOAD_TOO_LARGE))?;
    Ok(form_urlencoded::parse(&body).into_owned().collect())
}

#[post("/w/{code}/join")]
async fn join(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let probe = Page::new(&state, &req, None);
    let fields = form(&probe, &req, payload).await?;
    let page = Page::new(&state, &req, Some(form_field(&fields, "lang")));
    let w = store::by_code(&state.db, &code)
        .await
        .map_err(|e| refused(&page, &e))?;
    let secret = store::join(&state.db, &w, &page.lang, form_field(&fields, "role"))
        .await
        .map_err(|e| refused(&page, &e))?;
    state.cluster.workshop_changed(w.id).await;
    let cookie = Cookie::build(COOKIE, secret)
        .path(path_of(&w.code))
        .http_only(true)
        .secure(state.settings.secure_cookies)
        // Lax: the link from a QR code is a top-level visit and must carry it.
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(2))
        .finish();
    Ok(HttpResponse::SeeOther()
        .cookie(cookie)
        .insert_header((
            "Location",
            format!("{}?lang={}&done=joined", path_of(&w.code), page.lang),
        ))
        .finish())
}

/// A participant's post: the board with a problem in their language, or on to the board.
async fn participant_post(
    state: &AppState,
    req: &HttpRequest,
    code: &str,
    payload: web::Payload,
    act: impl AsyncFnOnce(&Joined, &[(String, String)]) -> Result<&'static str, WorkshopError>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(state, req, None);
    let fields = form(&page, req, payload).await?;
    let (_, joined) = who(state, req, code)
        .await
        .map_err(|e| refused(&page, &e))?;
    let Some(joined) = joined else {
        // Not joined (or the cookie expired): back to the join page.
        return Ok(HttpResponse::SeeOther()
            .insert_header(("Location", path_of(&model::normalise_code(code))))
            .finish());
    };
    if form_field(&fields, "token") != form_token(&joined.secret) {
        return Err(page.error(StatusCode::FORBIDDEN));
    }
    match act(&joined, &fields).await {
        Ok(done) => {
            state.cluster.workshop_changed(joined.workshop.id).await;
            // Back to the note or proposal acted on, not to the top of the board.
            let place = match (form_field(&fields, "note"), form_field(&fields, "proposal")) {
                (note, _) if !note.is_empty() && note.bytes().all(|b| b.is_ascii_digit()) => {
                    format!("#note-{note}")
                }
                (_, p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => {
                    format!("#proposal-{p}")
                }
                _ => String::new(),
            };
            Ok(HttpResponse::SeeOther()
                .insert_header((
                    "Location",
                    format!("{}?done={done}{place}", path_of(&joined.workshop.code)),
                ))
                .finish())
        }
        Err(WorkshopError::Db(e)) => {
            tracing::error!(error = %e, "workshop post failed");
            Err(page.error(StatusCode::SERVICE_UNAVAILABLE))
        }
        Err(e) => {
            let status = match e {
                WorkshopError::Closed => StatusCode::CONFLICT,
                WorkshopError::TooFast => StatusCode::TOO_MANY_REQUESTS,
                WorkshopError::NotFound => StatusCode::NOT_FOUND,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            let problem = page.t(&format!("workshop-error-{}", e.code().replace('_', "-")));
            // The workshop may have closed meanwhile: show it as it is now.
            let mut joined = joined;
            if let Ok(w) = store::get(&state.db, joined.workshop.id).await {
                joined.workshop = w;
            }
            board_view(
                state,
                &page,
                &joined,
                status,
                None,
                Some(problem),
                form_field(&fields, "text"),
            )
            .await
        }
    }
}

#[post("/w/{code}/notes")]
async fn add_note(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let db = state.db.clone();
    let pipeline = state.text.clone();
    let i18n = state.i18n.clone();
    participant_post(
        &state,
        &req,
        &code,
        payload,
        async |j: &Joined, f: &[(String, String)]| {
            let raw = model::clean_text(form_field(f, "text"), model::MAX_NOTE_CHARS)
                .ok_or(WorkshopError::Invalid("note"))?;
            // A note goes through the same redaction as an answer's text before anyone
            // sees it (the board, the projector, the summary); only the redacted form,
            // with placeholders in the writer's language, is kept.
            let lang = j.participant.lang.clone();
            let processed = pipeline.process_async(raw, lang.clone()).await;
            let shown = crate::text::render_redacted(&processed.redacted, &lang, &i18n);
            store::add_note(&db, j.workshop.id, &j.participant, &shown).await?;
            Ok("note")
        },
    )
    .await
}

#[post("/w/{code}/votes")]
async fn vote(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let db = state.db.clone();
    participant_post(
        &state,
        &req,
        &code,
        payload,
        async |j: &Joined, f: &[(String, String)]| {
            let note: i32 = form_field(f, "note")
                .parse()
                .map_err(|_| WorkshopError::NotFound)?;
            let voted = store::toggle_vote(&db, j.workshop.id, &j.participant, note).await?;
            Ok(if voted { "vote" } else { "unvote" })
        },
    )
    .await
}

#[post("/w/{code}/ratings")]
async fn rate(
    state: web::Data<AppState>,
    req: HttpRequest,
    code: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let db = state.db.clone();
    participant_post(
        &state,
        &req,
        &code,
        payload,
        async |j: &Joined, f: &[(String, String)]| {
            let proposal: i32 = form_field(f, "proposal")
                .parse()
                .map_err(|_| WorkshopError::NotFound)?;
            let score: i32 = form_field(f, "score")
                .parse()
                .map_err(|_| WorkshopError::Invalid("score"))?;
            store::rate(&db, j.workshop.id, &j.participant, proposal, score).await?;
            Ok("rating")
        },
    )
    .await
}
