//! The indicator catalogue as data planners edit (seeded from the built-in catalogue on
//! the first start): names per language (JSON), plan reference and outcome area.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Indicators::Table)
                    .if_not_exists()
                    .col(string_len(Indicators::Code, 16).primary_key())
                    .col(integer(Indicators::Position))
                    .col(string_len(Indicators::Area, 16))
                    .col(string(Indicators::Plan))
                    .col(string_len_null(Indicators::Outcome, 16))
                    .col(text(Indicators::Names))
                    .col(boolean(Indicators::Core))
                    .col(string(Indicators::UpdatedBy))
                    .col(timestamp_with_time_zone(Indicators::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Indicators::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Indicators {
    Table,
    Code,
    Position,
    Area,
    Plan,
    Outcome,
    Names,
    Core,
    UpdatedBy,
    UpdatedAt,
}
