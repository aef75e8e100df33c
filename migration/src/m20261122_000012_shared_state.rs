//! State that several instances on one database must share: the live workshop board as
//! last released to projectors (note and proposal ids with their counts, never texts),
//! and rate-limit counters (keyed by a keyed hash, never an address or a username).
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(WorkshopReleases::Table)
                    .col(
                        ColumnDef::new(WorkshopReleases::WorkshopId)
                            .integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(WorkshopReleases::Board).text().not_null())
                    .col(
                        ColumnDef::new(WorkshopReleases::Version)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(WorkshopReleases::Table, WorkshopReleases::WorkshopId)
                            .to(Workshops::Table, Workshops::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RateCounts::Table)
                    .col(
                        ColumnDef::new(RateCounts::Key)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(RateCounts::Started).big_integer().not_null())
                    .col(ColumnDef::new(RateCounts::Hits).integer().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RateCounts::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(WorkshopReleases::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum WorkshopReleases {
    Table,
    WorkshopId,
    Board,
    Version,
}

#[derive(DeriveIden)]
enum Workshops {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum RateCounts {
    Table,
    Key,
    Started,
    Hits,
}
