//! Indicators: known answers give figures within the noise of the cell-key method, with
//! shares and Wilson intervals built from the published counts; small groups and
//! uniform small groups are hidden, large ones beside them shown; default views end
//! with the last whole month; CSV and XLSX carry the same columns; bad requests get
//! clear errors.
use crate::helpers::{TestApp, spawn_app, to_now, within_noise};
use reqwest::StatusCode;
use serde_json::{Value, json};
use stemme::admin::Role;

async fn answer(app: &TestApp, unit: &str, lang: &str, helpful: u8, times: usize) {
    for _ in 0..times {
        app.submit(&json!({
            "survey": "parent", "unit": unit, "lang": lang,
            "answers": {"helpful": helpful},
        }))
        .await;
    }
}

async fn indicators(app: &TestApp, query: &str, token: &str) -> (StatusCode, Value) {
    app.get_as(&format!("/api/v1/indicators?{query}"), token)
        .await
}

fn row<'a>(rows: &'a Value, indicator: &str, group: &str) -> &'a Value {
    rows.as_array()
        .and_then(|rows| {
            rows.iter()
                .find(|r| r["indicator"] == indicator && r["group"] == group)
        })
        .unwrap_or(&Value::Null)
}

/// A shown row's share and interval are built from its published counts: the share
/// is positive/n of those, inside its Wilson interval.
fn consistent(row: &Value) -> bool {
    let (Some(n), Some(value)) = (row["n"].as_u64(), row["value"].as_f64()) else {
        return false;
    };
    let positive = (value * n as f64).round() as u64;
    let (low, high) = stemme::indicators::wilson(positive, n);
    let r = stemme::indicators::compute::round;
    (0.0..=1.0).contains(&value)
        && row["ci_low"].as_f64() == Some(r(low))
        && row["ci_high"].as_f64() == Some(r(high))
        && r(positive as f64 / n as f64) == value
}

#[tokio::test]
async fn known_answers_give_figures_within_the_noise_the_same_every_time() {
    let app = spawn_app().await;
    answer(&app, "saupstad-barnehage", "nb", 5, 12).await;
    answer(&app, "saupstad-barnehage", "nb", 2, 8).await;
    let planner = app.token(Role::Planner).await;
    let now = to_now();
    let (status, rows) = indicators(&app, &format!("indicator=V1&{now}"), &planner).await;
    assert_eq!(status, StatusCode::OK);
    let v1 = row(&rows, "V1", "all").clone();
    assert!(within_noise(&v1["n"], 20), "{rows}");
    assert_eq!(v1["suppressed"], false);
    assert!(consistent(&v1), "{v1}");
    let positive = (v1["value"].as_f64().unwrap_or(0.0) * v1["n"].as_f64().unwrap_or(0.0)).round();
    assert!((positive - 12.0).abs() <= 5.0, "{v1}");
    // The answers posted today belong to a month under way: marked as a figure so far.
    // Without `to` the API counts up to now, the same cell, so the same figure.
    assert_eq!(v1["so_far"], true, "{v1}");
    let (_, default) = indicators(&app, "indicator=V1", &planner).await;
    assert_eq!(row(&default, "V1", "all"), &v1, "{default}");

    // The same respondents read the same however they are asked: by year, by unit, and
    // again after a restart.
    let (_, by_period) = indicators(
        &app,
        &format!("indicator=V1&by=period&grain=year&{now}"),
        &planner,
    )
    .await;
    let year = stemme::indicators::compute::this_month() / 100;
    assert_eq!(
        row(&by_period, "V1", &year.to_string())["n"],
        v1["n"],
        "{by_period}"
    );
    let (_, by_unit) = indicators(&app, &format!("indicator=V1&by=unit&{now}"), &planner).await;
    assert_eq!(
        row(&by_unit, "V1", "saupstad-barnehage")["value"],
        v1["value"]
    );

    // The cube follows erasures and restarts: one positive answer erased leaves 11 of 19.
    assert_eq!(
        app.delete_response(1, &app.admin_token).await,
        StatusCode::NO_CONTENT
    );
    let app = app.restart().await;
    let (_, rows) = indicators(&app, &format!("indicator=V1&{now}"), &planner).await;
    let after = row(&rows, "V1", "all");
    assert!(within_noise(&after["n"], 19), "{rows}");
    assert!(consistent(after), "{after}");
}

#[tokio::test]
async fn small_groups_are_hidden_and_large_ones_shown_beside_them() {
    let app = spawn_app().await;
    answer(&app, "saupstad-barnehage", "nb", 5, 12).await;
    answer(&app, "saupstad-barnehage", "nb", 2, 8).await;
    answer(&app, "kattem-skole", "nb", 4, 3).await;
    let planner = app.token(Role::Planner).await;
    let now = to_now();

    let (_, rows) = indicators(&app, &format!("indicator=V1&by=unit&{now}"), &planner).await;
    let small = row(&rows, "V1", "kattem-skole");
    assert_eq!(small["suppressed"], true, "{rows}");
    assert_eq!(small["reason"], "too_few");
    for key in ["n", "value", "ci_low", "ci_high"] {
        assert!(small[key].is_null(), "{key} shown for a suppressed row");
    }
    // The large unit is shown beside it: the overall figure (23) minus it (20) does not
    // give the small one, since both carry their own noise.
    let large = row(&rows, "V1", "saupstad-barnehage");
    assert_eq!(large["suppressed"], false, "{rows}");
    assert!(within_noise(&large["n"], 20), "{rows}");
    let (_, all) = indicators(&app, &format!("indicator=V1&{now}"), &planner).await;
    assert!(within_noise(&row(&all, "V1", "all")["n"], 23), "{all}");
}

#[tokio::test]
async fn small_groups_that_all_answered_alike_are_hidden() {
    let app = spawn_app().await;
    // Seven who all agree: 100 % of a small group tells each one's answer, whatever
    // the noise does to the count.
    answer(&app, "saupstad-barnehage", "nb", 5, 7).await;
    let planner = app.token(Role::Planner).await;
    let now = to_now();
    let (_, rows) = indicators(&app, &format!("indicator=V1&{now}"), &planner).await;
    let all = row(&rows, "V1", "all");
    assert_eq!(all["suppressed"], true, "{rows}");
    assert!(
        all["reason"] == "uniform" || all["reason"] == "too_few",
        "{rows}"
    );

    // 20 in Bokmål and 2 in English: both the Bokmål figure and the overall one show,
    // the English one does not.
    answer(&app, "kattem-skole", "nb", 2, 13).await;
    answer(&app, "kattem-skole", "en", 4, 2).await;
    let (_, all) = indicators(&app, &format!("indicator=V1&{now}"), &planner).await;
    assert!(within_noise(&row(&all, "V1", "all")["n"], 22), "{all}");
    let (_, nb) = indicators(&app, &format!("indicator=V1&lang=nb&{now}"), &planner).await;
    assert!(within_noise(&row(&nb, "V1", "all")["n"], 20), "{nb}");
    let (_, en) = indicators(&app, &format!("indicator=V1&lang=en&{now}"), &planner).await;
    assert_eq!(row(&en, "V1", "all")["reason"], "too_few", "{en}");
}

#[tokio::test]
async fn every_format_has_the_same_columns_and_bad_requests_are_refused() {
    let app = spawn_app().await;
    answer(&app, "saupstad-barnehage", "nb", 5, 12).await;
    answer(&app, "saupstad-barnehage", "nb", 1, 12).await;
    let planner = app.token(Role::Planner).await;
    let now = to_now();
    let (_, json_rows) = indicators(&app, &format!("by=unit&{now}"), &planner).await;
    let shown = row(&json_rows, "V1", "saupstad-barnehage");
    let r = app
        .client
        .get(app.url(&format!("/api/v1/indicators.csv?by=unit&{now}")))
        .bearer_auth(&planner)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::OK);
    let text = r.text().await.expect("body");
    let header = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    assert_eq!(
        header,
        "indicator,group,n,value,ci_low,ci_high,suppressed,reason,so_far"
    );
    // The same cell as in JSON, figure for figure.
    let line = format!(
        "V1,saupstad-barnehage,{},{},{},{},false,,true",
        shown["n"], shown["value"], shown["ci_low"], shown["ci_high"]
    );
    assert!(text.lines().any(|l| l == line), "{line} in {text}");

    let r = app
        .client
        .get(app.url(&format!("/api/v1/indicators.xlsx?by=unit&{now}")))
        .bearer_auth(&planner)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::OK);
    let bytes = r.bytes().await.expect("body");
    assert!(bytes.starts_with(b"PK"), "an xlsx file is a zip archive");

    for (query, code) in [
        ("by=colour", "unknown_dimension"),
        ("from=2026-06&to=2026-01", "inverted_range"),
        ("from=2026-13", "invalid_period"),
        ("indicator=V99", "unknown_indicator"),
        ("unit=nowhere", "unknown_filter"),
        ("grain=week", "unknown_grain"),
    ] {
        let (status, body) = indicators(&app, query, &planner).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["error"], code, "{query}: {body}");
    }
    let r = app
        .client
        .get(app.url("/api/v1/indicators"))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // Periods with no answers give no rows, not an error.
    let (status, rows) = indicators(&app, "from=2001-01&to=2001-12", &planner).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rows, json!([]));
}

#[tokio::test]
async fn the_dashboard_shows_v1_by_district_and_zone_with_tables_and_hides_small_groups() {
    let app = spawn_app().await;
    answer(&app, "saupstad-barnehage", "nb", 5, 12).await;
    answer(&app, "saupstad-barnehage", "nb", 2, 8).await;
    answer(&app, "kattem-skole", "nb", 4, 3).await;
    answer(&app, "saupstad-skole", "nb", 4, 6).await;
    answer(&app, "saupstad-skole", "nb", 1, 5).await;
    let cookie = app.sign_in_as(Role::Planner, "/admin/dashboard").await;
    let now = to_now();
    let (status, html) = app
        .staff_page(&format!("/admin/dashboard?grain=year&{now}"), &cookie)
        .await;
    assert_eq!(status, StatusCode::OK);
    // V1 over all 34 (21 positive) as the API publishes it, and said to be protected.
    let planner = app.token(Role::Planner).await;
    let (_, rows) = indicators(&app, &format!("indicator=V1&{now}"), &planner).await;
    let v1 = row(&rows, "V1", "all");
    assert!(within_noise(&v1["n"], 34), "{rows}");
    let percent = format!("{:.1} %", v1["value"].as_f64().unwrap_or(0.0) * 100.0);
    assert!(html.contains(&percent), "{percent} in {html}");
    assert!(html.contains("Tallene er beskyttet") && html.contains("href=\"/admin/protection\""));
    let (status, explained) = app.staff_page("/admin/protection", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(explained.contains("høyst 5 svar"), "{explained}");
    assert!(
        html.contains("<svg role=\"img\""),
        "charts are SVG with a role"
    );
    assert!(html.contains("<table>"), "each chart has its table");
    assert!(
        html.contains("<td colspan=\"3\">For få svar (under 5)</td>"),
        "small groups say why they are hidden: {html}"
    );
    // Registry figures stand beside the families' own answers of the same outcome area.
    let example = std::fs::read_to_string("docs/registry-example.csv").expect("example file");
    let r = app
        .client
        .post(app.url("/api/v1/registry"))
        .bearer_auth(&app.admin_token)
        .body(example)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::CREATED);
    let (_, html) = app.staff_page("/admin/dashboard", &cookie).await;
    assert!(html.contains("Tall fra registrene"), "{html}");
    assert!(
        html.contains("Bufdir/SSB (Familieplanen)") && html.contains("Hele byen"),
        "{html}"
    );
    // Filters stay in the address; a bad one is a friendly error page, not a crash.
    let (status, _) = app
        .staff_page("/admin/dashboard?from=2026-13", &cookie)
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let cookie = app.sign_in_as(Role::Facilitator, "/admin/dashboard").await;
    let (status, _) = app.staff_page("/admin/dashboard", &cookie).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

async fn post_registry(app: &TestApp, body: &str, token: &str) -> (StatusCode, Value) {
    let r = app
        .client
        .post(app.url("/api/v1/registry"))
        .bearer_auth(token)
        .header("Content-Type", "text/csv")
        .body(body.to_owned())
        .send()
        .await
        .expect("sent");
    let status = r.status();
    (status, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn registry_figures_are_imported_whole_or_not_at_all() {
    let app = spawn_app().await;
    let example = std::fs::read_to_string("docs/registry-example.csv").expect("example file");
    let (status, body) = post_registry(&app, &example, &app.admin_token).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["imported"], 5);

    let bad = "indicator,area,period,value,source\n\
               O1,city,2024,12,SSB\n\
               O9,city,2024,12,SSB\n\
               O2,atlantis,2024,12,SSB\n\
               O3,city,2024-13,twelve,SSB\n";
    let (status, body) = post_registry(&app, bad, &app.admin_token).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "invalid_registry_file");
    let lines: Vec<u64> = body["lines"]
        .as_array()
        .map(|l| l.iter().filter_map(|e| e["line"].as_u64()).collect())
        .unwrap_or_default();
    assert_eq!(lines, vec![3, 4, 5], "{body}");
    assert!(
        body["lines"][2]["message"]
            .as_str()
            .is_some_and(|m| m.contains("period") && m.contains("number"))
    );

    let (status, body) = post_registry(&app, "indicator;area\nO1;city\n", &app.admin_token).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["lines"][0]["line"], 1, "{body}");

    let planner = app.token(Role::Planner).await;
    let (status, _) = post_registry(&app, &example, &planner).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, list) = app.get_as("/api/v1/registry", &planner).await;
    assert_eq!(
        list.as_array().map(Vec::len),
        Some(5),
        "nothing of the bad file was stored: {list}"
    );
}

#[tokio::test]
async fn exports_open_formulas_as_text_and_carry_only_redacted_text() {
    let app = spawn_app().await;
    let id = app
        .submit(&json!({
            "survey": "parent", "unit": "saupstad-barnehage", "lang": "nb",
            "answers": {"helpful": 4},
            "text": "=HYPERLINK(\"http://x\") ring 91234567",
        }))
        .await;
    let get = |path: &'static str, token: String| {
        let app = &app;
        async move {
            app.client
                .get(app.url(path))
                .bearer_auth(token)
                .send()
                .await
                .expect("sent")
        }
    };
    let csv_text = get("/api/v1/responses.csv", app.admin_token.clone())
        .await
        .text()
        .await
        .expect("csv");
    let mut reader = csv::Reader::from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let text_col = header
        .iter()
        .position(|h| h == "text_redacted")
        .expect("text column");
    let record = reader.records().next().expect("a row").expect("valid row");
    assert_eq!(&record[0], id.to_string());
    assert!(
        record[text_col].starts_with("'=HYPERLINK"),
        "{:?}",
        &record[text_col]
    );
    assert!(
        !csv_text.contains("91234567"),
        "only redacted text leaves: {csv_text}"
    );

    let json: Value = get("/api/v1/responses.json", app.admin_token.clone())
        .await
        .json()
        .await
        .expect("json array");
    assert_eq!(json[0]["id"], id);

    let bytes = get("/api/v1/responses.xlsx", app.admin_token.clone())
        .await
        .bytes()
        .await
        .expect("xlsx");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("zip");
    let mut strings = String::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("entry");
        let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
        if name.ends_with("sharedStrings.xml") || name.contains("sheet1.xml") {
            std::io::Read::read_to_string(&mut file, &mut strings).expect("read");
        }
    }
    assert!(
        strings.contains("&apos;=HYPERLINK") || strings.contains("'=HYPERLINK"),
        "{strings}"
    );
    assert!(!strings.contains("<f>"), "no formula cells");

    let planner = app.token(Role::Planner).await;
    assert_eq!(
        get("/api/v1/responses.csv", planner).await.status(),
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn planners_edit_the_indicator_catalogue_and_every_output_follows() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    let (status, list) = app.get_as("/api/v1/indicator-catalogue", &planner).await;
    assert_eq!(status, StatusCode::OK);
    let v1 = list
        .as_array()
        .and_then(|l| l.iter().find(|i| i["code"] == "V1"))
        .cloned()
        .unwrap_or_default();
    // V1 names the questions that count and which answers are positive.
    let questions = v1["questions"].as_array().cloned().unwrap_or_default();
    assert!(
        questions
            .iter()
            .any(|q| q["survey"] == "parent" && q["positive"] == json!(["4", "5"])),
        "{v1}"
    );

    let change = json!({
        "names": {"nb": "Hjelpen hjalp familien", "en": "The help helped the family"},
        "plan": "Familieplanen 2026: hjelpen hjelper",
        "outcome": "O5",
    });
    let (status, body) = app
        .put_as("/api/v1/indicator-catalogue/V1", &planner, &change)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["outcome"], "O5");
    // The admin pages and the dashboard use the new name at once.
    let cookie = app.sign_in_as(Role::Planner, "/admin/indicators").await;
    let (_, html) = app.staff_page("/admin/indicators", &cookie).await;
    assert!(html.contains("Hjelpen hjalp familien"), "{html}");
    assert!(
        html.contains("Familieplanen 2026: hjelpen hjelper"),
        "{html}"
    );
    let v1_entry = html
        .split("id=\"ind-v1\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap_or_default();
    assert!(
        v1_entry.contains("<dd>O5 "),
        "V1 now names its outcome area: {v1_entry}"
    );
    let (_, dashboard) = app.staff_page("/admin/dashboard", &cookie).await;
    assert!(dashboard.contains("Hjelpen hjalp familien"), "{dashboard}");

    // Bad changes are refused with what is wrong.
    for (code, body, status, word) in [
        (
            "V99",
            json!({"names": {"nb": "X"}}),
            StatusCode::NOT_FOUND,
            "V99",
        ),
        (
            "V1",
            json!({"names": {"en": "X"}}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "Bokmål",
        ),
        (
            "V1",
            json!({"names": {"nb": "X"}, "outcome": "V2"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "outcome",
        ),
        (
            "O1",
            json!({"names": {"nb": "X"}, "outcome": "O2"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "voice",
        ),
        (
            "V1",
            json!({"names": {"nb": "X"}, "plan": " "}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "plan",
        ),
    ] {
        let (got, answer) = app
            .put_as(
                &format!("/api/v1/indicator-catalogue/{code}"),
                &planner,
                &body,
            )
            .await;
        assert_eq!(got, status, "{code} {body}: {answer}");
        assert!(
            answer["message"].as_str().is_some_and(|m| m.contains(word)),
            "{answer}"
        );
    }

    // The change is kept in the database.
    let app = app.restart().await;
    let planner = app.token(Role::Planner).await;
    let (_, list) = app.get_as("/api/v1/indicator-catalogue", &planner).await;
    let v1 = list
        .as_array()
        .and_then(|l| l.iter().find(|i| i["code"] == "V1"))
        .cloned()
        .unwrap_or_default();
    assert_eq!(v1["names"]["nb"], "Hjelpen hjalp familien", "{v1}");
    assert_eq!(v1["outcome"], "O5");
}

#[tokio::test]
async fn the_indicator_form_keeps_what_was_typed_and_needs_the_session_token() {
    let app = spawn_app().await;
    let cookie = app.sign_in_as(Role::Planner, "/admin/indicators/V1").await;
    let (status, form) = app.staff_page("/admin/indicators/V1", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    let csrf = crate::helpers::csrf_token(&form);
    let post = |fields: Vec<(&'static str, String)>| {
        let (app, cookie) = (&app, &cookie);
        async move {
            app.staff_post("/admin/indicators/V1", cookie, &fields)
                .await
        }
    };
    let r = post(vec![
        ("csrf", csrf.clone()),
        ("plan", "Familieplanen".into()),
        ("outcome", "".into()),
        ("name_nb", "".into()),
        ("name_en", "Helpful".into()),
    ])
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap_or_default();
    assert!(
        html.contains("Bokmål") && html.contains("value=\"Helpful\""),
        "{html}"
    );
    let r = post(vec![
        ("csrf", "forged".into()),
        ("plan", "X".into()),
        ("name_nb", "X".into()),
    ])
    .await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = post(vec![
        ("csrf", csrf),
        ("plan", "Familieplanen".into()),
        ("outcome", "O1".into()),
        ("name_nb", "Hjelpen var god".into()),
    ])
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.staff_page("/admin/indicators?saved=V1", &cookie).await;
    assert!(html.contains("Hjelpen var god er lagret"), "{html}");
}

#[tokio::test]
async fn admins_upload_registry_figures_on_a_page_whole_or_not_at_all() {
    let app = spawn_app().await;
    let cookie = app.sign_in_as(Role::Admin, "/admin/registry").await;
    let (status, page) = app.staff_page("/admin/registry", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("enctype=\"multipart/form-data\""), "{page}");
    let csrf = crate::helpers::csrf_token(&page);
    let upload = |csrf: String, file: String| {
        let (app, cookie) = (&app, &cookie);
        async move {
            let form = reqwest::multipart::Form::new().text("csrf", csrf).part(
                "file",
                reqwest::multipart::Part::text(file).file_name("figures.csv"),
            );
            app.client
                .post(app.url("/admin/registry"))
                .header("Cookie", cookie)
                .multipart(form)
                .send()
                .await
                .expect("sent")
        }
    };
    // A bad line: nothing stored, the line named.
    let bad = "indicator,area,period,value,source\nO1,city,2024,12.5,SSB\nO9,city,2024,x,SSB\n";
    let r = upload(csrf.clone(), bad.to_owned()).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = r.text().await.unwrap_or_default();
    assert!(html.contains("Linje 3"), "{html}");
    let (_, figures) = app.get_as("/api/v1/registry", &app.admin_token).await;
    assert_eq!(figures.as_array().map(Vec::len), Some(0), "{figures}");
    // Without the session's token: refused.
    let r = upload("forged".into(), bad.to_owned()).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The example file: stored, counted, listed.
    let example = std::fs::read_to_string("docs/registry-example.csv").expect("example file");
    let r = upload(csrf, example).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let (_, html) = app.staff_page(&location, &cookie).await;
    assert!(html.contains("er lagret"), "{html}");
    assert!(html.contains("Bufdir"), "{html}");
    // Planners may look at the dashboard's figures, but not upload.
    let cookie = app.sign_in_as(Role::Planner, "/admin/registry").await;
    let (status, _) = app.staff_page("/admin/registry", &cookie).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn default_views_show_whole_months_and_the_month_under_way_only_when_asked() {
    use stemme::indicators::compute;
    let app = spawn_app().await;
    let now = compute::this_month();
    let before = compute::previous_month(now);
    crate::published::answers_in(&app, "kattem-skole", before, 20, 12).await;
    crate::published::answers_in(&app, "kattem-skole", now, 2, 1).await;
    let planner = app.token(Role::Planner).await;
    let label = |m: u32| compute::Grain::Month.label(m);
    // Whole months: last month's 20 show, and nothing is "so far".
    let (_, rows) = indicators(
        &app,
        &format!("indicator=V1&to={}", label(before)),
        &planner,
    )
    .await;
    let all = row(&rows, "V1", "all");
    assert!(within_noise(&all["n"], 20), "{rows}");
    assert_eq!(all["so_far"], false);
    // A window that runs into this month (the API's default) is shown, and marked as a
    // figure so far; it is never hidden for a reason nobody can see (the old "window
    // edge", which hid the 22 because the 2 of this month were few).
    for q in [
        format!("indicator=V1&from={}", label(before)),
        "indicator=V1".to_owned(),
    ] {
        let (_, rows) = indicators(&app, &q, &planner).await;
        let all = row(&rows, "V1", "all");
        assert!(within_noise(&all["n"], 22), "{q}: {rows}");
        assert_eq!(all["so_far"], true, "{rows}");
    }
    // By month: the month under way is the small group it is, and says so.
    let (_, rows) = indicators(
        &app,
        &format!(
            "indicator=V1&by=period&from={}&to={}",
            label(before),
            label(now)
        ),
        &planner,
    )
    .await;
    assert_eq!(row(&rows, "V1", &label(now))["reason"], "too_few", "{rows}");
    assert_eq!(row(&rows, "V1", &label(now))["so_far"], true, "{rows}");
    assert_eq!(row(&rows, "V1", &label(before))["so_far"], false, "{rows}");
    // The dashboard's default window is whole months.
    let cookie = app.sign_in_as(Role::Planner, "/admin/dashboard").await;
    let (_, html) = app.staff_page("/admin/dashboard", &cookie).await;
    assert!(
        html.contains(&format!("name=\"to\" value=\"{}\"", label(before))),
        "{html}"
    );
}
