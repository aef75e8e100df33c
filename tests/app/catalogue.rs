//! The default catalogue, seeded on first start, idempotent on every start.
use crate::helpers::spawn_app;
use serde_json::Value;

async fn catalogue(app: &crate::helpers::TestApp, lang: &str) -> Value {
    app.get_json(&format!("/api/v1/catalogue?lang={lang}"))
        .await
}

#[tokio::test]
async fn the_default_catalogue_is_there_in_every_seeded_language() {
    let app = spawn_app().await;
    let en = catalogue(&app, "en").await;
    let languages = en["languages"].as_array().unwrap();
    assert_eq!(languages.len(), 15);
    let dir = |code: &str| {
        languages
            .iter()
            .find(|l| l["code"] == code)
            .map(|l| l["dir"].clone())
    };
    assert_eq!(dir("ar"), Some("rtl".into()));
    assert_eq!(dir("fa"), Some("rtl".into()));
    assert_eq!(dir("ti"), Some("ltr".into()));
    let parent = en["surveys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["audience"] == "parent")
        .unwrap();
    for lang in ["nb", "nn", "en"] {
        assert!(
            parent["languages"]
                .as_array()
                .unwrap()
                .iter()
                .any(|l| l == lang),
            "parent survey lacks {lang}"
        );
    }
    let first = &parent["questions"][0];
    assert_eq!(first["id"], "helpful");
    assert_eq!(first["indicator"], "V1");
    assert_eq!(first["required"], true);
    assert_eq!(
        first["choices"][0]["value"], 1,
        "scales run from least agreeing"
    );
    assert_eq!(first["choices"][4]["value"], 5);
    assert_eq!(first["choices"][4]["label"], "Strongly agree");
    let text_questions: Vec<&Value> = parent["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["kind"] == "text")
        .collect();
    assert_eq!(text_questions.len(), 1);
    assert!(text_questions[0].get("choices").is_none());
    let units = en["units"].as_array().unwrap();
    assert!(units.len() >= 12);
    assert!(units.iter().all(|u| u["district"].is_string()));
    assert!(
        en["surveys"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["audience"] == "partner")
    );

    let nn = catalogue(&app, "nn").await;
    let nn_parent = nn["surveys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["audience"] == "parent")
        .unwrap();
    assert_ne!(
        nn_parent["questions"][0]["text"], first["text"],
        "Nynorsk text differs from English"
    );
    assert_eq!(
        nn_parent["questions"][0]["choices"][4]["label"],
        "Heilt einig"
    );
}

#[tokio::test]
async fn seeding_again_on_restart_adds_nothing() {
    let app = spawn_app().await;
    let before = catalogue(&app, "nb").await;
    let report = stemme::catalogue::seed_default_catalogue(&app.db)
        .await
        .unwrap();
    assert_eq!(report.inserted, 0);
    let app = app.restart().await;
    assert_eq!(catalogue(&app, "nb").await, before);
}
