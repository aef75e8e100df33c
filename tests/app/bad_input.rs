//! Bad input over every route that takes a body: bodies at 2× and 100× any limit,
//! chunked without a length, a gzip bomb, NUL and lone surrogates in JSON, a hundred
//! replays of one submission at once, and ids tried by roles that may not read them.
//! Each case: a 4xx with a clear error, nothing stored (or exactly one), server alive.
use crate::helpers::{TestApp, parent_answer, spawn_app};
use reqwest::StatusCode;
use serde_json::{Value, json};
use stemme::admin::Role;

const KIB: usize = 1024;

/// Every route that reads a body: method, path, content type, and its limit in bytes.
const BODY_ROUTES: [(&str, &str, &str, usize); 21] = [
    ("POST", "/api/v1/responses", JSON, 64 * KIB),
    ("POST", "/api/v1/redaction/names", JSON, 4 * KIB),
    ("POST", "/api/v1/responses/1/themes", JSON, 4 * KIB),
    ("PUT", "/api/v1/themes/money", JSON, 64 * KIB),
    ("PUT", "/api/v1/indicator-catalogue/V1", JSON, 32 * KIB),
    ("POST", "/api/v1/registry", "text/csv", 5 * KIB * KIB),
    ("POST", "/s/parent", FORM, 64 * KIB),
    ("POST", "/w/ABC234/join", FORM, 8 * KIB),
    ("POST", "/w/ABC234/notes", FORM, 8 * KIB),
    ("POST", "/w/ABC234/votes", FORM, 8 * KIB),
    ("POST", "/w/ABC234/ratings", FORM, 8 * KIB),
    ("POST", "/admin/login", FORM, 4 * KIB),
    ("POST", "/admin/logout", FORM, 4 * KIB),
    ("POST", "/admin/account", FORM, 8 * KIB),
    ("POST", "/admin/users", FORM, 8 * KIB),
    ("POST", "/admin/users/1", FORM, 8 * KIB),
    ("POST", "/admin/themes/money", FORM, 64 * KIB),
    ("POST", "/admin/indicators/V1", FORM, 32 * KIB),
    ("POST", "/admin/workshops", FORM, 16 * KIB),
    ("POST", "/admin/catalogue/surveys/parent", FORM, 256 * KIB),
    ("POST", "/admin/catalogue/units/new", FORM, 256 * KIB),
];
const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";

/// The 100× case is streamed and stops at this many bytes: the server has long refused.
const STREAM_CAP: usize = 64 * KIB * KIB;

async fn alive(app: &TestApp) {
    let r = app.client.get(app.url("/healthz")).send().await;
    assert!(
        r.is_ok_and(|r| r.status() == StatusCode::OK),
        "the server answers /healthz"
    );
}

/// `size` bytes of `a` as a stream of 64 KiB chunks made on demand, with no length.
fn chunked(size: usize) -> reqwest::Body {
    let chunks = (0..size.div_ceil(65536)).map(move |i| {
        let n = 65536.min(size - i * 65536);
        Ok::<Vec<u8>, std::io::Error>(vec![b'a'; n])
    });
    reqwest::Body::wrap_stream(futures_util::stream::iter(chunks))
}

/// The status of a request, or `None` when the server closed the connection while the
/// body was still being sent (it may, once it has refused the body).
async fn send(
    app: &TestApp,
    (method, path, content_type): (&str, &str, &str),
    body: reqwest::Body,
    auth: (&str, &str),
) -> Option<StatusCode> {
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut req = app
        .client
        .request(method, app.url(path))
        .header("Content-Type", content_type)
        .body(body);
    if path.starts_with("/api/") {
        req = req.bearer_auth(auth.0);
    } else if path.starts_with("/admin/") {
        req = req.header("Cookie", auth.1);
    }
    req.send().await.ok().map(|r| r.status())
}

#[tokio::test]
async fn bodies_over_each_limit_are_refused_on_every_route_and_nothing_is_stored() {
    let app = spawn_app().await;
    let cookie = app.sign_in_as(Role::Admin, "/admin/users").await;
    let token = app.admin_token.clone();
    let auth = (token.as_str(), cookie.as_str());
    for (method, path, content_type, limit) in BODY_ROUTES {
        let route = (method, path, content_type);
        // At the limit the body is read (and then refused for what it says, not its size).
        let at = send(&app, route, vec![b'a'; limit].into(), auth).await;
        assert!(
            at.is_some_and(|s| s != StatusCode::PAYLOAD_TOO_LARGE),
            "{method} {path} at its limit of {limit} bytes: {at:?}"
        );
        // Twice the limit, announced; then 100× (up to the cap) streamed without a length.
        let twice = send(&app, route, vec![b'a'; 2 * limit].into(), auth).await;
        assert_eq!(
            twice,
            Some(StatusCode::PAYLOAD_TOO_LARGE),
            "{method} {path} at twice its limit"
        );
        let far = send(&app, route, chunked((100 * limit).min(STREAM_CAP)), auth).await;
        assert!(
            far.is_none_or(|s| s == StatusCode::PAYLOAD_TOO_LARGE),
            "{method} {path} at 100× its limit, chunked: {far:?}"
        );
    }
    alive(&app).await;
    // The registry upload page reads multipart: a file over its 5 MiB is refused.
    let (_, page) = app.staff_page("/admin/registry", &cookie).await;
    let form = reqwest::multipart::Form::new()
        .text("csrf", crate::helpers::csrf_token(&page))
        .part(
            "file",
            reqwest::multipart::Part::bytes(vec![b'a'; 6 * KIB * KIB]).file_name("x.csv"),
        );
    let r = app
        .client
        .post(app.url("/admin/registry"))
        .header("Cookie", &cookie)
        .multipart(form)
        .send()
        .await
        .map(|r| r.status());
    assert!(
        r.as_ref()
            .map_or(true, |s| *s == StatusCode::PAYLOAD_TOO_LARGE),
        "{r:?}"
    );
    alive(&app).await;
    assert_eq!(app.stored_responses().await, 0);
    // Still whole: an answer goes in, the admin is still signed in.
    app.submit(&parent_answer()).await;
    let (status, _) = app.staff_page("/admin/users", &cookie).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn an_answer_sent_in_chunks_without_a_length_is_taken_like_any_other() {
    let app = spawn_app().await;
    let body = serde_json::to_vec(&parent_answer()).expect("json");
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        body.chunks(7).map(|c| Ok(c.to_vec())).collect();
    let r = app
        .client
        .post(app.url("/api/v1/responses"))
        .header("Content-Type", "application/json")
        .body(reqwest::Body::wrap_stream(futures_util::stream::iter(
            chunks,
        )))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::CREATED);
    assert_eq!(app.stored_responses().await, 1);
}

#[tokio::test]
async fn a_gzip_bomb_is_refused_without_being_unpacked_into_memory() {
    use std::io::Write;
    let app = spawn_app().await;
    // 64 MiB of zeros packs into about 64 KiB.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1024 * 1024];
    for _ in 0..64 {
        gz.write_all(&zeros).expect("packed");
    }
    let bomb = gz.finish().expect("packed");
    assert!(bomb.len() < 200 * 1024, "{}", bomb.len());
    for (path, content_type) in [
        ("/api/v1/responses", "application/json"),
        ("/s/parent", "application/x-www-form-urlencoded"),
        ("/admin/login", "application/x-www-form-urlencoded"),
    ] {
        let r = app
            .client
            .post(app.url(path))
            .header("Content-Type", content_type)
            .header("Content-Encoding", "gzip")
            .body(bomb.clone())
            .send()
            .await;
        let status = r.map_or(StatusCode::PAYLOAD_TOO_LARGE, |r| r.status());
        assert!(
            status.is_client_error() && status != StatusCode::NOT_FOUND,
            "{path}: {status}"
        );
    }
    alive(&app).await;
    assert_eq!(app.stored_responses().await, 0);
}

#[tokio::test]
async fn nul_and_lone_surrogates_in_json_get_clear_errors() {
    let app = spawn_app().await;
    let raw = |body: &'static str| {
        app.client
            .post(app.url("/api/v1/responses"))
            .header("Content-Type", "application/json")
            .body(body)
            .send()
    };
    // A lone surrogate is not a character: the JSON is refused as such.
    for body in [
        r#"{"survey":"parent","unit":"saupstad-barnehage","lang":"nb","answers":{"helpful":5},"text":"\ud800"}"#,
        r#"{"survey":"parent\udfff","unit":"saupstad-barnehage","lang":"nb","answers":{"helpful":5}}"#,
    ] {
        let r = raw(body).await.expect("sent");
        assert_eq!(r.status(), StatusCode::BAD_REQUEST, "{body}");
        let reply: Value = r.json().await.expect("json");
        assert_eq!(reply["error"], "invalid_json", "{reply}");
        assert!(reply["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    // NUL in a name of something is an unknown something.
    for (field, value) in [
        ("unit", json!("saupstad-barnehage\u{0}")),
        ("survey", json!("par\u{0}ent")),
        ("lang", json!("nb\u{0}")),
        ("role", json!("parent\u{0}")),
        (
            "submission_id",
            json!("6f9619ff-8b86-4d01-b42d-00cf4fc964f\u{0}"),
        ),
    ] {
        let mut body = parent_answer();
        body[field] = value;
        let r = app.post_response(&body).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
    }
    let mut body = parent_answer();
    body["answers"] = json!({"help\u{0}ful": 5});
    assert_eq!(
        app.post_response(&body).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // NUL inside the text is dropped; the rest is kept (on PostgreSQL too, which refuses
    // NUL in text).
    let mut body = parent_answer();
    body["text"] = json!("Vi fikk\u{0} hjelp");
    let id = app.submit(&body).await;
    let admin = app.admin_token.clone();
    let (status, raw_text) = app
        .get_as(&format!("/api/v1/responses/{id}/raw"), &admin)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(raw_text["text_raw"], "Vi fikk hjelp", "{raw_text}");
    assert_eq!(app.stored_responses().await, 1);
    alive(&app).await;
}

#[tokio::test]
async fn a_hundred_replays_of_one_submission_at_once_store_it_once() {
    let app = spawn_app().await;
    let mut body = parent_answer();
    body["submission_id"] = json!("0b8e7c1a-5d2f-4e3b-9a6c-7f1d2e3c4b5a");
    let sends = (0..100).map(|_| app.post_response(&body));
    let replies = futures_util::future::join_all(sends).await;
    let mut ids = Vec::new();
    for r in replies {
        assert!(r.status().is_success(), "{}", r.status());
        ids.push(r.json::<Value>().await.expect("json")["id"].clone());
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "one id for every replay: {ids:?}");
    assert_eq!(app.stored_responses().await, 1);
    assert_eq!(app.stored_answers().await, 4);
}

/// A role that may not read an answer gets the same reply whether the id exists or not,
/// so ids cannot be probed.
#[tokio::test]
async fn ids_cannot_be_probed_by_a_role_that_may_not_read_them() {
    let app = spawn_app().await;
    let id = app.submit(&parent_answer()).await;
    let missing = id + 1000;
    let planner = app.token(Role::Planner).await;
    let facilitator = app.token(Role::Facilitator).await;
    let lead =
        stemme::admin::create_unit_token(&app.db, "lead", &["kattem-skole".into()], "test", 0)
            .await
            .expect("token");
    for (token, path, expected) in [
        (&planner, "/api/v1/responses/{}/raw", StatusCode::FORBIDDEN),
        (&facilitator, "/api/v1/responses/{}", StatusCode::FORBIDDEN),
        (
            &facilitator,
            "/api/v1/responses/{}/raw",
            StatusCode::FORBIDDEN,
        ),
        (&lead, "/api/v1/responses/{}", StatusCode::NOT_FOUND),
        (&lead, "/api/v1/responses/{}/raw", StatusCode::FORBIDDEN),
    ] {
        for probe in [id, missing] {
            let (status, body) = app
                .get_as(&path.replace("{}", &probe.to_string()), token)
                .await;
            assert_eq!(status, expected, "{path} {probe}: {body}");
        }
    }
    for token in [&planner, &facilitator, &lead] {
        for probe in [id, missing] {
            assert_eq!(
                app.delete_response(probe, token).await,
                StatusCode::FORBIDDEN
            );
        }
    }
    assert_eq!(app.stored_responses().await, 1);
}
