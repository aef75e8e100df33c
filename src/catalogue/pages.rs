//! The catalogue admin (`/admin/catalogue`, admin only): surveys with their titles and
//! questions in every language and the reviewed flag, questions added or retired, units,
//! districts and zones. Every save is a revision (see `edit`); the snapshot forms read
//! is reloaded after it.
use super::edit::{self, EditError};
use super::{QuestionKind, Survey, pick};
use crate::admin::Staff;
use crate::admin::users_pages::require_admin;
use crate::web::{AppState, Page, PageError, form_field};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use minijinja::{Value, context};
use serde::Serialize;
use std::collections::BTreeMap;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(overview)
        .service(survey_page)
        .service(survey_save)
        .service(question_add)
        .service(question_page)
        .service(question_save)
        .service(recording_save)
        .service(places)
        .service(district_save)
        .service(zone_save)
        .service(unit_page)
        .service(unit_save);
}

/// Largest form accepted: 15 languages of question texts, help and labels.
const MAX_FORM: usize = 256 * 1024;

/// An edit error in the admin's language, from its stable code.
fn problem(page: &Page<'_>, e: &EditError) -> String {
    if let EditError::Db(err) = e {
        tracing::error!(error = %err, "catalogue change failed");
    }
    page.t(&format!("catalogue-error-{}", e.code().replace('_', "-")))
}

fn unavailable(page: &Page<'_>) -> impl FnOnce(super::CatalogueError) -> PageError {
    |e| {
        tracing::error!(error = %e, "catalogue reload failed");
        page.error(StatusCode::SERVICE_UNAVAILABLE)
    }
}

/// After a save: reload the snapshot and go back to `to` saying what happened.
async fn saved(
    state: &AppState,
    page: &Page<'_>,
    to: &str,
    revision: Option<i32>,
) -> Result<HttpResponse, PageError> {
    if revision.is_some() {
        state
            .cluster
            .changed(crate::cluster::Shared::Catalogue)
            .await;
        state
            .catalogue
            .reload(&state.db)
            .await
            .map_err(unavailable(page))?;
        // Unit and place names are words the redactor knows.
        state
            .text
            .reload_names(&state.db, &state.catalogue.get())
            .await
            .map_err(|e| unavailable(page)(e.into()))?;
    }
    let outcome = match revision {
        Some(r) => format!("saved={r}"),
        None => "unchanged=1".to_owned(),
    };
    let sep = if to.contains('?') { '&' } else { '?' };
    Ok(HttpResponse::SeeOther()
        .insert_header(("Location", format!("{to}{sep}{outcome}&lang={}", page.lang)))
        .finish())
}

/// The notice for `?saved=N` or `?unchanged=1`.
fn notice(page: &Page<'_>, req: &HttpRequest) -> Option<String> {
    if let Some(r) = crate::web::query_param(req, "saved").and_then(|r| r.parse::<i32>().ok()) {
        let args = crate::i18n::fluent_args([("revision", Value::from(r))]);
        return Some(
            page.state
                .i18n
                .format(&page.lang, "catalogue-saved", Some(&args)),
        );
    }
    crate::web::query_param(req, "unchanged").map(|_| page.t("catalogue-unchanged"))
}

/// A survey and one of its questions, by slug and key (retired ones too).
fn find_question<'c>(
    catalogue: &'c super::Catalogue,
    slug: &str,
    key: &str,
) -> Option<(&'c Survey, &'c super::Question)> {
    let survey = find_survey(catalogue, slug)?;
    let q = survey.questions.iter().find(|q| q.key == key)?;
    Some((survey, q))
}

fn find_survey<'c>(catalogue: &'c super::Catalogue, slug: &str) -> Option<&'c Survey> {
    catalogue.surveys.iter().find(|s| s.slug == slug)
}

#[derive(Serialize)]
struct SurveyLine {
    slug: String,
    title: String,
    audience: &'static str,
    asked: usize,
    retired: usize,
    languages: usize,
    unreviewed: usize,
    active: bool,
}

#[derive(Serialize)]
struct RevisionLine {
    id: i32,
    at: String,
    actor: String,
    what: String,
}

#[get("/catalogue")]
async fn overview(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let catalogue = state.catalogue.get();
    let surveys: Vec<SurveyLine> = catalogue
        .surveys
        .iter()
        .map(|s| SurveyLine {
            slug: s.slug.clone(),
            title: s
                .text(&page.lang)
                .map(|t| t.title.clone())
                .unwrap_or_default(),
            audience: s.audience.as_str(),
            asked: s.asked().count(),
            retired: s.questions.len() - s.asked().count(),
            languages: s.complete_languages().len(),
            unreviewed: s.texts.values().filter(|t| !t.reviewed).count()
                + s.asked()
                    .flat_map(|q| q.texts.values())
                    .filter(|t| !t.reviewed)
                    .count(),
            active: s.active,
        })
        .collect();
    let revisions: Vec<RevisionLine> = edit::revisions(&state.db, 30)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?
        .into_iter()
        .map(|r| RevisionLine {
            id: r.id,
            at: r.at.format("%Y-%m-%d %H:%M").to_string(),
            actor: r.actor,
            what: r.what,
        })
        .collect();
    page.render(
        "admin/catalogue.html",
        context! {
            staff_name => staff.principal.name,
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf,
            surveys => Value::from(minijinja::value::Serde(&surveys)),
            revisions => Value::from(minijinja::value::Serde(&revisions)),
            revision => catalogue.revision,
            language_count => catalogue.languages.len(),
            notice => notice(&page, &req),
        },
    )
}

#[derive(Serialize, Clone)]
struct SurveyLang {
    code: String,
    name: String,
    dir: String,
    title: String,
    intro: String,
    reviewed: bool,
    complete: bool,
}

#[derive(Serialize)]
struct QuestionLine {
    key: String,
    text: String,
    kind: &'static str,
    required: bool,
    active: bool,
    indicator: Option<String>,
    missing: usize,
}

/// What was typed into the add-question form, kept when it is refused.
#[derive(Serialize, Default)]
struct NewQuestionForm {
    key: String,
    kind: String,
    section: String,
    required: bool,
    text: String,
    help: String,
    choices: String,
}

#[allow(clippy::too_many_arguments)]
fn survey_view(
    page: &Page<'_>,
    req: &HttpRequest,
    staff: &Staff,
    status: StatusCode,
    survey: &Survey,
    catalogue: &super::Catalogue,
    languages: Vec<SurveyLang>,
    active: bool,
    new_question: NewQuestionForm,
    problems: Vec<String>,
) -> Result<HttpResponse, PageError> {
    let questions: Vec<QuestionLine> = survey
        .questions
        .iter()
        .map(|q| QuestionLine {
            key: q.key.clone(),
            text: q
                .text(&page.lang)
                .map(|t| t.text.clone())
                .unwrap_or_default(),
            kind: q.kind.as_str(),
            required: q.required,
            active: q.active,
            indicator: q.indicator.clone(),
            missing: catalogue
                .languages
                .iter()
                .filter(|l| !q.texts.contains_key(&l.code))
                .count(),
        })
        .collect();
    let sections: Vec<(String, String)> = survey
        .sections
        .iter()
        .map(|s| (s.key.clone(), pick(&s.titles, &page.lang).to_owned()))
        .collect();
    page.render_status(
        status,
        "admin/catalogue_survey.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            slug => survey.slug.clone(),
            title => survey.text(&page.lang).map(|t| t.title.clone()).unwrap_or_default(),
            audience => survey.audience.as_str(),
            active => active,
            languages => Value::from(minijinja::value::Serde(&languages)),
            questions => Value::from(minijinja::value::Serde(&questions)),
            sections => sections,
            kinds => QuestionKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
            new_question => Value::from(minijinja::value::Serde(&new_question)),
            problems => problems,
            notice => notice(page, req),
        },
    )
}

fn survey_languages(catalogue: &super::Catalogue, survey: &Survey) -> Vec<SurveyLang> {
    let complete = survey.complete_languages();
    catalogue
        .languages
        .iter()
        .map(|l| {
            let t = survey.texts.get(&l.code);
            SurveyLang {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir.clone(),
                title: t.map(|t| t.title.clone()).unwrap_or_default(),
                intro: t.map(|t| t.intro.clone()).unwrap_or_default(),
                reviewed: t.is_some_and(|t| t.reviewed),
                complete: complete.contains(&l.code),
            }
        })
        .collect()
}

#[get("/catalogue/surveys/{slug}")]
async fn survey_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let catalogue = state.catalogue.get();
    let survey = find_survey(&catalogue, &slug).ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    survey_view(
        &page,
        &req,
        &staff,
        StatusCode::OK,
        survey,
        &catalogue,
        survey_languages(&catalogue, survey),
        survey.active,
        NewQuestionForm {
            kind: QuestionKind::Scale5.as_str().to_owned(),
            ..Default::default()
        },
        Vec::new(),
    )
}

#[post("/catalogue/surveys/{slug}")]
async fn survey_save(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = crate::admin::pages::staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let catalogue = state.catalogue.get();
    let survey = find_survey(&catalogue, &slug).ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    let active = form_field(&form, "active") == "on";
    let wording: BTreeMap<String, edit::SurveyWording> = catalogue
        .languages
        .iter()
        .map(|l| {
            (
                l.code.clone(),
                edit::SurveyWording {
                    title: form_field(&form, &format!("title_{}", l.code)).to_owned(),
                    intro: form_field(&form, &format!("intro_{}", l.code)).to_owned(),
                    reviewed: form_field(&form, &format!("reviewed_{}", l.code)) == "on",
                },
            )
        })
        .collect();
    let result = edit::save_survey(
        &state.db,
        &staff.principal.name,
        &survey.slug,
        edit::SurveyEdit {
            active,
            wording: wording.clone(),
        },
    )
    .await;
    match result {
        Ok(revision) => {
            saved(
                &state,
                &page,
                &format!("/admin/catalogue/surveys/{}", survey.slug),
                revision,
            )
            .await
        }
        Err(EditError::NotFound) => Err(page.error(StatusCode::NOT_FOUND)),
        Err(e) => {
            let mut languages = survey_languages(&catalogue, survey);
            for l in &mut languages {
                if let Some(w) = wording.get(&l.code) {
                    l.title = w.title.clone();
                    l.intro = w.intro.clone();
                    l.reviewed = w.reviewed;
                }
            }
            survey_view(
                &page,
                &req,
                &staff,
                e.status(),
                survey,
                &catalogue,
                languages,
                active,
                NewQuestionForm::default(),
                vec![problem(&page, &e)],
            )
        }
    }
}

impl EditError {
    fn status(&self) -> StatusCode {
        match self {
            EditError::NotFound => StatusCode::NOT_FOUND,
            EditError::Taken(_) => StatusCode::CONFLICT,
            EditError::Db(_) => StatusCode::SERVICE_UNAVAILABLE,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}

#[post("/catalogue/surveys/{slug}/questions")]
async fn question_add(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = crate::admin::pages::staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let catalogue = state.catalogue.get();
    let survey = find_survey(&catalogue, &slug).ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    let typed = NewQuestionForm {
        key: form_field(&form, "key").trim().to_lowercase(),
        kind: form_field(&form, "kind").to_owned(),
        section: form_field(&form, "section").to_owned(),
        required: form_field(&form, "required") == "on",
        text: form_field(&form, "text").to_owned(),
        help: form_field(&form, "help").to_owned(),
        choices: form_field(&form, "choices").to_owned(),
    };
    // A section must be one of the survey's own.
    let section =
        Some(typed.section.clone()).filter(|s| survey.sections.iter().any(|x| &x.key == s));
    let result = edit::add_question(
        &state.db,
        &staff.principal.name,
        &survey.slug,
        edit::NewQuestion {
            key: typed.key.clone(),
            kind: typed.kind.clone(),
            section,
            required: typed.required,
            text: typed.text.clone(),
            help: Some(typed.help.clone()),
            choices: typed.choices.clone(),
        },
    )
    .await;
    match result {
        Ok(revision) => {
            saved(
                &state,
                &page,
                &format!(
                    "/admin/catalogue/surveys/{}/questions/{}",
                    survey.slug, typed.key
                ),
                Some(revision),
            )
            .await
        }
        Err(EditError::NotFound) => Err(page.error(StatusCode::NOT_FOUND)),
        Err(e) => survey_view(
            &page,
            &req,
            &staff,
            e.status(),
            survey,
            &catalogue,
            survey_languages(&catalogue, survey),
            survey.active,
            typed,
            vec![problem(&page, &e)],
        ),
    }
}

#[derive(Serialize, Clone)]
struct ChoiceField {
    value: String,
    label: String,
}

#[derive(Serialize, Clone)]
struct QuestionLang {
    code: String,
    name: String,
    dir: String,
    text: String,
    help: String,
    reviewed: bool,
    choices: Vec<ChoiceField>,
    /// Where the recording in this language is played from, if it has one.
    recording: Option<String>,
}

#[derive(Serialize)]
struct EarlierWording {
    lang: String,
    text: String,
    help: Option<String>,
    until: i32,
}

fn question_languages(catalogue: &super::Catalogue, q: &super::Question) -> Vec<QuestionLang> {
    catalogue
        .languages
        .iter()
        .map(|l| {
            let t = q.texts.get(&l.code);
            QuestionLang {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir.clone(),
                text: t.map(|t| t.text.clone()).unwrap_or_default(),
                help: t.and_then(|t| t.help.clone()).unwrap_or_default(),
                reviewed: t.is_some_and(|t| t.reviewed),
                recording: t
                    .and_then(|t| t.audio_file.as_ref())
                    .map(|f| format!("/audio/{f}")),
                choices: q
                    .choices
                    .iter()
                    .map(|c| ChoiceField {
                        value: c.value.clone(),
                        label: c.labels.get(&l.code).cloned().unwrap_or_default(),
                    })
                    .collect(),
            }
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
async fn question_view(
    state: &AppState,
    page: &Page<'_>,
    req: &HttpRequest,
    staff: &Staff,
    status: StatusCode,
    survey: &Survey,
    q: &super::Question,
    languages: Vec<QuestionLang>,
    flags: (bool, bool),
    problems: Vec<String>,
) -> Result<HttpResponse, PageError> {
    use entity::question_text_history as h;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let earlier: Vec<EarlierWording> = entity::prelude::QuestionTextHistory::find()
        .filter(h::Column::QuestionId.eq(q.db_id))
        .order_by_desc(h::Column::UntilRevision)
        .order_by_asc(h::Column::Lang)
        .all(&state.db)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?
        .into_iter()
        .map(|m| EarlierWording {
            lang: m.lang,
            text: m.text,
            help: m.help,
            until: m.until_revision,
        })
        .collect();
    page.render_status(
        status,
        "admin/catalogue_question.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            survey_slug => survey.slug.clone(),
            survey_title => survey.text(&page.lang).map(|t| t.title.clone()).unwrap_or_default(),
            key => q.key.clone(),
            kind => q.kind.as_str(),
            indicator => q.indicator.clone(),
            required => flags.0,
            active => flags.1,
            languages => Value::from(minijinja::value::Serde(&languages)),
            earlier => Value::from(minijinja::value::Serde(&earlier)),
            problems => problems,
            notice => notice(page, req),
        },
    )
}

#[get("/catalogue/surveys/{slug}/questions/{key}")]
async fn question_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let (slug, key) = path.into_inner();
    let catalogue = state.catalogue.get();
    let (survey, q) =
        find_question(&catalogue, &slug, &key).ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    question_view(
        &state,
        &page,
        &req,
        &staff,
        StatusCode::OK,
        survey,
        q,
        question_languages(&catalogue, q),
        (q.required, q.active),
        Vec::new(),
    )
    .await
}

#[post("/catalogue/surveys/{slug}/questions/{key}")]
async fn question_save(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    path: web::Path<(String, String)>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = crate::admin::pages::staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let (slug, key) = path.into_inner();
    let catalogue = state.catalogue.get();
    let (survey, q) =
        find_question(&catalogue, &slug, &key).ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    let required = form_field(&form, "required") == "on";
    let active = form_field(&form, "active") == "on";
    let mut languages = question_languages(&catalogue, q);
    for l in &mut languages {
        l.text = form_field(&form, &format!("text_{}", l.code)).to_owned();
        l.help = form_field(&form, &format!("help_{}", l.code)).to_owned();
        l.reviewed = form_field(&form, &format!("reviewed_{}", l.code)) == "on";
        for c in &mut l.choices {
            c.label = form_field(&form, &format!("label_{}_{}", l.code, c.value)).to_owned();
        }
    }
    let wording = languages
        .iter()
        .map(|l| {
            (
                l.code.clone(),
                edit::Wording {
                    text: l.text.clone(),
                    help: Some(l.help.clone()),
                    reviewed: l.reviewed,
                    choices: l
                        .choices
                        .iter()
                        .map(|c| (c.value.clone(), c.label.clone()))
                        .collect(),
                },
            )
        })
        .collect();
    let result = edit::save_question(
        &state.db,
        &staff.principal.name,
        &survey.slug,
        &q.key,
        edit::QuestionEdit {
            required,
            active,
            wording,
        },
    )
    .await;
    match result {
        Ok(revision) => {
            prune_recordings(&state).await;
            saved(
                &state,
                &page,
                &format!(
                    "/admin/catalogue/surveys/{}/questions/{}",
                    survey.slug, q.key
                ),
                revision,
            )
            .await
        }
        Err(EditError::NotFound) => Err(page.error(StatusCode::NOT_FOUND)),
        Err(e) => {
            question_view(
                &state,
                &page,
                &req,
                &staff,
                e.status(),
                survey,
                q,
                languages,
                (required, active),
                vec![problem(&page, &e)],
            )
            .await
        }
    }
}

/// Removes recordings no text names any more; a failure only leaves files behind.
async fn prune_recordings(state: &AppState) {
    match super::recordings::prune(&state.db, &state.settings.data_dir).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(removed = n, "recordings no question names removed"),
        Err(e) => tracing::warn!(error = %e, "recordings not pruned"),
    }
}

/// Uploads (or removes, with `remove`) the recording of a question in one language:
/// a multipart form with `csrf`, `lang` and `file`.
#[post("/catalogue/surveys/{slug}/questions/{key}/recording")]
async fn recording_save(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    path: web::Path<(String, String)>,
    form: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    use super::recordings::{self, RecordingError};
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    // A little over the limit is read, so that "too large" can be said kindly.
    let mut fields = crate::web::read_multipart(form, recordings::MAX_BYTES + 1024)
        .await
        .map_err(|e| page.error(e.status()))?;
    let mut text =
        |name: &str| String::from_utf8_lossy(&fields.remove(name).unwrap_or_default()).into_owned();
    let (csrf, lang) = (text("csrf"), text("lang"));
    let remove = fields.contains_key("remove");
    let file = fields.remove("file").unwrap_or_default();
    if crate::admin::pages::cross_site(&req) || csrf != staff.csrf {
        return Err(page.error(StatusCode::FORBIDDEN));
    }
    let (slug, key) = path.into_inner();
    let catalogue = state.catalogue.get();
    let (survey, q) =
        find_question(&catalogue, &slug, &key).ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    if catalogue.language(&lang).is_none() {
        return Err(page.error(StatusCode::BAD_REQUEST));
    }
    let actor = &staff.principal.name;
    let result = if remove {
        recordings::remove(&state.db, actor, &survey.slug, &q.key, &lang).await
    } else {
        recordings::store(
            &state.db,
            &state.settings.data_dir,
            actor,
            &survey.slug,
            &q.key,
            &lang,
            &file,
        )
        .await
        .map(Some)
    };
    let to = format!(
        "/admin/catalogue/surveys/{}/questions/{}",
        survey.slug, q.key
    );
    let problem = match result {
        Ok(revision) => {
            prune_recordings(&state).await;
            return saved(&state, &page, &to, revision).await;
        }
        Err(RecordingError::NotFound) => return Err(page.error(StatusCode::NOT_FOUND)),
        Err(RecordingError::NotAudio) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "catalogue-recording-not-audio",
        ),
        Err(RecordingError::TooLarge) => (
            StatusCode::PAYLOAD_TOO_LARGE,
            "catalogue-recording-too-large",
        ),
        Err(RecordingError::NoText) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "catalogue-recording-no-text",
        ),
        Err(e) => {
            tracing::error!(error = %e, "recording not stored");
            return Err(page.error(StatusCode::SERVICE_UNAVAILABLE));
        }
    };
    question_view(
        &state,
        &page,
        &req,
        &staff,
        problem.0,
        survey,
        q,
        question_languages(&catalogue, q),
        (q.required, q.active),
        vec![page.t(problem.1)],
    )
    .await
}

#[derive(Serialize)]
struct PlaceLine {
    slug: String,
    name: String,
    district: String,
    units: usize,
}

#[derive(Serialize)]
struct UnitLine {
    slug: String,
    name: String,
    service_kind: String,
    district: String,
    zone: String,
    active: bool,
}

async fn places_view(
    page: &Page<'_>,
    req: &HttpRequest,
    staff: &Staff,
    status: StatusCode,
    problems: Vec<String>,
) -> Result<HttpResponse, PageError> {
    let catalogue = page.state.catalogue.get();
    let district_name = |slug: &str| {
        catalogue
            .districts
            .iter()
            .find(|d| d.slug == slug)
            .map_or_else(|| slug.to_owned(), |d| d.name.clone())
    };
    let districts: Vec<PlaceLine> = catalogue
        .districts
        .iter()
        .map(|d| PlaceLine {
            slug: d.slug.clone(),
            name: d.name.clone(),
            district: String::new(),
            units: catalogue
                .units
                .iter()
                .filter(|u| u.district == d.slug)
                .count(),
        })
        .collect();
    let zones: Vec<PlaceLine> = catalogue
        .zones
        .iter()
        .map(|z| PlaceLine {
            slug: z.slug.clone(),
            name: z.name.clone(),
            district: catalogue
                .zone_district(&z.slug)
                .unwrap_or_default()
                .to_owned(),
            units: catalogue
                .units
                .iter()
                .filter(|u| u.zone.as_deref() == Some(z.slug.as_str()))
                .count(),
        })
        .collect();
    let units: Vec<UnitLine> = catalogue
        .units
        .iter()
        .map(|u| UnitLine {
            slug: u.slug.clone(),
            name: u.name.clone(),
            service_kind: catalogue
                .service_kind(&u.service_kind)
                .map(|k| pick(&k.names, &page.lang).to_owned())
                .unwrap_or_default(),
            district: district_name(&u.district),
            zone: u
                .zone
                .as_deref()
                .and_then(|z| catalogue.zones.iter().find(|x| x.slug == z))
                .map(|z| z.name.clone())
                .unwrap_or_default(),
            active: u.active,
        })
        .collect();
    page.render_status(
        status,
        "admin/catalogue_places.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            districts => Value::from(minijinja::value::Serde(&districts)),
            zones => Value::from(minijinja::value::Serde(&zones)),
            units => Value::from(minijinja::value::Serde(&units)),
            problems => problems,
            notice => notice(page, req),
        },
    )
}

#[get("/catalogue/places")]
async fn places(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    places_view(&page, &req, &staff, StatusCode::OK, Vec::new()).await
}

/// The slug of a place being saved: the path's, or the typed one for a new place.
fn place_slug(path: &str, form: &[(String, String)]) -> (String, bool) {
    if path == "new" {
        (form_field(form, "slug").trim().to_lowercase(), true)
    } else {
        (path.to_owned(), false)
    }
}

/// Back to the places page after a district or zone was saved, or with what was wrong.
async fn place_saved(
    page: &Page<'_>,
    req: &HttpRequest,
    staff: &Staff,
    result: Result<Option<i32>, EditError>,
) -> Result<HttpResponse, PageError> {
    match result {
        Ok(revision) => saved(page.state, page, "/admin/catalogue/places", revision).await,
        Err(EditError::NotFound) => Err(page.error(StatusCode::NOT_FOUND)),
        Err(e) => places_view(page, req, staff, e.status(), vec![problem(page, &e)]).await,
    }
}

#[post("/catalogue/districts/{slug}")]
async fn district_save(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = crate::admin::pages::staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let (slug, is_new) = place_slug(&slug, &form);
    let result = edit::save_district(
        &state.db,
        &staff.principal.name,
        &slug,
        is_new,
        form_field(&form, "name"),
    )
    .await;
    place_saved(&page, &req, &staff, result).await
}

#[post("/catalogue/zones/{slug}")]
async fn zone_save(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = crate::admin::pages::staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let (slug, is_new) = place_slug(&slug, &form);
    let result = edit::save_zone(
        &state.db,
        &staff.principal.name,
        &slug,
        is_new,
        form_field(&form, "name"),
        form_field(&form, "district"),
    )
    .await;
    place_saved(&page, &req, &staff, result).await
}

#[derive(Serialize, Default)]
struct UnitForm {
    slug: String,
    name: String,
    service_kind: String,
    district: String,
    zone: String,
    active: bool,
}

fn unit_view(
    page: &Page<'_>,
    req: &HttpRequest,
    staff: &Staff,
    status: StatusCode,
    is_new: bool,
    unit: UnitForm,
    problems: Vec<String>,
) -> Result<HttpResponse, PageError> {
    let catalogue = page.state.catalogue.get();
    let kinds: Vec<(String, String)> = catalogue
        .service_kinds
        .iter()
        .map(|k| (k.slug.clone(), pick(&k.names, &page.lang).to_owned()))
        .collect();
    let districts: Vec<(String, String)> = catalogue
        .districts
        .iter()
        .map(|d| (d.slug.clone(), d.name.clone()))
        .collect();
    let zones: Vec<(String, String)> = catalogue
        .zones
        .iter()
        .map(|z| {
            let district = catalogue
                .zone_district(&z.slug)
                .and_then(|d| catalogue.districts.iter().find(|x| x.slug == d))
                .map(|d| d.name.clone())
                .unwrap_or_default();
            (z.slug.clone(), format!("{} ({district})", z.name))
        })
        .collect();
    page.render_status(
        status,
        "admin/catalogue_unit.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            is_new => is_new,
            unit => Value::from(minijinja::value::Serde(&unit)),
            kinds => kinds,
            districts => districts,
            zones => zones,
            problems => problems,
            notice => notice(page, req),
        },
    )
}

#[get("/catalogue/units/{slug}")]
async fn unit_page(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    if slug.as_str() == "new" {
        let form = UnitForm {
            active: true,
            ..Default::default()
        };
        return unit_view(&page, &req, &staff, StatusCode::OK, true, form, Vec::new());
    }
    let catalogue = state.catalogue.get();
    let u = catalogue
        .units
        .iter()
        .find(|u| u.slug == *slug)
        .ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    let form = UnitForm {
        slug: u.slug.clone(),
        name: u.name.clone(),
        service_kind: u.service_kind.clone(),
        district: u.district.clone(),
        zone: u.zone.clone().unwrap_or_default(),
        active: u.active,
    };
    unit_view(&page, &req, &staff, StatusCode::OK, false, form, Vec::new())
}

#[post("/catalogue/units/{slug}")]
async fn unit_save(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    require_admin(&page, &staff)?;
    let form = crate::admin::pages::staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let (slug, is_new) = place_slug(&slug, &form);
    let typed = UnitForm {
        slug: slug.clone(),
        name: form_field(&form, "name").to_owned(),
        service_kind: form_field(&form, "service_kind").to_owned(),
        district: form_field(&form, "district").to_owned(),
        zone: form_field(&form, "zone").to_owned(),
        active: form_field(&form, "active") == "on",
    };
    let result = edit::save_unit(
        &state.db,
        &staff.principal.name,
        &slug,
        is_new,
        edit::UnitEdit {
            name: typed.name.clone(),
            service_kind: typed.service_kind.clone(),
            district: typed.district.clone(),
            zone: Some(typed.zone.clone()),
            active: typed.active,
        },
    )
    .await;
    match result {
        Ok(revision) => {
            saved(
                &state,
                &page,
                &format!("/admin/catalogue/units/{slug}"),
                revision,
            )
            .await
        }
        Err(EditError::NotFound) => Err(page.error(StatusCode::NOT_FOUND)),
        Err(e) => unit_view(
            &page,
            &req,
            &staff,
            e.status(),
            is_new,
            typed,
            vec![problem(&page, &e)],
        ),
    }
}
