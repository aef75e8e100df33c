//! A question's wording in one language as it was before a change: in force for answers
//! given under revisions below `until_revision`.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "question_text_history")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub question_id: i32,
    pub lang: String,
    pub text: String,
    pub help: Option<String>,
    /// `{value: label}` of a choice question's choices in this language.
    pub choices: Option<Json>,
    pub until_revision: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
