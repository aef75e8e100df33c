//! Record keys for the cell-key method (docs/DISCLOSURE.md): every response gets a
//! random 32-bit key, drawn once and never shown, and every cube cell keeps the sums of
//! its respondents' keys (all of them, and those of the positive ones). A published
//! figure's noise is a function of its cell's key sum, so the same respondents always
//! get the same noise, whichever query asks. Answers stored before get their keys here;
//! the cube is rebuilt with the sums on the next start (its fingerprint changed).
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Responses {
    Table,
    RecordKey,
}

#[derive(DeriveIden)]
enum IndicatorCube {
    Table,
    KeyN,
    KeyPositive,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Responses::Table)
                    .add_column(
                        ColumnDef::new(Responses::RecordKey)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        for column in [IndicatorCube::KeyN, IndicatorCube::KeyPositive] {
            manager
                .alter_table(
                    Table::alter()
                        .table(IndicatorCube::Table)
                        .add_column(ColumnDef::new(column).big_integer().not_null().default(0))
                        .to_owned(),
                )
                .await?;
        }
        // Uniform in 0 .. 2^32 on both backends.
        let fill = match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                "UPDATE responses SET record_key = floor(random() * 4294967296)::bigint"
            }
            _ => "UPDATE responses SET record_key = random() & 4294967295",
        };
        manager.get_connection().execute_unprepared(fill).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [IndicatorCube::KeyN, IndicatorCube::KeyPositive] {
            manager
                .alter_table(
                    Table::alter()
                        .table(IndicatorCube::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Responses::Table)
                    .drop_column(Responses::RecordKey)
                    .to_owned(),
            )
            .await
    }
}
