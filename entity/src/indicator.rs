//! An indicator of the catalogue (DOMAIN.md §5): names per language (a JSON object),
//! the plan it reports to and the outcome area a voice indicator belongs to.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "indicators")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub position: i32,
    /// voice, outcome or process.
    pub area: String,
    pub plan: String,
    pub outcome: Option<String>,
    pub names: String,
    pub core: bool,
    pub updated_by: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
