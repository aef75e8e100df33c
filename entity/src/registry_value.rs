//! A figure from a registry outside stemme, for one indicator, area and period.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "registry_values")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// An outcome area or indicator code of the catalogue (O1 … O6, V1 …).
    pub indicator: String,
    /// `city`, a district or a zone slug.
    pub area: String,
    /// YYYY or YYYY-MM.
    pub period: String,
    pub value: f64,
    pub source: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    pub imported_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
