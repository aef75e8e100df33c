//! Several instances on one database, each with its own data folder and search index:
//! an answer or an erasure taken by one is what the other searches, and an edit made on
//! one (codebook, indicator catalogue, name list) reaches the other without a restart.
use crate::helpers::{TestApp, spawn_app, spawn_app_with, text_answer};
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use stemme::admin::Role;

/// Another instance on `first`'s database, with a data folder and index of its own.
async fn second_instance(first: &TestApp) -> TestApp {
    let url = first.settings.effective_database_url();
    spawn_app_with(move |s| s.database_url = Some(url)).await
}

/// Polls `check` until it holds; an instance follows others within seconds (at once on
/// PostgreSQL, at its next check on SQLite, every 5 s).
async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = Instant::now();
    while !check().await {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{what}: not within 20 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The hits listed (the total carries the disclosure noise; the list is exact).
fn hits(body: &Value) -> usize {
    body["hits"]
        .as_array()
        .unwrap_or_else(|| panic!("no hits: {body}"))
        .len()
}

#[tokio::test]
async fn an_answer_taken_by_one_instance_is_searched_and_erased_on_the_other() {
    let a = spawn_app().await;
    let b = second_instance(&a).await;
    let planner = a.token(Role::Planner).await;
    // Eleven, so that ten remain after the erasure: at least k whatever the noise.
    let mut ids = Vec::new();
    for i in 0..11 {
        let text = format!("Helsesykepleieren hadde god tid til oss på kveldsåpent ({i})");
        ids.push(
            a.submit(&text_answer("saupstad-barnehage", "nb", &text))
                .await,
        );
    }
    b.flush_index().await;
    let (status, found) = b.search("q=kvelds%C3%A5pent", &planner).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(hits(&found), 11, "{found}");

    let id = ids[0];
    assert_eq!(
        a.delete_response(id, &a.admin_token).await,
        StatusCode::NO_CONTENT
    );
    b.flush_index().await;
    let (_, after) = b.search("q=kvelds%C3%A5pent", &planner).await;
    assert_eq!(
        hits(&after),
        10,
        "the erased text is still found on the other: {after}"
    );
    let shown: Vec<i64> = after["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .filter_map(|h| h["id"].as_i64())
        .collect();
    assert_eq!(shown.len(), 10, "{after}");
    assert!(!shown.contains(&id), "{after}");
    let (status, _) = b.get_response(id, &planner).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn edits_made_on_one_instance_reach_the_other() {
    let a = spawn_app().await;
    let b = second_instance(&a).await;
    let planner = a.token(Role::Planner).await;
    let admin = a.admin_token.clone();

    // The name list, then the codebook and the indicator catalogue, edited on `a`.
    let (status, _) = a
        .post_as(
            "/api/v1/redaction/names",
            &admin,
            &json!({"name": "Zorbalinde Kvisthammer", "kind": "person"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let theme = json!({"names": {"nb": "Lekser"}, "terms": {"nb": ["skolesekk"]}});
    let (status, body) = a.put_as("/api/v1/themes/homework", &planner, &theme).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let change = json!({
        "names": {"nb": "Hjelpen hjalp familien", "en": "The help helped the family"},
        "plan": "Familieplanen 2026",
        "outcome": "O5",
    });
    let (status, body) = a
        .put_as("/api/v1/indicator-catalogue/V1", &planner, &change)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    eventually("the indicator catalogue edited on the first", || async {
        let (_, list) = b.get_as("/api/v1/indicator-catalogue", &planner).await;
        list.to_string().contains("Hjelpen hjalp familien")
    })
    .await;
    eventually("the codebook edited on the first", || async {
        let (_, themes) = b.get_as("/api/v1/themes", &planner).await;
        themes.to_string().contains("homework")
    })
    .await;

    // Answers the second takes are redacted with the new name and tagged with the new
    // theme by the second's own index.
    for i in 0..10 {
        let text = format!("Kvisthammer sa at skolesekk og lekser tar hele kvelden ({i})");
        let id = b
            .submit(&text_answer("saupstad-barnehage", "nb", &text))
            .await;
        let (_, body) = b.get_response(id, &planner).await;
        let redacted = body["text_redacted"].as_str().expect("redacted text");
        assert!(!redacted.contains("Kvisthammer"), "{redacted}");
    }
    b.flush_index().await;
    let (_, tagged) = b.search("theme=homework", &planner).await;
    assert_eq!(hits(&tagged), 10, "{tagged}");
}
