//! `stemme bench`: performance figures beside a physical baseline measured in the same
//! run on the same disk, so a figure always says how far it is from what the machine can do.
use crate::catalogue::{Audience, CatalogueHandle, QuestionKind};
use crate::config::Settings;
use crate::intake::{AnswerInput, Intake, Submission, Writer};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::sqlx::{self, ConnectOptions as _};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error("cannot use {0} for the benchmark: {1}")]
    Dir(String, std::io::Error),
    #[error(transparent)]
    Start(#[from] Box<crate::StartError>),
    #[error("the catalogue has no parent survey or no unit")]
    NoSurvey,
    #[error("a submission failed: {0}")]
    Intake(#[from] crate::intake::IntakeError),
    #[error("baseline: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Catalogue(#[from] crate::catalogue::CatalogueError),
    #[error("{0}")]
    Other(String),
}

/// Measures durable responses per second through intake (validation, group commit) and a
/// plain single-row durable insert loop into SQLite, and prints both with their ratio.
pub async fn intake(dir: &Path, count: usize, concurrency: usize) -> Result<(), BenchError> {
    in_scratch_dir(dir, run_intake(dir, count, concurrency.max(1))).await
}

/// Runs `bench` in a new folder `dir`, removed afterwards whatever the outcome.
pub async fn in_scratch_dir(
    dir: &Path,
    bench: impl std::future::Future<Output = Result<(), BenchError>>,
) -> Result<(), BenchError> {
    if dir.exists() {
        return Err(BenchError::Dir(
            dir.display().to_string(),
            std::io::Error::other("already exists"),
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| BenchError::Dir(dir.display().to_string(), e))?;
    let result = bench.await;
    if let Err(e) = std::fs::remove_dir_all(dir) {
        eprintln!("note: could not remove {}: {e}", dir.display());
    }
    result
}

async fn run_intake(dir: &Path, count: usize, concurrency: usize) -> Result<(), BenchError> {
    println!(
        "stemme bench intake: {count} responses, {concurrency} concurrent submitters, in {}",
        dir.display()
    );
    let baseline_rate = baseline_inserts(&dir.join("baseline.db"), count.min(5000)).await?;
    println!(
        "  baseline: single-row durable inserts (WAL, synchronous=FULL): {baseline_rate:>9.0} rows/s"
    );

    let settings = Settings {
        data_dir: dir.join("app"),
        database_url: None,
        ..Settings::default()
    };
    let db = crate::prepare_database(&settings).await.map_err(Box::new)?;
    let catalogue = CatalogueHandle::load(&db).await?;
    let snapshot = catalogue.get();
    let survey = snapshot
        .surveys
        .iter()
        .find(|s| s.audience == Audience::Parent)
        .ok_or(BenchError::NoSurvey)?;
    let unit = snapshot.units.first().ok_or(BenchError::NoSurvey)?;
    let template = Submission {
        survey: survey.slug.clone(),
        unit: unit.slug.clone(),
        lang: "nb".into(),
        role: survey.roles.first().cloned(),
        assisted_by: None,
        answers: survey
            .asked()
            .filter(|q| q.kind != QuestionKind::Text)
            .filter_map(|q| {
                q.values()
                    .last()
                    .map(|v| (q.key.clone(), AnswerInput::One((*v).to_owned())))
            })
            .collect(),
        text: Some("Vi ventet lenge, men hjelpen var god da den kom.".into()),
        submission_id: None,
        revision: None,
    };
    let writer_db = crate::db::connect_writer(&settings)
        .await
        .map_err(|e| Box::new(crate::StartError::from(e)))?;
    let (writer, task) = Writer::start(writer_db);
    let text = crate::text::TextPipeline::load(&db, &catalogue.get())
        .await
        .map_err(crate::intake::IntakeError::from)?;
    let intake = Arc::new(Intake::new(catalogue, writer, text));

    let single = (count / 20).clamp(50, 500);
    let started = Instant::now();
    for _ in 0..single {
        let mut s = template.clone();
        s.submission_id = Some(uuid::Uuid::new_v4().to_string());
        intake.submit(&s).await?;
    }
    let single_rate = single as f64 / started.elapsed().as_secs_f64();
    println!(
        "  intake, one submitter at a time:                       {single_rate:>9.0} responses/s"
    );

    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..concurrency {
        let intake = Arc::clone(&intake);
        let template = template.clone();
        let share = count / concurrency + usize::from(worker < count % concurrency);
        tasks.push(tokio::spawn(async move {
            for _ in 0..share {
                let mut s = template.clone();
                s.submission_id = Some(uuid::Uuid::new_v4().to_string());
                intake.submit(&s).await?;
            }
            Ok::<(), crate::intake::IntakeError>(())
        }));
    }
    for t in tasks {
        match t.await {
            Ok(result) => result?,
            Err(e) => {
                return Err(BenchError::Dir(
                    "task".into(),
                    std::io::Error::other(e.to_string()),
                ));
            }
        }
    }
    let rate = count as f64 / started.elapsed().as_secs_f64();
    drop(intake);
    task.finish().await;
    println!(
        "  intake, {concurrency:>3} concurrent submitters (group commit):  {rate:>9.0} responses/s"
    );
    println!("  ratio intake / baseline: {:.2}", rate / baseline_rate);
    Ok(())
}

/// The physical baseline: one row per durable transaction, nothing else.
async fn baseline_inserts(path: &Path, rows: usize) -> Result<f64, BenchError> {
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .connect()
        .await?;
    sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)")
        .execute(&mut conn)
        .await?;
    let started = Instant::now();
    for i in 0..rows {
        sqlx::query("INSERT INTO t (v) VALUES (?)")
            .bind(i as i64)
            .execute(&mut conn)
            .await?;
    }
    Ok(rows as f64 / started.elapsed().as_secs_f64())
}

/// The physical baseline of the HTTP stack for `scripts/load.py`: actix-web with the
/// same number of workers as `stemme serve`, one handler that answers 200 with no work.
/// Runs until stopped.
pub async fn http_baseline(bind: std::net::SocketAddr, workers: usize) -> std::io::Result<()> {
    use actix_web::{App, HttpResponse, HttpServer, web};
    println!("plain actix-web baseline on http://{bind} ({workers} workers)");
    HttpServer::new(|| {
        App::new().default_service(web::to(|| async { HttpResponse::Ok().body("ok") }))
    })
    .workers(workers.max(1))
    .bind(bind)?
    .run()
    .await
}

/// Free texts for `scripts/load.py`: (language, text) in the demo's mix of languages.
/// Each is one of lingua's test sentences in that language (the demo's own texts for
/// Tigrinya, Amharic, Oromo and Sami, which lingua has none of) with one word's letters
/// shuffled, so that no two texts are the same and each brings n-grams that were never
/// seen before, as names, typos and rare words do. Pure: the same seed, the same texts.
pub fn load_texts(count: usize, seed: u64) -> Vec<(String, String)> {
    let sentences = crate::text::Detector::lingua_test_texts(1_000, &["sentences.txt"]);
    // Each language's pool once: lingua's sentences, else the demo's own texts.
    let pools: Vec<(&str, Vec<&str>)> = crate::demo::LANGUAGE_MIX
        .iter()
        .map(|(lang, _)| {
            let mut pool: Vec<&str> = sentences
                .iter()
                .filter(|(code, _)| code == lang)
                .map(|(_, text)| *text)
                .collect();
            if pool.is_empty() {
                pool = crate::demo::TEXTS
                    .iter()
                    .find(|(code, _)| code == lang)
                    .map(|(_, texts)| texts.to_vec())
                    .unwrap_or_default();
            }
            (*lang, pool)
        })
        .collect();
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let lang = crate::demo::weighted(&mut rng, crate::demo::LANGUAGE_MIX)
            .copied()
            .unwrap_or("nb");
        let Some((_, pool)) = pools.iter().find(|(code, _)| *code == lang) else {
            continue;
        };
        if pool.is_empty() {
            continue;
        }
        let text = pool[rng.usize(0..pool.len())];
        out.push((lang.to_owned(), shuffle_a_word(text, &mut rng)));
    }
    out
}

/// `text` with the letters of one of its longer words in a new order.
fn shuffle_a_word(text: &str, rng: &mut fastrand::Rng) -> String {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    if words.is_empty() {
        return text.to_owned();
    }
    let chosen = words[rng.usize(0..words.len())];
    let mut letters: Vec<char> = chosen.chars().collect();
    rng.shuffle(&mut letters);
    let shuffled: String = letters.into_iter().collect();
    text.replacen(chosen, &shuffled, 1)
}
