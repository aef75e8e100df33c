//! Figures from registries outside stemme (microdata.no, SSB, Bufdir, KOSTRA), shown
//! beside the voice indicators of the same outcome area.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RegistryValues::Table)
                    .if_not_exists()
                    .col(pk_auto(RegistryValues::Id))
                    .col(string_len(RegistryValues::Indicator, 16))
                    .col(string_len(RegistryValues::Area, 64))
                    .col(string_len(RegistryValues::Period, 16))
                    .col(double(RegistryValues::Value))
                    .col(string(RegistryValues::Source))
                    .col(text_null(RegistryValues::Note))
                    .col(timestamp_with_time_zone(RegistryValues::ImportedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("registry_values_key")
                    .table(RegistryValues::Table)
                    .col(RegistryValues::Indicator)
                    .col(RegistryValues::Area)
                    .col(RegistryValues::Period)
                    .col(RegistryValues::Source)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RegistryValues::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum RegistryValues {
    Table,
    Id,
    Indicator,
    Area,
    Period,
    Value,
    Source,
    Note,
    ImportedAt,
}
