//! The theme codebook as planners edit it: through the API and the admin page; an edit
//! re-tags every stored text; bad themes get clear errors; the codebook survives a
//! restart.
use crate::helpers::{spawn_app, text_answer};
use reqwest::StatusCode;
use serde_json::{Value, json};
use stemme::admin::Role;

fn hits(body: &Value) -> usize {
    body["hits"].as_array().map(Vec::len).unwrap_or(0)
}

/// Ten texts about homework: enough for the search to show them (k = 5, whatever the
/// noise on the count).
async fn ten_homework_texts(app: &crate::helpers::TestApp) {
    for i in 0..10 {
        app.submit(&text_answer(
            "kattem-skole",
            "nb",
            &format!("Barna får altfor mange lekser hver uke {i}"),
        ))
        .await;
    }
}

#[tokio::test]
async fn a_new_or_changed_theme_tags_the_texts_already_stored() {
    let app = spawn_app().await;
    ten_homework_texts(&app).await;
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, before) = app.search("theme=homework", &planner).await;
    assert_eq!(hits(&before), 0, "{before}");

    let theme = json!({"names": {"nb": "Lekser", "en": "Homework"}, "terms": {"nb": ["lekse"], "en": ["homework"]}});
    let (status, body) = app
        .put_as("/api/v1/themes/homework", &planner, &theme)
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    app.flush_index().await;
    let (_, after) = app.search("theme=homework", &planner).await;
    assert_eq!(hits(&after), 10, "the history is tagged again: {after}");
    let (_, one) = app.get_response(1, &planner).await;
    assert!(
        one["themes"]
            .as_array()
            .is_some_and(|t| t.contains(&json!("homework"))),
        "{one}"
    );

    // Changed terms: the texts no longer match, and lose the tag.
    let theme = json!({"names": {"nb": "Lekser"}, "terms": {"nb": ["skolesekk"]}});
    let (status, _) = app
        .put_as("/api/v1/themes/homework", &planner, &theme)
        .await;
    assert_eq!(status, StatusCode::OK);
    app.flush_index().await;
    let (_, changed) = app.search("theme=homework", &planner).await;
    assert_eq!(hits(&changed), 0, "{changed}");

    // Bad themes are refused with what is wrong; nothing changes.
    for (slug, body, word) in [
        (
            "Bad Slug",
            json!({"names": {"nb": "X"}, "terms": {"nb": ["x"]}}),
            "code",
        ),
        (
            "noname",
            json!({"names": {"en": "X"}, "terms": {"nb": ["x"]}}),
            "Bokmål",
        ),
        (
            "noterms",
            json!({"names": {"nb": "X"}, "terms": {}}),
            "term",
        ),
        (
            "klingon",
            json!({"names": {"nb": "X"}, "terms": {"tlh": ["x"]}}),
            "tlh",
        ),
    ] {
        let (status, answer) = app
            .put_as(
                &format!("/api/v1/themes/{}", slug.replace(' ', "%20")),
                &planner,
                &body,
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{slug}: {answer}");
        assert_eq!(answer["error"], "invalid_theme");
        assert!(
            answer["message"].as_str().is_some_and(|m| m.contains(word)),
            "{answer}"
        );
    }
    let facilitator = app.token(Role::Facilitator).await;
    let (status, _) = app
        .put_as("/api/v1/themes/homework", &facilitator, &theme)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The codebook lives in the database.
    let app = app.restart().await;
    let planner = app.token(Role::Planner).await;
    let (_, codebook) = app.get_as("/api/v1/themes", &planner).await;
    let homework = codebook
        .as_array()
        .and_then(|t| t.iter().find(|t| t["slug"] == "homework"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(homework["terms"]["nb"], json!(["skolesekk"]), "{codebook}");
    assert_eq!(codebook.as_array().map(Vec::len), Some(23));

    // Tagged again after the restart: each text is replaced, never found twice (the
    // indexer knows which ids its index already holds).
    let theme = json!({"names": {"nb": "Lekser"}, "terms": {"nb": ["lekse"]}});
    let (status, _) = app
        .put_as("/api/v1/themes/homework", &planner, &theme)
        .await;
    assert_eq!(status, StatusCode::OK);
    app.flush_index().await;
    let (_, again) = app.search("theme=homework", &planner).await;
    assert_eq!(hits(&again), 10, "{again}");
    let (_, all) = app.search("unit=kattem-skole", &planner).await;
    assert_eq!(hits(&all), 10, "{all}");
}

#[tokio::test]
async fn the_indexer_tags_a_theme_edit_with_the_new_terms_even_before_anyone_reloads() {
    // The indexer may drain the rows an edit queues the moment the edit commits, before
    // the editing request (or any other instance) has reloaded the codebook: the edit's
    // own transaction must tell it the codebook changed. (Flaky in CI before: the change
    // was recorded after the commit, and a timer drain in between kept the old tags.)
    let app = spawn_app().await;
    ten_homework_texts(&app).await;
    app.flush_index().await;
    let theme = stemme::themes::store::check(
        "homework",
        [("nb".to_owned(), "Lekser".to_owned())].into(),
        [("nb".to_owned(), vec!["lekse".to_owned()])].into(),
        |_| true,
    )
    .expect("a valid theme");
    // Straight to the store, as another instance would: nothing in this process reloads.
    stemme::themes::store::save(&app.db, &theme, "planner")
        .await
        .expect("theme saved");
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, found) = app.search("theme=homework", &planner).await;
    assert_eq!(hits(&found), 10, "{found}");
}

#[tokio::test]
async fn planners_edit_themes_on_the_admin_page() {
    let app = spawn_app().await;
    let cookie = app.sign_in_as(Role::Planner, "/admin/themes").await;
    let (status, html) = app.staff_page("/admin/themes", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Penger og gjeld"), "{html}");
    assert!(html.contains("href=\"/admin/themes/money\""), "{html}");
    let (status, form) = app.staff_page("/admin/themes/money", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        form.contains("name=\"terms_ti\""),
        "every language has its terms: {form}"
    );
    let csrf = crate::helpers::csrf_token(&form);

    let post = |path: &'static str, fields: Vec<(&'static str, String)>| {
        let (app, cookie) = (&app, &cookie);
        async move { app.staff_post(path, cookie, &fields).await }
    };
    // A new theme.
    let r = post(
        "/admin/themes/new",
        vec![
            ("csrf", csrf.clone()),
            ("slug", "homework".into()),
            ("name_nb", "Lekser".into()),
            ("terms_nb", "lekse\nskolearbeid".into()),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = app
        .staff_page("/admin/themes?saved=homework", &cookie)
        .await;
    assert!(html.contains("Lekser er lagret"), "{html}");
    assert!(html.contains("lekse, skolearbeid"), "{html}");

    // Without the session's token: refused.
    let r = post(
        "/admin/themes/homework",
        vec![
            ("csrf", "forged".into()),
            ("name_nb", "X".into()),
            ("terms_nb", "x".into()),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Wrong input: the form comes back with the problem and what was typed.
    let r = post(
        "/admin/themes/homework",
        vec![
            ("csrf", csrf.clone()),
            ("name_nb", "".into()),
            ("terms_nb", "lekse".into()),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap_or_default();
    assert!(
        html.contains("Bokmål") && html.contains(">lekse</textarea>"),
        "{html}"
    );
    // A code already taken.
    let r = post(
        "/admin/themes/new",
        vec![
            ("csrf", csrf),
            ("slug", "money".into()),
            ("name_nb", "Penger".into()),
            ("terms_nb", "kroner".into()),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
