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

/// How long a new token works: `days` from now, or for good when 0.
pub fn expiry(days: u32) -> Option<chrono::DateTime<chrono::Utc>> {
    (days > 0).then(|| chrono::Utc::now() + chrono::Duration::days(i64::from(days)))
}

/// Creates a token and returns its secret; only the hash is kept.
pub async fn create_token(
    db: &DatabaseConnection,
    role: Role,
    name: &str,
    actor: &str,
    days: u32,
) -> Result<String, DbErr> {
    insert_token(db, role, name, None, None, actor, days).await
}

/// A unit lead's token: it reads the given units only.
pub async fn create_unit_token(
    db: &DatabaseConnection,
    name: &str,
    units: &[String],
    actor: &str,
    days: u32,
) -> Result<String, DbErr> {
    insert_token(
        db,
        Role::UnitLead,
        name,
        Some(units.join(",")),
        None,
        actor,
        days,
    )
    .await
}

/// A token that belongs to a staff account: it reads with the account's role and
/// units, and ends when the account is disabled.
pub async fn create_user_token(
    db: &DatabaseConnection,
    owner: &entity::user::Model,
    name: &str,
    actor: &str,
    days: u32,
) -> Result<String, DbErr> {
    let role = Role::parse(&owner.role).unwrap_or(Role::Facilitator);
    insert_token(
        db,
        role,
        name,
        owner.units.clone(),
        Some(owner.id),
        actor,
        days,
    )
    .await
}

async fn insert_token(
    db: &DatabaseConnection,
    role: Role,
    name: &str,
    units: Option<String>,
    user_id: Option<i32>,
    actor: &str,
    days: u32,
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
        expires_at: Set(expiry(days)),
        user_id: Set(user_id),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    audit::record_in(&txn, actor, "token.create", Some(name), Some(role.as_str())).await?;
    txn.commit().await?;
    Ok(secret)
}

/// A token as the users page and `stemme token list` show it (never its secret).
#[derive(Debug, Clone, serde::Serialize)]
pub struct TokenInfo {
    pub id: i32,
    pub name: String,
    pub role: String,
    pub owner: Option<String>,
    pub created: String,
    pub expires: Option<String>,
    /// active, expired, revoked or owner_disabled.
    pub status: &'static str,
}

/// Every token, newest first.
pub async fn list_tokens(db: &DatabaseConnection) -> Result<Vec<TokenInfo>, DbErr> {
    use sea_orm::QueryOrder;
    let owners: std::collections::HashMap<i32, entity::user::Model> = User::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let now = chrono::Utc::now();
    let day = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d").to_string();
    Ok(ApiToken::find()
        .order_by_desc(api_token::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|t| {
            let owner = t.user_id.and_then(|id| owners.get(&id));
            let status = if t.revoked_at.is_some() {
                "revoked"
            } else if t.expires_at.is_some_and(|e| e <= now) {
                "expired"
            } else if owner.is_some_and(|o| !o.active) || (t.user_id.is_some() && owner.is_none()) {
                "owner_disabled"
            } else {
                "active"
            };
            TokenInfo {
                id: t.id,
                name: t.name,
                role: owner.map_or(t.role, |o| o.role.clone()),
                owner: owner.map(|o| o.username.clone()),
                created: day(t.created_at),
                expires: t.expires_at.map(day),
                status,
            }
        })
        .collect())
}

/// Revokes a token for good; false when there is no such token or it was revoked.
pub async fn revoke_token(db: &DatabaseConnection, id: i32, actor: &str) -> Result<bool, DbErr> {
    let txn = begin_write(db).await?;
    let Some(found) = ApiToken::find_by_id(id).one(&txn).await? else {
        return Ok(false);
    };
    if found.revoked_at.is_some() {
        return Ok(false);
    }
    ApiToken::update(api_token::ActiveModel {
        id: Set(id),
        revoked_at: Set(Some(chrono::Utc::now())),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    audit::record_in(&txn, actor, "token.revoke", Some(&found.name), None).await?;
    txn.commit().await?;
    Ok(true)
}

/// Revokes every token of a staff account (it was disabled), in the caller's transaction.
pub async fn revoke_user_tokens(
    txn: &impl sea_orm::ConnectionTrait,
    user_id: i32,
) -> Result<(), DbErr> {
    ApiToken::update_many()
        .col_expr(
            api_token::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now()),
        )
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

/// On the very first start (no token and no user yet) makes an admin token, so the
/// person who installed the server can get in; `None` on every later start.
pub async fn first_start_token(
    db: &DatabaseConnection,
    days: u32,
) -> Result<Option<String>, DbErr> {
    let tokens = ApiToken::find().count(db).await?;
    let users = User::find().count(db).await?;
    if tokens > 0 || users > 0 {
        return Ok(None);
    }
    create_token(db, Role::Admin, "first-admin", "system", days)
        .await
        .map(Some)
}

pub async fn verify(db: &DatabaseConnection, token: &str) -> Result<Principal, AuthError> {
    verify_hash(db, &hash(token)).await
}

/// As `verify`, for a token known by its hash (a signed-in session keeps only that).
/// A revoked or expired token, or one whose account is disabled or gone, is refused.
pub async fn verify_hash(
    db: &DatabaseConnection,
    token_hash: &str,
) -> Result<Principal, AuthError> {
    let unavailable = |e: DbErr| {
        tracing::error!(error = %e, "token lookup failed");
        AuthError::Unavailable
    };
    let found = ApiToken::find()
        .filter(api_token::Column::TokenHash.eq(token_hash))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await
        .map_err(unavailable)?
        .ok_or(AuthError::Invalid)?;
    if found.expires_at.is_some_and(|e| e <= chrono::Utc::now()) {
        return Err(AuthError::Invalid);
    }
    let (role, units) = match found.user_id {
        None => (found.role, found.units),
        Some(id) => {
            let owner = User::find_by_id(id)
                .one(db)
                .await
                .map_err(unavailable)?
                .filter(|u| u.active)
                .ok_or(AuthError::Invalid)?;
            (owner.role, owner.units)
        }
    };
    let role = Role::parse(&role).ok_or(AuthError::Invalid)?;
    Ok(Principal {
        name: found.name,
        role,
        units: super::auth::parse_units(units.as_deref()),
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
