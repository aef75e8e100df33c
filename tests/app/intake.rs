//! A parent's answer through the JSON API: stored once, read back, and every kind of bad
//! input refused with nothing stored.
use crate::helpers::{parent_answer, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};
use stemme::admin::Role;

#[tokio::test]
async fn a_json_answer_is_stored_and_readable_back_without_its_raw_text() {
    let app = spawn_app().await;
    let mut answer = parent_answer();
    answer["text"] =
        json!("Vi ble godt tatt imot, men ventetiden var lang. Ring meg på 912 34 567.");
    let r = app.post_response(&answer).await;
    assert_eq!(r.status(), StatusCode::CREATED);
    let id = app.id_of(&r.json::<Value>().await.unwrap()).await;

    // The admin reads everything that was stored (never the raw text).
    let (status, body) = app.get_response(id, &app.admin_token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["survey"], "parent");
    assert_eq!(body["unit"], "saupstad-barnehage");
    assert_eq!(body["role"], "parent");
    assert_eq!(body["answers"]["helpful"], 5);
    assert_eq!(
        body["answers"]["respect"], 4,
        "a numeric string is stored as the scale value"
    );
    assert_eq!(body["answers"]["o1_economy"], 2);
    assert_eq!(body["language"]["declared"], "nb");
    assert_eq!(body["has_text"], true);
    assert_eq!(
        body["period"],
        stemme::indicators::compute::Grain::Month.label(stemme::indicators::compute::this_month())
    );
    assert!(
        !body.to_string().contains("912 34 567"),
        "raw text must never be returned: {body}"
    );
    assert_eq!(
        body["text_redacted"],
        "Vi ble godt tatt imot, men ventetiden var lang. Ring meg på [telefon]."
    );
    assert_eq!(body["language"]["detected"], "nb");
    assert_eq!(app.stored_answers().await, 4);
    assert_eq!(app.stored_texts().await, 1);
    // A planner reads what the family wrote, never where, when, in which form or as
    // whom: one answer alone is a group of one.
    let planner = app.token(Role::Planner).await;
    let (status, seen) = app.get_response(id, &planner).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["text_redacted"], body["text_redacted"]);
    assert_eq!(seen["language"]["detected"], "nb");
    for hidden in [
        "unit",
        "period",
        "role",
        "survey",
        "answers",
        "questions",
        "assisted_by",
    ] {
        assert!(
            seen[hidden].is_null(),
            "{hidden} shown to a planner: {seen}"
        );
    }
    assert!(seen["language"]["declared"].is_null(), "{seen}");
}

#[tokio::test]
async fn intake_answers_with_an_opaque_id_and_single_reads_are_limited_and_audited() {
    let app = spawn_app().await;
    // Two answers one after the other: ids that say nothing of how many there are.
    let mut replies = Vec::new();
    for _ in 0..2 {
        let r = app.post_response(&parent_answer()).await;
        assert_eq!(r.status(), StatusCode::CREATED);
        replies.push(r.json::<Value>().await.expect("json"));
    }
    for reply in &replies {
        let id = reply["id"].as_str().expect("a string id");
        assert!(uuid::Uuid::parse_str(id).is_ok(), "{reply}");
    }
    assert_ne!(replies[0]["id"], replies[1]["id"]);
    // The id the reply gave reads the answer (and erases it, for an admin).
    let public = replies[0]["id"].as_str().unwrap_or_default();
    let planner = app.token(Role::Planner).await;
    let (status, _) = app
        .get_as(&format!("/api/v1/responses/{public}"), &planner)
        .await;
    assert_eq!(status, StatusCode::OK);
    // Every read is in the audit log, by whom and which, never what it says.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let reads = entity::prelude::AuditLog::find()
        .filter(entity::audit_log::Column::Action.eq("response.read"))
        .all(&app.db)
        .await
        .expect("audit");
    let number = app.id_of(&replies[0]).await;
    assert_eq!(reads.len(), 1);
    assert_eq!(
        reads[0].target.as_deref(),
        Some(number.to_string().as_str())
    );
    assert_eq!(reads[0].actor, "test-planner");
    // Reading answer after answer is limited: a minute's allowance, then 429.
    let mut refused = None;
    for i in 0..(stemme::intake::READS_PER_MIN + 5) {
        let (status, body) = app.get_response(number, &planner).await;
        if status == StatusCode::TOO_MANY_REQUESTS {
            refused = Some((i, body));
            break;
        }
    }
    let (at, body) = refused.expect("reads are limited");
    assert_eq!(
        at + 1,
        stemme::intake::READS_PER_MIN,
        "one read was made before"
    );
    assert_eq!(body["error"], "too_many_reads");
    // The admin is not limited.
    assert_eq!(
        app.get_response(number, &app.admin_token).await.0,
        StatusCode::OK
    );
}

#[tokio::test]
async fn the_same_submission_sent_fifty_times_at_once_is_stored_once() {
    let app = spawn_app().await;
    let mut body = parent_answer();
    body["submission_id"] = json!(uuid::Uuid::new_v4().to_string());
    let sends = (0..50).map(|_| {
        let client = app.client.clone();
        let url = app.url("/api/v1/responses");
        let body = body.clone();
        async move {
            let r = client.post(url).json(&body).send().await.expect("sent");
            let status = r.status();
            (
                status,
                r.json::<Value>().await.expect("json")["id"]
                    .as_str()
                    .expect("id")
                    .to_owned(),
            )
        }
    });
    let results = futures_util::future::join_all(sends).await;
    let created = results
        .iter()
        .filter(|(s, _)| *s == StatusCode::CREATED)
        .count();
    let repeated = results.iter().filter(|(s, _)| *s == StatusCode::OK).count();
    assert_eq!((created, repeated), (1, 49), "{results:?}");
    let first = results[0].1.clone();
    assert!(
        results.iter().all(|(_, id)| *id == first),
        "every reply names the same id"
    );
    assert_eq!(app.stored_responses().await, 1);
    assert_eq!(app.stored_answers().await, 4, "answers stored once too");
}

async fn refused(app: &crate::helpers::TestApp, body: Value, status: StatusCode, code: &str) {
    let r = app.post_response(&body).await;
    assert_eq!(r.status(), status, "for {body}");
    let err: Value = r.json().await.expect("JSON error body");
    assert_eq!(err["error"], code, "{err}");
    assert!(
        err["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{err}"
    );
}

#[tokio::test]
async fn bad_answers_are_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let with = |key: &str, value: Value| {
        let mut b = parent_answer();
        b[key] = value;
        b
    };
    let answer = |q: &str, v: Value| {
        let mut b = parent_answer();
        b["answers"][q] = v;
        b
    };
    refused(
        &app,
        with("survey", json!("no-such-survey")),
        unprocessable,
        "unknown_survey",
    )
    .await;
    refused(
        &app,
        with("unit", json!("no-such-unit")),
        unprocessable,
        "unknown_unit",
    )
    .await;
    refused(
        &app,
        with("lang", json!("xx")),
        unprocessable,
        "unknown_language",
    )
    .await;
    refused(
        &app,
        with("role", json!("mayor")),
        unprocessable,
        "invalid_role",
    )
    .await;
    refused(
        &app,
        with("submission_id", json!("not-a-uuid")),
        unprocessable,
        "invalid_submission_id",
    )
    .await;
    refused(
        &app,
        answer("no_such_question", json!(3)),
        unprocessable,
        "unknown_question",
    )
    .await;
    refused(
        &app,
        answer("helpful", json!(6)),
        unprocessable,
        "invalid_value",
    )
    .await;
    refused(
        &app,
        answer("helpful", json!(0)),
        unprocessable,
        "invalid_value",
    )
    .await;
    refused(
        &app,
        answer("helpful", json!("yes")),
        unprocessable,
        "invalid_value",
    )
    .await;
    refused(
        &app,
        answer("helpful", json!([4, 5])),
        unprocessable,
        "invalid_value",
    )
    .await;
    refused(
        &app,
        answer("listened", json!(true)),
        unprocessable,
        "invalid_value",
    )
    .await;
    refused(
        &app,
        with("text", json!("å".repeat(4001))),
        unprocessable,
        "text_too_long",
    )
    .await;
    let mut missing = parent_answer();
    missing["answers"]
        .as_object_mut()
        .unwrap()
        .remove("helpful");
    refused(&app, missing, unprocessable, "missing_answer").await;
    let mut no_survey = parent_answer();
    no_survey.as_object_mut().unwrap().remove("survey");
    refused(&app, no_survey, StatusCode::BAD_REQUEST, "invalid_json").await;
    refused(
        &app,
        json!([1, 2, 3]),
        StatusCode::BAD_REQUEST,
        "invalid_json",
    )
    .await;
    assert_eq!(app.stored_responses().await, 0);
    assert_eq!(app.stored_answers().await, 0);
}

#[tokio::test]
async fn every_problem_is_reported_at_once() {
    let app = spawn_app().await;
    let mut body = parent_answer();
    body["unit"] = json!("nowhere");
    body["answers"] = json!({"listened": 9});
    let r = app.post_response(&body).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let err: Value = r.json().await.unwrap();
    let fields: Vec<&str> = err["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"unit") && fields.contains(&"listened") && fields.contains(&"helpful"),
        "{err}"
    );
}

#[tokio::test]
async fn malformed_bodies_get_a_clear_status_and_store_nothing() {
    let app = spawn_app().await;
    let url = app.url("/api/v1/responses");
    let send = |content_type: &'static str, body: Vec<u8>| {
        app.client
            .post(url.clone())
            .header("Content-Type", content_type)
            .body(body)
            .send()
    };
    let r = send(
        "application/json",
        b"{\"survey\": \"parent\", \xff\xfe}".to_vec(),
    )
    .await
    .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "invalid UTF-8");
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "invalid_json");
    let r = send("application/json", b"{\"survey\": ".to_vec())
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST, "truncated JSON");
    let r = send("text/plain", serde_json::to_vec(&parent_answer()).unwrap())
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        r.json::<Value>().await.unwrap()["error"],
        "unsupported_media_type"
    );
    let mut huge = parent_answer();
    huge["text"] = json!("a".repeat(70 * 1024));
    let r = send("application/json", serde_json::to_vec(&huge).unwrap())
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        r.json::<Value>().await.unwrap()["error"],
        "payload_too_large"
    );
    assert_eq!(app.stored_responses().await, 0);
}

#[tokio::test]
async fn text_at_the_limit_is_kept_and_control_characters_are_dropped() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    let mut body = parent_answer();
    body["text"] = json!("ø".repeat(4000));
    assert_eq!(app.post_response(&body).await.status(), StatusCode::CREATED);
    body["text"] = json!("Hei\u{0000} der\u{0007}\r\nlinje to");
    let id = app.submit(&body).await;
    assert!(app.get_response(id, &planner).await.0.is_success());
    use sea_orm::EntityTrait;
    let stored = entity::prelude::ResponseText::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.raw, "Hei der\nlinje to");
    body["text"] = json!("   \n ");
    let id = app.submit(&body).await;
    assert!(
        entity::prelude::ResponseText::find_by_id(id)
            .one(&app.db)
            .await
            .unwrap()
            .is_none(),
        "blank text is no text"
    );
}

#[tokio::test]
async fn an_address_over_the_rate_limit_is_told_to_wait() {
    let app = crate::helpers::spawn_app_with(|s| s.rate_limit_per_min = 3).await;
    for _ in 0..3 {
        assert_eq!(
            app.post_response(&parent_answer()).await.status(),
            StatusCode::CREATED
        );
    }
    let r = app.post_response(&parent_answer()).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().get("Retry-After").is_some());
    assert_eq!(r.json::<Value>().await.unwrap()["error"], "rate_limited");
    assert_eq!(app.stored_responses().await, 3);
}

/// A batch stores many answers in one statement; each must come back under the row that
/// holds its own answer, with and without a submission id, repeated within the batch and
/// stored by an earlier one.
#[tokio::test]
async fn each_answer_of_a_batch_gets_its_own_row() {
    use stemme::intake::{AnswerInput, Stored, Submission, find, insert_batch, validate};
    let app = spawn_app().await;
    let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
        .await
        .expect("catalogue");
    let today = chrono::Utc::now().date_naive();
    let sid = |n: usize| format!("00000000-0000-4000-8000-{n:012}");
    let response = |n: usize, keyed: bool| {
        let submission = Submission {
            survey: "parent".into(),
            unit: "saupstad-barnehage".into(),
            lang: "nb".into(),
            role: Some("parent".into()),
            assisted_by: None,
            answers: [("helpful".to_owned(), AnswerInput::One("4".into()))].into(),
            text: Some(format!("Svar nummer {n}")),
            submission_id: keyed.then(|| sid(n)),
            revision: None,
        };
        validate(&catalogue.get(), &submission, today).expect("valid")
    };
    let earlier = insert_batch(&app.db, &[&response(99, true)])
        .await
        .expect("stored")[0];
    // Keyed, unkeyed, a repeat within the batch and a repeat of the earlier batch.
    let batch: Vec<_> = [
        (0, true),
        (1, false),
        (2, true),
        (0, true),
        (3, true),
        (99, true),
    ]
    .into_iter()
    .map(|(n, keyed)| (n, response(n, keyed)))
    .collect();
    let refs: Vec<_> = batch.iter().map(|(_, r)| r).collect();
    let stored = insert_batch(&app.db, &refs).await.expect("stored");
    assert_eq!(stored.len(), batch.len());
    assert!(matches!(stored[0], Stored::Created(_)), "{stored:?}");
    assert_eq!(stored[3], Stored::Existing(stored[0].id()), "{stored:?}");
    assert_eq!(stored[5], Stored::Existing(earlier.id()), "{stored:?}");
    for ((n, _), s) in batch.iter().zip(&stored) {
        let row = find(&app.db, s.id()).await.expect("read").expect("stored");
        assert_eq!(
            row.text.map(|t| t.raw),
            Some(format!("Svar nummer {n}")),
            "answer {n} names row {}",
            s.id()
        );
    }
    assert_eq!(app.stored_responses().await, 5);
    assert_eq!(app.stored_answers().await, 5);
}
