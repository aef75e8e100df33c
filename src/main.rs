//! The `stemme` command: `serve` (the default), `migrate`, `seed`, `token create`, `demo`
//! and `bench`.
use clap::{Parser, Subcommand};
use stemme::admin::{Role, create_token};
use stemme::config::Settings;
use stemme::{Application, prepare_database};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "stemme",
    version,
    about = "Hear families and children: did the help help?"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Start the server (the default). Migrates and seeds the database first.
    Serve,
    /// Bring the database schema up to date.
    Migrate,
    /// Write whatever of the default catalogue the database lacks.
    Seed,
    /// The catalogue of surveys, units and languages.
    Catalogue {
        #[command(subcommand)]
        action: CatalogueCommand,
    },
    /// Bearer tokens for the JSON API.
    Token {
        #[command(subcommand)]
        action: TokenCommand,
    },
    /// Staff accounts for the admin pages.
    User {
        #[command(subcommand)]
        action: UserCommand,
    },
    /// Load synthetic but plausible answers, so every page has something to show.
    Demo {
        /// How many answers.
        #[arg(long, default_value_t = 3000)]
        count: usize,
        /// Spread over this many past months.
        #[arg(long, default_value_t = 12)]
        months: u32,
        /// Seed for the random generator (the same seed gives the same answers).
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Add to a database that already has answers.
        #[arg(long)]
        force: bool,
    },
    /// Import registry figures (microdata.no, SSB, Bufdir, KOSTRA) from a CSV with the
    /// columns indicator, area, period, value, source (and note). All lines or none.
    ImportRegistry {
        /// The CSV file (see docs/registry-example.csv).
        file: std::path::PathBuf,
    },
    /// Write a consistent copy of the SQLite database while the server runs
    /// (see docs/OPERATIONS.md; PostgreSQL is backed up with pg_dump).
    Backup {
        /// The file to write; it must not exist yet.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Rebuild the search index from the database (stop the server first; a server
    /// rebuilds a missing or damaged index by itself on start).
    Reindex,
    /// Write reports and tables to a file.
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Measure performance against a physical baseline taken in the same run.
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Subcommand)]
enum CatalogueCommand {
    /// List, per language, missing texts and texts no native speaker has checked yet.
    /// Exits with 1 when any text is missing.
    CheckTranslations,
}

#[derive(Subcommand)]
enum ExportCommand {
    /// The yearly report for the living-conditions budget and the annual report: one
    /// table per outcome area (published k, complete months only).
    Report {
        /// The year (default: the year of the last complete month).
        #[arg(long)]
        year: Option<u32>,
        /// Language of names and titles.
        #[arg(long, default_value = "nb")]
        lang: String,
        /// The file to write; .xlsx, .csv or .json.
        #[arg(long)]
        out: std::path::PathBuf,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create a token and print it (shown only once).
    Create {
        /// admin, planner, facilitator or unit_lead (not with --user: the account's).
        #[arg(long, value_parser = parse_role, required_unless_present = "user")]
        role: Option<Role>,
        /// Who or what uses the token.
        #[arg(long)]
        name: String,
        /// A unit lead's unit (repeat for several).
        #[arg(long = "unit")]
        units: Vec<String>,
        /// The staff account the token belongs to: it reads with the account's role
        /// and ends when the account is disabled.
        #[arg(long, conflicts_with_all = ["role", "units"])]
        user: Option<String>,
        /// Days the token works (default STEMME_TOKEN_DAYS; 0: until revoked).
        #[arg(long)]
        days: Option<u32>,
    },
    /// List every token: name, role, owner, dates and whether it still works.
    List,
    /// Revoke a token for good (its id from `stemme token list`).
    Revoke { id: i32 },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account and print its password (generated unless STEMME_NEW_PASSWORD is set).
    Create {
        #[arg(long)]
        username: String,
        /// admin, planner, facilitator or unit_lead.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// The name shown on pages (default: the username).
        #[arg(long)]
        name: Option<String>,
        /// A unit lead's unit (repeat for several).
        #[arg(long = "unit")]
        units: Vec<String>,
    },
    /// List accounts.
    List,
    /// Disable an account and end its sessions.
    Disable { username: String },
    /// Enable a disabled account.
    Enable { username: String },
    /// Give an account a new generated password and end its sessions.
    ResetPassword { username: String },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Durable responses per second through intake on SQLite, beside plain single-row
    /// durable inserts into SQLite on the same disk.
    Intake {
        /// Responses to submit.
        #[arg(long, default_value_t = 5000)]
        count: usize,
        /// Concurrent submitters.
        #[arg(long, default_value_t = 64)]
        concurrency: usize,
        /// Folder for the throwaway databases (default: inside the data folder).
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
    },
    /// The dashboard's figures over many demo answers, beside plain SQL GROUP BY
    /// queries for the same figures in the same run.
    Dashboard {
        /// Demo answers to load.
        #[arg(long, default_value_t = 1_000_000)]
        count: usize,
        /// Folder for the throwaway data (default: inside the data folder).
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
    },
    /// A plain actix-web server whose one handler answers 200 with no work: the HTTP
    /// baseline `scripts/load.py` measures beside the real server. Runs until stopped.
    HttpBaseline {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8089")]
        bind: std::net::SocketAddr,
    },
    /// Writes free texts for `scripts/load.py`: one answer a line, the language code, a
    /// tab and the text as a JSON string; lingua's test sentences in the demo's mix of
    /// languages, each with one word's letters shuffled so that no two are the same.
    Texts {
        /// Texts to write.
        #[arg(long, default_value_t = 100_000)]
        count: usize,
        /// File to write.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Language identification, index rebuild and search latency, each beside SQLite
    /// FTS5 (or lingua alone) measured in the same run on the same texts.
    Search {
        /// Free-text answers to index.
        #[arg(long, default_value_t = 1_000_000)]
        count: usize,
        /// Queries to time.
        #[arg(long, default_value_t = 300)]
        queries: usize,
        /// Folder for the throwaway data (default: inside the data folder).
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s)
        .ok_or_else(|| format!("unknown role {s:?}: use admin, planner, facilitator or unit_lead"))
}

// glibc's malloc kept many arenas (8 a core) and returned memory to the system in
// bursts: under load that was ~150 MB of the resident set and a tenth of the CPU. With
// the `override` feature mimalloc also serves C's malloc, so SQLite's allocations are
// purged the same way: at a million answers glibc had held 110 MB of heap with 9 MB in
// use; started with the override, the server holds 80-100 MB less.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's number for its purge delay (`mi_option_purge_delay` in mimalloc.h, v2 and
/// v3); libmimalloc-sys names only some of the options.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// `mi_option_allow_thp` in mimalloc v3's mimalloc.h.
const MI_OPTION_ALLOW_THP: libmimalloc_sys::mi_option_t = 43;

/// Pages mimalloc frees go back to the system at once rather than after a second: under
/// load at a million answers that kept 75 MB less resident (252 -> 175 MB anonymous), at
/// the same rate within the runs' noise. `MIMALLOC_PURGE_DELAY` still overrides it.
fn purge_freed_pages_at_once() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one of mimalloc's tunables, read each time it purges.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
    }
}

/// No transparent huge pages for this process. mimalloc asks for them on its arenas
/// (`MADV_HUGEPAGE`), and a 2 MiB page stays whole in the resident set while any of it
/// is in use, so what the purge gives back in 64 KiB pieces stayed resident: at a
/// million answers, after two rounds of 500 clients, 208 MB of anonymous memory of which
/// 102 MB in huge pages; without them 130 MB, at the same rate. mimalloc's own switch
/// (`MIMALLOC_ALLOW_THP=0`) is read before `main`, once its first arena is mapped, so the
/// process turns them off with the kernel's flag, which covers existing mappings too;
/// `MIMALLOC_ALLOW_THP=1` keeps them.
fn no_transparent_huge_pages() {
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_some() {
        return;
    }
    // SAFETY: sets one of mimalloc's tunables (read before each new mapping).
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ALLOW_THP, 0) }
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes one integer argument and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() {
    purge_freed_pages_at_once();
    no_transparent_huge_pages();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("STEMME_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_target(false)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let cli = Cli::parse();
    let settings = match Settings::load() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("stemme: {e}");
            std::process::exit(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("stemme: cannot start the async runtime: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = runtime.block_on(run(cli.command.unwrap_or(Command::Serve), settings)) {
        eprintln!("stemme: {e}");
        std::process::exit(1);
    }
}

async fn token_command(
    settings: &Settings,
    action: TokenCommand,
) -> Result<(), Box<dyn std::error::Error>> {
    let db = prepare_database(settings).await?;
    match action {
        TokenCommand::Create {
            role,
            name,
            units,
            user,
            days,
        } => {
            let days = days.unwrap_or(settings.token_days);
            let (token, role) = match (user, role) {
                (Some(username), _) => {
                    let owner = stemme::admin::users::find(&db, &username)
                        .await?
                        .ok_or_else(|| format!("there is no user {username}"))?;
                    if !owner.active {
                        return Err(format!("the user {username} is disabled").into());
                    }
                    let token =
                        stemme::admin::create_user_token(&db, &owner, &name, "cli", days).await?;
                    (token, owner.role)
                }
                (None, Some(Role::UnitLead)) if units.is_empty() => {
                    return Err("a unit lead's token needs --unit".into());
                }
                (None, Some(Role::UnitLead)) => (
                    stemme::admin::create_unit_token(&db, &name, &units, "cli", days).await?,
                    Role::UnitLead.as_str().to_owned(),
                ),
                (None, Some(role)) => (
                    create_token(&db, role, &name, "cli", days).await?,
                    role.as_str().to_owned(),
                ),
                (None, None) => return Err("give --role or --user".into()),
            };
            println!("{token}");
            let until = stemme::admin::expiry(days).map_or("until it is revoked".to_owned(), |e| {
                format!("until {}", e.format("%Y-%m-%d"))
            });
            eprintln!(
                "Token for {name} ({role}), valid {until}. It is shown only now: keep it somewhere safe."
            );
        }
        TokenCommand::List => {
            for t in stemme::admin::list_tokens(&db).await? {
                println!(
                    "{:>5}  {:<24} {:<12} {:<16} created {}  expires {:<10}  {}",
                    t.id,
                    t.name,
                    t.role,
                    t.owner.as_deref().unwrap_or("-"),
                    t.created,
                    t.expires.as_deref().unwrap_or("never"),
                    t.status
                );
            }
        }
        TokenCommand::Revoke { id } => {
            if stemme::admin::revoke_token(&db, id, "cli").await? {
                println!("Token {id} is revoked.");
            } else {
                return Err(format!("there is no working token {id}").into());
            }
        }
    }
    Ok(())
}

async fn run(command: Command, settings: Settings) -> Result<(), Box<dyn std::error::Error>> {
    match command {
        Command::Serve => serve(settings).await?,
        Command::ImportRegistry { file } => {
            let bytes =
                std::fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            let db = prepare_database(&settings).await?;
            let catalogue = stemme::catalogue::CatalogueHandle::load(&db).await?.get();
            let indicators = stemme::indicators::store::load(&db).await?;
            match stemme::indicators::registry::parse(&bytes, &indicators, &catalogue) {
                Ok(figures) => {
                    let n =
                        stemme::indicators::registry::import(&db, &figures, "command line").await?;
                    println!("Imported {n} figures from {}.", file.display());
                }
                Err(lines) => {
                    for l in &lines {
                        eprintln!("{}:{}: {}", file.display(), l.line, l.message);
                    }
                    return Err(format!(
                        "nothing was imported: {} line(s) to correct",
                        lines.len()
                    )
                    .into());
                }
            }
        }
        Command::Export {
            what: ExportCommand::Report { year, lang, out },
        } => {
            use stemme::indicators::report;
            let db = prepare_database(&settings).await?;
            let catalogue = stemme::catalogue::CatalogueHandle::load(&db).await?.get();
            let indicators = stemme::indicators::store::load(&db).await?;
            let i18n = stemme::i18n::Translations::load(&catalogue.rtl_codes())?;
            let built = report::build(
                &db,
                &catalogue,
                &indicators,
                &i18n,
                year,
                &lang,
                settings.published_k(),
            )
            .await?;
            let bytes = match out.extension().and_then(|e| e.to_str()) {
                Some("xlsx") => report::to_xlsx(&built)?,
                Some("csv") => report::to_csv(&built)?,
                Some("json") => serde_json::to_vec_pretty(&built)?,
                _ => return Err("the file must end in .xlsx, .csv or .json".into()),
            };
            std::fs::write(&out, bytes)
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            println!(
                "Wrote the {} report (through {}, k = {}) to {}.",
                built.year,
                built.through,
                built.k,
                out.display()
            );
        }
        Command::Backup { out } => {
            let db = stemme::db::connect(&settings).await?;
            let bytes = stemme::db::backup(&db, &out).await?;
            println!(
                "Backup written to {} ({:.1} MB) and checked.",
                out.display(),
                bytes as f64 / 1_000_000.0
            );
        }
        Command::Reindex => {
            let db = prepare_database(&settings).await?;
            let indexed = stemme::search::reindex(&settings, db).await?;
            println!("The search index is rebuilt: {indexed} responses.");
        }
        Command::Migrate => {
            let db = stemme::db::connect(&settings).await?;
            stemme::db::migrate(&db).await?;
            println!("The database schema is up to date.");
        }
        Command::Seed => {
            let db = stemme::db::connect(&settings).await?;
            stemme::db::migrate(&db).await?;
            let report = stemme::catalogue::seed_default_catalogue(&db).await?;
            println!("Default catalogue written: {} new rows.", report.inserted);
        }
        Command::Catalogue {
            action: CatalogueCommand::CheckTranslations,
        } => check_translations(&settings).await?,
        Command::Token { action } => token_command(&settings, action).await?,
        Command::User { action } => user_command(&settings, action).await?,
        Command::Demo {
            count,
            months,
            seed,
            force,
        } => {
            let db = prepare_database(&settings).await?;
            let options = stemme::demo::DemoOptions {
                count,
                months,
                seed,
                force,
            };
            let loaded = stemme::demo::load(&db, &options).await?;
            println!("Loaded {loaded} synthetic answers over {months} months.");
        }
        Command::Bench {
            what:
                BenchCommand::Intake {
                    count,
                    concurrency,
                    dir,
                },
        } => {
            let dir = dir.unwrap_or_else(|| {
                settings
                    .data_dir
                    .join(format!("bench-{}", std::process::id()))
            });
            stemme::bench::intake(&dir, count, concurrency).await?;
        }
        Command::Bench {
            what:
                BenchCommand::Search {
                    count,
                    queries,
                    dir,
                },
        } => {
            let dir = dir.unwrap_or_else(|| {
                settings
                    .data_dir
                    .join(format!("bench-search-{}", std::process::id()))
            });
            stemme::search::bench::run(&dir, count, queries).await?;
        }
        Command::Bench {
            what: BenchCommand::Texts { count, out },
        } => {
            let mut lines = String::new();
            for (lang, text) in stemme::bench::load_texts(count, 7) {
                let text = serde_json::to_string(&text)?;
                lines.push_str(&format!("{lang}\t{text}\n"));
            }
            std::fs::write(&out, lines)?;
            println!("Wrote {count} texts to {}.", out.display());
        }
        Command::Bench {
            what: BenchCommand::HttpBaseline { bind },
        } => {
            stemme::bench::http_baseline(bind, settings.workers).await?;
        }
        Command::Bench {
            what: BenchCommand::Dashboard { count, dir },
        } => {
            let dir = dir.unwrap_or_else(|| {
                settings
                    .data_dir
                    .join(format!("bench-dashboard-{}", std::process::id()))
            });
            stemme::indicators::bench::run(&dir, count).await?;
        }
    }
    Ok(())
}

async fn serve(settings: Settings) -> Result<(), Box<dyn std::error::Error>> {
    let app = Application::build(settings.clone()).await?;
    let host = match settings.bind.ip() {
        ip if ip.is_unspecified() => "127.0.0.1".to_owned(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    };
    let base = format!("http://{host}:{}", app.port());
    let storage = if settings.is_sqlite() {
        format!("SQLite in {}", settings.data_dir.display())
    } else {
        "PostgreSQL (DATABASE_URL)".to_owned()
    };
    println!("stemme is listening on {base}  ({storage})");
    println!("  Start page:       {base}/");
    println!("  Parent form:      {base}/s/parent?lang=nb");
    println!("  Health:           {base}/healthz");
    if let Some((username, password)) = &app.first_admin_login {
        println!();
        println!(
            "First start: sign in at {base}/admin as {username} with this password, shown only now:"
        );
        println!("  {password}");
        println!("  Change it under \"Your account\" once signed in.");
    } else {
        println!("  Staff pages:      {base}/admin  (accounts: stemme user create …)");
    }
    match &app.first_admin_token {
        Some(token) => {
            println!();
            println!(
                "First start: an admin token for the JSON API was made. It is shown only this once:"
            );
            println!("  {token}");
            println!("  Try: curl -H 'Authorization: Bearer {token}' {base}/api/v1/responses/1");
        }
        None => println!(
            "  Log in to the API with a token: stemme token create --role planner --name \"Your name\""
        ),
    }
    println!("  Synthetic answers to look at: stemme demo");
    app.run_until_stopped().await?;
    println!("stemme stopped; every acknowledged answer is stored.");
    Ok(())
}

/// `stemme catalogue check-translations`: a table per language, then what is missing.
async fn check_translations(settings: &Settings) -> Result<(), Box<dyn std::error::Error>> {
    let db = prepare_database(settings).await?;
    let catalogue = stemme::catalogue::CatalogueHandle::load(&db).await?.get();
    let i18n = stemme::i18n::Translations::load(&catalogue.rtl_codes())?;
    let reports = stemme::catalogue::check_translations(&catalogue, &i18n);
    println!(
        "{:<5} {:<18} {:>9} {:>7} {:>11} {:>8}",
        "lang", "name", "interface", "texts", "unreviewed", "missing"
    );
    for r in &reports {
        let interface = match r.interface_missing.len() {
            0 => "complete".to_owned(),
            n => format!("{n} missing"),
        };
        println!(
            "{:<5} {:<18} {:>9} {:>7} {:>11} {:>8}",
            r.code,
            r.name,
            interface,
            r.texts,
            r.unreviewed,
            r.missing.len()
        );
    }
    let incomplete: Vec<_> = reports.iter().filter(|r| !r.is_complete()).collect();
    for r in &incomplete {
        for key in &r.interface_missing {
            println!("missing in {}: interface message {key}", r.code);
        }
        for text in &r.missing {
            println!("missing in {}: {text}", r.code);
        }
    }
    let unreviewed: usize = reports.iter().map(|r| r.unreviewed).sum();
    println!(
        "{unreviewed} catalogue texts are not yet checked by a native speaker: they are shown, and flagged here."
    );
    if !incomplete.is_empty() {
        std::process::exit(1);
    }
    Ok(())
}

async fn user_command(
    settings: &Settings,
    action: UserCommand,
) -> Result<(), Box<dyn std::error::Error>> {
    use stemme::admin::users;
    let db = prepare_database(settings).await?;
    let id_of = |found: Option<entity::user::Model>, name: &str| {
        found
            .map(|u| u.id)
            .ok_or_else(|| format!("there is no user {name:?}"))
    };
    match action {
        UserCommand::Create {
            username,
            role,
            name,
            units,
        } => {
            let password = std::env::var("STEMME_NEW_PASSWORD")
                .ok()
                .filter(|p| !p.is_empty());
            let shown = password.is_none();
            let password = password.unwrap_or_else(stemme::admin::passwords::generate);
            let new = users::NewUser {
                display_name: name.unwrap_or_else(|| username.clone()),
                username: username.clone(),
                role,
                units,
                password: password.clone(),
            };
            users::create(&db, new, "cli").await?;
            if shown {
                println!("{password}");
                eprintln!("Account {username} ({role}). The password is shown only now.");
            } else {
                eprintln!("Account {username} ({role}) made with the given password.");
            }
        }
        UserCommand::List => {
            for u in users::list(&db).await? {
                let state = if u.active { "active" } else { "disabled" };
                let units = u.units.unwrap_or_default();
                println!(
                    "{}\t{}\t{state}\t{units}\t{}",
                    u.username, u.role, u.display_name
                );
            }
        }
        UserCommand::Disable { username } => {
            let id = id_of(users::find(&db, &username).await?, &username)?;
            users::set_active(&db, id, false, "cli").await?;
            eprintln!("{username} is disabled; their sessions have ended.");
        }
        UserCommand::Enable { username } => {
            let id = id_of(users::find(&db, &username).await?, &username)?;
            users::set_active(&db, id, true, "cli").await?;
            eprintln!("{username} is enabled.");
        }
        UserCommand::ResetPassword { username } => {
            let id = id_of(users::find(&db, &username).await?, &username)?;
            let password = stemme::admin::passwords::generate();
            users::set_password(&db, id, password.clone(), "cli", None).await?;
            println!("{password}");
            eprintln!("New password for {username}, shown only now; their sessions have ended.");
        }
    }
    Ok(())
}
