//! The live board as last released to projectors, shared by every instance: ids and
//! counts only (JSON), the texts are read from the notes and proposals themselves.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "workshop_releases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub workshop_id: i32,
    #[sea_orm(column_type = "Text")]
    pub board: String,
    pub version: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
