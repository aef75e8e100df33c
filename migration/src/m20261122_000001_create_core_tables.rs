//! The first slice of the schema: places, services, surveys with their translations,
//! responses with answers and free text, the search outbox, users, API tokens, audit log.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in tables() {
            manager.create_table(table).await?;
        }
        for index in indexes() {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Children before parents so foreign keys never block the drop.
        let order: [DynIden; 19] = [
            AuditLog::Table.into_iden(),
            ApiTokens::Table.into_iden(),
            Users::Table.into_iden(),
            SearchOutbox::Table.into_iden(),
            ResponseTexts::Table.into_iden(),
            Answers::Table.into_iden(),
            Responses::Table.into_iden(),
            QuestionChoices::Table.into_iden(),
            QuestionTranslations::Table.into_iden(),
            Questions::Table.into_iden(),
            SurveySections::Table.into_iden(),
            SurveyTranslations::Table.into_iden(),
            Surveys::Table.into_iden(),
            Units::Table.into_iden(),
            ServiceKinds::Table.into_iden(),
            Zones::Table.into_iden(),
            Districts::Table.into_iden(),
            Languages::Table.into_iden(),
            Settings::Table.into_iden(),
        ];
        for table in order {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

fn fk_cascade(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn tables() -> Vec<TableCreateStatement> {
    vec![
        Table::create()
            .table(Settings::Table)
            .col(string(Settings::Key).primary_key())
            .col(text(Settings::Value))
            .to_owned(),
        Table::create()
            .table(Languages::Table)
            .col(string_len(Languages::Code, 8).primary_key())
            .col(string(Languages::Name))
            .col(string_len(Languages::Dir, 3))
            .col(boolean(Languages::Detector))
            .col(integer(Languages::Position))
            .to_owned(),
        Table::create()
            .table(Districts::Table)
            .col(pk_auto(Districts::Id))
            .col(string_uniq(Districts::Slug))
            .col(string(Districts::Name))
            .to_owned(),
        Table::create()
            .table(Zones::Table)
            .col(pk_auto(Zones::Id))
            .col(string_uniq(Zones::Slug))
            .col(string(Zones::Name))
            .col(integer(Zones::DistrictId))
            .foreign_key(&mut fk(
                (Zones::Table, Zones::DistrictId),
                (Districts::Table, Districts::Id),
            ))
            .to_owned(),
        Table::create()
            .table(ServiceKinds::Table)
            .col(pk_auto(ServiceKinds::Id))
            .col(string_uniq(ServiceKinds::Slug))
            .col(json(ServiceKinds::Names))
            .to_owned(),
        Table::create()
            .table(Units::Table)
            .col(pk_auto(Units::Id))
            .col(string_uniq(Units::Slug))
            .col(string(Units::Name))
            .col(integer(Units::ServiceKindId))
            .col(integer(Units::DistrictId))
            .col(integer_null(Units::ZoneId))
            .col(boolean(Units::Active))
            .foreign_key(&mut fk(
                (Units::Table, Units::ServiceKindId),
                (ServiceKinds::Table, ServiceKinds::Id),
            ))
            .foreign_key(&mut fk(
                (Units::Table, Units::DistrictId),
                (Districts::Table, Districts::Id),
            ))
            .foreign_key(&mut fk(
                (Units::Table, Units::ZoneId),
                (Zones::Table, Zones::Id),
            ))
            .to_owned(),
        Table::create()
            .table(Surveys::Table)
            .col(pk_auto(Surveys::Id))
            .col(string_uniq(Surveys::Slug))
            .col(string_len(Surveys::Audience, 16))
            .col(json(Surveys::Roles))
            .col(boolean(Surveys::Active))
            .to_owned(),
        Table::create()
            .table(SurveyTranslations::Table)
            .col(pk_auto(SurveyTranslations::Id))
            .col(integer(SurveyTranslations::SurveyId))
            .col(string_len(SurveyTranslations::Lang, 8))
            .col(text(SurveyTranslations::Title))
            .col(text(SurveyTranslations::Intro))
            .col(boolean(SurveyTranslations::Reviewed))
            .foreign_key(&mut fk_cascade(
                (SurveyTranslations::Table, SurveyTranslations::SurveyId),
                (Surveys::Table, Surveys::Id),
            ))
            .to_owned(),
        Table::create()
            .table(SurveySections::Table)
            .col(pk_auto(SurveySections::Id))
            .col(integer(SurveySections::SurveyId))
            .col(string(SurveySections::Key))
            .col(integer(SurveySections::Position))
            .col(json(SurveySections::Titles))
            .foreign_key(&mut fk_cascade(
                (SurveySections::Table, SurveySections::SurveyId),
                (Surveys::Table, Surveys::Id),
            ))
            .to_owned(),
        Table::create()
            .table(Questions::Table)
            .col(pk_auto(Questions::Id))
            .col(integer(Questions::SurveyId))
            .col(string(Questions::Key))
            .col(string_null(Questions::SectionKey))
            .col(integer(Questions::Position))
            .col(string_len(Questions::Kind, 16))
            .col(boolean(Questions::Required))
            .col(string_len_null(Questions::Indicator, 8))
            .foreign_key(&mut fk_cascade(
                (Questions::Table, Questions::SurveyId),
                (Surveys::Table, Surveys::Id),
            ))
            .to_owned(),
        Table::create()
            .table(QuestionTranslations::Table)
            .col(pk_auto(QuestionTranslations::Id))
            .col(integer(QuestionTranslations::QuestionId))
            .col(string_len(QuestionTranslations::Lang, 8))
            .col(text(QuestionTranslations::Text))
            .col(text_null(QuestionTranslations::Help))
            .col(boolean(QuestionTranslations::Reviewed))
            .foreign_key(&mut fk_cascade(
                (
                    QuestionTranslations::Table,
                    QuestionTranslations::QuestionId,
                ),
                (Questions::Table, Questions::Id),
            ))
            .to_owned(),
        Table::create()
            .table(QuestionChoices::Table)
            .col(pk_auto(QuestionChoices::Id))
            .col(integer(QuestionChoices::QuestionId))
            .col(integer(QuestionChoices::Position))
            .col(string(QuestionChoices::Value))
            .col(json(QuestionChoices::Labels))
            .foreign_key(&mut fk_cascade(
                (QuestionChoices::Table, QuestionChoices::QuestionId),
                (Questions::Table, Questions::Id),
            ))
            .to_owned(),
        Table::create()
            .table(Responses::Table)
            .col(big_pk_auto(Responses::Id))
            .col(integer(Responses::SurveyId))
            .col(integer(Responses::UnitId))
            .col(string_len(Responses::Lang, 8))
            .col(string_len_null(Responses::Role, 32))
            .col(string_len(Responses::Period, 7))
            .col(date(Responses::CreatedOn))
            .col(string_len_null(Responses::SubmissionId, 36).unique_key())
            .foreign_key(&mut fk(
                (Responses::Table, Responses::SurveyId),
                (Surveys::Table, Surveys::Id),
            ))
            .foreign_key(&mut fk(
                (Responses::Table, Responses::UnitId),
                (Units::Table, Units::Id),
            ))
            .to_owned(),
        Table::create()
            .table(Answers::Table)
            .col(big_pk_auto(Answers::Id))
            .col(big_integer(Answers::ResponseId))
            .col(integer(Answers::QuestionId))
            .col(string_len(Answers::Value, 64))
            .foreign_key(&mut fk_cascade(
                (Answers::Table, Answers::ResponseId),
                (Responses::Table, Responses::Id),
            ))
            .foreign_key(&mut fk(
                (Answers::Table, Answers::QuestionId),
                (Questions::Table, Questions::Id),
            ))
            .to_owned(),
        Table::create()
            .table(ResponseTexts::Table)
            .col(big_integer(ResponseTexts::ResponseId).primary_key())
            .col(text(ResponseTexts::Raw))
            .col(text_null(ResponseTexts::Redacted))
            .col(string_len_null(ResponseTexts::LangDetected, 8))
            .col(double_null(ResponseTexts::LangConfidence))
            .col(timestamp_with_time_zone_null(ResponseTexts::ProcessedAt))
            .foreign_key(&mut fk_cascade(
                (ResponseTexts::Table, ResponseTexts::ResponseId),
                (Responses::Table, Responses::Id),
            ))
            .to_owned(),
        // No foreign key: an erasure enqueues a delete after the response is gone.
        Table::create()
            .table(SearchOutbox::Table)
            .col(big_pk_auto(SearchOutbox::Id))
            .col(big_integer(SearchOutbox::ResponseId))
            .col(string_len(SearchOutbox::Op, 8))
            .to_owned(),
        Table::create()
            .table(Users::Table)
            .col(pk_auto(Users::Id))
            .col(string_uniq(Users::Username))
            .col(string(Users::DisplayName))
            .col(string_len(Users::Role, 16))
            .col(text_null(Users::PasswordHash))
            .col(boolean(Users::Active))
            .col(timestamp_with_time_zone(Users::CreatedAt))
            .to_owned(),
        Table::create()
            .table(ApiTokens::Table)
            .col(pk_auto(ApiTokens::Id))
            .col(string(ApiTokens::Name))
            .col(string_len(ApiTokens::Role, 16))
            .col(string_len_uniq(ApiTokens::TokenHash, 64))
            .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
            .col(timestamp_with_time_zone_null(ApiTokens::RevokedAt))
            .to_owned(),
        Table::create()
            .table(AuditLog::Table)
            .col(big_pk_auto(AuditLog::Id))
            .col(timestamp_with_time_zone(AuditLog::At))
            .col(string(AuditLog::Actor))
            .col(string_len(AuditLog::Action, 64))
            .col(string_null(AuditLog::Target))
            .col(text_null(AuditLog::Detail))
            .to_owned(),
    ]
}

fn indexes() -> Vec<IndexCreateStatement> {
    vec![
        Index::create()
            .name("ux_survey_translations_survey_lang")
            .table(SurveyTranslations::Table)
            .col(SurveyTranslations::SurveyId)
            .col(SurveyTranslations::Lang)
            .unique()
            .to_owned(),
        Index::create()
            .name("ux_survey_sections_survey_key")
            .table(SurveySections::Table)
            .col(SurveySections::SurveyId)
            .col(SurveySections::Key)
            .unique()
            .to_owned(),
        Index::create()
            .name("ux_questions_survey_key")
            .table(Questions::Table)
            .col(Questions::SurveyId)
            .col(Questions::Key)
            .unique()
            .to_owned(),
        Index::create()
            .name("ux_question_translations_question_lang")
            .table(QuestionTranslations::Table)
            .col(QuestionTranslations::QuestionId)
            .col(QuestionTranslations::Lang)
            .unique()
            .to_owned(),
        Index::create()
            .name("ux_question_choices_question_value")
            .table(QuestionChoices::Table)
            .col(QuestionChoices::QuestionId)
            .col(QuestionChoices::Value)
            .unique()
            .to_owned(),
        Index::create()
            .name("ix_responses_survey_period")
            .table(Responses::Table)
            .col(Responses::SurveyId)
            .col(Responses::Period)
            .to_owned(),
        Index::create()
            .name("ix_responses_unit_period")
            .table(Responses::Table)
            .col(Responses::UnitId)
            .col(Responses::Period)
            .to_owned(),
        Index::create()
            .name("ix_answers_response")
            .table(Answers::Table)
            .col(Answers::ResponseId)
            .to_owned(),
        Index::create()
            .name("ix_answers_question_value")
            .table(Answers::Table)
            .col(Answers::QuestionId)
            .col(Answers::Value)
            .to_owned(),
        Index::create()
            .name("ix_audit_log_at")
            .table(AuditLog::Table)
            .col(AuditLog::At)
            .to_owned(),
    ]
}

#[derive(DeriveIden)]
enum Settings {
    Table,
    Key,
    Value,
}

#[derive(DeriveIden)]
enum Languages {
    Table,
    Code,
    Name,
    Dir,
    Detector,
    Position,
}

#[derive(DeriveIden)]
enum Districts {
    Table,
    Id,
    Slug,
    Name,
}

#[derive(DeriveIden)]
enum Zones {
    Table,
    Id,
    Slug,
    Name,
    DistrictId,
}

#[derive(DeriveIden)]
enum ServiceKinds {
    Table,
    Id,
    Slug,
    Names,
}

#[derive(DeriveIden)]
enum Units {
    Table,
    Id,
    Slug,
    Name,
    ServiceKindId,
    DistrictId,
    ZoneId,
    Active,
}

#[derive(DeriveIden)]
enum Surveys {
    Table,
    Id,
    Slug,
    Audience,
    Roles,
    Active,
}

#[derive(DeriveIden)]
enum SurveyTranslations {
    Table,
    Id,
    SurveyId,
    Lang,
    Title,
    Intro,
    Reviewed,
}

#[derive(DeriveIden)]
enum SurveySections {
    Table,
    Id,
    SurveyId,
    Key,
    Position,
    Titles,
}

#[derive(DeriveIden)]
enum Questions {
    Table,
    Id,
    SurveyId,
    Key,
    SectionKey,
    Position,
    Kind,
    Required,
    Indicator,
}

#[derive(DeriveIden)]
enum QuestionTranslations {
    Table,
    Id,
    QuestionId,
    Lang,
    Text,
    Help,
    Reviewed,
}

#[derive(DeriveIden)]
enum QuestionChoices {
    Table,
    Id,
    QuestionId,
    Position,
    Value,
    Labels,
}

#[derive(DeriveIden)]
enum Responses {
    Table,
    Id,
    SurveyId,
    UnitId,
    Lang,
    Role,
    Period,
    CreatedOn,
    SubmissionId,
}

#[derive(DeriveIden)]
enum Answers {
    Table,
    Id,
    ResponseId,
    QuestionId,
    Value,
}

#[derive(DeriveIden)]
enum ResponseTexts {
    Table,
    ResponseId,
    Raw,
    Redacted,
    LangDetected,
    LangConfidence,
    ProcessedAt,
}

#[derive(DeriveIden)]
enum SearchOutbox {
    Table,
    Id,
    ResponseId,
    Op,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Username,
    DisplayName,
    Role,
    PasswordHash,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    Name,
    Role,
    TokenHash,
    CreatedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    Actor,
    Action,
    Target,
    Detail,
}
