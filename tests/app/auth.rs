//! Who may read and erase responses.
use crate::helpers::{parent_answer, spawn_app};
use reqwest::StatusCode;
use serde_json::Value;
use stemme::admin::Role;

#[tokio::test]
async fn reading_needs_a_planner_token_and_erasing_an_admin_token() {
    let app = spawn_app().await;
    let id = app.submit(&parent_answer()).await;
    let url = app.url(&format!("/api/v1/responses/{id}"));

    let r = app.client.get(&url).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "unauthenticated");
    let r = app
        .client
        .get(&url)
        .bearer_auth("stm_not_a_real_token")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);

    let facilitator = app.token(Role::Facilitator).await;
    assert_eq!(
        app.get_response(id, &facilitator).await.0,
        StatusCode::FORBIDDEN
    );
    let planner = app.token(Role::Planner).await;
    assert_eq!(app.get_response(id, &planner).await.0, StatusCode::OK);
    assert_eq!(
        app.get_response(id, &app.admin_token).await.0,
        StatusCode::OK
    );

    assert_eq!(
        app.delete_response(id, &planner).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.stored_responses().await, 1);

    assert_eq!(
        app.delete_response(id, &app.admin_token).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.get_response(id, &app.admin_token).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        (
            app.stored_responses().await,
            app.stored_answers().await,
            app.stored_texts().await
        ),
        (0, 0, 0)
    );
    assert_eq!(
        app.delete_response(id, &app.admin_token).await,
        StatusCode::NOT_FOUND
    );

    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let logged = entity::prelude::AuditLog::find()
        .filter(entity::audit_log::Column::Action.eq("response.erase"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(logged.len(), 1, "the erasure is in the audit log");
    assert_eq!(logged[0].target.as_deref(), Some(id.to_string().as_str()));
}

#[tokio::test]
async fn a_revoked_or_unknown_token_is_refused() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    use sea_orm::{ActiveValue::Set, EntityTrait};
    entity::prelude::ApiToken::update_many()
        .set(entity::api_token::ActiveModel {
            revoked_at: Set(Some(chrono::Utc::now())),
            ..Default::default()
        })
        .exec(&app.db)
        .await
        .unwrap();
    assert_eq!(
        app.get_response(1, &planner).await.0,
        StatusCode::UNAUTHORIZED
    );
}
