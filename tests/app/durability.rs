//! An acknowledged answer survives a restart.
use crate::helpers::{database_url_for_test, parent_answer, spawn_app, test_settings};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
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
            (r.json::<Value>().await.unwrap(), body)
        }
    });
    let replies: Vec<(Value, Value)> = futures_util::future::join_all(sends).await;
    let mut acknowledged: Vec<(i64, Value)> = Vec::new();
    for (reply, body) in replies {
        acknowledged.push((app.id_of(&reply).await, body));
    }
    ids.extend(acknowledged.iter().map(|(id, _)| *id));

    let app = app.restart().await;
    assert_eq!(app.stored_responses().await, 40);
    for (id, body) in &acknowledged {
        let (status, stored) = app.get_response(*id, &app.admin_token).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(stored["answers"]["helpful"], body["answers"]["helpful"]);
    }
    // A resend after the restart is still recognised.
    let r = app.post_response(&acknowledged[0].1).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        app.id_of(&r.json::<Value>().await.unwrap()).await,
        acknowledged[0].0
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

/// Retention erases answers older than the period, as an erasure would (audited as
/// `retention`, out of the indicators), and keeps the rest.
#[tokio::test]
async fn retention_erases_answers_older_than_the_period_and_keeps_the_rest() {
    let app = spawn_app().await;
    // 2024-01 is older than 12 months before 2026-11-22; 2026-06 is not.
    crate::published::answers_in(&app, "saupstad-barnehage", 202401, 6, 3).await;
    crate::published::answers_in(&app, "saupstad-barnehage", 202606, 7, 4).await;
    let planner = app.token(Role::Planner).await;
    // The months with answers (shown or hidden: the counts carry noise).
    let v1 = |body: &Value| -> Vec<String> {
        body.as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["indicator"] == "V1")
            .filter_map(|r| r["group"].as_str().map(str::to_owned))
            .collect()
    };
    let (_, before) = app
        .get_as(
            "/api/v1/indicators?indicator=V1&by=period&from=2024-01&to=2026-06",
            &planner,
        )
        .await;
    assert_eq!(v1(&before), ["2024-01", "2026-06"], "{before}");
    let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
        .await
        .expect("catalogue")
        .get();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    assert_eq!(
        stemme::intake::erase_older_than(&app.db, &catalogue, 0, today)
            .await
            .expect("ran"),
        0,
        "0 months keeps everything"
    );
    let erased = stemme::intake::erase_older_than(&app.db, &catalogue, 12, today)
        .await
        .expect("ran");
    assert_eq!(erased, 6);
    assert_eq!(app.stored_responses().await, 7);
    let (_, after) = app
        .get_as(
            "/api/v1/indicators?indicator=V1&by=period&from=2024-01&to=2026-06",
            &planner,
        )
        .await;
    assert_eq!(
        v1(&after),
        ["2026-06"],
        "the erased answers left the figures: {after}"
    );
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let audited = entity::prelude::AuditLog::find()
        .filter(entity::audit_log::Column::Actor.eq("retention"))
        .filter(entity::audit_log::Column::Action.eq("response.erase"))
        .count(&app.db)
        .await
        .expect("counted");
    assert_eq!(audited, 6);
    // Nothing more to do the next night.
    assert_eq!(
        stemme::intake::erase_older_than(&app.db, &catalogue, 12, today)
            .await
            .expect("ran"),
        0
    );
}

/// `stemme backup` writes a checked copy while the server runs, and never overwrites.
#[tokio::test]
async fn a_backup_is_a_whole_copy_taken_while_the_server_runs() {
    let app = spawn_app().await;
    if app.db.get_database_backend() != sea_orm::DbBackend::Sqlite {
        let out = app.data_path().join("backup.db");
        let refused = stemme::db::backup(&app.db, &out).await;
        assert!(refused.is_err_and(|e| e.to_string().contains("pg_dump")));
        return;
    }
    for _ in 0..3 {
        app.submit(&parent_answer()).await;
    }
    let out = app.data_path().join("backup-copy.db");
    let bytes = stemme::db::backup(&app.db, &out).await.expect("backed up");
    assert!(bytes > 0);
    let copy = sea_orm::Database::connect(format!("sqlite://{}?mode=ro", out.display()))
        .await
        .expect("the copy opens");
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(
        entity::prelude::Response::find()
            .count(&copy)
            .await
            .expect("counted"),
        3
    );
    let again = stemme::db::backup(&app.db, &out).await;
    assert!(again.is_err_and(|e| e.to_string().contains("exists already")));
    let _ = std::fs::remove_file(&out);
}

#[tokio::test]
async fn several_instances_starting_at_once_migrate_once() {
    // Three processes' connections to one new database, migrating at the same moment.
    let data_dir = tempfile::TempDir::new().expect("temp dir");
    let settings = test_settings(&data_dir, database_url_for_test().await);
    let mut pools = Vec::new();
    for _ in 0..3 {
        pools.push(stemme::db::connect(&settings).await.expect("connects"));
    }
    let results = futures_util::future::join_all(pools.iter().map(stemme::db::migrate)).await;
    for result in &results {
        assert!(result.is_ok(), "every instance starts: {result:?}");
    }
    let applied = pools[0]
        .query_one_raw(sea_orm::Statement::from_string(
            pools[0].get_database_backend(),
            "SELECT COUNT(*), COUNT(DISTINCT version) FROM seaql_migrations",
        ))
        .await
        .expect("reads")
        .expect("a row");
    let (rows, distinct): (i64, i64) = (
        applied.try_get_by_index(0).expect("count"),
        applied.try_get_by_index(1).expect("distinct"),
    );
    assert_eq!(rows, distinct, "each migration is recorded once");
    assert_eq!(
        rows as usize,
        <migration::Migrator as migration::MigratorTrait>::migrations().len()
    );
}
