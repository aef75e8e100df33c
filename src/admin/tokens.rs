//! API tokens: 256 random bits shown once, stored as their SHA-256 (a token is not a
//! password: it is long and random, so a fast hash is enough and lookups stay indexed).
use super::audit;
use super::auth::{AuthError, Principal, Role};
use crate::db::begin_write;
use entity::api_token;
use entity::prelude::*;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter,
};
use sha2::{Digest, Sha256};

pub(crate) fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn new_secret() -> String {
    // Two v4 UUIDs carry 244 random bits from the OS generator.
    format!(
        "stm_{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    )
}

/// Creates a token and returns its secret; only the hash is kept.
pub async fn create_token(
    db: &DatabaseConnection,
    role: Role,
    name: &str,
    actor: &str,
) -> Result<String, DbErr> {
    insert_token(db, role, name, None, actor).await
}

/// A unit lead's token: it reads the given units only.
pub async fn create_unit_token(
    db: &DatabaseConnection,
    name: &str,
    units: &[String],
    actor: &str,
) -> Result<String, DbErr> {
    insert_token(db, Role::UnitLead, name, Some(units.join(",")), actor).await
}

async fn insert_token(
    db: &DatabaseConnection,
    role: Role,
    name: &str,
    units: Option<String>,
    actor: &str,
) -> Result<String, DbErr> {
    let secret = new_secret();
    let txn = begin_write(db).await?;
    ApiToken::insert(api_token::ActiveModel {
        name: Set(name.to_owned()),
        role: Set(role.as_str().to_owned()),
        token_hash: Set(hash(&secret)),
        created_at: Set(chrono::Utc::now()),
        revoked_at: Set(None),
        units: Set(units),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    audit::record_in(&txn, actor, "token.create", Some(name), Some(role.as_str())).await?;
    txn.commit().await?;
    Ok(secret)
}

/// On the very first start (no token and no user yet) makes an admin token, so the
/// person who installed the server can get in; `None` on every later start.
pub async fn first_start_token(db: &DatabaseConnection) -> Result<Option<String>, DbErr> {
    let tokens = ApiToken::find().count(db).await?;
    let users = User::find().count(db).await?;
    if tokens > 0 || users > 0 {
        return Ok(None);
    }
    create_token(db, Role::Admin, "first-admin", "system")
        .await
        .map(Some)
}

pub async fn verify(db: &DatabaseConnection, token: &str) -> Result<Principal, AuthError> {
    verify_hash(db, &hash(token)).await
}

/// As `verify`, for a token known by its hash (a signed-in session keeps only that).
pub async fn verify_hash(
    db: &DatabaseConnection,
    token_hash: &str,
) -> Result<Principal, AuthError> {
    let found = ApiToken::find()
        .filter(api_token::Column::TokenHash.eq(token_hash))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "token lookup failed");
            AuthError::Unavailable
        })?
        .ok_or(AuthError::Invalid)?;
    let role = Role::parse(&found.role).ok_or(AuthError::Invalid)?;
    Ok(Principal {
        name: found.name,
        role,
        units: super::auth::parse_units(found.units.as_deref()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_random_and_hash_to_hex() {
        let a = new_secret();
        let b = new_secret();
        assert_ne!(a, b);
        assert_eq!(a.len(), 4 + 64);
        let h = hash(&a);
        assert_eq!(h.len(), 64);
        assert!(h.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(h, hash(&b));
    }
}
