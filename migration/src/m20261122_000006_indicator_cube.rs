//! The indicator cube, kept summed as answers are stored and erased: for every month,
//! unit, language, role, survey and indicator, how many respondents answered and how
//! many were positive. A dashboard then reads a few thousand rows, not every answer.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(IndicatorCube::Table)
                    .if_not_exists()
                    .col(string_len(IndicatorCube::Period, 7))
                    .col(integer(IndicatorCube::UnitId))
                    .col(string_len(IndicatorCube::Lang, 8))
                    .col(string_len(IndicatorCube::Role, 32))
                    .col(integer(IndicatorCube::SurveyId))
                    .col(string_len(IndicatorCube::Indicator, 16))
                    .col(big_integer(IndicatorCube::N))
                    .col(big_integer(IndicatorCube::Positive))
                    .primary_key(
                        Index::create()
                            .col(IndicatorCube::Period)
                            .col(IndicatorCube::UnitId)
                            .col(IndicatorCube::Lang)
                            .col(IndicatorCube::Role)
                            .col(IndicatorCube::SurveyId)
                            .col(IndicatorCube::Indicator),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IndicatorCube::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum IndicatorCube {
    Table,
    Period,
    UnitId,
    Lang,
    Role,
    SurveyId,
    Indicator,
    N,
    Positive,
}
