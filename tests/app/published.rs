//! What is published: the public page per unit ("you said, we did") and the yearly
//! report. Both use the published k (10), and cover complete periods only.
use crate::helpers::{TestApp, spawn_app};
use reqwest::StatusCode;
use serde_json::Value;
use stemme::admin::Role;
use stemme::indicators::compute;

/// Stores answers to the parent survey's V1 question for `unit`, dated `month`
/// (YYYYMM, day 15): `yes` positive of `n`.
pub async fn answers_in(app: &TestApp, unit: &str, month: u32, n: usize, yes: usize) {
    answers_with(app, unit, "nb", None, month, n, yes).await;
}

/// `answers_in` in a language and with a respondent role.
pub async fn answers_with(
    app: &TestApp,
    unit: &str,
    lang: &str,
    role: Option<&str>,
    month: u32,
    n: usize,
    yes: usize,
) {
    let texts = vec![None; n];
    stored_answers(app, unit, lang, role, month, &texts, yes).await;
}

/// Positive answers (the first `yes`) with the given free texts, already processed
/// (their own redacted form, in `lang`), one answer a text.
pub async fn stored_answers(
    app: &TestApp,
    unit: &str,
    lang: &str,
    role: Option<&str>,
    month: u32,
    texts: &[Option<String>],
    yes: usize,
) {
    let catalogue = stemme::catalogue::CatalogueHandle::load(&app.db)
        .await
        .expect("catalogue")
        .get();
    let survey = catalogue.survey("parent").expect("parent survey");
    let question = survey
        .questions
        .iter()
        .find(|q| q.indicator.as_deref() == Some("V1"))
        .expect("a V1 question");
    let unit_id = catalogue.unit(unit).expect("unit").id;
    let date =
        chrono::NaiveDate::from_ymd_opt((month / 100) as i32, month % 100, 15).expect("date");
    let responses: Vec<stemme::intake::NewResponse> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let answers = vec![(question.db_id, if i < yes { "5" } else { "2" }.to_owned())];
            stemme::intake::NewResponse {
                facts: compute::facts_of(&catalogue, &answers),
                survey_id: survey.id,
                unit_id,
                lang: lang.to_owned(),
                role: role.map(str::to_owned),
                assisted_by: None,
                answers,
                processed: text.as_ref().map(|t| stemme::text::ProcessedText {
                    redacted: t.clone(),
                    lang_detected: lang.to_owned(),
                    lang_confidence: 0.9,
                }),
                text: text.clone(),
                submission_id: None,
                created_on: date,
                catalogue_revision: catalogue.revision,
                record_key: fastrand::u32(..),
            }
        })
        .collect();
    let refs: Vec<&stemme::intake::NewResponse> = responses.iter().collect();
    stemme::intake::insert_batch(&app.db, &refs)
        .await
        .expect("stored");
}

/// The numbers in cells marked as counts (`class="n"`).
pub fn shown_counts(html: &str) -> Vec<u64> {
    html.split("class=\"n\">")
        .skip(1)
        .filter_map(|rest| rest.split('<').next()?.trim().parse().ok())
        .collect()
}

#[tokio::test]
async fn the_unit_page_shows_complete_quarters_for_groups_of_ten_or_more() {
    let app = spawn_app().await;
    let now = compute::this_month();
    let (from, _) = stemme::indicators::public::last_four_quarters(now);
    // The oldest quarter of the year: 16 answers, 9 positive. The next: 7 answers (under
    // the published k of 10, though over the planners' 5), hidden. The third: 30, 15
    // positive. This month: 25, not published before the quarter is over. Shown
    // counts carry the noise of the cell-key method (at most 5).
    let quarter = |i: u32| (0..3 * i).fold(from, |m, _| compute::next_month(m));
    answers_in(&app, "saupstad-barnehage", quarter(0), 16, 9).await;
    answers_in(&app, "saupstad-barnehage", quarter(1), 7, 7).await;
    answers_in(&app, "saupstad-barnehage", quarter(2), 30, 15).await;
    answers_in(&app, "saupstad-barnehage", now, 25, 25).await;

    let r = app
        .client
        .get(app.url("/u/saupstad-barnehage?lang=en"))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.expect("body");
    assert!(html.contains("<html lang=\"en\""), "{html}");
    assert!(html.contains("Saupstad"), "the unit is named");
    let counts = shown_counts(&html);
    assert!(!counts.is_empty(), "some figure is shown: {html}");
    assert!(
        counts.iter().all(|&n| n >= 10),
        "published figures need 10: {counts:?}"
    );
    assert_eq!(counts.len(), 2, "{html}");
    assert!(
        counts[0].abs_diff(16) <= 5 && counts[1].abs_diff(30) <= 5,
        "{counts:?}"
    );
    assert!(html.contains("Fewer than 10 answers"), "{html}");
    assert!(html.contains("What we did"), "{html}");

    // Right to left in Arabic; unknown units are a friendly 404.
    let html = app
        .client
        .get(app.url("/u/saupstad-barnehage?lang=ar"))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("body");
    assert!(html.contains("dir=\"rtl\""));
    let r = app
        .client
        .get(app.url("/u/no-such-unit"))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.text().await.expect("body").contains("<html"));
}

#[tokio::test]
async fn the_thank_you_page_links_to_the_unit_page() {
    let app = spawn_app().await;
    let html = app
        .client
        .get(app.url("/s/parent/thanks?lang=nb&unit=kattem-skole"))
        .send()
        .await
        .expect("sent")
        .text()
        .await
        .expect("body");
    assert!(
        html.contains("href=\"&#x2f;u&#x2f;kattem-skole?lang=nb\""),
        "{html}"
    );
}

async fn report(app: &TestApp, query: &str, token: &str) -> (StatusCode, Value) {
    app.get_as(&format!("/api/v1/report?{query}"), token).await
}

#[tokio::test]
async fn the_yearly_report_has_a_table_per_outcome_area_with_published_k() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    let last_year = compute::this_month() / 100 - 1;
    // Last year: 80 answers in March (60 positive), 4 in May (all positive), 40 in
    // September (20 positive). Groups this size keep the change well clear of the
    // noise of the cell-key method in every run.
    answers_in(&app, "kattem-skole", last_year * 100 + 3, 80, 60).await;
    answers_in(&app, "kattem-skole", last_year * 100 + 5, 4, 4).await;
    answers_in(&app, "kattem-skole", last_year * 100 + 9, 40, 20).await;
    // The year before: 100 answers, 30 positive, for the change.
    answers_in(&app, "kattem-skole", (last_year - 1) * 100 + 3, 100, 30).await;
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

    let (status, body) = report(&app, &format!("year={last_year}&lang=en"), &planner).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["k"], 10);
    assert_eq!(body["through"], format!("{last_year}-12"));
    let tables = body["tables"].as_array().expect("tables");
    let areas: Vec<&str> = tables.iter().filter_map(|t| t["area"].as_str()).collect();
    assert_eq!(areas, ["voice", "O1", "O2", "O3", "O4", "O5", "O6"]);
    let voice = &tables[0]["rows"];
    let year_row = voice
        .as_array()
        .and_then(|rows| {
            rows.iter().find(|r| {
                r["indicator"] == "V1"
                    && r["period"].as_str() == Some(last_year.to_string().as_str())
            })
        })
        .expect("V1 for the year");
    // 84 of 124 = 67.7 %; a year before 30 of 100 = 30 %: about +38 points, beyond the
    // sampling noise (the counts carry the cell-key method's noise of at most 5, which
    // moves the change by a few points at most).
    let year_n = year_row["n"].as_u64().unwrap_or(0);
    assert!(year_n.abs_diff(124) <= 5, "{year_row}");
    let change = year_row["change"].as_f64().unwrap_or(0.0);
    assert!((28.0..48.0).contains(&change), "{year_row}");
    assert_eq!(year_row["change_significant"], true);
    // The second quarter (4) is hidden; the first and third show, each within the noise;
    // the difference of the year and the shown quarters does not give the hidden one.
    let quarters: Vec<&Value> = voice
        .as_array()
        .map(|rows| {
            rows.iter()
                .filter(|r| {
                    r["indicator"] == "V1" && r["period"].as_str().is_some_and(|p| p.contains('Q'))
                })
                .collect()
        })
        .unwrap_or_default();
    let shown: Vec<(&str, Option<bool>)> = quarters
        .iter()
        .map(|q| {
            let close = |truth: u64| q["n"].as_u64().map(|n| n.abs_diff(truth) <= 5);
            let period = q["period"].as_str().unwrap_or_default();
            let truth = if period.ends_with("Q1") { 80 } else { 40 };
            (period, close(truth))
        })
        .collect();
    let q = |i: u32| format!("{last_year}-Q{i}");
    assert_eq!(
        shown,
        [
            (q(1).as_str(), Some(true)),
            (q(2).as_str(), None),
            (q(3).as_str(), Some(true))
        ]
    );
    // Registry figures stand in their outcome area.
    assert!(
        tables
            .iter()
            .flat_map(|t| t["rows"].as_array().cloned().unwrap_or_default())
            .any(|r| r["kind"] == "registry" && r["source"].is_string()),
        "{body}"
    );
    // Nothing small anywhere.
    for t in tables {
        for r in t["rows"].as_array().expect("rows") {
            if let Some(n) = r["n"].as_u64() {
                assert!(n >= 10, "{r}");
            }
        }
    }

    // The same as CSV and XLSX.
    let r = app
        .client
        .get(app.url(&format!("/api/v1/report.csv?year={last_year}")))
        .bearer_auth(&planner)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::OK);
    let csv = r.text().await.expect("csv");
    assert!(
        csv.trim_start_matches('\u{feff}')
            .starts_with("area,kind,indicator,name,period")
    );
    assert!(csv.contains(&format!(",{year_n},")), "{csv}");
    let r = app
        .client
        .get(app.url(&format!("/api/v1/report.xlsx?year={last_year}")))
        .bearer_auth(&planner)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::OK);
    let bytes = r.bytes().await.expect("xlsx");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).expect("a zip");
    let workbook = {
        use std::io::Read;
        let mut s = String::new();
        zip.by_name("xl/workbook.xml")
            .expect("workbook")
            .read_to_string(&mut s)
            .expect("read");
        s
    };
    assert!(
        workbook.contains("name=\"voice\"") && workbook.contains("name=\"O6\""),
        "{workbook}"
    );

    // Bad years are clear errors; facilitators may not read it.
    for bad in [
        "year=abc",
        "year=1999",
        &format!("year={}", last_year + 2),
        "lang=xx",
    ] {
        let (status, body) = report(&app, bad, &planner).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {body}");
        assert!(body["error"].is_string() && body["message"].is_string());
    }
    let facilitator = app.token(Role::Facilitator).await;
    let (status, _) = report(&app, "", &facilitator).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Signed-in planners download it from the dashboard.
    let cookie = app.sign_in_as(Role::Planner, "/admin/dashboard").await;
    let (status, html) = app.staff_page("/admin/dashboard", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("action=\"/admin/report.xlsx\""), "{html}");
    let r = app
        .client
        .get(app.url(&format!("/admin/report.csv?year={last_year}")))
        .header("Cookie", &cookie)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.text()
            .await
            .expect("csv")
            .contains(&format!(",{year_n},"))
    );
}
