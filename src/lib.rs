//! stemme: citizen-voice feedback for families and children. `Application::build` puts
//! the server together in order: settings → database (migrations, seed) → translations
//! and templates → language detector and redactor → search index and its writer →
//! intake writer → app state → routes.
pub mod admin;
pub mod api;
pub mod bench;
pub mod catalogue;
pub mod clock;
pub mod cluster;
pub mod config;
pub mod db;
pub mod demo;
pub mod forms;
pub mod i18n;
pub mod indicators;
pub mod intake;
pub mod search;
pub mod text;
pub mod themes;
pub mod web;
pub mod workshops;

use actix_web::dev::{Server, ServerHandle};
use actix_web::middleware::{Compress, Logger};
use actix_web::{App, HttpServer, web as aw};
use catalogue::CatalogueHandle;
use config::Settings;
use i18n::Translations;
use intake::{Intake, SubmissionLimiter, Writer, WriterTask};
use sea_orm::DatabaseConnection;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;
use web::AppState;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Database(#[from] db::DbError),
    #[error(transparent)]
    Catalogue(#[from] catalogue::CatalogueError),
    #[error(transparent)]
    Translations(#[from] i18n::I18nError),
    #[error("cannot listen on {address}: {source}")]
    Bind {
        address: String,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sql(#[from] sea_orm::DbErr),
    #[error("the indicator catalogue or theme codebook is not valid: {0}")]
    Indicators(String),
    #[error("cannot make the first admin account: {0}")]
    Accounts(String),
    #[error("cannot open the search index: {0}")]
    Search(#[from] search::SearchError),
}

/// Opens, migrates and seeds the database: what every command needs first.
pub async fn prepare_database(settings: &Settings) -> Result<DatabaseConnection, StartError> {
    let db = db::connect(settings).await?;
    let lock = db::StartupLock::take(&db).await?;
    migrate_and_seed(&db).await?;
    drop(lock);
    Ok(db)
}

async fn migrate_and_seed(db: &DatabaseConnection) -> Result<(), StartError> {
    db::migrate(db).await?;
    catalogue::seed_default_catalogue(db).await?;
    Ok(())
}

/// A server that is listening, with what it needs to stop cleanly.
pub struct Application {
    port: u16,
    server: Server,
    writer_task: WriterTask,
    indexer_task: search::IndexerTask,
    search: search::SearchHandle,
    intake: Intake,
    /// The first-start admin token, when this start created it.
    pub first_admin_token: Option<String>,
    /// The first admin's username and one-time password, when this start made them.
    pub first_admin_login: Option<(String, String)>,
    pub db: DatabaseConnection,
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Application, StartError> {
        let db = db::connect(&settings).await?;
        // Instances starting at once take turns until every seed is in place.
        let lock = db::StartupLock::take(&db).await?;
        migrate_and_seed(&db).await?;
        let first_admin_token = admin::first_start_token(&db, settings.token_days).await?;
        let first_admin_login = admin::users::first_admin(&db)
            .await
            .map_err(|e| StartError::Accounts(e.to_string()))?;
        let catalogue = CatalogueHandle::load(&db).await?;
        if indicators::compute::ensure_cube(&db, &catalogue.get()).await? {
            tracing::info!("the indicator cube was rebuilt from the answers");
        }
        let i18n = Arc::new(Translations::load(&catalogue.get().rtl_codes())?);
        let templates = Arc::new(web::environment(Arc::clone(&i18n)));
        let themes = themes::ThemesHandle::load(&db).await?;
        let indicators = indicators::store::IndicatorsHandle::load(&db).await?;
        drop(lock);
        let text = text::TextPipeline::load(&db, &catalogue.get()).await?;
        let (search, indexer_task) = search::start(
            &settings.data_dir.join("index"),
            db.clone(),
            themes.clone(),
            catalogue.clone(),
            Duration::from_millis(settings.index_commit_ms),
            1,
        )?;
        let (writer, writer_task) = Writer::start(db::connect_writer(&settings).await?);
        let staff_auth = admin::StaffAuth::load(&db, &settings).await?;
        let limiter = SubmissionLimiter::per_minute(settings.rate_limit_per_min)
            .shared(staff_auth.shared_counts.clone(), "s");
        let record_reads = intake::Limiter::per_minute(intake::READS_PER_MIN)
            .shared(staff_auth.shared_counts.clone(), "r");
        spawn_limiter_cleanup(
            limiter.clone(),
            record_reads.clone(),
            staff_auth.throttle.clone(),
        );
        let cluster = cluster::Cluster::start(&db);
        spawn_follower(
            db.clone(),
            &cluster,
            Copies {
                catalogue: catalogue.clone(),
                text: text.clone(),
                themes: themes.clone(),
                indicators: indicators.clone(),
            },
        );
        spawn_retention(db.clone(), catalogue.clone(), settings.retention_months);

        let listener = TcpListener::bind(settings.bind).map_err(|source| StartError::Bind {
            address: settings.bind.to_string(),
            source,
        })?;
        let port = listener
            .local_addr()
            .map_err(|source| StartError::Bind {
                address: settings.bind.to_string(),
                source,
            })?
            .port();
        let intake = Intake::new(catalogue.clone(), writer, text.clone());
        intake::spawn_text_sweep(db.clone(), intake.clone());
        let state = aw::Data::new(AppState {
            intake: intake.clone(),
            text,
            search: search.clone(),
            themes,
            cubes: indicators::compute::CubeCache::with_max_age(Duration::from_secs(
                settings.figures_max_age_secs.into(),
            )),
            indicators,
            settings: settings.clone(),
            db: db.clone(),
            catalogue,
            i18n,
            templates,
            limiter,
            record_reads,
            staff_auth,
            cluster,
        });
        // The indicator cube is read once now, so the first dashboard does not wait.
        let preload = state.clone();
        tokio::spawn(async move {
            let catalogue = preload.catalogue.get();
            if let Err(e) = preload.cubes.get(&preload.db, &catalogue).await {
                tracing::warn!(error = %e, "indicator cube not read at start");
            }
        });
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .wrap(web::security_headers(state.settings.secure_cookies))
                .wrap(Compress::default())
                // Method and path only: query strings carry searches and names, never logged.
                .wrap(
                    Logger::new("%{method}xi %U %s %Dms")
                        .custom_request_replace("method", |req| req.method().to_string())
                        .exclude("/healthz"),
                )
                .configure(api::configure)
                .service(
                    aw::scope("/admin")
                        .configure(admin::configure_pages)
                        .configure(catalogue::configure_pages)
                        .configure(search::configure_pages)
                        .configure(indicators::configure_pages)
                        .configure(indicators::configure_catalogue_pages)
                        .configure(indicators::configure_registry_page)
                        .configure(themes::configure_pages)
                        .configure(workshops::configure_pages),
                )
                .configure(forms::configure)
                .configure(indicators::configure_public)
                .configure(workshops::configure_public)
                .configure(web::configure_assets)
                .default_service(aw::to(web::not_found))
        })
        .workers(settings.workers)
        .shutdown_timeout(10)
        .listen(listener)
        .map_err(|source| StartError::Bind {
            address: settings.bind.to_string(),
            source,
        })?
        .run();
        Ok(Application {
            port,
            server,
            writer_task,
            indexer_task,
            search,
            intake,
            first_admin_token,
            first_admin_login,
            db,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// The search index: `flush` makes everything stored so far searchable.
    pub fn search(&self) -> search::SearchHandle {
        self.search.clone()
    }

    /// The intake: `settle` waits for texts processed after their answers were stored.
    pub fn intake(&self) -> Intake {
        self.intake.clone()
    }

    /// Serves until the server is stopped (signal or handle), then lets the writer store
    /// what was queued before returning.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        // No request is in flight any more: the texts processed after their answers were
        // stored get their results in (a text left out is processed at the next start)...
        if tokio::time::timeout(Duration::from_secs(10), self.intake.settle())
            .await
            .is_err()
        {
            tracing::warn!("texts still processing after 10 s; the next start finishes them");
        }
        // ...then store what is queued, and stop the writer.
        if tokio::time::timeout(Duration::from_secs(30), self.writer_task.finish())
            .await
            .is_err()
        {
            tracing::error!("the intake writer did not finish within 30 s");
        }
        if tokio::time::timeout(
            Duration::from_secs(30),
            self.indexer_task.finish(self.search),
        )
        .await
        .is_err()
        {
            tracing::error!(
                "the index writer did not finish within 30 s; the next start catches up"
            );
        }
        // Leave nothing in the write-ahead log: what was deleted is gone from every file.
        db::checkpoint(&self.db).await;
        if let Err(e) = self.db.close().await {
            tracing::warn!(error = %e, "the database connections did not close cleanly");
        }
        result
    }
}

/// What this process copies from the database and follows when another instance
/// changes it.
struct Copies {
    catalogue: CatalogueHandle,
    text: text::TextPipeline,
    themes: themes::ThemesHandle,
    indicators: indicators::store::IndicatorsHandle,
}

impl Copies {
    /// Reads again whatever another instance changed (its own edits are reloaded at once
    /// by the request that made them; reading again is then a no-op check).
    async fn catch_up(&self, db: &DatabaseConnection) -> Result<(), String> {
        self.catalogue
            .catch_up(db)
            .await
            .map_err(|e| e.to_string())?;
        let catalogue = self.catalogue.get();
        if self
            .text
            .names_changed(db, &catalogue)
            .await
            .map_err(|e| e.to_string())?
        {
            self.text
                .reload_names(db, &catalogue)
                .await
                .map_err(|e| e.to_string())?;
        }
        self.themes.catch_up(db).await.map_err(|e| e.to_string())?;
        self.indicators
            .catch_up(db)
            .await
            .map_err(|e| e.to_string())?;
        Ok(())
    }
}

/// Several instances share one database: each picks up the others' edits when they are
/// announced, and checks every few seconds in case an announcement was lost.
fn spawn_follower(db: DatabaseConnection, cluster: &cluster::Cluster, copies: Copies) {
    let mut announcements = cluster.subscribe();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                event = announcements.recv() => match event {
                    Ok(cluster::Event::Workshop(_)) => continue,
                    Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => return,
                },
            }
            if let Err(e) = copies.catch_up(&db).await {
                tracing::warn!(error = %e, "changes from other instances not read; trying again");
            }
        }
    });
}

/// Erases answers older than the retention period: once at start, then every night.
fn spawn_retention(db: DatabaseConnection, catalogue: CatalogueHandle, months: u32) {
    if months == 0 {
        return;
    }
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(24 * 60 * 60));
        loop {
            tick.tick().await;
            let today = crate::clock::today();
            match intake::erase_older_than(&db, &catalogue.get(), months, today).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(
                    erased = n,
                    months,
                    "answers past the retention period erased"
                ),
                Err(e) => {
                    tracing::error!(error = %e, "the retention job failed; it runs again tomorrow")
                }
            }
        }
    });
}

fn spawn_limiter_cleanup(
    limiter: SubmissionLimiter,
    record_reads: intake::Limiter<String>,
    logins: admin::LoginThrottle,
) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            limiter.forget_idle();
            record_reads.forget_idle();
            logins.forget_idle().await;
        }
    });
}
