//! An acknowledged answer survives a restart.
use crate::helpers::{parent_answer, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};
use stemme::admin::Role;

#[tokio::test]
async fn a_restart_keeps_every_acknowledged_answer() {
    let app = spawn_app().await;
    let mut ids = Vec::new();
    let sends = (0..40).map(|i| {
        let mut body = parent_answer();
        body["answers"]["helpful"] = json!(1 + i % 5);
        body["submission_id"] = json!(uuid::Uuid::new_v4().to_string());
        let request = app
            .client
            .post(app.url("/api/v1/responses"))
            .json(&body)
            .send();
        async move {
            let r = request.await.expect("sent");
            assert_eq!(r.status(), StatusCode::CREATED);
            (
                r.json::<Value>().await.unwrap()["id"].as_i64().unwrap(),
                body,
            )
        }
    });
    let acknowledged: Vec<(i64, Value)> = futures_util::future::join_all(sends).await;
    ids.extend(acknowledged.iter().map(|(id, _)| *id));

    let app = app.restart().await;
    let planner = app.token(Role::Planner).await;
    assert_eq!(app.stored_responses().await, 40);
    for (id, body) in &acknowledged {
        let (status, stored) = app.get_response(*id, &planner).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(stored["answers"]["helpful"], body["answers"]["helpful"]);
    }
    // A resend after the restart is still recognised.
    let r = app.post_response(&acknowledged[0].1).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        r.json::<Value>().await.unwrap()["id"].as_i64(),
        Some(acknowledged[0].0)
    );
    assert!(app.first_admin_token_is_not_made_again().await);
}

impl crate::helpers::TestApp {
    async fn first_admin_token_is_not_made_again(&self) -> bool {
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        entity::prelude::ApiToken::find()
            .filter(entity::api_token::Column::Name.eq("first-admin"))
            .count(&self.db)
            .await
            .unwrap()
            == 1
    }
}
