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
pub(crate) fn public_base(state: &AppState, req: &HttpRequest) -> String {
    match &state.settings.public_url {
        Some(url) => url.clone(),
        None => {
            let info = req.connection_info();
            format!("{}://{}", info.scheme(), info.host())
        }
    }
}

#[derive(Serialize)]
struct Option_ {
    value: String,
    label: String,
}

/// `/posters`: choose a unit, a survey, languages and paper size, then print.
#[get("/posters")]
pub async fn poster_index(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let catalogue = state.catalogue.get();
    let units: Vec<Option_> = catalogue
        .units
        .iter()
        .filter(|u| u.active)
        .map(|u| Option_ {
            value: u.slug.clone(),
            label: u.name.clone(),
        })
        .collect();
    let surveys: Vec<Option_> = catalogue
        .surveys
        .iter()
        .filter(|s| s.active)
        .map(|s| Option_ {
            value: s.slug.clone(),
            label: s
                .text(&page.lang)
                .map(|t| t.title.clone())
                .unwrap_or_else(|| s.slug.clone()),
        })
        .collect();
    let languages: Vec<Option_> = catalogue
        .languages
        .iter()
        .filter(|l| state.i18n.has_language(&l.code))
        .map(|l| Option_ {
            value: l.code.clone(),
            label: l.name.clone(),
        })
        .collect();
    page.render(
        "posters.html",
        context! {
            units => Value::from(minijinja::value::Serde(units)),
            surveys => Value::from(minijinja::value::Serde(surveys)),
            languages => Value::from(minijinja::value::Serde(languages)),
        },
    )
}

/// The index form's target: sends the browser on to the poster's own address.
#[get("/posters/print")]
pub async fn poster_print(req: HttpRequest) -> HttpResponse {
    let mut unit = String::new();
    let mut survey = String::new();
    let mut langs = Vec::new();
    let mut size = String::from("a4");
    for (k, v) in form_urlencoded::parse(req.query_string().as_bytes()) {
        match k.as_ref() {
            "unit" => unit = v.into_owned(),
            "survey" => survey = v.into_owned(),
            "langs" => langs.push(v.into_owned()),
            "size" => size = v.into_owned(),
            _ => {}
        }
    }
    let mut query = form_urlencoded::Serializer::new(String::new());
    query
        .append_pair("langs", &langs.join(","))
        .append_pair("size", &size);
    let path = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    HttpResponse::SeeOther()
        .insert_header((
            "Location",
            format!(
                "/posters/{}/{}?{}",
                path(&unit),
                path(&survey),
                query.finish()
            ),
        ))
        .finish()
}

/// The poster's frame in one of its languages: the kind of service, and "or type this
/// address".
#[derive(serde::Serialize)]
struct Frame {
    lang: String,
    dir: String,
    service: Option<String>,
    or_type: String,
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
    // The frame speaks the poster's languages too, never the printing browser's.
    let frame: Vec<Frame> = langs
        .iter()
        .map(|l| Frame {
            lang: l.code.clone(),
            dir: l.dir.clone(),
            service: catalogue
                .service_kind(&unit.service_kind)
                .map(|k| pick(&k.names, &l.code).to_owned()),
            or_type: state.i18n.format(&l.code, "poster-or-type", None),
        })
        .collect();
    page.render(
        "poster.html",
        context! {
            size,
            poster_lang => langs[0].code.clone(),
            poster_dir => langs[0].dir.clone(),
            frame => Value::from(minijinja::value::Serde(frame)),
            unit_name => unit.name.clone(),
            link,
            // Our own SVG of our own link: nothing a citizen wrote.
            qr => Value::from_safe_string(qr),
            invitations => Value::from(minijinja::value::Serde(invitations)),
        },
    )
}
