//! Children's and youth forms, every language, posters and recorded readings.
use crate::helpers::{page_text, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};

const LANGUAGES: [&str; 15] = [
    "nb", "nn", "se", "en", "ar", "fa", "uk", "ru", "ti", "am", "om", "tl", "so", "pl", "lt",
];

async fn page(app: &crate::helpers::TestApp, path: &str) -> (StatusCode, String) {
    let r = app.client.get(app.url(path)).send().await.unwrap();
    (r.status(), page_text(r.text().await.unwrap()))
}

#[tokio::test]
async fn a_child_answers_with_an_adult_beside_her_and_the_adults_role_is_kept_apart() {
    let app = spawn_app().await;
    let (status, html) = page(&app, "/s/child_4_7?lang=nb&unit=saupstad-barnehage").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("class=\"survey screens\""),
        "one question per screen"
    );
    assert!(html.contains("Til den voksne"), "a word to the adult");
    assert_eq!(
        html.matches("class=\"face\"").count(),
        3 * 5,
        "three faces for each of five questions"
    );
    assert!(
        html.matches("class=\"picture\"").count() >= 5,
        "a picture with every question"
    );
    assert!(html.contains("name=\"assisted_by\""), "asks who is helping");
    assert!(
        html.contains("href=\"#q-adults_listen\""),
        "a link to the next question works without script"
    );
    assert!(
        html.contains("data-read"),
        "questions are marked for reading aloud"
    );

    let body = json!({
        "survey": "child_4_7", "unit": "saupstad-barnehage", "lang": "ar",
        "assisted_by": "staff", "answers": {"adults_helped": 3, "feel_safe": 2},
        "text": "Jeg liker å tegne"
    });
    let r = app.post_response(&body).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = app.id_of(&r.json::<Value>().await.unwrap()).await;
    let (_, stored) = app.get_response(id, &app.admin_token).await;
    assert_eq!(stored["assisted_by"], "staff");
    assert_eq!(
        stored["role"],
        Value::Null,
        "the adult's role is not the child's"
    );
    assert_eq!(stored["answers"]["adults_helped"], 3);

    let mut wrong = body.clone();
    wrong["role"] = json!("pupil");
    let r = app.post_response(&wrong).await;
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "an assisted form takes the adult's role only"
    );
    let mut wrong = body.clone();
    wrong["answers"]["feel_safe"] = json!(4);
    assert_eq!(
        app.post_response(&wrong).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "three faces, values 1–3"
    );
    let parent = json!({"survey": "parent", "unit": "saupstad-barnehage", "lang": "nb", "assisted_by": "staff", "answers": {"helpful": 3}});
    assert_eq!(
        app.post_response(&parent).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn the_form_for_8_to_12_uses_childrens_words_under_five_faces() {
    let app = spawn_app().await;
    let (_, html) = page(&app, "/s/child_8_12?lang=en&unit=saupstad-barnehage").await;
    assert!(html.contains("Yes, very much") && html.contains("No, not at all"));
    assert!(
        !html.contains("Strongly agree"),
        "no adult survey words for children"
    );
    let catalogue: Value = app.get_json("/api/v1/catalogue?lang=en").await;
    let child = catalogue["surveys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["slug"] == "child_8_12")
        .unwrap();
    assert_eq!(
        child["questions"][0]["choices"][4]["label"],
        "Yes, very much"
    );
}

#[tokio::test]
async fn every_form_is_whole_in_every_language() {
    let app = spawn_app().await;
    for lang in LANGUAGES {
        for survey in [
            "parent",
            "child_4_7",
            "child_8_12",
            "youth_13_18",
            "partner",
        ] {
            let (status, html) = page(
                &app,
                &format!("/s/{survey}?lang={lang}&unit=saupstad-barnehage"),
            )
            .await;
            assert_eq!(status, StatusCode::OK, "{survey} in {lang}");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\"")),
                "{survey} is served in {lang}"
            );
            assert!(
                !html.contains("class=\"notice\""),
                "{survey} in {lang} needs no fallback note"
            );
        }
    }
    let (_, html) = page(&app, "/s/parent?lang=fa").await;
    assert!(html.contains("dir=\"rtl\""), "Persian runs right to left");
    let reports = {
        let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
            .await
            .unwrap()
            .get();
        let i18n = stemme::i18n::Translations::load(&catalogue.rtl_codes()).unwrap();
        stemme::catalogue::check_translations(&catalogue, &i18n)
    };
    assert_eq!(reports.len(), 15);
    for r in &reports {
        assert!(
            r.is_complete(),
            "{} lacks {:?} {:?}",
            r.code,
            r.interface_missing,
            r.missing
        );
    }
    assert!(
        reports.iter().any(|r| r.unreviewed > 0),
        "unchecked translations are flagged, not hidden"
    );
}

#[tokio::test]
async fn a_phone_downloads_less_than_60_kb_for_the_parent_form() {
    use std::io::Write;
    let app = spawn_app().await;
    let mut total = 0;
    for path in [
        "/s/parent?lang=nb&unit=saupstad-barnehage",
        "/static/app.css",
        "/static/form.js",
        "/static/read-aloud.js",
        "/sw.js",
    ] {
        let r = app.client.get(app.url(path)).send().await.unwrap();
        // A missing script weighs nothing: every part must be there.
        assert_eq!(r.status(), reqwest::StatusCode::OK, "{path}");
        let body = r.bytes().await.unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&body).unwrap();
        total += gz.finish().unwrap().len();
    }
    assert!(
        total < 60 * 1024,
        "the parent form weighs {total} bytes compressed"
    );
    // And the server compresses when asked.
    let r = app
        .client
        .get(app.url("/static/app.css"))
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.headers()
            .get("content-encoding")
            .map(|v| v.to_str().unwrap()),
        Some("gzip")
    );
}

#[tokio::test]
async fn a_unit_prints_a_poster_in_its_languages() {
    let app = spawn_app().await;
    let (status, html) = page(
        &app,
        "/posters/saupstad-barnehage/parent?langs=nb,ar,ti&size=a5",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<svg"), "a QR code");
    assert!(
        html.contains("/s/parent?unit=saupstad-barnehage"),
        "the link is printed too"
    );
    for lang in ["nb", "ar", "ti"] {
        assert!(
            html.contains(&format!("lang=\"{lang}\"")),
            "an invitation in {lang}"
        );
    }
    assert!(html.contains("dir=\"rtl\""));
    assert!(html.contains("poster-a5"));
    // Printed by a staff member whose browser reads English: the frame is still in the
    // poster's languages, and none of it in English.
    let r = app
        .client
        .get(app.url("/posters/saupstad-barnehage/parent?langs=ar,ti"))
        .header("Accept-Language", "en")
        .send()
        .await
        .unwrap();
    let framed = r.text().await.unwrap();
    assert!(
        framed.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"),
        "{framed}"
    );
    assert!(
        framed.contains("أو اكتب هذا العنوان") || framed.contains("lang=\"ar\" dir=\"rtl\">"),
        "{framed}"
    );
    assert!(!framed.contains("Or type this address"), "{framed}");
    assert!(!framed.contains("(Kindergarten)"), "{framed}");
    assert_eq!(
        page(&app, "/posters/nowhere/parent").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        page(&app, "/posters/saupstad-barnehage/parent?langs=xx")
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn recorded_readings_are_served_from_the_data_folder_only() {
    let app = spawn_app().await;
    let folder = app.settings.data_dir.join("audio");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("helpful-nb.mp3"), b"ID3 test").unwrap();
    let r = app
        .client
        .get(app.url("/audio/helpful-nb.mp3"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "audio/mpeg");
    for bad in [
        "/audio/..%2Fstemme.db",
        "/audio/stemme.db",
        "/audio/.hidden.mp3",
        "/audio/none.mp3",
    ] {
        assert_eq!(
            app.client.get(app.url(bad)).send().await.unwrap().status(),
            StatusCode::NOT_FOUND,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn staff_find_the_poster_for_their_unit_without_an_account() {
    let app = spawn_app().await;
    let (status, html) = page(&app, "/posters?lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("value=\"saupstad-barnehage\""),
        "lists the units"
    );
    assert!(
        html.contains("name=\"langs\" value=\"ti\""),
        "offers every language"
    );
    let r = app
        .client
        .get(app.url(
            "/posters/print?unit=saupstad-barnehage&survey=child_4_7&langs=nb&langs=ar&size=a5",
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(
        location,
        "/posters/saupstad-barnehage/child_4_7?langs=nb%2Car&size=a5"
    );
    let (status, html) = page(&app, &location).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("lang=\"ar\"") && html.contains("poster-a5"));
    let (_, home) = page(&app, "/?lang=en").await;
    assert!(
        home.contains("href=\"/posters?lang=en\""),
        "the start page shows staff the way"
    );
}

/// The children's thank-you page speaks to the child, and a shared tablet goes on to
/// the next child with an empty form; a parent is thanked as an adult.
#[tokio::test]
async fn a_child_is_thanked_as_a_child_and_the_tablet_goes_on_to_the_next() {
    let app = spawn_app().await;
    let (status, child) = page(&app, "/s/child_4_7/thanks?lang=nb&unit=saupstad-barnehage").await;
    assert_eq!(status, StatusCode::OK);
    assert!(child.contains("Nå har du sagt hva du synes"), "{child}");
    assert!(
        child.contains("href=\"/s/child_4_7?lang=nb&amp;unit=saupstad-barnehage\"")
            && child.contains("Neste barn"),
        "{child}"
    );
    let (_, parent) = page(&app, "/s/parent/thanks?lang=nb&unit=saupstad-barnehage").await;
    assert!(
        parent.contains("Tusen takk") && !parent.contains("Neste barn"),
        "{parent}"
    );
}
