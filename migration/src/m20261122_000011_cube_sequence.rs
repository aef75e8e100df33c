//! A change number on every indicator cube cell: each write that changes cells stamps
//! them with the next number, so a process holding the cube in memory reads only the
//! cells changed since it last looked, not the whole table (about a million rows at a
//! million answers).
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(IndicatorCube::Table)
                    .add_column(
                        ColumnDef::new(IndicatorCube::Seq)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_indicator_cube_seq")
                    .table(IndicatorCube::Table)
                    .col(IndicatorCube::Seq)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_indicator_cube_seq")
                    .table(IndicatorCube::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(IndicatorCube::Table)
                    .drop_column(IndicatorCube::Seq)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum IndicatorCube {
    Table,
    Seq,
}
