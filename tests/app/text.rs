//! Free text: its language is detected (with the form's language as a prior), what
//! identifies a person is removed before anyone but the admin sees it, the admin's name
//! list is used at once, raw reads are audited, and hostile text is stored safely.
use crate::helpers::{spawn_app, text_answer};
use entity::prelude::AuditLog;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use stemme::admin::Role;

/// (declared form language, text written by us, language it is in)
const SAMPLES: &[(&str, &str, &str)] = &[
    (
        "nb",
        "Vi fikk god hjelp på helsestasjonen, og de tok seg god tid med oss.",
        "nb",
    ),
    (
        "nn",
        "Eg fekk ikkje nok hjelp, og ingen spurde korleis barna hadde det heime.",
        "nn",
    ),
    (
        "nb",
        "Det var svært godt at sygeplejersken tog sig tid til os og vores datter.",
        "da",
    ),
    (
        "nb",
        "Vi fick vänta väldigt länge innan någon från skolan ringde tillbaka till oss.",
        "sv",
    ),
    (
        "nb",
        "The health visitor was very kind, but we waited three months for an interpreter.",
        "en",
    ),
    (
        "ar",
        "كانت المساعدة جيدة جدا لكن الانتظار كان طويلا ولم يكن هناك مترجم",
        "ar",
    ),
    (
        "fa",
        "کمک خیلی خوب بود اما مدت زیادی منتظر ماندیم و مترجم نبود",
        "fa",
    ),
    (
        "uk",
        "Допомога була дуже доброю, але ми чекали занадто довго на перекладача",
        "uk",
    ),
    (
        "ru",
        "Помощь была очень хорошей, но мы слишком долго ждали переводчика",
        "ru",
    ),
    (
        "nb",
        "ኣብ ቤት ትምህርቲ ንደቀይ ብጣዕሚ ጽቡቕ ሓገዝ ገይሮምልና እዮም ግና ነዊሕ ተጸቢና",
        "ti",
    ),
    (
        "nb",
        "በትምህርት ቤት ውስጥ ለልጆቼ በጣም ጥሩ እርዳታ አግኝተናል ግን ብዙ ጠብቀናል",
        "am",
    ),
    (
        "so",
        "Ijoollee keenya mana barumsaa keessatti gargaarsa baay'ee gaarii argatan garuu yeroo dheeraa eegne",
        "om",
    ),
    (
        "om",
        "Carruurta waxay heleen caawimaad aad u fiican laakiin waxaan sugnay muddo dheer",
        "so",
    ),
    (
        "tl",
        "Napakabait ng nars sa klinika pero matagal kaming naghintay ng tulong para sa anak namin",
        "tl",
    ),
    (
        "pl",
        "Pomoc była bardzo dobra, ale czekaliśmy zbyt długo na tłumacza dla naszej rodziny",
        "pl",
    ),
    (
        "lt",
        "Pagalba buvo labai gera, bet mes per ilgai laukėme vertėjo savo šeimai",
        "lt",
    ),
    (
        "se",
        "Mun lean hui ilus go mánát ožžo buori veahki skuvllas dán jagi",
        "se",
    ),
];

#[tokio::test]
async fn each_language_is_detected_and_stored_with_the_declared_one() {
    let app = spawn_app().await;
    for (declared, text, expected) in SAMPLES {
        let id = app
            .submit(&text_answer("saupstad-barnehage", declared, text))
            .await;
        let (_, body) = app.get_response(id, &app.admin_token).await;
        assert_eq!(body["language"]["detected"], *expected, "{text}: {body}");
        assert_eq!(body["language"]["declared"], *declared);
        let confidence = body["language"]["confidence"].as_f64().expect("confidence");
        assert!((0.0..=1.0).contains(&confidence));
    }
    // One or two words: undetermined rather than a guess.
    for short in ["takk", "veldig bra", "👍👍👍", "12345"] {
        let id = app
            .submit(&text_answer("saupstad-barnehage", "nb", short))
            .await;
        let (_, body) = app.get_response(id, &app.admin_token).await;
        assert_eq!(body["language"]["detected"], "und", "{short}");
    }
}

#[tokio::test]
async fn identifying_details_are_removed_and_placeholders_follow_the_reader() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    let text = "Saksbehandler Ingrid sa at vi skulle ringe 48 12 34 56 eller skrive til \
                ingrid.hansen@trondheim.kommune.no. Sønnen min har fnr 01017012345 og vi bor i \
                Saupstadringen 12B, 7078 Saupstad.";
    let id = app
        .submit(&text_answer("saupstad-barnehage", "nb", text))
        .await;
    let (_, body) = app.get_response(id, &planner).await;
    let redacted = body["text_redacted"].as_str().expect("redacted text");
    for leaked in [
        "Ingrid",
        "48 12",
        "ingrid.hansen",
        "01017012345",
        "Saupstadringen 12B",
        "7078",
    ] {
        assert!(!redacted.contains(leaked), "{leaked} in {redacted}");
    }
    for placeholder in [
        "[navn]",
        "[telefon]",
        "[e-post]",
        "[fødselsnummer]",
        "[adresse]",
    ] {
        assert!(
            redacted.contains(placeholder),
            "{placeholder} missing in {redacted}"
        );
    }
    let r = app
        .client
        .get(app.url(&format!("/api/v1/responses/{id}")))
        .bearer_auth(&planner)
        .header("Accept-Language", "en")
        .send()
        .await
        .expect("sent");
    let english: Value = r.json().await.expect("json");
    assert!(
        english["text_redacted"]
            .as_str()
            .is_some_and(|t| t.contains("[phone]")),
        "{english}"
    );
}

#[tokio::test]
async fn names_the_admin_adds_are_removed_from_new_texts() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    let admin = &app.admin_token;
    let before = app
        .submit(&text_answer(
            "saupstad-barnehage",
            "nb",
            "Vi snakket med Brynjulfsen om barnehageplass i går",
        ))
        .await;
    let (_, body) = app.get_response(before, &planner).await;
    assert!(
        body["text_redacted"]
            .as_str()
            .is_some_and(|t| t.contains("Brynjulfsen"))
    );

    let names = "/api/v1/redaction/names";
    let person = json!({"name": "Sigrun Brynjulfsen", "kind": "person"});
    let (status, added) = app.post_as(names, admin, &person).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(added["texts_changed"], 1, "{added}");
    let after = app
        .submit(&text_answer(
            "saupstad-barnehage",
            "nb",
            "Vi snakket med Brynjulfsen om barnehageplass i går",
        ))
        .await;
    let (_, body) = app.get_response(after, &planner).await;
    let redacted = body["text_redacted"].as_str().expect("text");
    assert!(!redacted.contains("Brynjulfsen"), "{redacted}");
    // Texts stored before the name was added lose it too, in search as well.
    let (_, body) = app.get_response(before, &planner).await;
    let redacted = body["text_redacted"].as_str().expect("text");
    assert!(!redacted.contains("Brynjulfsen"), "{redacted}");
    for i in 0..9 {
        app.submit(&text_answer(
            "saupstad-barnehage",
            "nb",
            &format!("Fyllsvar {i} her"),
        ))
        .await;
    }
    app.flush_index().await;
    let (_, found) = app.search("q=brynjulfsen", &planner).await;
    assert_eq!(found["total"], 0, "{found}");

    // The list is the admin's: planners may not read or change it; bad names are refused.
    let (status, _) = app.post_as(names, &planner, &json!({"name": "X Y"})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    for bad in [
        json!({"name": "a"}),
        json!({"name": "Ok Name", "kind": "thing"}),
        json!("x"),
    ] {
        let (status, body) = app.post_as(names, admin, &bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_eq!(body["error"], "invalid_name");
    }
    let (_, list) = app.get_as(names, admin).await;
    assert_eq!(list[0]["name"], "Sigrun Brynjulfsen");
}

#[tokio::test]
async fn only_the_admin_reads_raw_text_and_every_read_is_audited() {
    let app = spawn_app().await;
    let id = app
        .submit(&text_answer(
            "saupstad-barnehage",
            "nb",
            "Ring meg på 91234567 er dere snille",
        ))
        .await;
    let planner = app.token(Role::Planner).await;
    let raw = format!("/api/v1/responses/{id}/raw");
    let (status, _) = app.get_as(&raw, &planner).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let audited = || async {
        AuditLog::find()
            .filter(entity::audit_log::Column::Action.eq("response.read_raw"))
            .count(&app.db)
            .await
            .expect("count")
    };
    assert_eq!(audited().await, 0);
    let (status, body) = app.get_as(&raw, &app.admin_token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["text_raw"], "Ring meg på 91234567 er dere snille");
    assert_eq!(audited().await, 1);
}

#[tokio::test]
async fn hostile_text_is_stored_and_shown_safely() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    let long = "hjelp ".repeat(660);
    let hostile = [
        "😀😀😀🎉🎉",
        "1234 5678 9012 3456",
        "Hjelpen var god. The help was good. المساعدة كانت جيدة",
        "Se \u{202E}dette\u{202C} og \u{2066}dette\u{2069} her",
        "null\u{200B}bredde\u{200D}tegn\u{FEFF} i teksten",
        long.trim(),
        "kontroll\u{0007}tegn\u{0000} og \u{001B}[31m farge",
    ];
    for text in hostile {
        let id = app
            .submit(&text_answer("saupstad-barnehage", "nb", text))
            .await;
        let (status, body) = app.get_response(id, &planner).await;
        assert_eq!(status, StatusCode::OK);
        let shown = body["text_redacted"].as_str().unwrap_or("");
        for bad in [
            '\u{202E}', '\u{202C}', '\u{2066}', '\u{2069}', '\u{200B}', '\u{FEFF}', '\u{0007}',
            '\u{001B}',
        ] {
            assert!(!shown.contains(bad), "{bad:?} shown in {shown:?}");
        }
    }
    app.flush_index().await;
    let (status, body) = app.search("q=hjelp", &planner).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body["hits"].as_array().is_some_and(|h| !h.is_empty()),
        "{body}"
    );
}

/// With every text thread busy, an answer is stored first and its text processed
/// meanwhile: the result follows, redacted, and only then is the text searchable.
#[tokio::test]
async fn texts_processed_after_their_answers_are_stored_end_up_redacted_and_searchable() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    let text = "Helsesykepleieren hjalp oss mye, skriv til ola.nordmann@example.no om noe mangler.";
    let answer = text_answer("saupstad-barnehage", "nb", text);
    let mut ids = Vec::new();
    // Bursts until one found every thread busy (nearly always the first).
    for _ in 0..20 {
        let sends = (0..32).map(|_| app.submit(&answer));
        ids.extend(futures_util::future::join_all(sends).await);
        if app.intake.late_texts() > 0 {
            break;
        }
    }
    assert!(
        app.intake.late_texts() > 0,
        "no answer was stored before its text was processed"
    );
    app.flush_index().await;
    let left = stemme::intake::unprocessed_texts(&app.db, 0, 10)
        .await
        .expect("read");
    assert!(left.is_empty(), "texts left unprocessed: {left:?}");
    for id in &ids {
        let (status, body) = app.get_response(*id, &planner).await;
        assert_eq!(status, StatusCode::OK);
        let redacted = body["text_redacted"].as_str().unwrap_or_default();
        assert!(redacted.contains("[e-post]"), "{body}");
        assert!(!redacted.contains("ola.nordmann"), "{body}");
        assert_eq!(body["language"]["detected"], "nb", "{body}");
    }
    let (status, found) = app.search("q=helsesykepleieren", &planner).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        crate::helpers::within_noise(&found["total"], ids.len() as u64),
        "{found}"
    );
    assert!(!found.to_string().contains("ola.nordmann"), "{found}");
}

/// More texts behind their answers than the intake keeps (512, all but two held by
/// the test): the answers past that wait for a place, in turn, and nothing is lost:
/// every answer stored once, every text processed and searchable.
#[tokio::test]
async fn answers_past_the_bound_of_texts_behind_wait_for_a_place_and_lose_nothing() {
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    let held = app.intake.hold_places(510).await.expect("places");
    let mut ids = std::collections::HashSet::new();
    let mut sent = 0;
    for round in 0..8 {
        let bodies: Vec<_> = (0..300)
            .map(|i| {
                text_answer(
                    "saupstad-barnehage",
                    "nb",
                    &format!("Foreldremøtet om kveldsåpent hjelp oss mye runde {round} svar {i}."),
                )
            })
            .collect();
        ids.extend(futures_util::future::join_all(bodies.iter().map(|b| app.submit(b))).await);
        sent += 300;
        if app.intake.waited_for_place() > 0 {
            break;
        }
    }
    assert!(
        app.intake.waited_for_place() > 0,
        "no answer found the texts behind full"
    );
    assert_eq!(ids.len(), sent, "an id given twice");
    drop(held);
    app.flush_index().await;
    let left = stemme::intake::unprocessed_texts(&app.db, 0, 10)
        .await
        .expect("read");
    assert!(left.is_empty(), "texts left unprocessed: {left:?}");
    let (status, found) = app.search("q=kveldsåpent", &planner).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        crate::helpers::within_noise(&found["total"], sent as u64),
        "{found}"
    );
}

/// An answer whose process stopped before its text's result was stored: the text is
/// never shown unredacted meanwhile, and the next start processes it and indexes it
/// (the index rebuilt from the database too, which leaves such a text out until then).
#[tokio::test]
async fn a_text_left_unprocessed_by_a_stop_is_processed_at_the_next_start() {
    use sea_orm::ConnectionTrait;
    let app = spawn_app().await;
    let planner = app.token(Role::Planner).await;
    for i in 0..9 {
        app.submit(&text_answer(
            "saupstad-barnehage",
            "nb",
            &format!("Vi trenger mer hjelp om kvelden {i}."),
        ))
        .await;
    }
    let id = app
        .submit(&text_answer(
            "saupstad-barnehage",
            "nb",
            "Vi trenger mer hjelp om kvelden, ring meg på 48 12 34 56.",
        ))
        .await;
    app.db
        .execute_unprepared(&format!(
            "UPDATE response_texts SET redacted = NULL, lang_detected = NULL, \
             lang_confidence = NULL, processed_at = NULL WHERE response_id = {id}"
        ))
        .await
        .expect("update");
    let (_, pending) = app.get_response(id, &planner).await;
    assert_eq!(pending["has_text"], true, "{pending}");
    assert!(pending["text_redacted"].is_null(), "{pending}");
    assert!(!pending.to_string().contains("48 12"), "{pending}");

    let app = app
        .restart_after(|data| {
            std::fs::remove_dir_all(data.join("index")).expect("index removed");
        })
        .await;
    let planner = app.token(Role::Planner).await;
    let mut body = Value::Null;
    for _ in 0..200 {
        body = app.get_response(id, &planner).await.1;
        if !body["text_redacted"].is_null() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let redacted = body["text_redacted"].as_str().unwrap_or_default();
    assert!(redacted.contains("[telefon]"), "{body}");
    assert!(!redacted.contains("48 12"), "{body}");
    assert_eq!(body["language"]["detected"], "nb", "{body}");
    let mut found = Value::Null;
    for _ in 0..100 {
        app.flush_index().await;
        found = app.search("q=kvelden", &planner).await.1;
        if found["hits"].as_array().is_some_and(|h| h.len() == 10) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(found["hits"].as_array().map(Vec::len), Some(10), "{found}");
    assert!(!found.to_string().contains("48 12"), "{found}");
}

/// Late results go to the writer many at a time: each is stored once, for a response
/// that is still there and whose text waits for it, and the first of two for one
/// response is the one kept.
#[tokio::test]
async fn late_results_are_stored_once_each_and_only_where_a_text_waits() {
    use sea_orm::ConnectionTrait;
    use stemme::text::ProcessedText;
    let app = spawn_app().await;
    let mut ids = Vec::new();
    // Enough answers that search shows texts (disclosure control).
    for i in 0..10 {
        ids.push(
            app.submit(&text_answer(
                "saupstad-barnehage",
                "nb",
                &format!("Vi trenger mer hjelp om kvelden {i}."),
            ))
            .await,
        );
    }
    let (waiting, other_waiting, processed) = (ids[0], ids[1], ids[2]);
    app.db
        .execute_unprepared(&format!(
            "UPDATE response_texts SET redacted = NULL, lang_detected = NULL, \
             lang_confidence = NULL, processed_at = NULL \
             WHERE response_id IN ({waiting}, {other_waiting})"
        ))
        .await
        .expect("update");
    let result = |text: &str| ProcessedText {
        redacted: text.to_owned(),
        lang_detected: "nb".to_owned(),
        lang_confidence: 0.5,
    };
    let (writer, task) = stemme::intake::Writer::start(app.db.clone());
    let gone = ids[9] + 1_000;
    let (first, second, other, again, missing) = tokio::join!(
        writer.store_text(waiting, result("firstword kvelden")),
        writer.store_text(waiting, result("secondword kvelden")),
        writer.store_text(other_waiting, result("otherword kvelden")),
        writer.store_text(processed, result("againword kvelden")),
        writer.store_text(gone, result("goneword kvelden")),
    );
    task.finish().await;
    let stored = [first, second, other, again, missing].map(|r| r.expect("no database error"));
    assert_eq!(stored, [true, false, true, false, false]);
    let redacted = |id: i64| {
        let db = app.db.clone();
        async move {
            entity::prelude::ResponseText::find_by_id(id)
                .one(&db)
                .await
                .expect("read")
                .and_then(|t| t.redacted)
        }
    };
    assert_eq!(
        redacted(waiting).await.as_deref(),
        Some("firstword kvelden")
    );
    assert_eq!(
        redacted(other_waiting).await.as_deref(),
        Some("otherword kvelden")
    );
    assert_ne!(
        redacted(processed).await.as_deref(),
        Some("againword kvelden")
    );
    // Those stored now are indexed with their result; the others are not.
    let planner = app.token(Role::Planner).await;
    let mut found = Value::Null;
    for _ in 0..100 {
        app.flush_index().await;
        found = app.search("q=kvelden", &planner).await.1;
        if found.to_string().contains("otherword") && found.to_string().contains("firstword") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let found = found.to_string();
    assert!(
        found.contains("firstword") && found.contains("otherword"),
        "{found}"
    );
    assert!(
        !found.contains("secondword") && !found.contains("againword"),
        "{found}"
    );
}
