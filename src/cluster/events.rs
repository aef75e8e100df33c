//! Announcements between instances: on PostgreSQL a NOTIFY on one channel, which every
//! instance (the sender too) LISTENs to on a connection of its own; on SQLite, where
//! one process owns the database, within the process. Announcements are hints: whoever
//! acts on one reads the truth from the database.
use super::Shared;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};
use std::time::Duration;
use tokio::sync::broadcast;

const CHANNEL: &str = "stemme";
/// Announcements a slow subscriber may fall behind by before it is told to re-read.
const BACKLOG: usize = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Someone changed what a workshop's board shows.
    Workshop(i32),
    /// An instance changed what every instance copies.
    Changed(Shared),
    /// Announcements may have been missed (a lost connection): read everything again.
    Resync,
}

impl Event {
    fn payload(self) -> String {
        match self {
            Event::Workshop(id) => format!("w:{id}"),
            Event::Changed(what) => format!("c:{}", what.code()),
            Event::Resync => "r".to_owned(),
        }
    }

    fn parse(payload: &str) -> Option<Event> {
        match payload.split_once(':') {
            Some(("w", id)) => id.parse().ok().map(Event::Workshop),
            Some(("c", code)) => Shared::from_code(code).map(Event::Changed),
            _ => (payload == "r").then_some(Event::Resync),
        }
    }
}

/// This instance's end of the announcements.
#[derive(Clone)]
pub struct Cluster {
    events: broadcast::Sender<Event>,
    db: DatabaseConnection,
}

impl Cluster {
    /// Starts listening (PostgreSQL) and returns the hub.
    pub fn start(db: &DatabaseConnection) -> Cluster {
        let (events, _) = broadcast::channel(BACKLOG);
        let cluster = Cluster {
            events,
            db: db.clone(),
        };
        if db.get_database_backend() == DatabaseBackend::Postgres {
            tokio::spawn(listen(db.clone(), cluster.events.clone()));
        }
        cluster
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.events.subscribe()
    }

    /// Tells every instance that a workshop's board changed. This one hears it from
    /// its own listener like the others, or at once when there is no NOTIFY to send.
    pub async fn workshop_changed(&self, workshop: i32) {
        if !self.notify(Event::Workshop(workshop)).await {
            let _ = self.events.send(Event::Workshop(workshop));
        }
    }

    /// Announces that this instance changed `what`: after the change, and the token
    /// `record_change` wrote in its transaction, are committed. Catalogue edits are
    /// followed by their revision number instead of a token.
    pub async fn changed(&self, what: Shared) {
        self.notify(Event::Changed(what)).await;
    }

    /// Sends `event` to every instance's listener; false when it was not sent.
    async fn notify(&self, event: Event) -> bool {
        if self.db.get_database_backend() != DatabaseBackend::Postgres {
            return false;
        }
        let sent = self
            .db
            .execute_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT pg_notify($1, $2)",
                [CHANNEL.into(), event.payload().into()],
            ))
            .await;
        if let Err(e) = &sent {
            // The others still find the change at their next check.
            tracing::warn!(error = %e, "announcement not sent");
        }
        sent.is_ok()
    }
}

/// Forwards NOTIFY payloads to this process's subscribers, reconnecting after a lost
/// connection; after every (re)connection subscribers are told to re-read.
async fn listen(db: DatabaseConnection, events: broadcast::Sender<Event>) {
    let mut wait = Duration::from_millis(250);
    loop {
        match listen_once(&db, &events).await {
            Ok(()) => return, // the pool closed: the server is stopping
            Err(e) => {
                tracing::warn!(error = %e, "listening for other instances failed; reconnecting");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(10));
            }
        }
    }
}

async fn listen_once(
    db: &DatabaseConnection,
    events: &broadcast::Sender<Event>,
) -> Result<(), sea_orm::sqlx::Error> {
    let pool = db.get_postgres_connection_pool();
    let mut listener = sea_orm::sqlx::postgres::PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    let _ = events.send(Event::Resync);
    loop {
        match listener.try_recv().await {
            Ok(Some(n)) => {
                if let Some(event) = Event::parse(n.payload()) {
                    let _ = events.send(event);
                }
            }
            // The connection was lost and is made again at the next call.
            Ok(None) => {
                let _ = events.send(Event::Resync);
            }
            Err(sea_orm::sqlx::Error::PoolClosed) => return Ok(()),
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_read_back_as_the_event_sent() {
        for event in [
            Event::Workshop(42),
            Event::Changed(Shared::Themes),
            Event::Changed(Shared::Catalogue),
            Event::Resync,
        ] {
            assert_eq!(Event::parse(&event.payload()), Some(event));
        }
        assert_eq!(Event::parse("w:x"), None);
        assert_eq!(Event::parse("c:other"), None);
        assert_eq!(Event::parse(""), None);
    }
}
