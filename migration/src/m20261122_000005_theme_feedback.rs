//! Planners confirm or reject a theme tag on a response; the counts show how good each
//! theme's search terms are.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ThemeFeedback::Table)
                    .if_not_exists()
                    .col(pk_auto(ThemeFeedback::Id))
                    .col(big_integer(ThemeFeedback::ResponseId))
                    .col(string_len(ThemeFeedback::Theme, 64))
                    .col(string_len(ThemeFeedback::Verdict, 16))
                    .col(string(ThemeFeedback::DecidedBy))
                    .col(timestamp_with_time_zone(ThemeFeedback::DecidedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ThemeFeedback::Table, ThemeFeedback::ResponseId)
                            .to(Responses::Table, Responses::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("theme_feedback_response_theme")
                    .table(ThemeFeedback::Table)
                    .col(ThemeFeedback::ResponseId)
                    .col(ThemeFeedback::Theme)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ThemeFeedback::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ThemeFeedback {
    Table,
    Id,
    ResponseId,
    Theme,
    Verdict,
    DecidedBy,
    DecidedAt,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
}
