//! `/` (start and language choice), `/s/{survey}` (form, GET and POST) and
//! `/s/{survey}/thanks`.
use super::view::form_view;
use crate::catalogue::{Audience, QuestionKind};
use crate::intake::{AnswerInput, FieldError, IntakeError, Stored, Submission};
use crate::web::{AppState, Page, PageError, client_address, read_body};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use minijinja::{Value, context};
use serde::Serialize;
use std::collections::BTreeMap;

/// Largest form body accepted (the longest text fits many times over).
const MAX_FORM_BODY: usize = 64 * 1024;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(home)
        .service(show_form)
        .service(submit_form)
        .service(thanks)
        .service(privacy);
}

#[derive(Serialize)]
struct SurveyLink {
    href: String,
    title: String,
    /// Who the form is for ("Children 4–7"), so nobody has to guess from its title.
    audience: String,
}

#[get("/")]
async fn home(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let catalogue = state.catalogue.get();
    let link = |s: &crate::catalogue::Survey| SurveyLink {
        href: format!("/s/{}?lang={}", s.slug, page.lang),
        title: s
            .text(&page.lang)
            .map(|t| t.title.clone())
            .unwrap_or_else(|| s.slug.clone()),
        audience: page.t(&format!("audience-{}", s.audience.as_str())),
    };
    let active = catalogue.surveys.iter().filter(|s| s.active);
    let (staff, citizens): (Vec<_>, Vec<_>) = active.partition(|s| s.audience == Audience::Partner);
    page.render(
        "home.html",
        context! {
            surveys => Value::from(minijinja::value::Serde(citizens.into_iter().map(link).collect::<Vec<_>>())),
            staff_surveys => Value::from(minijinja::value::Serde(staff.into_iter().map(link).collect::<Vec<_>>())),
        },
    )
}

#[get("/s/{survey}")]
async fn show_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let catalogue = state.catalogue.get();
    let survey = catalogue
        .survey(&slug)
        .ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    let given = Submission {
        unit: crate::web::query_unit(&req),
        ..Default::default()
    };
    let view = form_view(
        &page,
        &catalogue,
        survey,
        &given,
        &[],
        uuid::Uuid::new_v4().to_string(),
    );
    page.render(
        "form.html",
        context! { form => Value::from(minijinja::value::Serde(view)), switch_form => "survey-form" },
    )
}

/// Reads the posted form into a submission; repeated fields are multiple choices.
fn submission_from_form(body: &[u8], survey: &crate::catalogue::Survey, lang: &str) -> Submission {
    let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut submission = Submission {
        survey: survey.slug.clone(),
        lang: lang.to_owned(),
        ..Default::default()
    };
    for (key, value) in form_urlencoded::parse(body) {
        match key.as_ref() {
            "unit" => submission.unit = value.into_owned(),
            "role" => submission.role = Some(value.into_owned()).filter(|r| !r.is_empty()),
            "assisted_by" => {
                submission.assisted_by = Some(value.into_owned()).filter(|r| !r.is_empty())
            }
            "text" => submission.text = Some(value.into_owned()),
            "submission_id" => submission.submission_id = Some(value.into_owned()),
            "rev" => submission.revision = value.parse().ok(),
            other => {
                if let Some(question) = other.strip_prefix("q.") {
                    values
                        .entry(question.to_owned())
                        .or_default()
                        .push(value.into_owned());
                }
            }
        }
    }
    for (key, mut vs) in values {
        let multi = survey
            .question(&key)
            .is_some_and(|q| q.kind == QuestionKind::Multi);
        let input = if multi || vs.len() > 1 {
            AnswerInput::Many(vs)
        } else {
            AnswerInput::One(vs.pop().unwrap_or_default())
        };
        submission.answers.insert(key, input);
    }
    submission
}

/// The language a form was posted in, or the one chosen in the language menu (a button
/// of the form, so the answers come along).
fn form_lang(body: &[u8]) -> Option<String> {
    let field = |name: &str| {
        form_urlencoded::parse(body)
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    };
    field("switch_lang").or_else(|| field("lang"))
}

fn switches_language(body: &[u8]) -> bool {
    form_urlencoded::parse(body).any(|(k, _)| k == "switch_lang")
}

#[post("/s/{survey}")]
async fn submit_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let body = read_body(&req, payload, MAX_FORM_BODY).await;
    let lang = body.as_ref().ok().and_then(|b| form_lang(b));
    let page = Page::new(&state, &req, lang.as_deref());
    let body = body.map_err(|_| page.error(StatusCode::PAYLOAD_TOO_LARGE))?;
    // Another site may not post answers in a visitor's name.
    let cross_site = req
        .headers()
        .get("Sec-Fetch-Site")
        .and_then(|v| v.to_str().ok())
        == Some("cross-site");
    if cross_site {
        return Err(page.error(StatusCode::FORBIDDEN));
    }
    let catalogue = state.catalogue.get();
    let survey = catalogue
        .survey(&slug)
        .ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    let mut submission = submission_from_form(&body, survey, &page.lang);
    if submission
        .submission_id
        .as_deref()
        .is_none_or(|id| uuid::Uuid::parse_str(id).is_err())
    {
        submission.submission_id = Some(uuid::Uuid::new_v4().to_string());
    }

    let refused = |status: StatusCode, errors: Vec<FieldError>, banner: Option<String>| {
        let view = form_view(
            &page,
            &catalogue,
            survey,
            &submission,
            &errors,
            submission.submission_id.clone().unwrap_or_default(),
        );
        page.render_status(
            status,
            "form.html",
            context! {
                form => Value::from(minijinja::value::Serde(view)),
                banner => banner,
                switch_form => "survey-form",
            },
        )
    };
    // The language menu: the same form, with its answers, in the language chosen; nothing
    // is checked or stored yet.
    if switches_language(&body) {
        let view = form_view(
            &page,
            &catalogue,
            survey,
            &submission,
            &[],
            submission.submission_id.clone().unwrap_or_default(),
        );
        return page.render(
            "form.html",
            context! { form => Value::from(minijinja::value::Serde(view)), switch_form => "survey-form" },
        );
    }
    if let Err(wait) = state
        .limiter
        .check(client_address(&req, &state.settings))
        .await
    {
        tracing::info!(wait, "form submission rate limited");
        return refused(
            StatusCode::TOO_MANY_REQUESTS,
            Vec::new(),
            Some(page.t("error-rate-limited")),
        );
    }
    match state.intake.submit(&submission).await {
        Ok(Stored::Created(_) | Stored::Existing(_)) => {
            let mut target = format!("/s/{}/thanks?lang={}", survey.slug, page.lang);
            if catalogue.unit(&submission.unit).is_some() {
                target.push_str("&unit=");
                target.push_str(&submission.unit);
            }
            Ok(HttpResponse::SeeOther()
                .insert_header(("Location", target))
                .finish())
        }
        Err(IntakeError::Invalid(errors)) => {
            refused(StatusCode::UNPROCESSABLE_ENTITY, errors, None)
        }
        Err(e) => {
            tracing::error!(error = %e, "form answer not stored");
            refused(
                StatusCode::SERVICE_UNAVAILABLE,
                Vec::new(),
                Some(page.t("error-unavailable")),
            )
        }
    }
}

#[get("/s/{survey}/thanks")]
async fn thanks(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let catalogue = state.catalogue.get();
    let survey = catalogue
        .survey(&slug)
        .ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    // What families said about the unit, and what was done.
    let unit = catalogue.unit(&crate::web::query_unit(&req));
    let mut again = format!("/s/{}?lang={}", survey.slug, page.lang);
    if let Some(u) = unit {
        again.push_str("&unit=");
        again.push_str(&u.slug);
    }
    page.render(
        "thanks.html",
        context! {
            // Children are thanked as children; a shared tablet goes on to the next one.
            for_child => matches!(survey.audience, Audience::Child4To7 | Audience::Child8To12),
            next_child_href => again,
            unit_href => unit.map(|u| format!("/u/{}?lang={}", u.slug, page.lang)),
            unit_name => unit.map(|u| u.name.clone()),
            another_href => format!("/s/{}?lang={}", survey.slug, page.lang),
            home_href => format!("/?lang={}", page.lang),
        },
    )
}

/// The privacy notice a Norwegian public website must give, in the reader's language:
/// who is responsible, why, what is stored and who sees it, how long, and the rights.
#[get("/personvern")]
async fn privacy(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let identity = &state.settings.identity;
    page.render(
        "privacy.html",
        context! {
            contact => identity.privacy_contact.clone(),
            retention_months => state.settings.retention_months,
        },
    )
}
