//! Names the admin adds to the redaction list (staff, local places, family names the
//! embedded list lacks). The embedded list and the catalogue's unit names need no table.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RedactionNames::Table)
                    .if_not_exists()
                    .col(pk_auto(RedactionNames::Id))
                    .col(string_uniq(RedactionNames::Name))
                    .col(string_len(RedactionNames::Kind, 16))
                    .col(string(RedactionNames::AddedBy))
                    .col(timestamp_with_time_zone(RedactionNames::CreatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RedactionNames::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum RedactionNames {
    Table,
    Id,
    Name,
    Kind,
    AddedBy,
    CreatedAt,
}
