//! The theme codebook as data planners edit (seeded from the built-in codebook on the
//! first start): names and search terms per language, as JSON objects.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Themes::Table)
                    .if_not_exists()
                    .col(string_len(Themes::Slug, 64).primary_key())
                    .col(integer(Themes::Position))
                    .col(text(Themes::Names))
                    .col(text(Themes::Terms))
                    .col(string(Themes::UpdatedBy))
                    .col(timestamp_with_time_zone(Themes::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Themes::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Themes {
    Table,
    Slug,
    Position,
    Names,
    Terms,
    UpdatedBy,
    UpdatedAt,
}
