//! `stemme bench search`: language identification (rate and accuracy on the labelled
//! set, beside lingua alone), index rebuild rate, and search latency p50/p99 over many
//! texts, each beside SQLite FTS5 on the same texts, queries and disk in the same run.
use super::query::SearchRequest;
use crate::bench::BenchError;
use crate::catalogue::CatalogueHandle;
use crate::config::Settings;
use crate::text::Detector;
use crate::text::detect::eval;
use entity::prelude::*;
use entity::{response, response_text};
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::ActiveValue::Set;
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::sqlx::{self, ConnectOptions as _, Row};
use sea_orm::{EntityTrait, TransactionTrait};
use std::path::Path;
use std::time::{Duration, Instant};

pub async fn run(dir: &Path, count: usize, queries: usize) -> Result<(), BenchError> {
    crate::bench::in_scratch_dir(dir, run_in(dir, count, queries)).await
}

fn progress(len: u64, message: &'static str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("  {msg} [{bar:30}] {pos}/{len} ({per_sec})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(message);
    bar
}

async fn run_in(dir: &Path, count: usize, queries: usize) -> Result<(), BenchError> {
    println!(
        "stemme bench search: {count} free-text answers, {queries} queries, in {}",
        dir.display()
    );
    language_identification();

    let settings = Settings {
        data_dir: dir.join("app"),
        database_url: None,
        ..Settings::default()
    };
    let db = crate::prepare_database(&settings).await.map_err(Box::new)?;
    let catalogue = CatalogueHandle::load(&db).await?;
    let texts = synthetic_texts(count);
    store(&db, &catalogue, &texts).await?;

    // Rebuild: a fresh index folder makes the writer rebuild from the database.
    let started = Instant::now();
    let themes = crate::themes::ThemesHandle::load(&db)
        .await
        .map_err(|e| BenchError::Other(e.to_string()))?;
    let (handle, task) = super::start(
        &settings.data_dir.join("index"),
        db.clone(),
        themes,
        catalogue.clone(),
        Duration::from_secs(1),
        2,
    )
    .map_err(|e| BenchError::Other(e.to_string()))?;
    handle
        .flush()
        .await
        .map_err(|e| BenchError::Other(e.to_string()))?;
    let index_secs = started.elapsed().as_secs_f64();
    let index_rate = count as f64 / index_secs;
    let index_size = folder_size(&settings.data_dir.join("index"));

    let (fts_rate, fts_size, fts) = fts5_build(&dir.join("fts.db"), &texts).await?;
    println!(
        "  indexing (rebuild from the database, tantivy): {index_rate:>9.0} answers/s  ({index_secs:.1} s, {} MB)",
        index_size / 1_000_000
    );
    println!(
        "  baseline: SQLite FTS5 insert of the same texts: {fts_rate:>9.0} answers/s  ({} MB)",
        fts_size / 1_000_000
    );
    println!("  ratio indexing / FTS5: {:.2}", index_rate / fts_rate);

    let words = query_words(queries);
    // The comparable query: top 20 by relevance and the number of matches.
    let mut plain = Vec::with_capacity(words.len());
    let mut full = Vec::with_capacity(words.len());
    for q in &words {
        let request = SearchRequest {
            q: q.clone(),
            limit: 20,
            ..Default::default()
        };
        // The comparable query: only the words, top 20 by score and the count (what
        // FTS5 is asked to do).
        let (plain_handle, plain_request) = (handle.clone(), request.clone());
        let started = Instant::now();
        let found = tokio::task::spawn_blocking(move || {
            super::query::top_and_count(&plain_handle, &plain_request)
        })
        .await
        .map_err(|e| BenchError::Other(e.to_string()))?
        .map_err(|e| BenchError::Other(e.to_string()))?;
        std::hint::black_box(found);
        plain.push(started.elapsed());
        let handle = handle.clone();
        // The product's search: k-rule count, facets over nine dimensions, the hits'
        // redacted texts from the database, and snippets.
        let db = db.clone();
        let snapshot = catalogue.get();
        let runtime = tokio::runtime::Handle::current();
        let started = Instant::now();
        tokio::task::spawn_blocking(move || {
            super::search(&handle, &request, 5, |ids| {
                runtime.block_on(super::routes::hit_texts(&db, &snapshot, ids, |t| {
                    t.to_owned()
                }))
            })
        })
        .await
        .map_err(|e| BenchError::Other(e.to_string()))?
        .map_err(|e| BenchError::Other(e.to_string()))?;
        full.push(started.elapsed());
    }
    let mut fts_times = Vec::with_capacity(words.len());
    let mut fts_conn = fts;
    for q in &words {
        let started = Instant::now();
        fts5_query(&mut fts_conn, q).await?;
        fts_times.push(started.elapsed());
    }
    let (p50, p99) = percentiles(&mut plain);
    let (fp50, fp99) = percentiles(&mut full);
    let (b50, b99) = percentiles(&mut fts_times);
    println!(
        "  search, top 20 + count (tantivy):               p50 {:>7.2} ms  p99 {:>7.2} ms",
        ms(p50),
        ms(p99)
    );
    println!(
        "  baseline: top 20 by rank + count (SQLite FTS5): p50 {:>7.2} ms  p99 {:>7.2} ms",
        ms(b50),
        ms(b99)
    );
    println!(
        "  ratio FTS5 / tantivy: p50 {:.1}x  p99 {:.1}x",
        ms(b50) / ms(p50).max(0.001),
        ms(b99) / ms(p99).max(0.001)
    );
    println!(
        "  product search (+ k-rule, 9 facets, texts, snippets): p50 {:>7.2} ms  p99 {:>7.2} ms",
        ms(fp50),
        ms(fp99)
    );
    drop(handle);
    drop(task);
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentiles(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort();
    if times.is_empty() {
        return (Duration::ZERO, Duration::ZERO);
    }
    let at = |p: f64| times[((times.len() as f64 * p) as usize).min(times.len() - 1)];
    (at(0.5), at(0.99))
}

/// Detection rate and accuracy on the labelled set: ours (lingua's models with the
/// declared language as prior, our own evidence and an n-gram cache) beside lingua
/// alone; then a stream of distinct texts, each seen once, as answers arrive.
fn language_identification() {
    let detector = Detector::shared();
    let samples = eval::samples();
    let (correct, total, _) = eval::run(&detector);
    let rounds = 20;
    let timed = |cold: bool| {
        detector.clear_ngram_cache();
        let started = Instant::now();
        for _ in 0..rounds {
            for s in &samples {
                if cold {
                    detector.clear_ngram_cache();
                }
                std::hint::black_box(detector.detect(&s.text, &s.declared));
            }
        }
        (rounds * samples.len()) as f64 / started.elapsed().as_secs_f64()
    };
    let cold = timed(true);
    let warm = timed(false);
    let (plain_correct, plain_rate) = detector.lingua_only_baseline(&samples, rounds);
    println!(
        "  language identification, labelled set: accuracy ours {correct}/{total} = {:.1} %, lingua alone {plain_correct}/{total} = {:.1} %",
        100.0 * correct as f64 / total as f64,
        100.0 * plain_correct as f64 / total as f64
    );
    println!("    ours, n-gram cache emptied before each text: {cold:>9.0} texts/s");
    println!("    ours, the set {rounds} times (cache warm):     {warm:>9.0} texts/s");
    println!("    baseline: lingua alone, same models:       {plain_rate:>9.0} texts/s");

    // Each text once: the cache only helps as far as n-grams recur across texts.
    let stream = Detector::lingua_test_texts(1_000, &["sentences.txt"]);
    detector.clear_ngram_cache();
    let started = Instant::now();
    for (lang, text) in &stream {
        std::hint::black_box(detector.detect(text, lang));
    }
    let ours = stream.len() as f64 / started.elapsed().as_secs_f64();
    let (hits, misses, entries) = detector.ngram_cache_figures().unwrap_or_default();
    let started = Instant::now();
    for (_, text) in &stream {
        std::hint::black_box(detector.lingua_alone(text));
    }
    let lingua = stream.len() as f64 / started.elapsed().as_secs_f64();
    println!(
        "  a stream of {} distinct sentences (lingua's test data, 13 languages), each once:",
        stream.len()
    );
    println!(
        "    ours: {ours:>9.0} texts/s, n-gram cache hits {:.1} % ({entries} entries)",
        100.0 * hits as f64 / (hits + misses).max(1) as f64
    );
    println!("    baseline: lingua alone:  {lingua:>9.0} texts/s");
}

/// (language, text) pairs like the demo's, with words from a long-tailed vocabulary so
/// that some queries are rare and some common, as in real answers.
fn synthetic_texts(count: usize) -> Vec<(String, String)> {
    let mut rng = fastrand::Rng::with_seed(11);
    let langs: Vec<(&str, u32)> = crate::demo::LANGUAGE_MIX.to_vec();
    let total: u32 = langs.iter().map(|(_, w)| w).sum();
    (0..count)
        .map(|_| {
            let mut pick = rng.u32(0..total);
            let mut lang = "nb";
            for (l, w) in &langs {
                if pick < *w {
                    lang = l;
                    break;
                }
                pick -= w;
            }
            let pool = crate::demo::TEXTS
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, t)| *t)
                .unwrap_or(&[]);
            let mut text = pool
                .get(rng.usize(0..pool.len().max(1)))
                .copied()
                .unwrap_or("")
                .to_owned();
            for _ in 0..rng.usize(1..4) {
                text.push(' ');
                text.push_str(&vocabulary_word(&mut rng));
            }
            (lang.to_owned(), text)
        })
        .collect()
}

/// A made-up word; low numbers (common words) far more often than high ones.
fn vocabulary_word(rng: &mut fastrand::Rng) -> String {
    let rank = (50_000f64.powf(rng.f64())) as u32;
    word_for(rank)
}

fn word_for(rank: u32) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "lo", "mi", "ven", "tur", "sa", "rek", "bo", "fi", "dal", "nu", "ger", "ot", "py",
        "lek", "sto",
    ];
    let mut n = rank;
    let mut word = String::from("z");
    loop {
        word.push_str(SYLLABLES[(n % 16) as usize]);
        n /= 16;
        if n == 0 {
            break;
        }
    }
    word
}

fn query_words(count: usize) -> Vec<String> {
    let mut rng = fastrand::Rng::with_seed(7);
    let common = [
        "ventet",
        "tolk",
        "skolen",
        "help",
        "waited",
        "школа",
        "помощь",
        "مساعدة",
        "hjelp",
        "barna",
    ];
    (0..count)
        .map(|i| match i % 3 {
            0 => common[rng.usize(0..common.len())].to_owned(),
            1 => vocabulary_word(&mut rng),
            _ => format!(
                "{} {}",
                common[rng.usize(0..common.len())],
                vocabulary_word(&mut rng)
            ),
        })
        .collect()
}

/// Stores the texts as responses with their (already clean) text, in large transactions.
async fn store(
    db: &sea_orm::DatabaseConnection,
    catalogue: &CatalogueHandle,
    texts: &[(String, String)],
) -> Result<(), BenchError> {
    let snapshot = catalogue.get();
    let survey = snapshot.surveys.first().ok_or(BenchError::NoSurvey)?;
    let units: Vec<i32> = snapshot.units.iter().map(|u| u.id).collect();
    if units.is_empty() {
        return Err(BenchError::NoSurvey);
    }
    let today = chrono::Utc::now().date_naive();
    let bar = progress(texts.len() as u64, "storing answers");
    let mut id = 0i64;
    for chunk in texts.chunks(20_000) {
        let txn = db
            .begin()
            .await
            .map_err(|e| BenchError::Other(e.to_string()))?;
        let mut responses = Vec::with_capacity(chunk.len());
        let mut rows = Vec::with_capacity(chunk.len());
        for (lang, text) in chunk {
            id += 1;
            let day = today - chrono::Duration::days(id % 365);
            responses.push(response::ActiveModel {
                id: Set(id),
                survey_id: Set(survey.id),
                unit_id: Set(units[(id as usize) % units.len()]),
                lang: Set(lang.clone()),
                role: Set(None),
                period: Set(day.format("%Y-%m").to_string()),
                created_on: Set(day),
                submission_id: Set(None),
                assisted_by: Set(None),
                catalogue_revision: Set(None),
                record_key: Set(fastrand::i64(0..1 << 32)),
            });
            rows.push(response_text::ActiveModel {
                response_id: Set(id),
                raw: Set(text.clone()),
                redacted: Set(Some(text.clone())),
                lang_detected: Set(Some(lang.clone())),
                lang_confidence: Set(Some(0.9)),
                processed_at: Set(Some(chrono::Utc::now())),
            });
        }
        // 11 columns a response: 2,500 rows stay under SQLite's 32,766 bound values.
        for part in responses.chunks(2500) {
            Response::insert_many(part.to_vec())
                .exec_without_returning(&txn)
                .await
                .map_err(|e| BenchError::Other(e.to_string()))?;
        }
        for part in rows.chunks(3000) {
            ResponseText::insert_many(part.to_vec())
                .exec_without_returning(&txn)
                .await
                .map_err(|e| BenchError::Other(e.to_string()))?;
        }
        txn.commit()
            .await
            .map_err(|e| BenchError::Other(e.to_string()))?;
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    Ok(())
}

async fn fts5_build(
    path: &Path,
    texts: &[(String, String)],
) -> Result<(f64, u64, sqlx::SqliteConnection), BenchError> {
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .connect()
        .await?;
    sqlx::query(
        "CREATE VIRTUAL TABLE fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')",
    )
    .execute(&mut conn)
    .await?;
    let started = Instant::now();
    for chunk in texts.chunks(20_000) {
        let mut tx = sqlx::Connection::begin(&mut conn).await?;
        for (_, text) in chunk {
            sqlx::query("INSERT INTO fts (body) VALUES (?)")
                .bind(text)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    }
    let rate = texts.len() as f64 / started.elapsed().as_secs_f64();
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&mut conn)
        .await?;
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok((rate, size, conn))
}

async fn fts5_query(conn: &mut sqlx::SqliteConnection, words: &str) -> Result<(), BenchError> {
    // Each word quoted: FTS5 syntax is not for users either.
    let query: Vec<String> = words
        .split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect();
    let query = query.join(" ");
    let rows = sqlx::query("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20")
        .bind(&query)
        .fetch_all(&mut *conn)
        .await?;
    std::hint::black_box(rows.len());
    let count: i64 = sqlx::query("SELECT count(*) FROM fts WHERE fts MATCH ?")
        .bind(&query)
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
    std::hint::black_box(count);
    Ok(())
}

fn folder_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    let p = e.path();
                    if p.is_dir() {
                        folder_size(&p)
                    } else {
                        e.metadata().map(|m| m.len()).unwrap_or(0)
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}
