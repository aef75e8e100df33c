//! Children's forms: assisted mode (an adult sits beside the child and their role is
//! recorded apart from the child's answers), child-friendly scale wording, a pictogram
//! per question, and an optional recorded audio file per question and language.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per ALTER TABLE.
        let columns = [
            (
                Surveys::Table.into_iden(),
                boolean(Surveys::Assisted).default(false).to_owned(),
            ),
            (
                Surveys::Table.into_iden(),
                string_len_null(Surveys::ScaleStyle, 16),
            ),
            (
                Questions::Table.into_iden(),
                string_len_null(Questions::Picture, 32),
            ),
            (
                QuestionTranslations::Table.into_iden(),
                string_null(QuestionTranslations::AudioFile),
            ),
            (
                Responses::Table.into_iden(),
                string_len_null(Responses::AssistedBy, 32),
            ),
        ];
        for (table, mut column) in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let columns = [
            (
                Responses::Table.into_iden(),
                Responses::AssistedBy.into_iden(),
            ),
            (
                QuestionTranslations::Table.into_iden(),
                QuestionTranslations::AudioFile.into_iden(),
            ),
            (Questions::Table.into_iden(), Questions::Picture.into_iden()),
            (Surveys::Table.into_iden(), Surveys::ScaleStyle.into_iden()),
            (Surveys::Table.into_iden(), Surveys::Assisted.into_iden()),
        ];
        for (table, column) in columns {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Assisted,
    ScaleStyle,
}

#[derive(DeriveIden)]
enum Questions {
    Table,
    Picture,
}

#[derive(DeriveIden)]
enum QuestionTranslations {
    Table,
    AudioFile,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    AssistedBy,
}
