//! Texts stored before their language and redaction were worked out (an answer that
//! came while every text thread was busy) are found again after a crash through a
//! partial index: it holds only those rows, so it is empty nearly all the time and
//! costs the intake nothing once a text is processed.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The same statement on SQLite and PostgreSQL; sea-query has no partial index.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE INDEX IF NOT EXISTS idx_response_texts_unprocessed \
                 ON response_texts (response_id) WHERE processed_at IS NULL",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX IF EXISTS idx_response_texts_unprocessed")
            .await?;
        Ok(())
    }
}
