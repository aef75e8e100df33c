//! A translated HTML page: the negotiated language, the language switcher, rendering,
//! and friendly error pages in the reader's language.
use super::AppState;
use crate::i18n::{Negotiated, negotiate};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError};
use minijinja::{Value, context};
use serde::Serialize;
use std::fmt;

const LANG_COOKIE: &str = "lang";

#[derive(Serialize)]
struct LanguageLink {
    code: String,
    name: String,
    dir: String,
    href: String,
    current: bool,
}

/// The page being answered, in the reader's language.
pub struct Page<'a> {
    pub state: &'a AppState,
    pub lang: String,
    pub dir: String,
    negotiated: Negotiated,
    remember: bool,
    base: Value,
}

impl<'a> Page<'a> {
    /// Chooses the language for `req`, optionally with a `lang` the handler already read
    /// (from a form body, say).
    pub fn new(state: &'a AppState, req: &HttpRequest, explicit_lang: Option<&str>) -> Page<'a> {
        let query_lang = query_param(req, "lang");
        let from_link = explicit_lang.map(str::to_owned).or(query_lang);
        let cookie = req.cookie(LANG_COOKIE).map(|c| c.value().to_owned());
        let accept = req
            .headers()
            .get(actix_web::http::header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        let negotiated = negotiate(&state.i18n, from_link.as_deref(), cookie.as_deref(), accept);
        let catalogue = state.catalogue.get();
        let dir = catalogue
            .language(&negotiated.lang)
            .map(|l| l.dir.clone())
            .unwrap_or_else(|| "ltr".into());
        let links: Vec<LanguageLink> = catalogue
            .languages
            .iter()
            .filter(|l| state.i18n.has_language(&l.code))
            .map(|l| LanguageLink {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir.clone(),
                href: href_with_lang(req, &l.code),
                current: l.code == negotiated.lang,
            })
            .collect();
        let note = negotiated.unavailable.as_ref().map(|code| {
            let args = crate::i18n::fluent_args([("code", Value::from(code.as_str()))]);
            state
                .i18n
                .format(&negotiated.lang, "language-unavailable", Some(&args))
        });
        let remember = from_link.is_some()
            && negotiated.unavailable.is_none()
            && cookie.as_deref() != Some(negotiated.lang.as_str());
        let identity = &state.settings.identity;
        let base = context! {
            lang => negotiated.lang.clone(),
            dir => dir.clone(),
            lang_note => note,
            ui_languages => Value::from(minijinja::value::Serde(links)),
            municipality => identity.municipality.clone(),
            has_logo => identity.logo.is_some(),
            accessibility_url => identity.accessibility_url.clone(),
        };
        Page {
            state,
            lang: negotiated.lang.clone(),
            dir,
            negotiated,
            remember,
            base,
        }
    }

    pub fn t(&self, key: &str) -> String {
        self.state.i18n.format(&self.lang, key, None)
    }

    pub fn negotiated(&self) -> &Negotiated {
        &self.negotiated
    }

    fn render_body(&self, template: &str, ctx: Value) -> Result<String, PageError> {
        let ctx = context! { ..ctx, ..self.base.clone() };
        self.state
            .templates
            .get_template(template)
            .and_then(|t| t.render(ctx))
            .map_err(|e| {
                tracing::error!(error = %e, template, "template failed");
                self.error(StatusCode::INTERNAL_SERVER_ERROR)
            })
    }

    /// Renders `template` with `ctx` and the page basics, with `status`.
    pub fn render_status(
        &self,
        status: StatusCode,
        template: &str,
        ctx: Value,
    ) -> Result<HttpResponse, PageError> {
        let body = self.render_body(template, ctx)?;
        let mut response = HttpResponse::build(status);
        response.content_type("text/html; charset=utf-8");
        if self.remember {
            // Remembers the reader's language choice between pages; nothing else.
            let cookie = Cookie::build(LANG_COOKIE, self.lang.clone())
                .path("/")
                .max_age(actix_web::cookie::time::Duration::days(365))
                .same_site(SameSite::Lax)
                .http_only(true)
                .secure(self.state.settings.secure_cookies)
                .finish();
            response.cookie(cookie);
        }
        Ok(response.body(body))
    }

    pub fn render(&self, template: &str, ctx: Value) -> Result<HttpResponse, PageError> {
        self.render_status(StatusCode::OK, template, ctx)
    }

    /// A friendly error page in the reader's language.
    pub fn error(&self, status: StatusCode) -> PageError {
        let (title, body) = if status == StatusCode::NOT_FOUND {
            ("not-found-title", "not-found-body")
        } else {
            ("error-title", "error-body")
        };
        self.error_page(status, title, body)
    }

    /// A staff page the signed-in role may not see.
    pub fn role_forbidden(&self) -> PageError {
        self.error_page(StatusCode::FORBIDDEN, "forbidden-title", "forbidden-body")
    }

    /// An error page with its own translated title and message.
    pub fn error_page(&self, status: StatusCode, title: &str, body: &str) -> PageError {
        let ctx = context! { title => self.t(title), message => self.t(body), ..self.base.clone() };
        let html = self
            .state
            .templates
            .get_template("error.html")
            .and_then(|t| t.render(ctx))
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "error page failed to render");
                String::from("<!doctype html><title>Error</title><p>Error</p>")
            });
        PageError { status, html }
    }
}

/// An HTML error page, already rendered in the reader's language.
#[derive(Debug)]
pub struct PageError {
    status: StatusCode,
    html: String,
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "page error {}", self.status)
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status)
            .content_type("text/html; charset=utf-8")
            .body(self.html.clone())
    }
}

/// Fallback for unknown paths: JSON under /api, a translated page elsewhere.
pub async fn not_found(req: HttpRequest, state: actix_web::web::Data<AppState>) -> HttpResponse {
    if req.path().starts_with("/api/") {
        return HttpResponse::NotFound()
            .json(serde_json::json!({"error": "not_found", "message": "no such API route"}));
    }
    Page::new(&state, &req, None)
        .error(StatusCode::NOT_FOUND)
        .error_response()
}

pub fn query_param(req: &HttpRequest, name: &str) -> Option<String> {
    form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The current URL with `lang` set to `code`.
fn href_with_lang(req: &HttpRequest, code: &str) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(req.query_string().as_bytes()) {
        if k != "lang" {
            query.append_pair(&k, &v);
        }
    }
    query.append_pair("lang", code);
    format!("{}?{}", req.path(), query.finish())
}

/// The `unit` of the link, if any.
pub fn query_unit(req: &HttpRequest) -> String {
    query_param(req, "unit").unwrap_or_default()
}
