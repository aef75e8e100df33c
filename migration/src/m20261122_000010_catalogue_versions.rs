//! An editable, versioned catalogue. Every change an admin makes is a numbered revision;
//! the text a question had before a change is kept with the revision that ended it, and
//! each response records the revision it was answered under, so an old answer is always
//! read beside the question it was given. Questions are retired, never deleted.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(CatalogueRevisions::Table)
                    .if_not_exists()
                    .col(pk_auto(CatalogueRevisions::Id))
                    .col(timestamp_with_time_zone(CatalogueRevisions::At))
                    .col(string(CatalogueRevisions::Actor))
                    .col(string(CatalogueRevisions::What))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(QuestionTextHistory::Table)
                    .if_not_exists()
                    .col(pk_auto(QuestionTextHistory::Id))
                    .col(integer(QuestionTextHistory::QuestionId))
                    .col(string_len(QuestionTextHistory::Lang, 8))
                    .col(text(QuestionTextHistory::Text))
                    .col(text_null(QuestionTextHistory::Help))
                    // {value: label} of the choices in this language, for choice questions.
                    .col(json_null(QuestionTextHistory::Choices))
                    // The text was in force for answers given under revisions below this.
                    .col(integer(QuestionTextHistory::UntilRevision))
                    .foreign_key(
                        ForeignKey::create()
                            .from(QuestionTextHistory::Table, QuestionTextHistory::QuestionId)
                            .to(Questions::Table, Questions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_question_text_history_lookup")
                    .table(QuestionTextHistory::Table)
                    .col(QuestionTextHistory::QuestionId)
                    .col(QuestionTextHistory::Lang)
                    .col(QuestionTextHistory::UntilRevision)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Questions::Table)
                    .add_column(boolean(Questions::Active).default(true))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Responses::Table)
                    .add_column(integer_null(Responses::CatalogueRevision))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Responses::Table)
                    .drop_column(Responses::CatalogueRevision)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Questions::Table)
                    .drop_column(Questions::Active)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(QuestionTextHistory::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(CatalogueRevisions::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum CatalogueRevisions {
    Table,
    Id,
    At,
    Actor,
    What,
}

#[derive(DeriveIden)]
enum QuestionTextHistory {
    Table,
    Id,
    QuestionId,
    Lang,
    Text,
    Help,
    Choices,
    UntilRevision,
}

#[derive(DeriveIden)]
enum Questions {
    Table,
    Id,
    Active,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    CatalogueRevision,
}
