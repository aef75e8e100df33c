//! Stand-alone migration runner: `migration up|down|status|fresh` against `DATABASE_URL`.
//! The application runs the same migrations itself (`stemme migrate`, and on start).
use migration::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::Database;

#[tokio::main]
async fn main() {
    let url = match std::env::var("DATABASE_URL") {
        Ok(url) => url,
        Err(_) => {
            eprintln!("DATABASE_URL is not set (for example sqlite://data/stemme.db?mode=rwc)");
            std::process::exit(2);
        }
    };
    let command = std::env::args().nth(1).unwrap_or_else(|| "up".to_owned());
    let db = match Database::connect(&url).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("cannot connect to {url}: {e}");
            std::process::exit(1);
        }
    };
    let result = match command.as_str() {
        "up" => Migrator::up(&db, None).await,
        "down" => Migrator::down(&db, Some(1)).await,
        "status" => Migrator::status(&db).await,
        "fresh" => Migrator::fresh(&db).await,
        other => {
            eprintln!("unknown command {other}; use up, down, status or fresh");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("migration failed: {e}");
        std::process::exit(1);
    }
}
