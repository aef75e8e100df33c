//! One question of a survey; `key` is the stable id API clients send answers under.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "questions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub survey_id: i32,
    pub key: String,
    pub section_key: Option<String>,
    pub position: i32,
    pub kind: String,
    pub required: bool,
    pub indicator: Option<String>,
    /// Pictogram shown with the question (see templates/forms/_picture.html).
    pub picture: Option<String>,
    /// A retired question is no longer asked; its answers stay.
    pub active: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
