//! Role boundaries: every protected route refuses the roles that must not use it, and a
//! unit lead reads their own units only (asking for another unit's text by id finds
//! nothing).
use crate::helpers::{TestApp, parent_answer, spawn_app, text_answer};
use reqwest::StatusCode;
use stemme::admin::Role;

const ALL: [Role; 4] = [
    Role::Admin,
    Role::Planner,
    Role::Facilitator,
    Role::UnitLead,
];
const UNIT: &str = "saupstad-skole";
const OTHER_UNIT: &str = "kattem-skole";

async fn token_for(app: &TestApp, role: Role) -> String {
    match role {
        Role::UnitLead => {
            stemme::admin::create_unit_token(&app.db, "lead", &[UNIT.into()], "test", 0)
                .await
                .expect("token")
        }
        Role::Admin => app.admin_token.clone(),
        other => app.token(other).await,
    }
}

async fn session_for(app: &TestApp, role: Role) -> String {
    let units: &[&str] = if role == Role::UnitLead { &[UNIT] } else { &[] };
    let username = app.user(role, units).await;
    app.sign_in(&username, crate::helpers::TEST_PASSWORD, "/admin/account")
        .await
}

#[tokio::test]
async fn each_api_route_refuses_the_roles_that_must_not_use_it() {
    let app = spawn_app().await;
    let mut answer = parent_answer();
    answer["unit"] = UNIT.into();
    let id = app.submit(&answer).await;
    let routes: Vec<(String, &[Role])> = vec![
        (
            format!("/api/v1/responses/{id}"),
            &[Role::Admin, Role::Planner, Role::UnitLead],
        ),
        (format!("/api/v1/responses/{id}/raw"), &[Role::Admin]),
        ("/api/v1/responses.csv".into(), &[Role::Admin]),
        (
            "/api/v1/search?q=x".into(),
            &[Role::Admin, Role::Planner, Role::UnitLead],
        ),
        (
            "/api/v1/indicators".into(),
            &[Role::Admin, Role::Planner, Role::UnitLead],
        ),
        (
            "/api/v1/indicators.csv".into(),
            &[Role::Admin, Role::Planner, Role::UnitLead],
        ),
        ("/api/v1/report".into(), &[Role::Admin, Role::Planner]),
        ("/api/v1/themes".into(), &[Role::Admin, Role::Planner]),
        ("/api/v1/themes/trend".into(), &[Role::Admin, Role::Planner]),
        (
            "/api/v1/indicator-catalogue".into(),
            &[Role::Admin, Role::Planner],
        ),
        ("/api/v1/registry".into(), &[Role::Admin, Role::Planner]),
        ("/api/v1/redaction/names".into(), &[Role::Admin]),
        (
            "/api/v1/workshops".into(),
            &[Role::Admin, Role::Facilitator],
        ),
        ("/api/v1/follow-up".into(), &[Role::Admin, Role::Planner]),
    ];
    for role in ALL {
        let token = token_for(&app, role).await;
        for (path, allowed) in &routes {
            let (status, _) = app.get_as(path, &token).await;
            if allowed.contains(&role) {
                assert!(status.is_success(), "{role} may GET {path}: {status}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{role} must not GET {path}");
            }
        }
        if role != Role::Admin {
            assert_eq!(
                app.delete_response(id, &token).await,
                StatusCode::FORBIDDEN,
                "{role} must not erase"
            );
        }
    }
}

#[tokio::test]
async fn each_staff_page_refuses_the_roles_that_must_not_see_it() {
    let app = spawn_app().await;
    let pages: [(&str, &[Role]); 16] = [
        (
            "/admin/dashboard",
            &[Role::Admin, Role::Planner, Role::UnitLead],
        ),
        (
            "/admin/search",
            &[Role::Admin, Role::Planner, Role::UnitLead],
        ),
        ("/admin/indicators", &[Role::Admin, Role::Planner]),
        ("/admin/themes", &[Role::Admin, Role::Planner]),
        ("/admin/report.csv", &[Role::Admin, Role::Planner]),
        ("/admin/follow-up", &[Role::Admin, Role::Planner]),
        ("/admin/workshops", &[Role::Admin, Role::Facilitator]),
        ("/admin/registry", &[Role::Admin]),
        ("/admin/users", &[Role::Admin]),
        ("/admin/audit", &[Role::Admin]),
        ("/admin/catalogue", &[Role::Admin]),
        ("/admin/catalogue/surveys/parent", &[Role::Admin]),
        (
            "/admin/catalogue/surveys/parent/questions/helpful",
            &[Role::Admin],
        ),
        ("/admin/catalogue/places", &[Role::Admin]),
        ("/admin/catalogue/units/saupstad-barnehage", &[Role::Admin]),
        ("/admin/account", &ALL),
    ];
    for role in ALL {
        let cookie = session_for(&app, role).await;
        for (path, allowed) in pages {
            let (status, _) = app.staff_page(path, &cookie).await;
            if allowed.contains(&role) {
                assert_eq!(status, StatusCode::OK, "{role} may open {path}");
            } else {
                assert_eq!(status, StatusCode::FORBIDDEN, "{role} must not open {path}");
            }
        }
    }
}

#[tokio::test]
async fn a_unit_lead_reads_their_own_units_only() {
    let app = spawn_app().await;
    let (mut own, mut other) = (0, 0);
    for i in 0..10 {
        own = app
            .submit(&text_answer(
                UNIT,
                "nb",
                &format!("Helsesykepleieren hjalp oss mye {i}"),
            ))
            .await;
        other = app
            .submit(&text_answer(
                OTHER_UNIT,
                "nb",
                &format!("Helsesykepleieren hjalp oss ikke {i}"),
            ))
            .await;
    }
    let lead = token_for(&app, Role::UnitLead).await;

    // Another unit's text, asked for by id, is not there.
    assert_eq!(app.get_response(own, &lead).await.0, StatusCode::OK);
    assert_eq!(
        app.get_response(other, &lead).await.0,
        StatusCode::NOT_FOUND
    );
    let planner = app.token(Role::Planner).await;
    assert_eq!(app.get_response(other, &planner).await.0, StatusCode::OK);

    // Another unit's figures and texts are refused; without a unit, their own is chosen.
    for path in [
        format!("/api/v1/indicators?unit={OTHER_UNIT}"),
        format!("/api/v1/search?q=hjalp&unit={OTHER_UNIT}"),
    ] {
        assert_eq!(
            app.get_as(&path, &lead).await.0,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let (status, rows) = app
        .get_as(
            &format!("/api/v1/indicators?by=unit&{}", crate::helpers::to_now()),
            &lead,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let groups: Vec<&str> = rows
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["group"].as_str())
        .collect();
    assert!(
        !groups.is_empty() && groups.iter().all(|g| *g == UNIT),
        "{groups:?}"
    );
    app.flush_index().await;
    let (status, found) = app.get_as("/api/v1/search?q=hjalp", &lead).await;
    assert_eq!(status, StatusCode::OK);
    assert!(crate::helpers::within_noise(&found["total"], 10), "{found}");
    let hits = found["hits"].as_array().expect("hits");
    assert!(
        hits.len() == 10 && hits.iter().all(|h| h["unit"] == UNIT),
        "{found}"
    );

    // On the pages: the dashboard and search of another unit are refused.
    let cookie = session_for(&app, Role::UnitLead).await;
    for path in [
        format!("/admin/dashboard?unit={OTHER_UNIT}"),
        format!("/admin/search?q=hjalp&unit={OTHER_UNIT}"),
    ] {
        assert_eq!(
            app.staff_page(&path, &cookie).await.0,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    let (status, page) = app.staff_page("/admin/dashboard", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !page.contains(&format!("value=\"{OTHER_UNIT}\"")),
        "only their units are offered"
    );
    assert!(
        !page.contains("/admin/report.xlsx"),
        "no report download for unit leads"
    );
}
