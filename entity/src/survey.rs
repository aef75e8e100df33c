//! A form for one audience (parent, child by age, youth, partner).
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "surveys")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub audience: String,
    pub roles: Json,
    pub active: bool,
    /// Answered with an adult beside the child; `roles` then lists the adult's roles.
    pub assisted: bool,
    /// `child` for child-friendly scale wording; none for agree/disagree.
    pub scale_style: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
