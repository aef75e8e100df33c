//! Starting and stopping the application under test.
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, EntityTrait, PaginatorTrait};
use serde_json::{Value, json};
use stemme::admin::{Role, create_token};
use stemme::config::Settings;
use stemme::{Application, StartError};
use tempfile::TempDir;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    pub admin_token: String,
    pub settings: Settings,
    pub search: stemme::search::SearchHandle,
    pub intake: stemme::intake::Intake,
    data_dir: TempDir,
    handle: actix_web::dev::ServerHandle,
    server: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// A fresh database for one test: SQLite in the data folder, or a new PostgreSQL
/// database when the suite runs against PostgreSQL.
pub async fn database_url_for_test() -> Option<String> {
    let server = std::env::var("STEMME_TEST_POSTGRES")
        .ok()
        .filter(|s| !s.is_empty())?;
    let server = server.trim_end_matches('/').to_owned();
    let name = format!("stemme_test_{}", uuid::Uuid::new_v4().simple());
    let admin = Database::connect(format!("{server}/postgres"))
        .await
        .expect("PostgreSQL reachable");
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create test database");
    admin.close().await.ok();
    Some(format!("{server}/{name}"))
}

pub fn test_settings(data_dir: &TempDir, database_url: Option<String>) -> Settings {
    Settings {
        bind: "127.0.0.1:0".parse().expect("valid address"),
        data_dir: data_dir.path().to_owned(),
        database_url,
        rate_limit_per_min: 100_000,
        workers: 1,
        db_pool_size: 4,
        ..Settings::default()
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let data_dir = TempDir::new().expect("temp dir");
    let mut settings = test_settings(&data_dir, database_url_for_test().await);
    adjust(&mut settings);
    start(settings, data_dir).await.expect("app starts")
}

async fn start(settings: Settings, data_dir: TempDir) -> Result<TestApp, StartError> {
    let app = Application::build(settings.clone()).await?;
    let address = format!("http://127.0.0.1:{}", app.port());
    let handle = app.handle();
    let db = app.db.clone();
    let search = app.search();
    let intake = app.intake();
    let admin_token = match &app.first_admin_token {
        Some(t) => t.clone(),
        None => create_token(&db, Role::Admin, "test-admin", "test", 0).await?,
    };
    let server = tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    Ok(TestApp {
        address,
        client,
        db,
        admin_token,
        settings,
        search,
        intake,
        data_dir,
        handle,
        server,
    })
}

/// The password every test account gets.
pub const TEST_PASSWORD: &str = "correct horse battery staple";
static USERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Stops the server gracefully and starts it again on the same data.
    pub async fn restart(self) -> TestApp {
        self.restart_after(|_| {}).await
    }

    pub async fn token(&self, role: Role) -> String {
        create_token(&self.db, role, &format!("test-{role}"), "test", 0)
            .await
            .expect("token")
    }

    pub async fn post_response(&self, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/responses"))
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn get_response(&self, id: i64, token: &str) -> (StatusCode, Value) {
        self.get_as(&format!("/api/v1/responses/{id}"), token).await
    }

    pub async fn stored_responses(&self) -> u64 {
        entity::prelude::Response::find()
            .count(&self.db)
            .await
            .expect("count")
    }

    pub async fn stored_answers(&self) -> u64 {
        entity::prelude::Answer::find()
            .count(&self.db)
            .await
            .expect("count")
    }

    pub async fn stored_texts(&self) -> u64 {
        entity::prelude::ResponseText::find()
            .count(&self.db)
            .await
            .expect("count")
    }
}

/// A complete, valid parent response: every scale answered, some free text.
pub fn parent_answer() -> Value {
    json!({
        "survey": "parent",
        "unit": "saupstad-barnehage",
        "lang": "nb",
        "role": "parent",
        "answers": {"helpful": 5, "listened": 4, "respect": "4", "o1_economy": 2},
        "text": "Vi ble godt tatt imot, men ventetiden var lang."
    })
}

/// Page text with the template engine's escaping of `/` undone (the rest of the escaping
/// stays, so assertions still see `&lt;` where a citizen typed `<`).
pub fn page_text(html: String) -> String {
    html.replace("&#x2f;", "/")
}

impl TestApp {
    /// Posts a form as a browser would; returns the status and the page (or redirect target).
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> (StatusCode, String) {
        let r = self
            .client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("request sent");
        outcome(r).await
    }
}

/// A form post's status, and where it redirects to or else the page it shows.
pub async fn outcome(r: reqwest::Response) -> (StatusCode, String) {
    let status = r.status();
    let location = r
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .map(str::to_owned);
    let body = page_text(r.text().await.unwrap_or_default());
    (status, location.unwrap_or(body))
}

impl TestApp {
    /// Posts an answer that must be accepted; returns its id.
    pub async fn submit(&self, body: &Value) -> i64 {
        let r = self.post_response(body).await;
        assert!(r.status().is_success(), "answer refused: {}", r.status());
        self.id_of(&r.json::<Value>().await.expect("JSON reply"))
            .await
    }

    /// The internal number of the response an intake reply names: the reply's id is the
    /// submission id, never the internal sequence.
    pub async fn id_of(&self, reply: &Value) -> i64 {
        let key = reply["id"].as_str().expect("the reply's id is a string");
        assert!(uuid::Uuid::parse_str(key).is_ok(), "an opaque id: {key}");
        stemme::intake::resolve(&self.db, key)
            .await
            .expect("database")
            .expect("the response is stored")
    }

    /// Asks to erase a response with `token`; returns the status.
    pub async fn delete_response(&self, id: i64, token: &str) -> StatusCode {
        let url = self.url(&format!("/api/v1/responses/{id}"));
        self.client
            .delete(url)
            .bearer_auth(token)
            .send()
            .await
            .expect("request sent")
            .status()
    }
}

impl TestApp {
    /// GETs a public JSON route.
    pub async fn get_json(&self, path: &str) -> Value {
        let r = self
            .client
            .get(self.url(path))
            .send()
            .await
            .expect("request sent");
        r.json().await.expect("JSON body")
    }
}

impl TestApp {
    /// Makes everything stored so far searchable (the test's read-your-writes), texts
    /// processed after their answers were stored included.
    pub async fn flush_index(&self) {
        self.intake.settle().await;
        self.search.flush().await.expect("index flush");
    }

    /// `GET /api/v1/search?{query}` with `token`.
    pub async fn search(&self, query: &str, token: &str) -> (StatusCode, Value) {
        self.get_as(&format!("/api/v1/search?{query}"), token).await
    }

    pub fn data_path(&self) -> &std::path::Path {
        self.data_dir.path()
    }

    /// Stops the server, runs `between` on the stopped data folder, and starts again.
    pub async fn restart_after(self, between: impl FnOnce(&std::path::Path)) -> TestApp {
        let TestApp {
            settings,
            data_dir,
            handle,
            server,
            db,
            search,
            intake,
            ..
        } = self;
        drop(search);
        drop(intake);
        handle.stop(true).await;
        server.await.expect("server task").expect("server ran");
        db.close().await.ok();
        between(data_dir.path());
        start(settings, data_dir).await.expect("app restarts")
    }
}

/// A parent response with `text` in `lang` to `unit`.
pub fn text_answer(unit: &str, lang: &str, text: &str) -> Value {
    json!({
        "survey": "parent",
        "unit": unit,
        "lang": lang,
        "answers": {"helpful": 4},
        "text": text,
    })
}

impl TestApp {
    /// Makes an account with `role` (a unit lead gets `units`) and the test password;
    /// returns its username.
    pub async fn user(&self, role: Role, units: &[&str]) -> String {
        let n = USERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let username = format!("test-{}-{n}", role.as_str().replace('_', "-"));
        stemme::admin::users::create(
            &self.db,
            stemme::admin::users::NewUser {
                username: username.clone(),
                display_name: format!("Test {role}"),
                role,
                units: units.iter().map(|u| u.to_string()).collect(),
                password: TEST_PASSWORD.into(),
            },
            "test",
        )
        .await
        .expect("user created");
        username
    }

    /// Signs in a new account with `role` through the login form, going on to `next`;
    /// returns the session cookie.
    pub async fn sign_in_as(&self, role: Role, next: &str) -> String {
        let username = self.user(role, &[]).await;
        self.sign_in(&username, TEST_PASSWORD, next).await
    }

    /// The sign-in form as a browser gets it: its cookie (`stemme_login=…`) and the
    /// CSRF token its form carries.
    pub async fn login_form(&self) -> (String, String) {
        let r = self
            .client
            .get(self.url("/admin/login"))
            .send()
            .await
            .expect("sent");
        let cookie = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|c| c.to_str().ok())
            .find(|c| c.starts_with("stemme_login="))
            .and_then(|c| c.split(';').next())
            .expect("the sign-in form's cookie")
            .to_owned();
        let html = r.text().await.expect("page");
        (cookie, csrf_token(&html))
    }

    /// Signs in through the login form, going on to `next`; returns the session cookie.
    pub async fn sign_in(&self, username: &str, password: &str, next: &str) -> String {
        let (login_cookie, csrf) = self.login_form().await;
        let r = self
            .client
            .post(self.url("/admin/login"))
            .header("Cookie", login_cookie)
            .form(&[
                ("username", username),
                ("password", password),
                ("next", next),
                ("csrf", csrf.as_str()),
            ])
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), StatusCode::SEE_OTHER, "sign-in of {username}");
        assert_eq!(
            r.headers().get("location").and_then(|l| l.to_str().ok()),
            Some(next)
        );
        let cookie = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|c| c.to_str().ok())
            .find(|c| c.starts_with("stemme_staff="))
            .expect("session cookie")
            .to_owned();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        assert!(cookie.contains("Path=/admin"), "{cookie}");
        cookie.split(';').next().unwrap_or_default().to_owned()
    }

    /// POSTs a staff form with a session cookie, as the browser would.
    pub async fn staff_post(
        &self,
        path: &str,
        cookie: &str,
        fields: &[(&str, String)],
    ) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("Cookie", cookie)
            .form(fields)
            .send()
            .await
            .expect("sent")
    }

    /// GETs a staff page with a session cookie; returns the status and the page.
    pub async fn staff_page(&self, path: &str, cookie: &str) -> (StatusCode, String) {
        let r = self
            .client
            .get(self.url(path))
            .header("Cookie", cookie)
            .send()
            .await
            .expect("sent");
        let status = r.status();
        (status, page_text(r.text().await.unwrap_or_default()))
    }
}

impl TestApp {
    /// GET `path` with a bearer token; the status and the JSON body (null if none).
    pub async fn get_as(&self, path: &str, token: &str) -> (StatusCode, Value) {
        let r = self
            .client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request sent");
        let status = r.status();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    /// POST JSON to `path` with a bearer token; the status and the JSON body.
    pub async fn post_as(&self, path: &str, token: &str, body: &Value) -> (StatusCode, Value) {
        self.json_as(reqwest::Method::POST, path, token, body).await
    }

    pub async fn put_as(&self, path: &str, token: &str, body: &Value) -> (StatusCode, Value) {
        self.json_as(reqwest::Method::PUT, path, token, body).await
    }

    async fn json_as(
        &self,
        method: reqwest::Method,
        path: &str,
        token: &str,
        body: &Value,
    ) -> (StatusCode, Value) {
        let r = self
            .client
            .request(method, self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("request sent");
        let status = r.status();
        (status, r.json().await.unwrap_or(Value::Null))
    }
}

/// The CSRF token a staff page carries in its forms.
pub fn csrf_token(page: &str) -> String {
    page.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a CSRF token")
        .to_owned()
}

/// `to=` the month under way (Oslo): figures of answers posted today, which default
/// views leave out until the month is over.
pub fn to_now() -> String {
    use stemme::indicators::compute;
    format!("to={}", compute::Grain::Month.label(compute::this_month()))
}

/// A published count is the true one within the noise of the cell-key method.
pub fn within_noise(published: &serde_json::Value, truth: u64) -> bool {
    published
        .as_u64()
        .is_some_and(|n| n.abs_diff(truth) <= stemme::indicators::disclosure::MAX_NOISE as u64)
}
