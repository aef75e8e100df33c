//! Staff sign-in on the server (sessions a logout or a disabled account ends), unit
//! leads' units on users and tokens, and co-creation workshops: their material, the
//! participants who join by code, notes, votes, proposals, ratings and the actions
//! decided, which close the loop on each unit's public page.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A unit lead's units, as comma-separated unit slugs (slugs hold no comma).
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(text_null(Users::Units))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ApiTokens::Table)
                    .add_column(text_null(ApiTokens::Units))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(StaffSessions::Table)
                    .if_not_exists()
                    .col(string_len(StaffSessions::IdHash, 64).primary_key())
                    .col(integer(StaffSessions::UserId))
                    .col(string_len(StaffSessions::Csrf, 64))
                    .col(timestamp_with_time_zone(StaffSessions::CreatedAt))
                    .col(timestamp_with_time_zone(StaffSessions::LastSeenAt))
                    .col(timestamp_with_time_zone_null(StaffSessions::EndedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffSessions::Table, StaffSessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_staff_sessions_user")
                    .table(StaffSessions::Table)
                    .col(StaffSessions::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Workshops::Table)
                    .if_not_exists()
                    .col(pk_auto(Workshops::Id))
                    .col(string_len_uniq(Workshops::Code, 16))
                    .col(string(Workshops::Title))
                    .col(string_len(Workshops::ScopeKind, 16))
                    .col(string_len(Workshops::Scope, 64))
                    .col(string_len_null(Workshops::Unit, 64))
                    .col(string_len(Workshops::Stage, 16))
                    .col(boolean(Workshops::WithChildren))
                    .col(string_len(Workshops::Status, 16))
                    .col(string(Workshops::CreatedBy))
                    .col(timestamp_with_time_zone(Workshops::CreatedAt))
                    .col(timestamp_with_time_zone(Workshops::JoinUntil))
                    .col(timestamp_with_time_zone_null(Workshops::ClosedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkshopItems::Table)
                    .if_not_exists()
                    .col(pk_auto(WorkshopItems::Id))
                    .col(integer(WorkshopItems::WorkshopId))
                    .col(string_len(WorkshopItems::Kind, 16))
                    .col(string_len(WorkshopItems::Ref, 64))
                    .col(boolean(WorkshopItems::Approved))
                    .col(integer(WorkshopItems::Position))
                    .foreign_key(
                        ForeignKey::create()
                            .from(WorkshopItems::Table, WorkshopItems::WorkshopId)
                            .to(Workshops::Table, Workshops::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkshopParticipants::Table)
                    .if_not_exists()
                    .col(pk_auto(WorkshopParticipants::Id))
                    .col(integer(WorkshopParticipants::WorkshopId))
                    .col(string_len_uniq(WorkshopParticipants::TokenHash, 64))
                    .col(string_len(WorkshopParticipants::Lang, 8))
                    .col(string_len(WorkshopParticipants::Role, 16))
                    .col(timestamp_with_time_zone(WorkshopParticipants::JoinedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                WorkshopParticipants::Table,
                                WorkshopParticipants::WorkshopId,
                            )
                            .to(Workshops::Table, Workshops::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkshopProposals::Table)
                    .if_not_exists()
                    .col(pk_auto(WorkshopProposals::Id))
                    .col(integer(WorkshopProposals::WorkshopId))
                    .col(string(WorkshopProposals::Title))
                    .col(timestamp_with_time_zone(WorkshopProposals::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(WorkshopProposals::Table, WorkshopProposals::WorkshopId)
                            .to(Workshops::Table, Workshops::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkshopNotes::Table)
                    .if_not_exists()
                    .col(pk_auto(WorkshopNotes::Id))
                    .col(integer(WorkshopNotes::WorkshopId))
                    .col(integer(WorkshopNotes::ParticipantId))
                    .col(text(WorkshopNotes::Text))
                    .col(string_len(WorkshopNotes::Lang, 8))
                    .col(integer_null(WorkshopNotes::ProposalId))
                    .col(timestamp_with_time_zone(WorkshopNotes::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(WorkshopNotes::Table, WorkshopNotes::WorkshopId)
                            .to(Workshops::Table, Workshops::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(WorkshopNotes::Table, WorkshopNotes::ParticipantId)
                            .to(WorkshopParticipants::Table, WorkshopParticipants::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_workshop_notes_workshop")
                    .table(WorkshopNotes::Table)
                    .col(WorkshopNotes::WorkshopId)
                    .to_owned(),
            )
            .await?;
        // One vote per participant and note; one rating per participant and proposal.
        manager
            .create_table(
                Table::create()
                    .table(WorkshopVotes::Table)
                    .if_not_exists()
                    .col(integer(WorkshopVotes::ParticipantId))
                    .col(integer(WorkshopVotes::NoteId))
                    .col(integer(WorkshopVotes::WorkshopId))
                    .col(timestamp_with_time_zone(WorkshopVotes::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(WorkshopVotes::ParticipantId)
                            .col(WorkshopVotes::NoteId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(WorkshopVotes::Table, WorkshopVotes::NoteId)
                            .to(WorkshopNotes::Table, WorkshopNotes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkshopRatings::Table)
                    .if_not_exists()
                    .col(integer(WorkshopRatings::ParticipantId))
                    .col(integer(WorkshopRatings::ProposalId))
                    .col(integer(WorkshopRatings::WorkshopId))
                    .col(integer(WorkshopRatings::Score))
                    .col(timestamp_with_time_zone(WorkshopRatings::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(WorkshopRatings::ParticipantId)
                            .col(WorkshopRatings::ProposalId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(WorkshopRatings::Table, WorkshopRatings::ProposalId)
                            .to(WorkshopProposals::Table, WorkshopProposals::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(WorkshopActions::Table)
                    .if_not_exists()
                    .col(pk_auto(WorkshopActions::Id))
                    .col(integer(WorkshopActions::WorkshopId))
                    .col(string_len_null(WorkshopActions::Unit, 64))
                    .col(text(WorkshopActions::What))
                    .col(string(WorkshopActions::Who))
                    .col(date(WorkshopActions::Due))
                    .col(text(WorkshopActions::Themes))
                    .col(text(WorkshopActions::Indicators))
                    .col(string_len(WorkshopActions::Status, 16))
                    .col(string(WorkshopActions::CreatedBy))
                    .col(timestamp_with_time_zone(WorkshopActions::CreatedAt))
                    .col(timestamp_with_time_zone_null(WorkshopActions::DoneAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(WorkshopActions::Table, WorkshopActions::WorkshopId)
                            .to(Workshops::Table, Workshops::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            WorkshopActions::Table.into_iden(),
            WorkshopRatings::Table.into_iden(),
            WorkshopVotes::Table.into_iden(),
            WorkshopNotes::Table.into_iden(),
            WorkshopProposals::Table.into_iden(),
            WorkshopParticipants::Table.into_iden(),
            WorkshopItems::Table.into_iden(),
            Workshops::Table.into_iden(),
            StaffSessions::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(ApiTokens::Table)
                    .drop_column(ApiTokens::Units)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::Units)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Units,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Units,
}

#[derive(DeriveIden)]
enum StaffSessions {
    Table,
    IdHash,
    UserId,
    Csrf,
    CreatedAt,
    LastSeenAt,
    EndedAt,
}

#[derive(DeriveIden)]
enum Workshops {
    Table,
    Id,
    Code,
    Title,
    ScopeKind,
    Scope,
    Unit,
    Stage,
    WithChildren,
    Status,
    CreatedBy,
    CreatedAt,
    JoinUntil,
    ClosedAt,
}

#[derive(DeriveIden)]
enum WorkshopItems {
    Table,
    Id,
    WorkshopId,
    Kind,
    Ref,
    Approved,
    Position,
}

#[derive(DeriveIden)]
enum WorkshopParticipants {
    Table,
    Id,
    WorkshopId,
    TokenHash,
    Lang,
    Role,
    JoinedAt,
}

#[derive(DeriveIden)]
enum WorkshopProposals {
    Table,
    Id,
    WorkshopId,
    Title,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WorkshopNotes {
    Table,
    Id,
    WorkshopId,
    ParticipantId,
    Text,
    Lang,
    ProposalId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WorkshopVotes {
    Table,
    ParticipantId,
    NoteId,
    WorkshopId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WorkshopRatings {
    Table,
    ParticipantId,
    ProposalId,
    WorkshopId,
    Score,
    CreatedAt,
}

#[derive(DeriveIden)]
enum WorkshopActions {
    Table,
    Id,
    WorkshopId,
    Unit,
    What,
    Who,
    Due,
    Themes,
    Indicators,
    Status,
    CreatedBy,
    CreatedAt,
    DoneAt,
}
