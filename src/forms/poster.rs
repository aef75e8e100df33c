//! Printable posters (A4 or A5) with a QR code, so a kindergarten can put the invitation
//! on the wall in the languages its families read. The page shows only what is public:
//! the unit, the survey and the link.
use crate::catalogue::pick;
use crate::web::{AppState, Page, PageError, query_param};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, web};
use minijinja::{Value, context};
use qrcode::QrCode;
use qrcode::render::svg;
use serde::Serialize;

#[derive(Serialize)]
struct Invitation {
    lang: String,
    dir: String,
    title: String,
    intro: String,
    scan: String,
    anonymous: String,
}

/// The address of the site as citizens reach it.
fn public_base(state: &AppState, req: &HttpRequest) -> String {
    match &state.settings.public_url {
        Some(url) => url.clone(),
        None => {
            let info = req.connection_info();
            format!("{}://{}", info.scheme(), info.host())
        }
    }
}

#[get("/posters/{unit}/{survey}")]
pub async fn poster(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let (unit_slug, survey_slug) = path.into_inner();
    let catalogue = state.catalogue.get();
    let (Some(unit), Some(survey)) = (catalogue.unit(&unit_slug), catalogue.survey(&survey_slug))
    else {
        return Err(page.error(StatusCode::NOT_FOUND));
    };
    // The unit's chosen languages, in the order given; unknown codes are left out.
    let requested = query_param(&req, "langs").unwrap_or_else(|| page.lang.clone());
    let mut langs: Vec<&crate::catalogue::Language> = Vec::new();
    for code in requested.split(',').map(str::trim) {
        if let Some(l) = catalogue
            .language(code)
            .filter(|l| state.i18n.has_language(&l.code))
            && !langs.iter().any(|x| x.code == l.code)
        {
            langs.push(l);
        }
    }
    if langs.is_empty() {
        return Err(page.error(StatusCode::NOT_FOUND));
    }
    let size = match query_param(&req, "size").as_deref() {
        Some("a5") => "a5",
        _ => "a4",
    };
    let link = format!(
        "{}/s/{}?unit={}",
        public_base(&state, &req),
        survey.slug,
        unit.slug
    );
    let qr = QrCode::new(link.as_bytes())
        .map(|code| {
            code.render::<svg::Color>()
                .min_dimensions(240, 240)
                .quiet_zone(true)
                .build()
        })
        .map_err(|e| {
            tracing::error!(error = %e, "QR code failed");
            page.error(StatusCode::INTERNAL_SERVER_ERROR)
        })?;
    let invitations: Vec<Invitation> = langs
        .iter()
        .map(|l| {
            let text = survey.text(&l.code);
            Invitation {
                lang: l.code.clone(),
                dir: l.dir.clone(),
                title: text.map(|t| t.title.clone()).unwrap_or_default(),
                intro: text.map(|t| t.intro.clone()).unwrap_or_default(),
                scan: state.i18n.format(&l.code, "poster-scan", None),
                anonymous: state.i18n.format(&l.code, "anonymous-heading", None),
            }
        })
        .collect();
    let service = catalogue
        .service_kind(&unit.service_kind)
        .map(|k| pick(&k.names, &page.lang).to_owned());
    page.render(
        "poster.html",
        context! {
            size,
            unit_name => unit.name.clone(),
            service,
            link,
            // Our own SVG of our own link: nothing a citizen wrote.
            qr => Value::from_safe_string(qr),
            invitations => Value::from(minijinja::value::Serde(invitations)),
        },
    )
}
