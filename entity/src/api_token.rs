//! A bearer token for the JSON API, stored as a SHA-256 hash only.
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "api_tokens")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub role: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub created_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
    /// A unit lead's unit slugs, comma-separated.
    #[sea_orm(column_type = "Text", nullable)]
    pub units: Option<String>,
    /// After this the token no longer works (`None`: it does not expire).
    pub expires_at: Option<DateTimeUtc>,
    /// The staff account the token belongs to: disabled, the token ends with it; its
    /// role and units are the account's.
    pub user_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
