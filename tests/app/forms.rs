//! A parent answering the form on a phone, without JavaScript.
use crate::helpers::{page_text, spawn_app};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

fn submission_id(html: &str) -> String {
    let marker = "name=\"submission_id\" value=\"";
    let start = html.find(marker).expect("form carries a submission id") + marker.len();
    html[start..start + 36].to_owned()
}

async fn form_page(app: &crate::helpers::TestApp, query: &str) -> (StatusCode, String) {
    let r = app
        .client
        .get(app.url(&format!("/s/parent?{query}")))
        .send()
        .await
        .unwrap();
    (r.status(), page_text(r.text().await.unwrap()))
}

#[tokio::test]
async fn a_parent_answers_the_form_and_the_answer_is_stored_once() {
    let app = spawn_app().await;
    let (status, html) = form_page(&app, "unit=saupstad-barnehage&lang=nn").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"nn\" dir=\"ltr\">"));
    assert!(
        html.contains("Saupstad"),
        "names the unit being answered about"
    );
    assert!(
        html.contains("Du svarar anonymt"),
        "anonymity statement in Nynorsk"
    );
    assert!(!html.contains("<script>"), "no inline script");
    let sid = submission_id(&html);

    let form = [
        ("submission_id", sid.as_str()),
        ("lang", "nn"),
        ("unit", "saupstad-barnehage"),
        ("q.helpful", "4"),
        ("q.listened", "5"),
        ("role", "parent"),
        ("text", "Vi fekk god hjelp."),
    ];
    let r = app
        .client
        .post(app.url("/s/parent"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/s/parent/thanks"), "{location}");
    let thanks = app
        .client
        .get(app.url(&location))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(thanks.contains("Tusen takk"), "thank-you page in Nynorsk");

    // A double tap sends the same form again: stored once.
    let again = app
        .client
        .post(app.url("/s/parent"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.stored_responses().await, 1);

    let stored = entity::prelude::Response::find()
        .filter(entity::response::Column::SubmissionId.eq(sid.as_str()))
        .one(&app.db)
        .await
        .unwrap()
        .expect("stored under the form's submission id");
    assert_eq!(stored.lang, "nn");
    let (status, body) = app.get_response(stored.id, &app.admin_token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["answers"]["helpful"], 4);
    assert_eq!(body["answers"]["listened"], 5);
    assert_eq!(body["role"], "parent");
}

#[tokio::test]
async fn a_refused_form_keeps_what_the_parent_typed_and_stores_nothing() {
    let app = spawn_app().await;
    let (_, html) = form_page(&app, "unit=saupstad-barnehage&lang=en").await;
    let sid = submission_id(&html);
    let long = "x".repeat(4001);
    let form = [
        ("submission_id", sid.as_str()),
        ("lang", "en"),
        ("unit", "saupstad-barnehage"),
        ("q.listened", "5"),
        ("text", "We waited <b>a long</b> time"),
    ];
    let r = app
        .client
        .post(app.url("/s/parent"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = page_text(r.text().await.unwrap());
    assert!(
        page.contains("Please answer this question."),
        "names the missing required answer"
    );
    assert!(
        page.contains("href=\"#q-helpful\""),
        "links the error to its question"
    );
    // The link says which question: its words, then what to do.
    let link = page
        .split("href=\"#q-helpful\">")
        .nth(1)
        .and_then(|rest| rest.split("</a>").next())
        .unwrap_or_default();
    assert!(
        link.contains("The help we got was useful to us."),
        "the error link names its question: {link}"
    );
    assert!(page.contains("class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-heading\" tabindex=\"-1\""), "the summary can take focus");
    assert!(
        page.contains("We waited &lt;b&gt;a long&lt;/b&gt; time"),
        "keeps the text, escaped"
    );
    assert!(
        page.contains("value=\"5\" checked"),
        "keeps the chosen answer"
    );
    assert!(
        page.contains(&sid),
        "keeps the submission id so a resend still stores once"
    );

    let too_long = [
        ("submission_id", sid.as_str()),
        ("lang", "en"),
        ("unit", "saupstad-barnehage"),
        ("q.helpful", "3"),
        ("text", long.as_str()),
    ];
    let (status, page) = app.post_form("/s/parent", &too_long).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("The text is too long: 4001 characters"));

    let bad_value = [
        ("submission_id", sid.as_str()),
        ("lang", "en"),
        ("unit", "saupstad-barnehage"),
        ("q.helpful", "9"),
    ];
    let (status, page) = app.post_form("/s/parent", &bad_value).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Please choose one of the answers shown."));
    assert_eq!(app.stored_responses().await, 0);
}

#[tokio::test]
async fn without_a_unit_in_the_link_the_parent_chooses_one() {
    let app = spawn_app().await;
    let (_, html) = form_page(&app, "lang=en").await;
    assert!(html.contains("<select id=\"unit\" name=\"unit\""));
    assert!(html.contains("<optgroup label=\"Heimdal\">"));
    let sid = submission_id(&html);
    let form = [
        ("submission_id", sid.as_str()),
        ("lang", "en"),
        ("unit", ""),
        ("q.helpful", "3"),
    ];
    let (status, page) = app.post_form("/s/parent", &form).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Please choose the service you are answering about."));
    assert_eq!(app.stored_responses().await, 0);
}

#[tokio::test]
async fn the_page_language_follows_the_link_then_the_browser_and_says_when_it_falls_back() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(app.url("/s/parent"))
        .header("Accept-Language", "en-GB,en;q=0.9")
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("<html lang=\"en\""));
    let r = app.client.get(app.url("/s/parent")).send().await.unwrap();
    assert!(
        r.text().await.unwrap().contains("<html lang=\"nb\""),
        "Bokmål by default"
    );
    let (status, html) = form_page(&app, "lang=zz").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<html lang=\"nb\""));
    assert!(
        html.contains("class=\"notice\""),
        "a visible note says the language is not available"
    );
    // The choice made by a link is remembered for the next page.
    let r = app.client.get(app.url("/?lang=en")).send().await.unwrap();
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("lang=en") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let r = app
        .client
        .get(app.url("/s/parent"))
        .header("Cookie", "lang=en")
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("<html lang=\"en\""));
}

#[tokio::test]
async fn pages_carry_security_headers_and_unknown_pages_are_friendly() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(app.url("/s/parent?lang=en"))
        .send()
        .await
        .unwrap();
    let h = r.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'")
            && csp.contains("frame-ancestors 'none'")
            // Recordings play and the service worker registers under the policy.
            && csp.contains("media-src 'self'")
            && csp.contains("worker-src 'self'")
            && !csp.contains("unsafe-inline")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "same-origin");
    assert_eq!(h["cache-control"], "no-store");
    let r = app
        .client
        .get(app.url("/s/no-such-survey?lang=en"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("We could not find this page")
    );
    let r = app
        .client
        .get(app.url("/nowhere?lang=nn"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.text().await.unwrap().contains("<html lang=\"nn\""));
    let css = app
        .client
        .get(app.url("/static/app.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(css.status(), StatusCode::OK);
    assert!(
        css.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age")
    );
}

#[tokio::test]
async fn a_post_from_another_site_is_refused() {
    let app = spawn_app().await;
    let form = [
        ("lang", "en"),
        ("unit", "saupstad-barnehage"),
        ("q.helpful", "1"),
    ];
    let r = app
        .client
        .post(app.url("/s/parent"))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.stored_responses().await, 0);
}

#[tokio::test]
async fn the_start_page_lists_the_forms_and_every_interface_language() {
    let app = spawn_app().await;
    let html = page_text(
        app.client
            .get(app.url("/?lang=en"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert!(html.contains("href=\"/s/parent?lang=en\""));
    assert!(html.contains("href=\"/s/partner?lang=en\""));
    assert!(
        html.contains("lang=\"nn\""),
        "languages are named in themselves"
    );
    assert!(html.contains("Norsk nynorsk"));
}

/// Changing language in the middle of the form keeps what was answered: the language
/// menu's choices are buttons of the form, so the answers travel with the choice,
/// without JavaScript; nothing is stored until the form is sent.
#[tokio::test]
async fn switching_language_mid_form_keeps_the_answers_and_stores_nothing() {
    let app = spawn_app().await;
    let (_, html) = form_page(&app, "unit=saupstad-barnehage&lang=nb").await;
    let sid = submission_id(&html);
    assert!(
        html.contains("name=\"switch_lang\" value=\"ti\"") && html.contains("form=\"survey-form\""),
        "the menu is part of the form"
    );
    let form = [
        ("submission_id", sid.as_str()),
        ("lang", "nb"),
        ("unit", "saupstad-barnehage"),
        ("q.helpful", "4"),
        ("q.listened", "2"),
        ("text", "Vi ventet lenge"),
        ("switch_lang", "ar"),
    ];
    let (status, page) = app.post_form("/s/parent", &form).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(
        page.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "now in Arabic"
    );
    assert!(
        page.contains("value=\"4\" checked") && page.contains("value=\"2\" checked"),
        "the answers came along"
    );
    assert!(page.contains("Vi ventet lenge"), "the text came along");
    assert!(page.contains(&sid), "the same submission");
    assert!(!page.contains("error-summary"), "nothing is checked yet");
    assert_eq!(app.stored_responses().await, 0, "nothing is stored yet");
}

/// Every page says whose service it is and links the privacy notice (and the
/// accessibility statement, where the municipality has one); the notice says who is
/// responsible, what is stored, for how long, and the rights, in the reader's language;
/// the municipality's colour reaches the pages through a stylesheet.
#[tokio::test]
async fn pages_say_whose_service_it_is_with_a_privacy_notice_and_the_accessibility_statement() {
    let app = crate::helpers::spawn_app_with(|s| {
        s.identity.municipality = "Testby kommune".into();
        s.identity.accessibility_url =
            Some("https://uustatus.no/nb/erklaringer/publisert/test".into());
        s.identity.privacy_contact = Some("personvernombud@testby.kommune.no".into());
        s.identity.accent = Some("#1f5f2e".into());
        s.retention_months = 36;
    })
    .await;
    let (status, form) = form_page(&app, "unit=saupstad-barnehage&lang=nb").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains("Testby kommune"), "the municipality's name");
    assert!(
        form.contains("href=\"/personvern?lang=nb\""),
        "the privacy notice is linked"
    );
    assert!(
        form.contains("href=\"https://uustatus.no/nb/erklaringer/publisert/test\""),
        "the accessibility statement is linked"
    );
    assert!(form.contains("href=\"/static/theme.css\""));
    let css = app
        .client
        .get(app.url("/static/theme.css"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(css.contains("--color-accent: #1f5f2e"), "{css}");
    for (lang, words) in [
        ("nb", "behandlingsansvarlig"),
        ("ar", "المسؤولة"),
        ("ti", "ሓላፍነት"),
    ] {
        let r = app
            .client
            .get(app.url(&format!("/personvern?lang={lang}")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let notice = r.text().await.unwrap();
        assert!(notice.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        assert!(
            notice.contains(words) && notice.contains("Testby kommune"),
            "{lang}: {notice}"
        );
        assert!(
            notice.contains("personvernombud@testby.kommune.no")
                && notice.contains("datatilsynet.no"),
            "{lang}"
        );
        assert!(notice.contains("36"), "{lang}: how long answers are kept");
    }
    // Without a statement address there is no dead link; the favicon is there.
    let plain = spawn_app().await;
    let (_, form) = form_page(&plain, "unit=saupstad-barnehage&lang=nb").await;
    assert!(
        !form.contains("uustatus"),
        "no statement configured, no link"
    );
    let icon = plain
        .client
        .get(plain.url("/favicon.ico"))
        .send()
        .await
        .unwrap();
    assert_eq!(icon.status(), StatusCode::OK);
    assert_eq!(icon.headers()["content-type"], "image/svg+xml");
}

/// "Does not apply to me" on a question the form does not require: offered, kept, and
/// left out of the indicator (neither positive nor negative); refused where the question
/// is required.
#[tokio::test]
async fn does_not_apply_is_kept_and_counted_neither_way() {
    let app = spawn_app().await;
    let (_, html) = form_page(&app, "unit=saupstad-barnehage&lang=nb").await;
    assert!(
        html.contains("name=\"q.listened\" value=\"na\""),
        "offered on an optional question"
    );
    assert!(html.contains("Gjelder ikke meg"));
    assert!(
        !html.contains("name=\"q.helpful\" value=\"na\""),
        "not on a required one"
    );
    for (i, listened) in ["na", "na", "5", "2"].iter().enumerate() {
        let sid = uuid::Uuid::new_v4().to_string();
        let form = [
            ("submission_id", sid.as_str()),
            ("lang", "nb"),
            ("unit", "saupstad-barnehage"),
            ("q.helpful", "5"),
            ("q.listened", listened),
        ];
        let (status, page) = app.post_form("/s/parent", &form).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{i}: {page}");
    }
    let refused = [
        ("submission_id", "5f0e8f5e-7d33-4b61-9a0a-000000000001"),
        ("lang", "nb"),
        ("unit", "saupstad-barnehage"),
        ("q.helpful", "na"),
    ];
    let (status, _) = app.post_form("/s/parent", &refused).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a required question needs an answer"
    );
    // V3 counts the two who answered it on the scale, not the two it did not apply to.
    use sea_orm::{ConnectionTrait, Statement};
    let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
        .await
        .unwrap()
        .get();
    let facts = stemme::indicators::compute::respondent_facts(&catalogue).expect("facts");
    let sql =
        format!("SELECT COUNT(*) AS n, SUM(pos) AS p FROM {facts} f WHERE f.indicator = 'V3'");
    let row = app
        .db
        .query_one_raw(Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    let n: i64 = row.try_get("", "n").unwrap();
    assert_eq!(n, 2, "the two 'does not apply' are left out");
    assert_eq!(app.stored_responses().await, 4, "and still stored");
}
