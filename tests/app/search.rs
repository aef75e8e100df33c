//! Search: every stemmed language finds another inflection, the k-rule withholds texts of
//! small groups, facets hide small counts, hostile queries are plain words, erasure
//! leaves no trace in the data folder, and the index is rebuilt or caught up after a
//! loss or a crash.
use crate::helpers::{TestApp, spawn_app, spawn_app_with, text_answer, within_noise};
use reqwest::StatusCode;
use serde_json::{Value, json};
use stemme::admin::Role;

fn hit_ids(body: &Value) -> Vec<i64> {
    body["hits"]
        .as_array()
        .map(|h| h.iter().filter_map(|h| h["id"].as_i64()).collect())
        .unwrap_or_default()
}

fn q(words: &str) -> String {
    form_urlencoded::byte_serialize(words.as_bytes()).collect()
}

/// (language, text, another inflection of one of its words)
const INFLECTIONS: &[(&str, &str, &str)] = &[
    (
        "nb",
        "Barnehagen var flink med gutten vår hele høsten.",
        "barnehager",
    ),
    (
        "nn",
        "Vi fekk god hjelp frå helsestasjonen, og barna likte å vere der.",
        "helsestasjon",
    ),
    (
        "en",
        "We waited for months before anyone called us back about our son.",
        "waiting",
    ),
    (
        "ar",
        "انتظرنا طويلا ولم يساعد أحد الأطفال في المدرسة هذا العام",
        "اطفال",
    ),
    (
        "fa",
        "کتابها در کتابخانه برای بچه‌ها خیلی خوب بود و ما راضی هستیم",
        "کتاب",
    ),
    (
        "ru",
        "Мы очень долго ждали ответа от школы и от учителей нашего сына",
        "школа",
    ),
    (
        "uk",
        "Ми дуже довго чекали відповіді від школи та від вчителів сина",
        "школа",
    ),
    (
        "pl",
        "Nasza rodzina czekała bardzo długo na pomoc z urzędu w tym roku",
        "rodzinie",
    ),
    (
        "lt",
        "Mūsų vaikai mokykloje gavo daug pagalbos ir buvo labai patenkinti",
        "mokykla",
    ),
];

#[tokio::test]
async fn another_inflection_finds_the_text_in_every_stemmed_language() {
    let app = spawn_app().await;
    let mut ids = Vec::new();
    for (lang, text, _) in INFLECTIONS {
        ids.push(
            app.submit(&text_answer("saupstad-barnehage", lang, text))
                .await,
        );
    }
    // Nine more Polish texts, so that a search limited to Polish selects enough answers
    // (ten: at least k whatever the noise on the count).
    for i in 0..9 {
        app.submit(&text_answer(
            "saupstad-barnehage",
            "pl",
            &format!("Dziękujemy za pomoc numer {i}"),
        ))
        .await;
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    // Limited to Polish, the query is analysed only as Polish and finds the Polish text.
    let polish = ids[INFLECTIONS
        .iter()
        .position(|(l, _, _)| *l == "pl")
        .unwrap_or(0)];
    let (_, body) = app
        .search(&format!("q={}&lang=pl", q("rodzinie")), &planner)
        .await;
    assert_eq!(hit_ids(&body), vec![polish], "{body}");
    for ((lang, text, query), id) in INFLECTIONS.iter().zip(&ids) {
        let (status, body) = app.search(&format!("q={}", q(query)), &planner).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            hit_ids(&body).contains(id),
            "{lang}: {query:?} should find {text:?}: {body}"
        );
    }
}

/// Words match the names of the response's place and service as well as its text, and
/// only responses with text are counted: answers without text carry no words at all.
#[tokio::test]
async fn words_match_place_names_of_texts_and_never_answers_without_text() {
    let app = spawn_app().await;
    for i in 0..10 {
        app.submit(&text_answer(
            "saupstad-skole",
            "nb",
            &format!("Læreren hjalp oss {i}"),
        ))
        .await;
        app.submit(&text_answer(
            "kattem-skole",
            "nb",
            &format!("Læreren hjalp oss mye {i}"),
        ))
        .await;
    }
    for _ in 0..8 {
        let mut without = text_answer("saupstad-skole", "nb", "");
        if let Some(answer) = without.as_object_mut() {
            answer.remove("text");
        }
        app.submit(&without).await;
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    // The unit's name: its ten texts, not the eight answers without one.
    let (status, place) = app.search("q=saupstad", &planner).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(hit_ids(&place).len(), 10, "{place}");
    assert!(within_noise(&place["total"], 10), "{place}");
    // The body also says how the index is doing.
    assert_eq!(place["index"]["state"], "ok", "{place}");
    assert!(place["index"]["progress"].is_number(), "{place}");
    assert!(place["withheld"].is_null(), "{place}");
    // A place's name and a word of the text together; each word must match.
    let (_, both) = app
        .search(&format!("q={}", q("Saupstad læreren")), &planner)
        .await;
    assert_eq!(hit_ids(&both).len(), 10, "{both}");
    let (_, text) = app.search("q=hjalp&limit=50", &planner).await;
    assert_eq!(hit_ids(&text).len(), 20, "{text}");
    assert!(within_noise(&text["total"], 20), "{text}");
    let (_, neither) = app
        .search(&format!("q={}", q("saupstad mye")), &planner)
        .await;
    assert!(
        neither["total"].as_u64().unwrap_or(0) == 0 && hit_ids(&neither).is_empty(),
        "{neither}"
    );
}

#[tokio::test]
async fn texts_of_a_group_smaller_than_k_are_withheld() {
    let app = spawn_app().await;
    for i in 0..3 {
        app.submit(&text_answer(
            "kattem-skole",
            "nb",
            &format!("Læreren hjalp oss mye, takk {i}"),
        ))
        .await;
    }
    // Ten: at least k whatever the noise.
    for i in 0..10 {
        app.submit(&text_answer(
            "saupstad-skole",
            "nb",
            &format!("Læreren var streng mot barna {i}"),
        ))
        .await;
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;

    let (status, small) = app.search("unit=kattem-skole", &planner).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        small["hits"].as_array().is_some_and(|h| h.is_empty()),
        "{small}"
    );
    assert!(small["total"].is_null());
    assert_eq!(small["withheld"]["reason"], "fewer_than_k");
    assert_eq!(small["withheld"]["k"], 5);

    let (_, large) = app.search("unit=saupstad-skole", &planner).await;
    assert!(within_noise(&large["total"], 10), "{large}");
    assert_eq!(hit_ids(&large).len(), 10);
    assert!(large["withheld"].is_null());
    // Snippets are texts a planner may read: no raw text beyond the redacted one.
    assert!(
        large["hits"][0]["snippet"]
            .as_str()
            .is_some_and(|s| s.contains("Læreren"))
    );

    // The words searched are not a filter: a rare word in a large group is shown.
    let (_, rare) = app.search("unit=saupstad-skole&q=streng", &planner).await;
    assert_eq!(hit_ids(&rare).len(), 10);
    // Three texts in a selection of 13 answers: shown, but their number is not (it is
    // under k); the page says "fewer than 5".
    let (_, one) = app.search(&format!("q={}", q("takk")), &planner).await;
    assert_eq!(hit_ids(&one).len(), 3, "{one}");
    assert!(one["total"].is_null() && one["withheld"].is_null(), "{one}");

    // Facets: counts under k are not listed; the others carry the noise.
    let (_, all) = app.search("", &planner).await;
    let units = &all["facets"]["unit"];
    assert_eq!(units["hidden"], true, "{all}");
    let listed: Vec<&str> = units["values"]
        .as_array()
        .map(|v| v.iter().filter_map(|v| v["value"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(listed, vec!["saupstad-skole"], "{units}");
    assert!(within_noise(&units["values"][0]["count"], 10), "{units}");
    // Kattem is the only unit hidden, so no hit names its unit: the three without a
    // name would be Kattem's.
    assert!(
        all["hits"]
            .as_array()
            .is_some_and(|h| h.len() == 13 && h.iter().all(|h| h["unit"].is_null())),
        "{all}"
    );
}

#[tokio::test]
async fn hostile_queries_are_plain_words_and_bad_parameters_are_clear_errors() {
    let app = spawn_app().await;
    for i in 0..10 {
        app.submit(&text_answer(
            "saupstad-skole",
            "nb",
            &format!("Vi fikk hjelp AND OR {i}"),
        ))
        .await;
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    for query in [
        "\"unbalanced",
        "hjelp AND (OR",
        "-hjelp",
        "*",
        "field:value",
        "a:b:c\"",
        "(((",
        "\u{202E}hjelp",
    ] {
        let (status, body) = app.search(&format!("q={}", q(query)), &planner).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
    }
    let (_, body) = app
        .search(&format!("q={}", q("hjelp AND (OR")), &planner)
        .await;
    assert_eq!(hit_ids(&body).len(), 10, "{body}");

    for (query, code) in [
        ("from=2026-13", "invalid_period"),
        ("unit=no-such-unit", "unknown_filter"),
        ("lang=xx", "unknown_language"),
        ("limit=0", "invalid_limit"),
    ] {
        let (status, body) = app.search(query, &planner).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["error"], code, "{query}: {body}");
    }
    // Only planners (and admins) search.
    let facilitator = app.token(Role::Facilitator).await;
    let (status, _) = app.search("q=hjelp", &facilitator).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let r = app
        .client
        .get(app.url("/api/v1/search?q=x"))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

/// Files in `dir` (recursively) whose bytes contain `needle`.
fn files_containing(dir: &std::path::Path, needle: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_containing(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path)
            && bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
        {
            out.push(path.display().to_string());
        }
    }
    out
}

#[tokio::test]
async fn an_erased_response_leaves_no_text_in_any_file_of_the_data_folder() {
    let app = spawn_app().await;
    for i in 0..9 {
        app.submit(&text_answer(
            "saupstad-skole",
            "nb",
            &format!("Helt vanlig svar nummer {i}"),
        ))
        .await;
    }
    let secret = "zorbulanteri";
    let id = app
        .submit(&text_answer(
            "saupstad-skole",
            "nb",
            &format!("Vi snakket om {secret} hele kvelden med de ansatte"),
        ))
        .await;
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, before) = app.search(&format!("q={secret}"), &planner).await;
    assert_eq!(hit_ids(&before), vec![id]);
    // The checks can see the word where it is: in the index's term dictionary, and on
    // SQLite in the database's files.
    assert!(
        index_has_term(app.data_path(), secret),
        "the word is in the index before erasure"
    );
    let sqlite = app.settings.database_url.is_none();
    if sqlite {
        assert!(
            !files_containing(app.data_path(), "zorbulant").is_empty(),
            "the word is in the database files before erasure"
        );
    }

    assert_eq!(
        app.delete_response(id, &app.admin_token).await,
        StatusCode::NO_CONTENT
    );
    app.flush_index().await;
    let (_, after) = app.search(&format!("q={secret}"), &planner).await;
    assert!(hit_ids(&after).is_empty(), "{after}");
    assert!(
        !index_has_term(app.data_path(), secret),
        "the word left the index's terms"
    );
    let orphans = orphan_segment_files(app.data_path());
    assert!(
        orphans.is_empty(),
        "files of merged-away segments remain: {orphans:?}"
    );
    let left = files_containing(app.data_path(), "zorbulant");
    assert!(left.is_empty(), "erased text left in {left:?}");
    let (status, _) = app.get_response(id, &planner).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_search_asked_again_before_the_next_commit_never_shows_an_erased_text() {
    // What a search found in the index is kept until the index changes; the texts are
    // not, so an erasure shows at once even though the index commits later.
    let app = spawn_app_with(|s| s.index_commit_ms = 3_600_000).await;
    let mut ids = Vec::new();
    for i in 0..11 {
        ids.push(
            app.submit(&text_answer(
                "saupstad-skole",
                "nb",
                &format!("Vi snakket om flurbinaster hele kvelden, svar {i}"),
            ))
            .await,
        );
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, first) = app.search("q=flurbinaster", &planner).await;
    assert_eq!(hit_ids(&first).len(), 11, "{first}");
    assert_eq!(
        app.delete_response(ids[0], &app.admin_token).await,
        StatusCode::NO_CONTENT
    );
    let (_, again) = app.search("q=flurbinaster", &planner).await;
    let shown = hit_ids(&again);
    assert_eq!(shown.len(), 10, "{again}");
    assert!(
        !shown.contains(&ids[0]),
        "the erased text is not shown: {again}"
    );
}

/// Whether any committed segment's term dictionary (Norwegian text field) has `word`.
fn index_has_term(data: &std::path::Path, word: &str) -> bool {
    let index = tantivy::Index::open_in_dir(data.join("index")).expect("index opens");
    let reader = index
        .reader_builder()
        .reload_policy(tantivy::ReloadPolicy::Manual)
        .try_into()
        .expect("reader");
    let searcher: tantivy::Searcher = reader.searcher();
    let field = index.schema().get_field("text_no").expect("text_no field");
    let mut analyzer = stemme::text::analyze::build("no");
    let terms = stemme::text::analyze::terms(&mut analyzer, word);
    searcher.segment_readers().iter().any(|segment| {
        let inverted = segment.inverted_index(field).expect("inverted index");
        terms
            .iter()
            .any(|t| inverted.terms().get(t.as_bytes()).ok().flatten().is_some())
    })
}

/// Index files that belong to no live segment (left behind by a merge).
fn orphan_segment_files(data: &std::path::Path) -> Vec<String> {
    let dir = data.join("index");
    let index = tantivy::Index::open_in_dir(&dir).expect("index opens");
    let live: Vec<String> = index
        .searchable_segment_ids()
        .expect("segments")
        .iter()
        .map(|id| id.uuid_string())
        .collect();
    std::fs::read_dir(&dir)
        .expect("index folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| {
            let stem = name.split('.').next().unwrap_or("");
            stem.len() == 32
                && stem.chars().all(|c| c.is_ascii_hexdigit())
                && !live.iter().any(|l| l == stem)
        })
        .collect()
}

/// Ten answers: at least k whatever the noise on their count.
async fn submit_ten(app: &TestApp, word: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    for i in 0..10 {
        ids.push(
            app.submit(&text_answer(
                "saupstad-skole",
                "nb",
                &format!("Svar om {word} nummer {i}"),
            ))
            .await,
        );
    }
    ids
}

#[tokio::test]
async fn a_missing_or_damaged_index_is_rebuilt_on_start() {
    let app = spawn_app().await;
    let ids = submit_ten(&app, "tannlegen").await;
    app.flush_index().await;

    // Missing: the folder is gone.
    let app = app
        .restart_after(|data| {
            std::fs::remove_dir_all(data.join("index")).expect("index removed");
        })
        .await;
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, body) = app.search("q=tannlegen", &planner).await;
    let mut found = hit_ids(&body);
    found.sort();
    assert_eq!(found, ids, "{body}");

    // Damaged: the index's meta file is garbage.
    let app = app
        .restart_after(|data| {
            std::fs::write(data.join("index").join("meta.json"), b"{not json").expect("write");
        })
        .await;
    let more = submit_ten(&app, "tannlegen").await;
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, body) = app.search("q=tannlegen", &planner).await;
    assert!(within_noise(&body["total"], 20), "{body}");
    assert_eq!(hit_ids(&body).len(), 20, "{body}");
    assert!(more.iter().all(|id| hit_ids(&body).contains(id)), "{body}");
    let health = app.get_json("/healthz").await;
    assert_eq!(health["index"], "ok");
}

#[tokio::test]
async fn answers_stored_before_a_kill_are_searchable_after_restart() {
    // The real binary, so that it can be killed with SIGKILL between the database
    // commit of the answers and the index commit (held back here by a long interval).
    let data = tempfile::TempDir::new().expect("temp dir");
    let port = free_port();
    let database_url = crate::helpers::database_url_for_test().await;
    // An empty settings file, so a stemme.toml in the working folder does not apply.
    std::fs::write(data.path().join("stemme.toml"), "").expect("settings file");
    let start = |commit_ms: &str| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_stemme"));
        command
            .env("STEMME_BIND", format!("127.0.0.1:{port}"))
            .env("STEMME_DATA_DIR", data.path())
            .env("STEMME_INDEX_COMMIT_MS", commit_ms)
            .env("STEMME_RATE_LIMIT_PER_MIN", "10000")
            .env("STEMME_CONFIG", data.path().join("stemme.toml"))
            .env_remove("DATABASE_URL")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        if let Some(url) = &database_url {
            command.env("DATABASE_URL", url);
        }
        command.spawn().expect("server starts")
    };
    // No kept-alive connections: one to the killed server, still in the pool when the
    // test goes on under load, failed a request to the restarted one.
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .expect("client");
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start("3600000");
    wait_until_up(&client, &base).await;
    let mut ids = Vec::new();
    for i in 0..10 {
        let r = client
            .post(format!("{base}/api/v1/responses"))
            .json(&text_answer(
                "saupstad-skole",
                "nb",
                &format!("Helsesykepleieren var fantastisk {i}"),
            ))
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), StatusCode::CREATED);
        ids.push(
            r.json::<Value>().await.expect("json")["id"]
                .as_str()
                .expect("id")
                .to_owned(),
        );
    }
    server.kill().expect("SIGKILL");
    server.wait().expect("reaped");
    // The kill came between the database commit and the index commit: the index's last
    // commit (at start) covers none of the answers.
    let metas = tantivy::Index::open_in_dir(data.path().join("index"))
        .and_then(|index| index.load_metas())
        .expect("index readable");
    assert!(
        metas
            .payload
            .as_deref()
            .is_some_and(|p| p.contains("\"outbox\":0")),
        "{:?}",
        metas.payload
    );

    let mut server = start("200");
    wait_until_up(&client, &base).await;
    let settings = stemme::config::Settings {
        data_dir: data.path().to_owned(),
        database_url: database_url.clone(),
        ..Default::default()
    };
    let db = stemme::db::connect(&settings).await.expect("db");
    let planner = stemme::admin::create_token(&db, Role::Planner, "kill-test", "test", 0)
        .await
        .expect("token");
    let mut numbers = Vec::new();
    for key in &ids {
        numbers.push(
            stemme::intake::resolve(&db, key)
                .await
                .expect("db")
                .expect("stored"),
        );
    }
    numbers.sort();
    let ids = numbers;
    let mut found = Vec::new();
    let mut body = Value::Null;
    for _ in 0..100 {
        body = client
            .get(format!(
                "{base}/api/v1/search?q=helsesykepleieren+fantastisk"
            ))
            .bearer_auth(&planner)
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        found = hit_ids(&body);
        if found.len() == ids.len() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    server.kill().ok();
    server.wait().ok();
    found.sort();
    assert_eq!(
        found, ids,
        "every answer stored before the kill is searchable: {body}"
    );
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

async fn wait_until_up(client: &reqwest::Client, base: &str) {
    for _ in 0..300 {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await
            && r.status().is_success()
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the server did not come up at {base}");
}

#[tokio::test]
async fn planners_sign_in_and_search_on_the_page() {
    let app = spawn_app().await;
    for i in 0..10 {
        app.submit(&text_answer(
            "saupstad-skole",
            "nb",
            &format!("Vi trengte tolk på møtet, men fikk ingen. Ring 91234567 {i}"),
        ))
        .await;
    }
    app.flush_index().await;

    // Not signed in: to the login page, which remembers where to go.
    let r = app
        .client
        .get(app.url("/admin/search?q=tolk"))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or("");
    assert!(location.starts_with("/admin/login?next="), "{location}");

    // A wrong password is refused on the page, in the page's language.
    let planner = app.user(Role::Planner, &[]).await;
    let (login_cookie, csrf) = app.login_form().await;
    let r = app
        .client
        .post(app.url("/admin/login"))
        .header("Cookie", &login_cookie)
        .form(&[
            ("username", planner.as_str()),
            ("password", "not the password"),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    assert!(
        r.text()
            .await
            .unwrap_or_default()
            .contains("Brukernavnet eller passordet er feil")
    );
    // Another site cannot sign a browser in.
    let r = app
        .client
        .post(app.url("/admin/login"))
        .header("Sec-Fetch-Site", "cross-site")
        .form(&[
            ("username", planner.as_str()),
            ("password", crate::helpers::TEST_PASSWORD),
        ])
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    let cookie = app.sign_in_as(Role::Planner, "/admin/search?q=tolk").await;
    let page = app
        .client
        .get(app.url("/admin/search?q=tolken&text_lang=nb"))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("sent");
    assert_eq!(page.status(), StatusCode::OK);
    let html = crate::helpers::page_text(page.text().await.unwrap_or_default());
    // Ten texts, counted with the disclosure noise.
    let count: Option<u64> = html
        .split(" tekster passer")
        .next()
        .and_then(|before| before.rsplit(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok());
    assert!(
        count.is_some_and(|n| n.abs_diff(10) <= 5) && html.matches("class=\"hit\"").count() == 10,
        "{html}"
    );
    assert!(
        html.contains("<mark>tolk</mark>"),
        "the match is highlighted"
    );
    assert!(
        html.contains("[telefon]") && !html.contains("91234567"),
        "redacted only: {html}"
    );
    assert!(html.contains("dir=\"auto\""));

    // A small group: the page says why texts are not shown.
    let page = app
        .client
        .get(app.url("/admin/search?unit=kattem-skole"))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("sent");
    let html = page.text().await.unwrap_or_default();
    assert!(html.contains("færre enn 5 svar"), "{html}");

    // Signing out needs the session's CSRF token.
    let r = app
        .client
        .post(app.url("/admin/logout"))
        .header("Cookie", &cookie)
        .form(&[("csrf", "forged")])
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // Facilitators are signed in but may not search texts.
    let cookie = app
        .sign_in_as(Role::Facilitator, "/admin/search?q=tolk")
        .await;
    let r = app
        .client
        .get(app.url("/admin/search?q=tolk"))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn texts_are_tagged_with_themes_that_can_be_filtered_and_counted() {
    let app = spawn_app().await;
    let mut tagged = Vec::new();
    for i in 0..11 {
        tagged.push(
            app.submit(&text_answer(
                "saupstad-skole",
                "nb",
                &format!("Vi ventet lenge på tolk til møtet {i}"),
            ))
            .await,
        );
    }
    for i in 0..3 {
        app.submit(&text_answer(
            "saupstad-skole",
            "nb",
            &format!("Alt gikk fint {i}"),
        ))
        .await;
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, response) = app.get_response(tagged[0], &planner).await;
    let themes: Vec<&str> = response["themes"]
        .as_array()
        .map(|t| t.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(
        themes.contains(&"interpreter") && themes.contains(&"waiting"),
        "{response}"
    );

    let (_, body) = app.search("theme=interpreter", &planner).await;
    let mut found = hit_ids(&body);
    found.sort();
    assert_eq!(found, tagged, "{body}");
    // A planner's verdicts win over the automatic tags, and show how good the terms are.
    let themes_of = format!("/api/v1/responses/{}/themes", tagged[0]);
    let verdict = |theme: &str, verdict: &str| {
        let body = json!({"theme": theme, "verdict": verdict});
        let (app, path, planner) = (&app, &themes_of, &planner);
        async move { app.post_as(path, planner, &body).await.0 }
    };
    assert_eq!(verdict("interpreter", "rejected").await, StatusCode::OK);
    assert_eq!(verdict("money", "confirmed").await, StatusCode::OK);
    assert_eq!(
        verdict("money", "maybe").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        verdict("astrology", "confirmed").await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let (_, response) = app.get_response(tagged[0], &planner).await;
    let themes: Vec<&str> = response["themes"]
        .as_array()
        .map(|t| t.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert!(
        themes.contains(&"money") && themes.contains(&"waiting"),
        "{response}"
    );
    assert!(!themes.contains(&"interpreter"), "{response}");
    let (_, codebook) = app.get_as("/api/v1/themes", &planner).await;
    let interpreter = codebook
        .as_array()
        .and_then(|t| t.iter().find(|t| t["slug"] == "interpreter"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(interpreter["rejected"], 1, "{interpreter}");
    assert_eq!(interpreter["precision"], 0.0);

    // The verdict reaches the index: the rejected tag no longer selects the response;
    // the untouched theme still selects all eleven.
    app.flush_index().await;
    let (_, interpreter) = app.search("theme=interpreter", &planner).await;
    let mut found = hit_ids(&interpreter);
    found.sort();
    assert_eq!(found, tagged[1..], "{interpreter}");
    let (_, waiting) = app.search("theme=waiting", &planner).await;
    assert_eq!(hit_ids(&waiting).len(), 11, "{waiting}");
    assert_eq!(
        app.delete_response(tagged[0], &app.admin_token).await,
        StatusCode::NO_CONTENT
    );
}

/// The theme count of a money theme among Norwegian texts.
fn theme_count(body: &Value, theme: &str) -> Option<u64> {
    body["facets"]["theme"]["values"]
        .as_array()
        .and_then(|v| v.iter().find(|v| v["value"] == theme))
        .and_then(|v| v["count"].as_u64())
}

/// The same texts read the same count however the search is asked (a facet value, a
/// total, under another filter that selects the same texts), so asking again in other
/// words never averages the noise away; counts under k are not listed.
#[tokio::test]
async fn the_same_texts_always_read_the_same_count() {
    let app = spawn_app().await;
    // Ten Norwegian texts about money, two English ones, and ten English about the weather.
    for i in 0..10 {
        app.submit(&text_answer(
            "kattem-skole",
            "nb",
            &format!("Vi har lite penger og mye gjeld nå {i}"),
        ))
        .await;
    }
    for i in 0..2 {
        app.submit(&text_answer(
            "kattem-skole",
            "en",
            &format!("We have very little money and debts {i}"),
        ))
        .await;
    }
    for i in 0..10 {
        app.submit(&text_answer(
            "kattem-skole",
            "en",
            &format!("The weather was lovely today {i}"),
        ))
        .await;
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, all) = app.search("", &planner).await;
    assert!(
        within_noise(&json!(theme_count(&all, "money")), 12),
        "{all}"
    );
    let (_, nb) = app.search("lang=nb", &planner).await;
    let money_nb = theme_count(&nb, "money");
    assert!(within_noise(&json!(money_nb), 10), "{nb}");
    // The Norwegian money texts, asked three other ways.
    let (_, unit_nb) = app.search("lang=nb&unit=kattem-skole", &planner).await;
    assert_eq!(theme_count(&unit_nb, "money"), money_nb, "{unit_nb}");
    let (_, filtered) = app.search("lang=nb&theme=money", &planner).await;
    assert_eq!(filtered["total"].as_u64(), money_nb, "{filtered}");
    let (_, by_word) = app.search("lang=nb&q=gjeld", &planner).await;
    assert_eq!(by_word["total"].as_u64(), money_nb, "{by_word}");
    let (_, en) = app.search("lang=en", &planner).await;
    assert_eq!(theme_count(&en, "money"), None, "2 is under k: {en}");
    assert_eq!(en["facets"]["theme"]["hidden"], true, "{en}");
}

#[tokio::test]
async fn counts_follow_new_answers_and_old_groups_keep_their_reading() {
    // Counts are kept per index generation: new texts must be counted after the next
    // commit, while a group nobody added to reads as before.
    let app = spawn_app().await;
    for i in 0..10 {
        app.submit(&text_answer(
            "kattem-skole",
            "nb",
            &format!("Vi har lite penger og mye gjeld nå {i}"),
        ))
        .await;
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (_, before) = app.search("lang=nb", &planner).await;
    let money_nb = theme_count(&before, "money");
    assert!(within_noise(&json!(money_nb), 10), "{before}");
    let (_, all_before) = app.search("", &planner).await;
    assert_eq!(
        theme_count(&all_before, "money"),
        money_nb,
        "the same ten texts"
    );
    for i in 0..6 {
        app.submit(&text_answer(
            "kattem-skole",
            "en",
            &format!("We have very little money and debts {i}"),
        ))
        .await;
    }
    app.flush_index().await;
    let (_, all) = app.search("", &planner).await;
    assert!(
        within_noise(&json!(theme_count(&all, "money")), 16),
        "{all}"
    );
    let (_, nb) = app.search("lang=nb", &planner).await;
    assert_eq!(theme_count(&nb, "money"), money_nb, "{nb}");
}

#[tokio::test]
async fn theme_counts_and_shares_follow_periods_and_dimensions() {
    let app = spawn_app().await;
    for i in 0..12 {
        app.submit(&text_answer(
            "kattem-skole",
            "nb",
            &format!("Vi trengte tolk på møtet {i}"),
        ))
        .await;
    }
    for i in 0..6 {
        app.submit(&text_answer(
            "kattem-skole",
            "nb",
            &format!("Alt var fint i dag {i}"),
        ))
        .await;
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let this_month =
        stemme::indicators::compute::Grain::Month.label(stemme::indicators::compute::this_month());
    let row = |rows: &Value, theme: &str, group: &str| {
        rows.as_array()
            .and_then(|r| {
                r.iter()
                    .find(|r| r["theme"] == theme && r["group"] == group)
            })
            .cloned()
            .unwrap_or_default()
    };
    let (status, by_month) = app
        .get_as(
            &format!("/api/v1/themes/trend?by=period&grain=month&to={this_month}"),
            &planner,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{by_month}");
    let now = row(&by_month, "interpreter", &this_month);
    assert!(within_noise(&now["count"], 12), "{by_month}");
    assert!(within_noise(&now["texts"], 18), "{by_month}");
    let (count, texts) = (
        now["count"].as_f64().unwrap_or(0.0),
        now["texts"].as_f64().unwrap_or(1.0),
    );
    assert_eq!(
        now["share"].as_f64(),
        Some(((count / texts) * 1e4).round() / 1e4),
        "{by_month}"
    );
    // Months without texts are withheld, not zero.
    let earlier = by_month
        .as_array()
        .and_then(|r| {
            r.iter()
                .find(|r| r["theme"] == "interpreter" && r["group"] != this_month.as_str())
        })
        .cloned()
        .unwrap_or_default();
    assert_eq!(earlier["suppressed"], true, "{by_month}");
    assert!(earlier["count"].is_null());

    let catalogue = app.get_json("/api/v1/catalogue").await;
    let district = catalogue["units"]
        .as_array()
        .and_then(|u| u.iter().find(|u| u["slug"] == "kattem-skole"))
        .map(|u| u["district"].as_str().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let (_, by_district) = app
        .get_as("/api/v1/themes/trend?by=district", &planner)
        .await;
    // The same twelve texts: the same reading.
    assert_eq!(
        row(&by_district, "interpreter", &district)["count"],
        now["count"],
        "{by_district}"
    );
    for bad in [
        "by=colour",
        "grain=week",
        "from=2026-05&to=2026-01",
        "unit=nowhere",
    ] {
        let (status, body) = app
            .get_as(&format!("/api/v1/themes/trend?{bad}"), &planner)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
        assert!(body["error"].is_string());
    }
}

/// Paging through the hits of a search whose unit facet hides a small unit does not
/// list that unit (nor its month or language) hit by hit.
#[tokio::test]
async fn hits_show_no_place_month_or_language_the_facets_hide() {
    let app = spawn_app().await;
    let groups = [
        ("kattem-skole", 8),
        ("saupstad-skole", 7),
        ("kattem-barnehage", 6),
        ("saupstad-barnehage", 2),
    ];
    for (unit, count) in groups {
        for i in 0..count {
            app.submit(&text_answer(
                unit,
                "nb",
                &format!("Tolken kom ikke {unit} {i}"),
            ))
            .await;
        }
    }
    app.flush_index().await;
    let planner = app.token(Role::Planner).await;
    let (status, body) = app.search("q=tolken&limit=50", &planner).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let shown: Vec<&str> = body["facets"]["unit"]["values"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v["value"].as_str())
        .collect();
    assert!(
        !shown.is_empty() && !shown.contains(&"saupstad-barnehage"),
        "{body}"
    );
    let hits = body["hits"].as_array().expect("hits");
    assert_eq!(hits.len(), 23);
    for hit in hits {
        let unit = hit["unit"].as_str();
        // A hit names its unit only where the facet does.
        assert!(unit.is_none_or(|u| shown.contains(&u)), "{hit}");
        assert!(hit.get("declared").is_none(), "{hit}");
    }
    let named = hits.iter().filter(|h| h["unit"].is_string()).count();
    let hidden = groups.iter().filter(|(u, _)| !shown.contains(u)).count();
    // With one unit hidden, no hit names its unit: the unnamed would all be its.
    let expected: usize = match hidden {
        1 => 0,
        _ => groups
            .iter()
            .filter(|(u, _)| shown.contains(u))
            .map(|(_, n)| *n)
            .sum(),
    };
    assert_eq!(named, expected, "{body}");
}
