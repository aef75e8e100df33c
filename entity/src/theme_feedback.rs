//! A planner's verdict on a theme tag of one response.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "theme_feedback")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub response_id: i64,
    pub theme: String,
    /// `confirmed` or `rejected`.
    pub verdict: String,
    pub decided_by: String,
    pub decided_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
