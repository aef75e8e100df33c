//! Co-creation workshops: a facilitator runs one, participants join by code on their
//! phones and add notes, vote and rate; the projector shows results in batches; closing
//! refuses late posts without losing what was typed; actions reach the unit's public
//! page and the process indicators.
use crate::helpers::{TestApp, csrf_token, page_text, spawn_app, text_answer};
use reqwest::StatusCode;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use stemme::admin::Role;

const UNIT: &str = "saupstad-skole";

struct Facilitator {
    cookie: String,
    csrf: String,
}

impl Facilitator {
    async fn new(app: &TestApp) -> Facilitator {
        let cookie = app.sign_in_as(Role::Facilitator, "/admin/workshops").await;
        let (status, page) = app.staff_page("/admin/workshops", &cookie).await;
        assert_eq!(status, StatusCode::OK);
        Facilitator {
            csrf: csrf_token(&page),
            cookie,
        }
    }

    async fn post(&self, app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut all: Vec<(&str, String)> = vec![("csrf", self.csrf.clone())];
        all.extend(fields.iter().map(|(k, v)| (*k, v.to_string())));
        app.staff_post(path, &self.cookie, &all).await
    }

    /// Creates a workshop for the test unit; returns its id and join code.
    async fn workshop(&self, app: &TestApp) -> (i32, String) {
        let r = self
            .post(
                app,
                "/admin/workshops",
                &[
                    ("title", "Hva gjør Saupstad skole bedre?"),
                    ("scope_kind", "unit"),
                    ("unit", UNIT),
                    ("stage", "planning"),
                    ("with_children", "yes"),
                    ("days", "1"),
                ],
            )
            .await;
        assert_eq!(r.status(), StatusCode::SEE_OTHER);
        let location = r.headers()["location"].to_str().unwrap().to_owned();
        let id: i32 = location.rsplit('/').next().unwrap().parse().unwrap();
        let w = entity::prelude::Workshop::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .expect("stored");
        (id, w.code)
    }

    async fn page(&self, app: &TestApp, path: &str) -> String {
        let (status, page) = app.staff_page(path, &self.cookie).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        page
    }
}

/// A participant on a phone: their cookie and form token.
struct Participant {
    cookie: String,
    token: String,
}

async fn join(app: &TestApp, code: &str, lang: &str, role: &str) -> Participant {
    let r = app
        .client
        .post(app.url(&format!("/w/{code}/join")))
        .form(&[("lang", lang), ("role", role)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let cookie = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok())
        .find(|c| c.starts_with("stemme_w="))
        .expect("participant cookie")
        .to_owned();
    // The cookie belongs to the workshop's own address, whatever case the code was typed in.
    let code = code.to_uppercase();
    assert!(
        cookie.contains(&format!("Path=/w/{code}")) && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let cookie = cookie.split(';').next().unwrap().to_owned();
    let (status, page) = board(app, &code, &cookie).await;
    assert_eq!(status, StatusCode::OK);
    let token = page
        .split("name=\"token\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("form token")
        .to_owned();
    Participant { cookie, token }
}

async fn board(app: &TestApp, code: &str, cookie: &str) -> (StatusCode, String) {
    let r = app
        .client
        .get(app.url(&format!("/w/{code}")))
        .header("Cookie", cookie)
        .send()
        .await
        .unwrap();
    (r.status(), page_text(r.text().await.unwrap()))
}

async fn post(
    app: &TestApp,
    code: &str,
    who: &Participant,
    what: &str,
    fields: &[(&str, &str)],
) -> (StatusCode, String) {
    let mut all = vec![("token", who.token.as_str())];
    all.extend_from_slice(fields);
    let r = app
        .client
        .post(app.url(&format!("/w/{code}/{what}")))
        .header("Cookie", &who.cookie)
        .form(&all)
        .send()
        .await
        .unwrap();
    (r.status(), page_text(r.text().await.unwrap_or_default()))
}

async fn note_ids(app: &TestApp) -> Vec<i32> {
    let mut ids: Vec<i32> = entity::prelude::WorkshopNote::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.id)
        .collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn participants_join_by_code_add_notes_and_vote_and_the_projector_shows_batches() {
    let app = spawn_app().await;
    let f = Facilitator::new(&app).await;
    let (id, code) = f.workshop(&app).await;
    let manage = f.page(&app, &format!("/admin/workshops/{id}")).await;
    assert!(
        manage.contains(&code) && manage.contains("<svg"),
        "code and QR shown"
    );

    let kari = join(&app, &code.to_lowercase(), "nb", "parent").await;
    let amal = join(&app, &code, "ar", "parent").await;
    let olena = join(&app, &code, "uk", "youth").await;
    let (_, page) = board(&app, &code, &amal.cookie).await;
    assert!(
        page.contains("lang=\"ar\"") && page.contains("dir=\"rtl\""),
        "in her language"
    );

    // Kari's note alone does not reach the projector: one person's doing is never shown alone.
    let (status, _) = post(
        &app,
        &code,
        &kari,
        "notes",
        &[("text", "Mer leksehjelp etter skolen")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let projector = format!("/admin/workshops/{id}/projector");
    let shown = f.page(&app, &projector).await;
    assert!(!shown.contains("Mer leksehjelp"), "{shown}");
    // Markup is kept as text.
    post(
        &app,
        &code,
        &amal,
        "notes",
        &[("text", "<script>alert(1)</script> مكان للقاء")],
    )
    .await;
    let shown = f.page(&app, &projector).await;
    assert!(
        shown.contains("Mer leksehjelp") && shown.contains("&lt;script&gt;"),
        "{shown}"
    );
    assert!(!shown.contains("<script>alert"));

    // Votes: one vote waits, two show together.
    let notes = note_ids(&app).await;
    let first = notes[0].to_string();
    let (status, _) = post(&app, &code, &olena, "votes", &[("note", &first)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let shown = f.page(&app, &projector).await;
    assert!(
        shown.contains("class=\"votes\" aria-label=\"stemmer\">0<"),
        "{shown}"
    );
    post(&app, &code, &amal, "votes", &[("note", &first)]).await;
    let shown = f.page(&app, &projector).await;
    assert!(shown.contains(">2<"), "{shown}");

    // Each may give three votes; a fourth is refused until one is taken back.
    post(&app, &code, &kari, "notes", &[("text", "Trygg skolevei")]).await;
    post(
        &app,
        &code,
        &amal,
        "notes",
        &[("text", "Flere voksne i friminuttene")],
    )
    .await;
    let all = note_ids(&app).await;
    for n in &all[..3] {
        let (status, _) = post(&app, &code, &kari, "votes", &[("note", &n.to_string())]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    let fourth = all[3].to_string();
    let (status, page) = post(&app, &code, &kari, "votes", &[("note", &fourth)]).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("brukt alle stemmene"), "{page}");
    let (status, _) = post(
        &app,
        &code,
        &kari,
        "votes",
        &[("note", &all[2].to_string())],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "taking a vote back");
    let (status, _) = post(&app, &code, &kari, "votes", &[("note", &fourth)]).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "and giving it to another note"
    );
    let kari_votes = entity::prelude::WorkshopVote::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(kari_votes.len(), 5, "two from before, three of Kari's");

    // A forged form (no token) is refused.
    let forged = Participant {
        cookie: kari.cookie.clone(),
        token: "forged".into(),
    };
    let (status, _) = post(&app, &code, &forged, "notes", &[("text", "x")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The facilitator groups notes into a proposal; participants rate it.
    let r = f
        .post(
            &app,
            &format!("/admin/workshops/{id}/proposals"),
            &[("title", "Leksehjelp og møteplass"), ("note", &first)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let proposal = entity::prelude::WorkshopProposal::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("proposal")
        .id
        .to_string();
    for who in [&kari, &amal, &olena] {
        let (status, _) = post(
            &app,
            &code,
            who,
            "ratings",
            &[("proposal", &proposal), ("score", "4")],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    let (status, _) = post(
        &app,
        &code,
        &kari,
        "ratings",
        &[("proposal", &proposal), ("score", "9")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let shown = f.page(&app, &projector).await;
    assert!(
        shown.contains("Leksehjelp og møteplass") && shown.contains("4.0 / 5"),
        "{shown}"
    );

    let summary = f
        .page(&app, &format!("/admin/workshops/{id}/summary"))
        .await;
    assert!(summary.contains("Trygg skolevei") && summary.contains("Leksehjelp og møteplass"));
}

#[tokio::test]
async fn closing_refuses_late_posts_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let f = Facilitator::new(&app).await;
    let (id, code) = f.workshop(&app).await;
    let kari = join(&app, &code, "nb", "parent").await;
    // Flooding: a few notes a minute, then a clear refusal that keeps the text.
    for i in 0..6 {
        let (status, _) = post(
            &app,
            &code,
            &kari,
            "notes",
            &[("text", &format!("Lapp {i}"))],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    let (status, page) = post(
        &app,
        &code,
        &kari,
        "notes",
        &[("text", "Den sjuende lappen")],
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        page.contains("Den sjuende lappen") && page.contains("veldig fort"),
        "{page}"
    );
    assert_eq!(note_ids(&app).await.len(), 6);

    let r = f
        .post(
            &app,
            &format!("/admin/workshops/{id}"),
            &[("action", "close")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let olena = Participant {
        cookie: kari.cookie.clone(),
        token: kari.token.clone(),
    };
    let (status, page) = post(
        &app,
        &code,
        &olena,
        "votes",
        &[("note", &note_ids(&app).await[0].to_string())],
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("Verkstedet er lukket"), "{page}");
    assert_eq!(
        entity::prelude::WorkshopVote::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    // New people cannot join a closed workshop.
    let r = app
        .client
        .get(app.url(&format!("/w/{code}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::GONE);
}

#[tokio::test]
async fn wrong_and_expired_codes_are_explained() {
    let app = spawn_app().await;
    let r = app
        .client
        .get(app.url("/w/ZZZZZZ?lang=uk"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.text().await.unwrap().contains("lang=\"uk\""));
    let f = Facilitator::new(&app).await;
    let (id, code) = f.workshop(&app).await;
    entity::prelude::Workshop::update(entity::workshop::ActiveModel {
        id: Set(id),
        join_until: Set(chrono::Utc::now() - chrono::Duration::hours(1)),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    let r = app
        .client
        .get(app.url(&format!("/w/{code}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::GONE);
    let r = app
        .client
        .post(app.url(&format!("/w/{code}/join")))
        .form(&[("lang", "nb"), ("role", "parent")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::GONE);
    // Typing the code on /w leads to it, whatever the case and spaces.
    let r = app
        .client
        .get(app.url("/w?code=ab%20c-234"))
        .send()
        .await
        .unwrap();
    assert!(
        r.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/w/ABC234")
    );
}

#[tokio::test]
async fn actions_reach_the_public_page_and_the_process_indicators() {
    let app = spawn_app().await;
    let f = Facilitator::new(&app).await;
    let (id, code) = f.workshop(&app).await;
    let kari = join(&app, &code, "nb", "child").await;
    post(
        &app,
        &code,
        &kari,
        "notes",
        &[("text", "Vi vil ha en trygg møteplass")],
    )
    .await;
    let r = f
        .post(
            &app,
            &format!("/admin/workshops/{id}/actions"),
            &[
                ("what", "Åpne skolegården for ungdom fredager"),
                ("who", "Rektor"),
                ("due", "2027-03-01"),
                ("themes", "belonging"),
                ("indicators", "V13"),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    for lang in ["nb", "ar", "uk"] {
        let r = app
            .client
            .get(app.url(&format!("/u/{UNIT}?lang={lang}")))
            .send()
            .await
            .unwrap();
        let page = page_text(r.text().await.unwrap());
        assert!(
            page.contains("Åpne skolegården for ungdom fredager"),
            "{lang}: {page}"
        );
        assert!(page.contains("2027-03-01"));
    }
    let action = entity::prelude::WorkshopAction::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("action")
        .id;
    let r = f
        .post(
            &app,
            &format!("/admin/actions/{action}"),
            &[("status", "done")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = app
        .client
        .get(app.url(&format!("/u/{UNIT}?lang=nb")))
        .send()
        .await
        .unwrap();
    assert!(page_text(r.text().await.unwrap()).contains("Gjort"));

    let planner = app.token(Role::Planner).await;
    let (status, follow_up) = app.get_as("/api/v1/follow-up", &planner).await;
    assert_eq!(status, StatusCode::OK);
    let unit = follow_up["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == UNIT)
        .expect("the unit")
        .clone();
    assert_eq!(
        (
            unit["asked"].as_bool(),
            unit["documented"].as_bool(),
            unit["used"].as_bool()
        ),
        (Some(true), Some(true), Some(true)),
        "{unit}"
    );
    assert_eq!(unit["p1"], 3);
    assert_eq!(unit["stages"], serde_json::json!(["planning"]));
    assert_eq!(follow_up["p2_done"], 1.0);
    let theme = follow_up["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["theme"] == "belonging")
        .expect("theme")
        .clone();
    assert_eq!(
        (theme["workshops"].as_u64(), theme["actions_done"].as_u64()),
        (Some(1), Some(1)),
        "{theme}"
    );
    let cookie = app.sign_in_as(Role::Planner, "/admin/follow-up").await;
    let (status, page) = app.staff_page("/admin/follow-up", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Saupstad skole") || page.contains(UNIT),
        "{page}"
    );
}

#[tokio::test]
async fn quotes_are_shown_only_once_approved_and_go_when_the_answer_is_erased() {
    let app = spawn_app().await;
    let mut ids = Vec::new();
    for i in 0..10 {
        ids.push(
            app.submit(&text_answer(
                UNIT,
                "nb",
                &format!("Helsesykepleieren ringte meg på 91234567 og hjalp oss {i}"),
            ))
            .await,
        );
    }
    app.flush_index().await;
    let f = Facilitator::new(&app).await;
    let (id, code) = f.workshop(&app).await;
    let manage = f
        .page(&app, &format!("/admin/workshops/{id}?quotes=1&q=hjalp"))
        .await;
    assert!(
        manage.contains("[telefon]") && !manage.contains("91234567"),
        "{manage}"
    );
    let quote = ids[0].to_string();
    f.post(
        &app,
        &format!("/admin/workshops/{id}"),
        &[("action", "add"), ("kind", "quote"), ("ref", &quote)],
    )
    .await;
    let kari = join(&app, &code, "nb", "parent").await;
    let (_, page) = board(&app, &code, &kari.cookie).await;
    assert!(!page.contains("Helsesykepleieren"), "not approved yet");
    let item = entity::prelude::WorkshopItem::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("item")
        .id
        .to_string();
    f.post(
        &app,
        &format!("/admin/workshops/{id}"),
        &[("action", "approve"), ("item", &item)],
    )
    .await;
    let (_, page) = board(&app, &code, &kari.cookie).await;
    assert!(
        page.contains("Helsesykepleieren") && page.contains("[telefon]"),
        "{page}"
    );
    assert_eq!(
        app.delete_response(ids[0], &app.admin_token).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        entity::prelude::WorkshopItem::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn the_projector_follows_live_results_over_server_sent_events() {
    let app = spawn_app().await;
    let f = Facilitator::new(&app).await;
    let (id, code) = f.workshop(&app).await;
    let a = join(&app, &code, "nb", "parent").await;
    let b = join(&app, &code, "ar", "parent").await;
    post(&app, &code, &a, "notes", &[("text", "Første lapp")]).await;
    post(&app, &code, &b, "notes", &[("text", "Andre lapp")]).await;
    let mut r = app
        .client
        .get(app.url(&format!("/admin/workshops/{id}/events")))
        .header("Cookie", &f.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let chunk = tokio::time::timeout(std::time::Duration::from_secs(5), r.chunk())
        .await
        .expect("an event within seconds")
        .unwrap()
        .expect("a chunk");
    let text = String::from_utf8_lossy(&chunk);
    assert!(
        text.starts_with("event: board") && text.contains("Andre lapp"),
        "{text}"
    );
}

/// A facilitator adds quotes only from the workshop's own candidates: another unit's
/// text, an answer without text and an unknown id all get the same refusal.
#[tokio::test]
async fn a_quote_comes_only_from_the_workshops_own_candidates() {
    let app = spawn_app().await;
    let mut own = Vec::new();
    for i in 0..10 {
        own.push(
            app.submit(&text_answer(
                UNIT,
                "nb",
                &format!("Skolen hjalp oss godt {i}"),
            ))
            .await,
        );
    }
    let elsewhere = app
        .submit(&text_answer(
            "kattem-skole",
            "nb",
            "Vi ble ikke hørt på Kattem",
        ))
        .await;
    let no_text = app.submit(&crate::helpers::parent_answer()).await;
    app.flush_index().await;
    let f = Facilitator::new(&app).await;
    let (id, _) = f.workshop(&app).await;
    let add = |reference: String| {
        let f = &f;
        let app = &app;
        async move {
            f.post(
                app,
                &format!("/admin/workshops/{id}"),
                &[("action", "add"), ("kind", "quote"), ("ref", &reference)],
            )
            .await
        }
    };
    let mut refusals = Vec::new();
    for reference in [
        elsewhere.to_string(),
        no_text.to_string(),
        "999999".to_owned(),
    ] {
        let r = add(reference.clone()).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{reference}");
        refusals.push(page_text(r.text().await.unwrap_or_default()));
    }
    assert!(
        refusals[0].contains("Bare sitater fra verkstedets eget utvalg"),
        "{}",
        refusals[0]
    );
    assert!(
        refusals.iter().all(|r| *r == refusals[0]),
        "no oracle: {refusals:?}"
    );
    assert_eq!(
        entity::prelude::WorkshopItem::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    // One of its own candidates is taken.
    let r = add(own[0].to_string()).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        entity::prelude::WorkshopItem::find()
            .count(&app.db)
            .await
            .unwrap(),
        1
    );
}

/// A participant's note with a name, a phone number and a national identity number
/// reaches nobody as written: not the board, the projector or the facilitator.
#[tokio::test]
async fn notes_are_redacted_before_anyone_sees_them() {
    let app = spawn_app().await;
    let f = Facilitator::new(&app).await;
    let (id, code) = f.workshop(&app).await;
    let kari = join(&app, &code, "nb", "parent").await;
    let note = "Ring meg på 912 34 567, fødselsnummer 01010112345. Hilsen Kari Nordmann";
    let (status, _) = post(&app, &code, &kari, "notes", &[("text", note)]).await;
    assert!(
        status.is_success() || status == StatusCode::SEE_OTHER,
        "{status}"
    );
    let stored = entity::prelude::WorkshopNote::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("note");
    for secret in ["912 34 567", "01010112345", "Kari Nordmann"] {
        assert!(
            !stored.text.contains(secret),
            "{secret} kept: {}",
            stored.text
        );
    }
    assert!(stored.text.contains("[telefon]"), "{}", stored.text);
    let (_, page) = board(&app, &code, &kari.cookie).await;
    let manage = f.page(&app, &format!("/admin/workshops/{id}")).await;
    for shown in [&page, &manage] {
        assert!(!shown.contains("912 34 567") && !shown.contains("Kari Nordmann"));
    }
}

/// The facilitator's own page shows votes on the projector's schedule: one person's
/// vote waits for a batch there too.
#[tokio::test]
async fn the_facilitator_sees_votes_only_as_the_projector_releases_them() {
    let app = spawn_app().await;
    let f = Facilitator::new(&app).await;
    let (id, code) = f.workshop(&app).await;
    let a = join(&app, &code, "nb", "parent").await;
    let c = join(&app, &code, "nb", "parent").await;
    post(
        &app,
        &code,
        &a,
        "notes",
        &[("text", "Leksehjelp på biblioteket")],
    )
    .await;
    post(
        &app,
        &code,
        &c,
        "notes",
        &[("text", "Åpen hall om kvelden")],
    )
    .await;
    // Two people's notes make a batch, released; then one person votes.
    let manage = f.page(&app, &format!("/admin/workshops/{id}")).await;
    assert!(manage.contains("Leksehjelp"), "{manage}");
    let note = entity::prelude::WorkshopNote::find()
        .filter(entity::workshop_note::Column::Text.eq("Leksehjelp på biblioteket"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("note")
        .id
        .to_string();
    let b = join(&app, &code, "nb", "parent").await;
    post(&app, &code, &b, "votes", &[("note", &note)]).await;
    let manage = f.page(&app, &format!("/admin/workshops/{id}")).await;
    assert!(
        page_text(manage.clone()).contains("0 stemmer") && !manage.contains("1 stemme"),
        "one vote is visible to the facilitator: {}",
        page_text(manage)
    );
}

/// Themes raised in feedback count the whole months up to the last finished one: a
/// theme with plenty of texts last month is raised, however few came this month (the
/// follow-up page showed "–" where the dashboard counted hundreds).
#[tokio::test]
async fn follow_up_counts_a_theme_raised_in_the_last_whole_months() {
    use stemme::indicators::compute;
    let app = spawn_app().await;
    let texts: Vec<Option<String>> = (0..12)
        .map(|i| Some(format!("Vi ventet lenge på tolk til møtet {i}")))
        .collect();
    let last = compute::last_whole_month();
    crate::published::stored_answers(&app, UNIT, "nb", None, last, &texts, 12).await;
    // One text on the same theme this month: a small group at the window's edge.
    app.submit(&text_answer(UNIT, "nb", "Tolken kom ikke i dag"))
        .await;
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (status, follow_up) = app.get_as("/api/v1/follow-up", &planner).await;
    assert_eq!(status, StatusCode::OK);
    let theme = follow_up["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["theme"] == "interpreter")
        .expect("theme")
        .clone();
    assert_eq!(theme["raised"], true, "{theme}");
    assert!(crate::helpers::within_noise(&theme["texts"], 12), "{theme}");
}
