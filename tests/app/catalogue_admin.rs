//! The catalogue as an admin edits it: reworded questions keep old answers beside the
//! wording they were given (through the API and after a restart), retired questions
//! stop being asked but keep their answers, questions, units, districts and zones are
//! added and changed, bad input is refused with a clear message and changes nothing,
//! and every change is a revision in the audit log.
use crate::helpers::{TestApp, csrf_token, parent_answer, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};
use stemme::admin::Role;

/// The fields of a question's form as the page would post them unchanged, from the
/// public catalogue in every language that has its own text.
async fn question_form(app: &TestApp, survey: &str, key: &str) -> Vec<(String, String)> {
    let languages = app.get_json("/api/v1/catalogue").await["languages"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut fields = vec![("active".to_owned(), "on".to_owned())];
    for l in languages {
        let code = l["code"].as_str().unwrap_or_default();
        let cat = app
            .get_json(&format!("/api/v1/catalogue?lang={code}"))
            .await;
        let s = cat["surveys"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["slug"] == survey).cloned())
            .expect("survey");
        if !s["languages"]
            .as_array()
            .is_some_and(|ls| ls.contains(&json!(code)))
        {
            continue;
        }
        let q = s["questions"]
            .as_array()
            .and_then(|qs| qs.iter().find(|q| q["id"] == key).cloned())
            .expect("question");
        if code == "nb" && q["required"] == true {
            fields.push(("required".into(), "on".into()));
        }
        fields.push((
            format!("text_{code}"),
            q["text"].as_str().unwrap_or("").into(),
        ));
        if let Some(help) = q["help"].as_str() {
            fields.push((format!("help_{code}"), help.into()));
        }
    }
    fields
}

fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    if !value.is_empty() {
        fields.push((name.to_owned(), value.to_owned()));
    }
}

async fn post(
    app: &TestApp,
    path: &str,
    cookie: &str,
    csrf: &str,
    fields: &[(String, String)],
) -> (StatusCode, String) {
    let mut all: Vec<(&str, String)> = vec![("csrf", csrf.to_owned())];
    all.extend(fields.iter().map(|(k, v)| (k.as_str(), v.clone())));
    // In English, so the messages can be read here.
    let r = app
        .staff_post(&format!("{path}?lang=en"), cookie, &all)
        .await;
    crate::helpers::outcome(r).await
}

fn nb_text(catalogue: &Value, survey: &str, key: &str) -> Option<String> {
    catalogue["surveys"]
        .as_array()?
        .iter()
        .find(|s| s["slug"] == survey)?["questions"]
        .as_array()?
        .iter()
        .find(|q| q["id"] == key)
        .and_then(|q| q["text"].as_str().map(str::to_owned))
}

async fn revision_count(app: &TestApp) -> usize {
    use sea_orm::{EntityTrait, PaginatorTrait};
    entity::prelude::CatalogueRevision::find()
        .count(&app.db)
        .await
        .expect("counted") as usize
}

#[tokio::test]
async fn a_reworded_question_keeps_earlier_answers_beside_the_wording_they_were_given() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/catalogue").await;
    let before = nb_text(
        &app.get_json("/api/v1/catalogue?lang=nb").await,
        "parent",
        "helpful",
    )
    .expect("helpful in nb");

    // A form shown before the change and sent after it.
    let (_, form_page) = app
        .staff_page("/s/parent?unit=saupstad-barnehage&lang=nb", "")
        .await;
    assert!(
        form_page.contains("name=\"rev\" value=\"0\""),
        "the form carries its revision"
    );

    let early = app.submit(&parent_answer()).await;
    let path = "/admin/catalogue/surveys/parent/questions/helpful";
    let (status, page) = app.staff_page(path, &admin).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&before), "the page shows the wording");
    let csrf = csrf_token(&page);

    let mut fields = question_form(&app, "parent", "helpful").await;
    let languages_before = fields
        .iter()
        .filter(|(k, _)| k.starts_with("text_"))
        .count();
    assert!(languages_before >= 10, "{fields:?}");
    set(&mut fields, "text_nb", "Fikk du den hjelpen du trengte?");
    set(&mut fields, "reviewed_nb", "on");
    let (status, location) = post(&app, path, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{location}");
    assert!(location.contains("saved=1"), "{location}");

    // Forms and the API ask the new wording now; every other language is untouched.
    let now = app.get_json("/api/v1/catalogue?lang=nb").await;
    assert_eq!(
        nb_text(&now, "parent", "helpful").as_deref(),
        Some("Fikk du den hjelpen du trengte?")
    );
    let again = question_form(&app, "parent", "helpful").await;
    assert_eq!(
        again.iter().filter(|(k, _)| k.starts_with("text_")).count(),
        languages_before
    );
    let (_, form_now) = app
        .staff_page("/s/parent?unit=saupstad-barnehage&lang=nb", "")
        .await;
    assert!(form_now.contains("Fikk du den hjelpen du trengte?"));
    let late = app.submit(&parent_answer()).await;

    // The form shown before the change is sent now: it was answered in the old words.
    let stale = [
        ("lang", "nb"),
        ("unit", "saupstad-barnehage"),
        ("rev", "0"),
        ("role", "parent"),
        ("q.helpful", "4"),
        ("submission_id", "6f9619ff-8b86-4d01-b42d-00cf4fc964ff"),
    ];
    let (status, _) = app.post_form("/s/parent", &stale).await;
    assert!(status.is_success() || status.is_redirection(), "{status}");
    let stale_id = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        entity::prelude::Response::find()
            .filter(
                entity::response::Column::SubmissionId.eq("6f9619ff-8b86-4d01-b42d-00cf4fc964ff"),
            )
            .one(&app.db)
            .await
            .expect("read")
            .expect("the stale form's answer is stored")
            .id
    };

    let wording = |body: &Value| {
        body["questions"]["helpful"]["text"]
            .as_str()
            .map(str::to_owned)
    };
    let (_, old) = app.get_response(early, &app.admin_token).await;
    assert_eq!(wording(&old).as_deref(), Some(before.as_str()), "{old}");
    assert_eq!(old["catalogue_revision"], 0);
    let (_, new) = app.get_response(late, &app.admin_token).await;
    assert_eq!(
        wording(&new).as_deref(),
        Some("Fikk du den hjelpen du trengte?"),
        "{new}"
    );
    assert_eq!(new["catalogue_revision"], 1);
    let (_, from_stale) = app.get_response(stale_id, &app.admin_token).await;
    assert_eq!(
        wording(&from_stale).as_deref(),
        Some(before.as_str()),
        "{from_stale}"
    );

    // The page lists the earlier wording; the change is in the audit log.
    let (_, page) = app.staff_page(path, &admin).await;
    assert!(
        page.contains(&before) && page.contains("Fikk du den hjelpen"),
        "earlier wording"
    );
    let (_, audit) = app
        .staff_page("/admin/audit?action=catalogue", &admin)
        .await;
    assert!(audit.contains("catalogue.question") && audit.contains("parent/helpful"));
    assert!(audit.contains("revision 1"), "the audit names the revision");

    // Saving the same again is no new revision.
    let (status, location) = post(&app, path, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(location.contains("unchanged=1"), "{location}");
    assert_eq!(revision_count(&app).await, 1);

    // Everything holds after a restart.
    let app = app.restart().await;
    let (_, old) = app.get_response(early, &app.admin_token).await;
    assert_eq!(wording(&old).as_deref(), Some(before.as_str()));
    let now = app.get_json("/api/v1/catalogue?lang=nb").await;
    assert_eq!(
        nb_text(&now, "parent", "helpful").as_deref(),
        Some("Fikk du den hjelpen du trengte?"),
        "the seed never overwrites an edit"
    );
}

#[tokio::test]
async fn a_retired_question_is_no_longer_asked_but_keeps_its_answers() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/catalogue").await;
    let early = app.submit(&parent_answer()).await;

    let path = "/admin/catalogue/surveys/parent/questions/respect";
    let (_, page) = app.staff_page(path, &admin).await;
    let csrf = csrf_token(&page);
    let mut fields = question_form(&app, "parent", "respect").await;
    set(&mut fields, "active", "");
    let (status, _) = post(&app, path, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    let catalogue = app.get_json("/api/v1/catalogue?lang=nb").await;
    assert_eq!(
        nb_text(&catalogue, "parent", "respect"),
        None,
        "not offered"
    );
    let (_, form) = app
        .staff_page("/s/parent?unit=saupstad-barnehage&lang=nb", "")
        .await;
    assert!(!form.contains("name=\"q.respect\""), "not on the form");
    let r = app.post_response(&parent_answer()).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = r.json().await.unwrap();
    assert!(body.to_string().contains("unknown_question"), "{body}");
    let mut without = parent_answer();
    without["answers"]
        .as_object_mut()
        .unwrap()
        .remove("respect");
    app.submit(&without).await;

    // The earlier answer still reads with its question, and counts in indicators.
    let (_, old) = app.get_response(early, &app.admin_token).await;
    assert_eq!(old["answers"]["respect"], json!(4), "{old}");
    assert!(old["questions"]["respect"]["text"].is_string(), "{old}");

    // Asked again: back on the form.
    set(&mut fields, "active", "on");
    let (status, _) = post(&app, path, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let catalogue = app.get_json("/api/v1/catalogue?lang=nb").await;
    assert!(nb_text(&catalogue, "parent", "respect").is_some());
}

#[tokio::test]
async fn an_added_question_is_offered_in_the_languages_it_has_text_in() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/catalogue").await;
    let (_, page) = app
        .staff_page("/admin/catalogue/surveys/partner", &admin)
        .await;
    let csrf = csrf_token(&page);
    let languages = |cat: &Value| -> Vec<String> {
        cat["surveys"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["slug"] == "partner").cloned())
            .and_then(|s| s["languages"].as_array().cloned())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|l| l.as_str().map(str::to_owned))
            .collect()
    };
    assert!(languages(&app.get_json("/api/v1/catalogue").await).contains(&"en".to_owned()));

    // Bad questions are refused with the reason, and nothing is stored.
    let add = "/admin/catalogue/surveys/partner/questions";
    for (fields, reason) in [
        (
            vec![("key", "Bad Key"), ("kind", "scale5"), ("text", "Hva?")],
            "code",
        ),
        (
            vec![
                ("key", "meeting"),
                ("kind", "single"),
                ("text", "Hvor?"),
                ("choices", "one = En"),
            ],
            "two or more",
        ),
        (
            vec![("key", "meeting"), ("kind", "scale5"), ("text", "  ")],
            "Bokmål",
        ),
        (
            vec![("key", "meeting"), ("kind", "colour"), ("text", "Hva?")],
            "answer type",
        ),
    ] {
        let fields: Vec<(String, String)> = fields
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let (status, page) = post(&app, add, &admin, &csrf, &fields).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{fields:?}");
        assert!(page.contains(reason), "{reason}: {fields:?}");
    }
    assert_eq!(revision_count(&app).await, 0);

    let fields: Vec<(String, String)> = [
        ("key", "meeting"),
        ("kind", "single"),
        ("text", "Hvor møtte du familien?"),
        ("choices", "home = Hjemme\noffice = På kontoret"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let (status, location) = post(&app, add, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{location}");
    assert!(location.starts_with("/admin/catalogue/surveys/partner/questions/meeting"));
    let (status, _) = post(&app, add, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::CONFLICT, "the key is taken");

    // Only Bokmål has it: the survey is offered in Bokmål alone until translated.
    let cat = app.get_json("/api/v1/catalogue?lang=nb").await;
    assert_eq!(languages(&cat), ["nb"]);
    assert_eq!(
        nb_text(&cat, "partner", "meeting").as_deref(),
        Some("Hvor møtte du familien?")
    );
    // Answered in English, where the question had no text yet: it was shown in Bokmål.
    let r = app
        .post_response(
            &json!({"survey": "partner", "unit": "saupstad-barnehage", "lang": "en",
            "role": "partner", "answers": {"meeting": "office"}}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::CREATED);

    // An English text with its choice labels, checked by a native speaker.
    let path = "/admin/catalogue/surveys/partner/questions/meeting";
    let mut form = question_form(&app, "partner", "meeting").await;
    set(&mut form, "required", "");
    for (k, v) in [
        ("label_nb_home", "Hjemme"),
        ("label_nb_office", "På kontoret"),
        ("text_en", "Where did you meet the family?"),
        ("label_en_home", "At home"),
        ("label_en_office", "At the office"),
        ("reviewed_en", "on"),
    ] {
        set(&mut form, k, v);
    }
    let (status, _) = post(&app, path, &admin, &csrf, &form).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cat = app.get_json("/api/v1/catalogue?lang=en").await;
    assert_eq!(languages(&cat), ["en", "nb"]);
    let q = cat["surveys"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["slug"] == "partner").cloned())
        .and_then(|s| {
            s["questions"]
                .as_array()
                .and_then(|qs| qs.iter().find(|q| q["id"] == "meeting").cloned())
        })
        .expect("meeting");
    assert_eq!(q["text"], "Where did you meet the family?");
    assert_eq!(
        q["choices"][1],
        json!({"value": "office", "label": "At the office"})
    );
    let (_, page) = app.staff_page(path, &admin).await;
    assert!(
        page.contains("id=\"reviewed-en\" name=\"reviewed_en\" value=\"on\" checked"),
        "the reviewed flag is kept"
    );
    // The earlier English answer was shown the question in Bokmål, and says so.
    let (_, early) = app.get_response(1, &app.admin_token).await;
    assert_eq!(early["questions"]["meeting"]["lang"], "nb", "{early}");
}

#[tokio::test]
async fn units_districts_and_zones_are_added_and_changed_with_their_rules() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/catalogue/places").await;
    let (status, page) = app.staff_page("/admin/catalogue/places", &admin).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Saupstad barnehage"));
    let csrf = csrf_token(&page);
    let f = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };

    let (status, _) = post(
        &app,
        "/admin/catalogue/districts/new",
        &admin,
        &csrf,
        &f(&[("slug", "tiller"), ("name", "Tiller")]),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _) = post(
        &app,
        "/admin/catalogue/zones/new",
        &admin,
        &csrf,
        &f(&[
            ("slug", "tiller-sor"),
            ("name", "Tiller sør"),
            ("district", "tiller"),
        ]),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let unit = [
        ("slug", "tiller-familiesenter"),
        ("name", "Tiller familiesenter"),
        ("service_kind", "helsestasjon"),
        ("district", "tiller"),
        ("zone", "tiller-sor"),
        ("active", "on"),
    ];
    let (status, location) =
        post(&app, "/admin/catalogue/units/new", &admin, &csrf, &f(&unit)).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{location}");
    let cat = app.get_json("/api/v1/catalogue").await;
    assert!(
        cat["units"].as_array().is_some_and(|u| u
            .iter()
            .any(|u| u["slug"] == "tiller-familiesenter"
                && u["district"] == "tiller"
                && u["zone"] == "tiller-sor")),
        "{cat}"
    );
    let mut answer = parent_answer();
    answer["unit"] = json!("tiller-familiesenter");
    app.submit(&answer).await;

    // Refused: a zone outside the unit's district, a taken slug, a bad slug, no name.
    let revisions = revision_count(&app).await;
    for (path, fields, status, reason) in [
        (
            "/admin/catalogue/units/tiller-familiesenter",
            vec![
                ("name", "Tiller familiesenter"),
                ("service_kind", "helsestasjon"),
                ("district", "heimdal"),
                ("zone", "tiller-sor"),
                ("active", "on"),
            ],
            StatusCode::UNPROCESSABLE_ENTITY,
            "does not lie",
        ),
        (
            "/admin/catalogue/units/new",
            unit.to_vec(),
            StatusCode::CONFLICT,
            "taken",
        ),
        (
            "/admin/catalogue/districts/new",
            vec![("slug", "Ny Bydel"), ("name", "Ny")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "lower-case",
        ),
        (
            "/admin/catalogue/districts/tiller",
            vec![("name", "   ")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "name",
        ),
        (
            "/admin/catalogue/zones/saupstad",
            vec![("name", "Saupstad"), ("district", "midtbyen")],
            StatusCode::UNPROCESSABLE_ENTITY,
            "does not lie",
        ),
    ] {
        let (got, page) = post(&app, path, &admin, &csrf, &f(&fields)).await;
        assert_eq!(got, status, "{path} {fields:?}");
        assert!(page.contains(reason), "{path}: {reason}");
    }
    assert_eq!(revision_count(&app).await, revisions, "nothing changed");
    let (status, _) = post(
        &app,
        "/admin/catalogue/units/no-such-unit",
        &admin,
        &csrf,
        &f(&unit[1..]),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Renamed district; closed unit: new answers refused, old ones kept.
    let (status, _) = post(
        &app,
        "/admin/catalogue/districts/tiller",
        &admin,
        &csrf,
        &f(&[("name", "Tiller bydel")]),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let closed: Vec<(&str, &str)> = unit[1..5].to_vec();
    let (status, _) = post(
        &app,
        "/admin/catalogue/units/tiller-familiesenter",
        &admin,
        &csrf,
        &f(&closed),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let r = app.post_response(&answer).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.stored_responses().await, 1);
    let (_, places) = app.staff_page("/admin/catalogue/places", &admin).await;
    assert!(places.contains("Tiller bydel"));

    // A planner may not change the catalogue.
    let planner = app.sign_in_as(Role::Planner, "/admin/dashboard").await;
    let (_, page) = app.staff_page("/admin/account", &planner).await;
    let r = app
        .staff_post(
            "/admin/catalogue/districts/tiller",
            &planner,
            &[
                ("csrf", csrf_token(&page)),
                ("name", "Planners' Tiller".into()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let (_, overview) = app.staff_page("/admin/catalogue", &admin).await;
    assert!(
        overview.contains("tiller: name"),
        "the change list: {overview}"
    );
}

/// The survey form's own values, as a browser would post them unchanged.
fn survey_form(html: &str) -> Vec<(String, String)> {
    let unescape = |v: &str| {
        v.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&amp;", "&")
    };
    let mut fields = Vec::new();
    for part in html.split("name=\"").skip(1) {
        let Some((name, rest)) = part.split_once('"') else {
            continue;
        };
        if name.starts_with("title_") {
            let value = rest
                .split_once("value=\"")
                .and_then(|(_, v)| v.split_once('"'))
                .map(|(v, _)| unescape(v))
                .unwrap_or_default();
            fields.push((name.to_owned(), value));
        } else if name.starts_with("intro_") {
            let value = rest
                .split_once('>')
                .and_then(|(_, v)| v.split_once("</textarea>"))
                .map(|(v, _)| unescape(v))
                .unwrap_or_default();
            fields.push((name.to_owned(), value));
        } else if name.starts_with("reviewed_") && rest.starts_with(" value=\"on\" checked") {
            fields.push((name.to_owned(), "on".to_owned()));
        }
    }
    fields
}

#[tokio::test]
async fn a_withdrawn_survey_is_not_offered_and_its_title_can_change() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/catalogue").await;
    let path = "/admin/catalogue/surveys/partner";
    let (_, page) = app.staff_page(path, &admin).await;
    let csrf = csrf_token(&page);
    let mut fields = survey_form(&page);
    assert!(
        fields
            .iter()
            .filter(|(k, _)| k.starts_with("title_"))
            .count()
            >= 10
    );
    set(&mut fields, "title_nb", "Samarbeid om familien");

    // Without a Bokmål title, or without another language's title, nothing is saved.
    for (name, reason) in [("title_nb", "Bokmål"), ("title_en", "cannot be removed")] {
        let mut without = fields.clone();
        set(&mut without, name, "");
        let (status, page) = post(&app, path, &admin, &csrf, &without).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(page.contains(reason), "{reason}");
    }
    assert_eq!(revision_count(&app).await, 0);

    // Saved without "offer": withdrawn.
    let (status, _) = post(&app, path, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let cat = app.get_json("/api/v1/catalogue?lang=nb").await;
    assert!(
        !cat["surveys"]
            .as_array()
            .is_some_and(|s| s.iter().any(|s| s["slug"] == "partner")),
        "withdrawn"
    );
    let (status, _) = app.staff_page("/s/partner?lang=nb", "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    set(&mut fields, "active", "on");
    let (status, _) = post(&app, path, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, form) = app.staff_page("/s/partner?lang=nb", "").await;
    assert!(form.contains("Samarbeid om familien"));
    // Every language is still offered, and its own title unchanged.
    let cat = app.get_json("/api/v1/catalogue?lang=en").await;
    let partner = cat["surveys"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["slug"] == "partner").cloned())
        .expect("partner");
    assert!(
        partner["languages"]
            .as_array()
            .is_some_and(|l| l.len() >= 10)
    );
    assert_ne!(partner["title"], "Samarbeid om familien");
}

#[tokio::test]
async fn a_removed_translation_stays_removed_after_a_restart() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/catalogue").await;
    let path = "/admin/catalogue/surveys/parent/questions/helpful";
    let (_, page) = app.staff_page(path, &admin).await;
    let csrf = csrf_token(&page);
    let mut fields = question_form(&app, "parent", "helpful").await;
    set(&mut fields, "text_ti", "");
    set(&mut fields, "help_ti", "");
    let (status, _) = post(&app, path, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let offered = |cat: &Value| {
        cat["surveys"]
            .as_array()
            .and_then(|s| s.iter().find(|s| s["slug"] == "parent").cloned())
            .and_then(|s| s["languages"].as_array().cloned())
            .unwrap_or_default()
            .contains(&json!("ti"))
    };
    assert!(
        !offered(&app.get_json("/api/v1/catalogue").await),
        "no longer in Tigrinya"
    );
    // The seed does not bring the translation back.
    let app = app.restart().await;
    assert!(
        !offered(&app.get_json("/api/v1/catalogue").await),
        "still not after a restart"
    );
}

/// Posts a recording form (multipart) as the admin; gives the status and the location
/// or the page's text.
async fn post_recording(
    app: &TestApp,
    cookie: &str,
    csrf: &str,
    lang: &str,
    file: Option<Vec<u8>>,
) -> (StatusCode, String) {
    let mut form = reqwest::multipart::Form::new()
        .text("csrf", csrf.to_owned())
        .text("lang", lang.to_owned());
    form = match file {
        Some(bytes) => form.part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("reading.mp3"),
        ),
        None => form.text("remove", "1"),
    };
    let r = app
        .client
        .post(
            app.url("/admin/catalogue/surveys/child_4_7/questions/adults_helped/recording?lang=en"),
        )
        .header("Cookie", cookie)
        .header("Origin", app.url(""))
        .multipart(form)
        .send()
        .await
        .expect("sent");
    crate::helpers::outcome(r).await
}

/// The `data-audio` of the first question of the 4–7 form in `lang`.
async fn form_audio(app: &TestApp, lang: &str) -> Option<String> {
    let (_, form) = app
        .staff_page(
            &format!("/s/child_4_7?unit=saupstad-barnehage&lang={lang}"),
            "",
        )
        .await;
    let at = form.find("id=\"q-adults_helped\"")?;
    let tag_end = form[at..].find('>')? + at;
    let tag = &form[at..tag_end];
    let start = tag.find("data-audio=\"")? + "data-audio=\"".len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_owned())
}

/// An admin uploads a recording of a question in Tigrinya (phones have no Tigrinya
/// voice): the form in Tigrinya names it and it is served as audio; a file that is not
/// audio, or too large, is refused with a clear message and changes nothing; rewording
/// the question in that language takes the recording away.
#[tokio::test]
async fn a_recording_is_uploaded_checked_served_and_dropped_with_its_words() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/catalogue").await;
    let path = "/admin/catalogue/surveys/child_4_7/questions/adults_helped";
    let (status, page) = app.staff_page(path, &admin).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let csrf = csrf_token(&page);
    assert_eq!(form_audio(&app, "ti").await, None);
    let before = revision_count(&app).await;

    // Not audio: refused, whatever the file is called.
    let (status, body) = post_recording(
        &app,
        &admin,
        &csrf,
        "ti",
        Some(b"<script>alert(1)</script>".to_vec()),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("not a recording stemme can play"), "{body}");
    // Too large: refused.
    let mut big = b"ID3\x04\x00".to_vec();
    big.resize(2 * 1024 * 1024 + 10, 0);
    let (status, body) = post_recording(&app, &admin, &csrf, "ti", Some(big)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert!(body.contains("at most 2 MB"), "{body}");
    // Without the session's token: refused.
    let (status, _) =
        post_recording(&app, &admin, "forged", "ti", Some(b"ID3\x04\x00x".to_vec())).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(revision_count(&app).await, before, "nothing changed");
    assert_eq!(form_audio(&app, "ti").await, None);

    // An MP3: stored, named by the Tigrinya form, served as audio.
    let mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x00recorded reading".to_vec();
    let (status, location) = post_recording(&app, &admin, &csrf, "ti", Some(mp3.clone())).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{location}");
    assert_eq!(revision_count(&app).await, before + 1);
    let audio = form_audio(&app, "ti")
        .await
        .expect("the Tigrinya form names the recording");
    assert!(
        audio.starts_with("/audio/child_4_7-adults_helped-ti-") && audio.ends_with(".mp3"),
        "{audio}"
    );
    assert_eq!(form_audio(&app, "nb").await, None, "only in Tigrinya");
    let r = app.client.get(app.url(&audio)).send().await.expect("sent");
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "audio/mpeg");
    assert_eq!(r.bytes().await.expect("bytes").as_ref(), &mp3[..]);
    let (_, page) = app.staff_page(path, &admin).await;
    assert!(
        page.contains(&format!("src=\"{audio}\"")),
        "the admin can listen to it"
    );

    // Reworded in Tigrinya: the recording would read other words, so it goes.
    let mut fields = question_form(&app, "child_4_7", "adults_helped").await;
    set(&mut fields, "text_ti", "ሓድሽ ቃላት ንሕቶ");
    let (status, _) = post(&app, path, &admin, &csrf, &fields).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(form_audio(&app, "ti").await, None);

    // Uploaded again and removed by the admin.
    let (status, _) = post_recording(&app, &admin, &csrf, "ti", Some(mp3)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(form_audio(&app, "ti").await.is_some());
    let (status, _) = post_recording(&app, &admin, &csrf, "ti", None).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(form_audio(&app, "ti").await, None);
}
