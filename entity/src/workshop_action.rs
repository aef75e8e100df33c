//! A decision recorded as an action: what, who, by when, and what it should move.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "workshop_actions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub workshop_id: i32,
    pub unit: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub what: String,
    pub who: String,
    pub due: Date,
    /// Theme slugs, comma-separated.
    #[sea_orm(column_type = "Text")]
    pub themes: String,
    /// Indicator codes, comma-separated.
    #[sea_orm(column_type = "Text")]
    pub indicators: String,
    pub status: String,
    pub created_by: String,
    pub created_at: DateTimeUtc,
    pub done_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
