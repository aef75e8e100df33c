//! One submitted answer sheet. Anonymous: no address, agent or exact time is stored.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "responses")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub survey_id: i32,
    pub unit_id: i32,
    pub lang: String,
    pub role: Option<String>,
    pub period: String,
    pub created_on: Date,
    #[sea_orm(unique)]
    pub submission_id: Option<String>,
    /// Role of the adult who helped a child answer (assisted forms only).
    pub assisted_by: Option<String>,
    /// The catalogue revision the questions were worded in (`None`: before versioning).
    pub catalogue_revision: Option<i32>,
    /// A random 32-bit key for the cell-key method (docs/DISCLOSURE.md); never shown.
    #[serde(skip)]
    pub record_key: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
