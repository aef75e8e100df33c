//! The codebook for planners (`/admin/themes`): every theme with how often planners
//! confirmed or rejected its tags, and a form per theme for its names and search terms
//! in every language. Saving re-tags every stored text.
use super::Theme;
use crate::admin::{Role, Staff};
use crate::web::{AppState, Page, PageError};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use minijinja::context;
use std::collections::BTreeMap;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list).service(edit).service(save);
}

/// Largest form accepted (15 languages of terms fit many times).
const MAX_FORM: usize = 64 * 1024;

#[derive(serde::Serialize)]
struct Line {
    slug: String,
    name: String,
    terms: String,
    confirmed: u64,
    rejected: u64,
    precision: Option<u64>,
}

#[get("/themes")]
async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Planner) {
        return Err(page.role_forbidden());
    }
    let counts = super::routes::verdict_counts(&state.db)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    let themes = state.themes.get();
    let lines: Vec<Line> = themes
        .codebook
        .themes
        .iter()
        .map(|t| {
            let (confirmed, rejected) = counts.get(&t.slug).copied().unwrap_or_default();
            let decided = confirmed + rejected;
            Line {
                slug: t.slug.clone(),
                name: t.name(&page.lang).to_owned(),
                terms: t
                    .terms
                    .get(&page.lang)
                    .or_else(|| t.terms.get("nb"))
                    .map(|w| w.join(", "))
                    .unwrap_or_default(),
                confirmed,
                rejected,
                precision: (decided > 0).then(|| (confirmed * 100 + decided / 2) / decided),
            }
        })
        .collect();
    let saved = crate::web::query_param(&req, "saved").and_then(|slug| {
        themes
            .codebook
            .get(&slug)
            .map(|t| t.name(&page.lang).to_owned())
    });
    page.render(
        "admin/themes.html",
        context! {
            staff_name => staff.principal.name,
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf,
            themes => minijinja::Value::from(minijinja::value::Serde(lines)),
            saved => saved,
        },
    )
}

#[derive(serde::Serialize)]
struct LanguageFields {
    code: String,
    name: String,
    dir: String,
    theme_name: String,
    terms: String,
}

fn fields(state: &AppState, theme: Option<&Theme>) -> Vec<LanguageFields> {
    state
        .catalogue
        .get()
        .languages
        .iter()
        .map(|l| LanguageFields {
            code: l.code.clone(),
            name: l.name.clone(),
            dir: l.dir.clone(),
            theme_name: theme
                .and_then(|t| t.names.get(&l.code).cloned())
                .unwrap_or_default(),
            terms: theme
                .and_then(|t| t.terms.get(&l.code).map(|w| w.join("\n")))
                .unwrap_or_default(),
        })
        .collect()
}

fn form_page(
    page: &Page<'_>,
    staff: &Staff,
    status: StatusCode,
    slug: &str,
    is_new: bool,
    languages: Vec<LanguageFields>,
    problems: Vec<String>,
) -> Result<HttpResponse, PageError> {
    page.render_status(
        status,
        "admin/theme.html",
        context! {
            staff_name => staff.principal.name.clone(),
            staff_role => staff.principal.role.as_str(),
            csrf => staff.csrf.clone(),
            slug => slug,
            is_new => is_new,
            languages => minijinja::Value::from(minijinja::value::Serde(languages)),
            problems => problems,
        },
    )
}

#[get("/themes/{slug}")]
async fn edit(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Planner) {
        return Err(page.role_forbidden());
    }
    let themes = state.themes.get();
    if slug.as_str() == "new" {
        return form_page(
            &page,
            &staff,
            StatusCode::OK,
            "",
            true,
            fields(&state, None),
            Vec::new(),
        );
    }
    let theme = themes
        .codebook
        .get(&slug)
        .ok_or_else(|| page.error(StatusCode::NOT_FOUND))?;
    form_page(
        &page,
        &staff,
        StatusCode::OK,
        &theme.slug,
        false,
        fields(&state, Some(theme)),
        Vec::new(),
    )
}

#[post("/themes/{slug}")]
async fn save(
    state: web::Data<AppState>,
    req: HttpRequest,
    staff: Staff,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    if !staff.principal.role.allows(Role::Planner) {
        return Err(page.role_forbidden());
    }
    let form = crate::admin::pages::staff_form(&page, &req, payload, &staff, MAX_FORM).await?;
    let is_new = slug.as_str() == "new";
    let code = if is_new {
        form.iter()
            .find(|(k, _)| k == "slug")
            .map(|(_, v)| v.trim().to_lowercase())
            .unwrap_or_default()
    } else {
        slug.to_string()
    };
    if !is_new && state.themes.get().codebook.get(&code).is_none() {
        return Err(page.error(StatusCode::NOT_FOUND));
    }
    let mut names = BTreeMap::new();
    let mut terms = BTreeMap::new();
    for (key, value) in &form {
        if let Some(lang) = key.strip_prefix("name_") {
            names.insert(lang.to_owned(), value.clone());
        } else if let Some(lang) = key.strip_prefix("terms_") {
            // One term per line; commas separate too.
            let words: Vec<String> = value
                .split(['\n', ',', '،', '፣'])
                .map(|w| w.trim().to_owned())
                .filter(|w| !w.is_empty())
                .collect();
            terms.insert(lang.to_owned(), words);
        }
    }
    let catalogue = state.catalogue.get();
    let exists_already = is_new && state.themes.get().codebook.get(&code).is_some();
    let checked = super::store::check(&code, names.clone(), terms.clone(), |l| {
        catalogue.language(l).is_some()
    });
    let theme = match checked {
        Ok(theme) if !exists_already => theme,
        result => {
            let mut problems = result.err().unwrap_or_default();
            if exists_already {
                problems.push(format!("a theme with the code {code:?} exists already"));
            }
            // Keep what was typed.
            let typed = Theme {
                slug: code.clone(),
                names,
                terms,
            };
            return form_page(
                &page,
                &staff,
                StatusCode::UNPROCESSABLE_ENTITY,
                &code,
                is_new,
                fields(&state, Some(&typed)),
                problems,
            );
        }
    };
    super::store::save(&state.db, &theme, &staff.principal.name)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    state.cluster.changed(crate::cluster::Shared::Themes).await;
    state
        .themes
        .reload(&state.db)
        .await
        .map_err(|_| page.error(StatusCode::SERVICE_UNAVAILABLE))?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            "Location",
            format!("/admin/themes?saved={}&lang={}", theme.slug, page.lang),
        ))
        .finish())
}
