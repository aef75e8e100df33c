//! Staff accounts and sessions: sign-in, fixation, logout and disabling that end sessions
//! on the server, timeouts, throttling that does not lock the owner out, cookie flags,
//! security headers, CSRF on every staff form, the audit log.
use crate::helpers::{TEST_PASSWORD, csrf_token, spawn_app, spawn_app_with, text_answer};
use reqwest::StatusCode;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use stemme::admin::Role;

/// A page with a cookie; the status and, for a redirect, where to.
async fn visit(app: &crate::helpers::TestApp, path: &str, cookie: &str) -> (StatusCode, String) {
    let r = app
        .client
        .get(app.url(path))
        .header("Cookie", cookie)
        .send()
        .await
        .expect("sent");
    let location = r
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (r.status(), location)
}

fn signed_out((status, location): (StatusCode, String)) -> bool {
    status == StatusCode::SEE_OTHER && location.starts_with("/admin/login")
}

async fn login_attempt(
    app: &crate::helpers::TestApp,
    username: &str,
    password: &str,
    cookie: Option<&str>,
) -> reqwest::Response {
    let (login_cookie, csrf) = app.login_form().await;
    let cookies = match cookie {
        Some(c) => format!("{login_cookie}; {c}"),
        None => login_cookie,
    };
    app.client
        .post(app.url("/admin/login"))
        .header("Cookie", cookies)
        .form(&[
            ("username", username),
            ("password", password),
            ("next", "/admin/account"),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await
        .expect("sent")
}

fn set_cookie(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

#[tokio::test]
async fn signing_in_makes_a_new_session_that_logout_ends_on_the_server() {
    let app = spawn_app().await;
    let planner = app.user(Role::Planner, &[]).await;
    // Fixation: a session id planted before sign-in is never the one that is valid after.
    let planted = "stemme_staff=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    let r = login_attempt(&app, &planner, TEST_PASSWORD, Some(planted)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let cookie = set_cookie(&r, "stemme_staff").expect("a session cookie");
    let session = cookie.split(';').next().unwrap_or_default().to_owned();
    assert_ne!(session, planted);
    assert!(signed_out(visit(&app, "/admin/account", planted).await));
    assert_eq!(
        visit(&app, "/admin/account", &session).await.0,
        StatusCode::OK
    );
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/admin"] {
        assert!(cookie.contains(flag), "{flag} in {cookie}");
    }
    assert!(
        !cookie.contains("Secure"),
        "no Secure without TLS: {cookie}"
    );

    // Logout needs the CSRF token, then the session is over even if the cookie is kept.
    let (_, page) = app.staff_page("/admin/account", &session).await;
    let csrf = csrf_token(&page);
    let r = app
        .staff_post("/admin/logout", &session, &[("csrf", csrf)])
        .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert!(signed_out(visit(&app, "/admin/account", &session).await));

    let logged = entity::prelude::AuditLog::find()
        .filter(entity::audit_log::Column::Actor.eq(planner.as_str()))
        .all(&app.db)
        .await
        .unwrap();
    let actions: Vec<&str> = logged.iter().map(|e| e.action.as_str()).collect();
    assert!(
        actions.contains(&"login") && actions.contains(&"logout"),
        "{actions:?}"
    );
}

#[tokio::test]
async fn cookies_are_secure_behind_tls() {
    let app = spawn_app_with(|s| s.secure_cookies = true).await;
    let planner = app.user(Role::Planner, &[]).await;
    let r = login_attempt(&app, &planner, TEST_PASSWORD, None).await;
    let cookie = set_cookie(&r, "stemme_staff").expect("a session cookie");
    assert!(cookie.contains("Secure"), "{cookie}");
    assert!(set_cookie(&r, "stemme_device").is_some_and(|c| c.contains("Secure")));
}

#[tokio::test]
async fn idle_and_old_sessions_end() {
    let app = spawn_app().await;
    let idle = app.sign_in_as(Role::Planner, "/admin/account").await;
    let old = app.sign_in_as(Role::Planner, "/admin/account").await;
    let hash_of = |cookie: &str| {
        use sha2::Digest;
        let secret = cookie.split_once('=').map(|(_, v)| v).unwrap_or_default();
        sha2::Sha256::digest(secret.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let now = chrono::Utc::now();
    entity::prelude::StaffSession::update(entity::staff_session::ActiveModel {
        id_hash: Set(hash_of(&idle)),
        last_seen_at: Set(now - chrono::Duration::minutes(31)),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    entity::prelude::StaffSession::update(entity::staff_session::ActiveModel {
        id_hash: Set(hash_of(&old)),
        created_at: Set(now - chrono::Duration::hours(11)),
        ..Default::default()
    })
    .exec(&app.db)
    .await
    .unwrap();
    assert!(signed_out(visit(&app, "/admin/account", &idle).await));
    assert!(signed_out(visit(&app, "/admin/account", &old).await));
}

#[tokio::test]
async fn unknown_users_and_wrong_passwords_get_the_same_answer() {
    let app = spawn_app().await;
    let planner = app.user(Role::Planner, &[]).await;
    let wrong = login_attempt(&app, &planner, "not the password at all", None).await;
    let unknown = login_attempt(&app, "nobody-here", "not the password at all", None).await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    // Each form carries its own sign-in token; apart from it, the pages are the same.
    let same = |page: String, name: &str| {
        page.replace(&csrf_token(&page), "TOKEN")
            .replace(name, "NAME")
    };
    let a = same(wrong.text().await.unwrap(), &planner);
    let b = same(unknown.text().await.unwrap(), "nobody-here");
    assert_eq!(a, b);
}

#[tokio::test]
async fn guessing_is_throttled_without_locking_out_the_owner() {
    let app = spawn_app().await;
    let planner = app.user(Role::Planner, &[]).await;
    // The owner signed in from this browser before: it carries a device mark.
    let r = login_attempt(&app, &planner, TEST_PASSWORD, None).await;
    let device = set_cookie(&r, "stemme_device")
        .and_then(|c| c.split(';').next().map(str::to_owned))
        .expect("device cookie");
    for _ in 0..5 {
        let r = login_attempt(&app, &planner, "a wrong guess", None).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    // The attacker is now refused even with the right password...
    let r = login_attempt(&app, &planner, TEST_PASSWORD, None).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    // ...and the owner's browser still gets in.
    let r = login_attempt(&app, &planner, TEST_PASSWORD, Some(&device)).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let throttled = entity::prelude::AuditLog::find()
        .filter(entity::audit_log::Column::Action.eq("login.throttled"))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(throttled.len(), 1);
}

#[tokio::test]
async fn one_address_may_only_try_a_few_times_a_minute() {
    let app = spawn_app_with(|s| s.login_attempts_per_min = 3).await;
    let planner = app.user(Role::Planner, &[]).await;
    for name in ["a1", "b2", "c3"] {
        let r = login_attempt(&app, name, "whatever it is", None).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = login_attempt(&app, &planner, TEST_PASSWORD, None).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn disabling_a_user_ends_their_sessions_and_roles_are_audited() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/users").await;
    let planner = app.user(Role::Planner, &[]).await;
    let planner_session = app
        .sign_in(&planner, TEST_PASSWORD, "/admin/dashboard")
        .await;
    assert_eq!(
        visit(&app, "/admin/dashboard", &planner_session).await.0,
        StatusCode::OK
    );
    let id = stemme::admin::users::find(&app.db, &planner)
        .await
        .unwrap()
        .expect("user")
        .id;
    let (_, page) = app.staff_page("/admin/users", &admin).await;
    let csrf = csrf_token(&page);

    // A role change applies at once: a facilitator may not open the dashboard.
    let r = app
        .staff_post(
            &format!("/admin/users/{id}"),
            &admin,
            &[
                ("csrf", csrf.clone()),
                ("action", "role".into()),
                ("role", "facilitator".into()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        visit(&app, "/admin/dashboard", &planner_session).await.0,
        StatusCode::FORBIDDEN
    );
    let r = app
        .staff_post(
            &format!("/admin/users/{id}"),
            &admin,
            &[("csrf", csrf.clone()), ("action", "disable".into())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(signed_out(
        visit(&app, "/admin/account", &planner_session).await
    ));
    let r = login_attempt(&app, &planner, TEST_PASSWORD, None).await;
    assert_eq!(
        r.status(),
        StatusCode::UNAUTHORIZED,
        "a disabled user cannot sign in"
    );

    // The first-start admin may be disabled while another admin remains; the last may not.
    let admins: Vec<_> = stemme::admin::users::list(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|u| u.role == "admin")
        .collect();
    let first = admins
        .iter()
        .find(|u| u.username == "admin")
        .expect("first admin");
    let me = admins
        .iter()
        .find(|u| u.username != "admin")
        .expect("signed-in admin");
    for (id, expected) in [
        (first.id, StatusCode::OK),
        (me.id, StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        let r = app
            .staff_post(
                &format!("/admin/users/{id}"),
                &admin,
                &[("csrf", csrf.clone()), ("action", "disable".into())],
            )
            .await;
        assert_eq!(r.status(), expected);
    }

    // The audit page shows the role change and the disabling, filtered by action.
    let (status, page) = app.staff_page("/admin/audit?action=user", &admin).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("user.role") && page.contains("planner → facilitator"),
        "{page}"
    );
    assert!(page.contains("user.disable"));
    assert!(!page.contains(">login<"), "filtered to user actions");
}

#[tokio::test]
async fn the_audit_log_never_holds_what_citizens_wrote() {
    let app = spawn_app().await;
    let secret = "Vi bor i kommunal bolig i Lademoen og naboen truer oss";
    let id = app
        .submit(&text_answer("saupstad-skole", "nb", secret))
        .await;
    let (status, _) = app
        .get_as(&format!("/api/v1/responses/{id}/raw"), &app.admin_token)
        .await;
    assert_eq!(status, StatusCode::OK);
    let planner = app.token(Role::Planner).await;
    let r = app
        .client
        .get(app.url("/api/v1/indicators.csv"))
        .bearer_auth(&planner)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let admin = app.sign_in_as(Role::Admin, "/admin/audit").await;
    let (_, page) = app.staff_page("/admin/audit", &admin).await;
    assert!(page.contains("response.read_raw"), "{page}");
    assert!(page.contains("export.indicators.csv"), "{page}");
    let all = entity::prelude::AuditLog::find()
        .all(&app.db)
        .await
        .unwrap();
    for entry in all {
        let text = format!("{entry:?}");
        assert!(
            !text.contains("Lademoen") && !text.contains("truer"),
            "{text}"
        );
    }
}

/// Every staff form refuses a post without the session's CSRF token, or from another site.
#[tokio::test]
async fn every_staff_form_needs_the_csrf_token() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/users").await;
    let (_, page) = app.staff_page("/admin/users", &admin).await;
    let csrf = csrf_token(&page);
    let forms = [
        "/admin/logout",
        "/admin/users",
        "/admin/users/1",
        "/admin/account",
        "/admin/themes/money",
        "/admin/indicators/V1",
        "/admin/workshops",
        "/admin/workshops/1",
        "/admin/workshops/1/proposals",
        "/admin/workshops/1/actions",
        "/admin/actions/1",
        "/admin/catalogue/surveys/parent",
        "/admin/catalogue/surveys/parent/questions",
        "/admin/catalogue/surveys/parent/questions/helpful",
        "/admin/catalogue/districts/heimdal",
        "/admin/catalogue/zones/saupstad",
        "/admin/catalogue/units/saupstad-barnehage",
    ];
    for path in forms {
        let r = app
            .staff_post(
                path,
                &admin,
                &[("csrf", "forged".into()), ("action", "disable".into())],
            )
            .await;
        assert_eq!(
            r.status(),
            StatusCode::FORBIDDEN,
            "{path} without the token"
        );
        let r = app
            .client
            .post(app.url(path))
            .header("Cookie", &admin)
            .header("Sec-Fetch-Site", "cross-site")
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status(),
            StatusCode::FORBIDDEN,
            "{path} from another site"
        );
    }
    // The registry upload is a multipart form; it checks the token too.
    let form = reqwest::multipart::Form::new().text("csrf", "forged").part(
        "file",
        reqwest::multipart::Part::bytes(b"indicator\n".to_vec()).file_name("x.csv"),
    );
    let r = app
        .client
        .post(app.url("/admin/registry"))
        .header("Cookie", &admin)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // Nothing changed: the admin is still signed in and active.
    assert_eq!(visit(&app, "/admin/users", &admin).await.0, StatusCode::OK);
}

#[tokio::test]
async fn staff_pages_carry_the_security_headers() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/users").await;
    for path in ["/admin/users", "/admin/login", "/admin/dashboard", "/"] {
        let r = app
            .client
            .get(app.url(path))
            .header("Cookie", &admin)
            .send()
            .await
            .unwrap();
        let h = |name: &str| {
            r.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        let csp = h("content-security-policy");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert_eq!(h("x-content-type-options"), "nosniff");
        assert_eq!(h("referrer-policy"), "same-origin");
        assert!(h("cache-control").contains("no-store"), "{path}");
    }
}

#[tokio::test]
async fn an_admin_creates_an_account_whose_password_is_shown_once() {
    let app = spawn_app().await;
    let admin = app.sign_in_as(Role::Admin, "/admin/users").await;
    let (_, page) = app.staff_page("/admin/users", &admin).await;
    let csrf = csrf_token(&page);
    let r = app
        .staff_post(
            "/admin/users",
            &admin,
            &[
                ("csrf", csrf.clone()),
                ("username", "Kari.Lead".into()),
                ("display_name", "Kari".into()),
                ("role", "unit_lead".into()),
                ("units", "saupstad-skole".into()),
                ("password", String::new()),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = crate::helpers::page_text(r.text().await.unwrap());
    let password = page
        .split("<code class=\"secret\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the generated password is shown")
        .to_owned();
    let cookie = app.sign_in("kari.lead", &password, "/admin/account").await;
    let (_, account) = app.staff_page("/admin/account", &cookie).await;
    assert!(account.contains("saupstad-skole"), "{account}");
    // A unit lead without units, a short password and an unknown unit are refused.
    for (units, password) in [
        ("", "long enough password"),
        ("saupstad-skole", "short"),
        ("nowhere", "long enough password"),
    ] {
        let r = app
            .staff_post(
                "/admin/users",
                &admin,
                &[
                    ("csrf", csrf.clone()),
                    ("username", "another".into()),
                    ("display_name", "Another".into()),
                    ("role", "unit_lead".into()),
                    ("units", units.into()),
                    ("password", password.into()),
                ],
            )
            .await;
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{units} {password}"
        );
    }
    assert!(
        stemme::admin::users::find(&app.db, "another")
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn the_identity_provider_is_offered_and_its_failures_are_explained() {
    // A provider that cannot be reached (nothing listens on port 1).
    let app = spawn_app_with(|s| {
        s.oidc = Some(stemme::config::OidcSettings {
            issuer: "http://127.0.0.1:1".into(),
            client_id: "stemme".into(),
            client_secret: "secret".into(),
            roles: stemme::config::parse_oidc_roles("planleggere=planner").expect("valid"),
            groups_claim: "groups".into(),
            scopes: vec!["profile".into()],
            name: "Kommunens innlogging".into(),
        })
    })
    .await;
    // No session: an empty cookie.
    let (_, page) = app
        .staff_page("/admin/login?next=/admin/dashboard&lang=nb", "")
        .await;
    assert!(page.contains("Logg inn med Kommunens innlogging"), "{page}");
    assert!(
        page.contains("/admin/login/oidc?next=/admin/dashboard"),
        "{page}"
    );

    let (status, text) = app.staff_page("/admin/login/oidc?lang=nb", "").await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert!(text.contains("Innloggingen virket ikke"), "{text}");

    // A callback this browser did not start is refused, with no session.
    let r = app
        .client
        .get(app.url("/admin/login/oidc/callback?code=x&state=forged"))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::BAD_GATEWAY);
    assert!(r.headers().get("set-cookie").is_none());

    // Without a provider configured, neither the button nor the routes exist.
    let plain = spawn_app().await;
    let (status, page) = plain.staff_page("/admin/login", "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("/admin/login\""), "the form is there: {page}");
    assert!(!page.contains("/admin/login/oidc"), "{page}");
    let (status, _) = plain.staff_page("/admin/login/oidc", "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Sessions and audit rows of sign-ins: what a refused sign-in must not have written.
async fn sign_ins_written(app: &crate::helpers::TestApp) -> (u64, u64) {
    use sea_orm::PaginatorTrait;
    let sessions = entity::prelude::StaffSession::find()
        .count(&app.db)
        .await
        .expect("sessions");
    let audited = entity::prelude::AuditLog::find()
        .filter(entity::audit_log::Column::Action.eq("login"))
        .count(&app.db)
        .await
        .expect("audit");
    (sessions, audited)
}

#[tokio::test]
async fn another_site_cannot_sign_a_browser_in_and_next_cannot_break_the_reply() {
    let app = spawn_app().await;
    let planner = app.user(Role::Planner, &[]).await;
    let post = |origin: Option<&'static str>, with_token: bool, next: &'static str| {
        let app = &app;
        let planner = planner.clone();
        async move {
            let (cookie, csrf) = app.login_form().await;
            let csrf = if with_token { csrf } else { String::new() };
            let mut r = app.client.post(app.url("/admin/login")).form(&[
                ("username", planner.as_str()),
                ("password", TEST_PASSWORD),
                ("next", next),
                ("csrf", csrf.as_str()),
            ]);
            if with_token {
                r = r.header("Cookie", cookie);
            }
            if let Some(origin) = origin {
                r = r.header("Origin", origin);
            }
            r.send().await.expect("sent")
        }
    };
    // A foreign or a `null` Origin, without Sec-Fetch-Site (older browsers, some
    // redirects): refused, and nothing written.
    for origin in ["https://evil.example", "null"] {
        let r = post(Some(origin), true, "/admin/search").await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{origin}");
    }
    // A form this browser was not given (no token, no cookie): refused, with the form
    // back and a fresh token, in the page's language.
    let r = post(None, false, "/admin/search").await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert!(set_cookie(&r, "stemme_login").is_some());
    let page = r.text().await.expect("page");
    assert!(
        page.contains("Skriv brukernavn og passord på nytt"),
        "{page}"
    );
    assert_eq!(sign_ins_written(&app).await, (0, 0));
    // CR/LF in `next` falls back to the default page before anything is written: no
    // 500 after a session was made.
    let r = post(None, true, "/admin/search\r\nSet-Cookie: planted=1").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        r.headers().get("location").and_then(|l| l.to_str().ok()),
        Some("/admin/search")
    );
    assert!(set_cookie(&r, "planted").is_none());
    // `null` from a browser that says the form is this site's own (a page under a
    // no-referrer policy): signed in.
    let (cookie, csrf) = app.login_form().await;
    let r = app
        .client
        .post(app.url("/admin/login"))
        .header("Cookie", cookie)
        .header("Origin", "null")
        .header("Sec-Fetch-Site", "same-origin")
        .form(&[
            ("username", planner.as_str()),
            ("password", TEST_PASSWORD),
            ("next", "/admin/search"),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    // The same origin, with the form's token: signed in.
    let own = app.url("");
    let own = own.trim_end_matches('/').to_owned();
    let (cookie, csrf) = app.login_form().await;
    let r = app
        .client
        .post(app.url("/admin/login"))
        .header("Cookie", cookie)
        .header("Origin", own)
        .form(&[
            ("username", planner.as_str()),
            ("password", TEST_PASSWORD),
            ("next", "/admin/search"),
            ("csrf", csrf.as_str()),
        ])
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(sign_ins_written(&app).await.1, 3);
}

#[tokio::test]
async fn behind_tls_browsers_are_told_to_use_nothing_else() {
    let plain = spawn_app().await;
    let r = plain.client.get(plain.url("/")).send().await.expect("sent");
    assert!(r.headers().get("strict-transport-security").is_none());
    let tls = spawn_app_with(|s| s.secure_cookies = true).await;
    let r = tls.client.get(tls.url("/")).send().await.expect("sent");
    assert_eq!(
        r.headers()
            .get("strict-transport-security")
            .and_then(|v| v.to_str().ok()),
        Some("max-age=31536000")
    );
}

#[tokio::test]
async fn tokens_expire_can_be_revoked_and_end_with_their_account() {
    let app = spawn_app().await;
    let works = |token: String| {
        let app = &app;
        async move { app.get_as("/api/v1/indicators", &token).await.0 == StatusCode::OK }
    };
    // A token of a planner's account reads with the account's role, and ends when
    // the account is disabled (the account's sessions end too).
    let username = app.user(Role::Planner, &[]).await;
    let owner = stemme::admin::users::find(&app.db, &username)
        .await
        .expect("db")
        .expect("user");
    let owned = stemme::admin::create_user_token(&app.db, &owner, "kari's script", "test", 90)
        .await
        .expect("token");
    assert!(works(owned.clone()).await);
    stemme::admin::users::set_active(&app.db, owner.id, false, "test")
        .await
        .expect("disabled");
    assert!(
        !works(owned.clone()).await,
        "a disabled account's token still works"
    );
    stemme::admin::users::set_active(&app.db, owner.id, true, "test")
        .await
        .expect("enabled");
    assert!(
        !works(owned).await,
        "enabling the account again does not bring it back"
    );

    // A token past its expiry no longer works.
    let expiring = stemme::admin::create_token(&app.db, Role::Planner, "short", "test", 1)
        .await
        .expect("token");
    assert!(works(expiring.clone()).await);
    entity::prelude::ApiToken::update_many()
        .col_expr(
            entity::api_token::Column::ExpiresAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .filter(entity::api_token::Column::Name.eq("short"))
        .exec(&app.db)
        .await
        .expect("aged");
    assert!(!works(expiring).await, "an expired token still works");

    // An admin revokes a token on the users page; it stops at once.
    let revocable = stemme::admin::create_token(&app.db, Role::Planner, "to revoke", "test", 0)
        .await
        .expect("token");
    assert!(works(revocable.clone()).await);
    let admin = app.sign_in_as(Role::Admin, "/admin/users").await;
    let (status, page) = app.staff_page("/admin/users", &admin).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("to revoke") && page.contains("utløpt"),
        "{page}"
    );
    let id = stemme::admin::list_tokens(&app.db)
        .await
        .expect("tokens")
        .into_iter()
        .find(|t| t.name == "to revoke")
        .map(|t| t.id)
        .expect("listed");
    let r = app
        .staff_post(
            &format!("/admin/tokens/{id}"),
            &admin,
            &[("csrf", csrf_token(&page)), ("action", "revoke".into())],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.expect("page");
    assert!(page.contains("Nøkkelen er trukket tilbake"));
    assert!(!works(revocable).await, "a revoked token still works");
}
