//! A staff account for the admin pages.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub username: String,
    pub display_name: String,
    pub role: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub password_hash: Option<String>,
    pub active: bool,
    pub created_at: DateTimeUtc,
    /// A unit lead's unit slugs, comma-separated.
    #[sea_orm(column_type = "Text", nullable)]
    pub units: Option<String>,
    /// `issuer#subject` for staff who sign in through the identity provider.
    #[sea_orm(nullable, unique)]
    pub oidc_subject: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
