//! A vote for a note: what matters most.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "workshop_votes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub participant_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub note_id: i32,
    pub workshop_id: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
