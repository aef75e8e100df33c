//! Staff accounts: the only place users are stored or changed. Every change is audited;
//! disabling an account or resetting its password ends its sessions; the last active
//! admin cannot be disabled or demoted.
use super::auth::Role;
use super::passwords::{self, PasswordError};
use super::{audit, session};
use crate::db::begin_write;
use entity::prelude::*;
use entity::{unit, user};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};

#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("a username is 2–32 characters: lower-case letters, digits, dot, dash or underscore")]
    InvalidUsername,
    #[error("the username {0} is taken")]
    Taken(String),
    #[error("no such user")]
    NotFound,
    #[error("there is no unit {0}")]
    UnknownUnit(String),
    #[error("a unit lead needs at least one unit")]
    UnitsNeeded,
    #[error("the display name must be 1–100 characters")]
    InvalidName,
    #[error("the last active admin cannot be disabled or given another role")]
    LastAdmin,
    #[error("{0}")]
    Password(#[from] PasswordError),
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

impl UserError {
    pub fn code(&self) -> &'static str {
        match self {
            UserError::InvalidUsername => "invalid_username",
            UserError::Taken(_) => "username_taken",
            UserError::NotFound => "not_found",
            UserError::UnknownUnit(_) => "unknown_unit",
            UserError::UnitsNeeded => "units_needed",
            UserError::InvalidName => "invalid_name",
            UserError::LastAdmin => "last_admin",
            UserError::Password(PasswordError::TooShort) => "password_too_short",
            UserError::Password(PasswordError::TooLong) => "password_too_long",
            UserError::Password(PasswordError::Hashing) | UserError::Db(_) => "unavailable",
        }
    }
}

/// A username as typed: trimmed and lower-cased, then checked.
pub fn normalise_username(raw: &str) -> String {
    raw.trim().to_lowercase()
}

fn check_username(name: &str) -> Result<(), UserError> {
    let ok = (2..=32).contains(&name.chars().count())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
    if ok {
        Ok(())
    } else {
        Err(UserError::InvalidUsername)
    }
}

async fn check_units(
    db: &impl ConnectionTrait,
    role: Role,
    units: &[String],
) -> Result<Option<String>, UserError> {
    if role != Role::UnitLead {
        return Ok(None);
    }
    if units.is_empty() {
        return Err(UserError::UnitsNeeded);
    }
    for slug in units {
        let found = Unit::find()
            .filter(unit::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await?;
        if found.is_none() {
            return Err(UserError::UnknownUnit(slug.clone()));
        }
    }
    Ok(Some(units.join(",")))
}

pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub units: Vec<String>,
    pub password: String,
}

/// Someone the identity provider vouched for, with the role their groups give.
pub struct ExternalUser {
    /// `issuer#subject`: what they are matched by, now and at every later sign-in.
    pub subject: String,
    /// What the provider calls them (preferred username or e-mail), to start from.
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub units: Vec<String>,
}

/// A username of the allowed shape made from what the provider calls someone.
fn username_from(raw: &str) -> String {
    let mut name: String = normalise_username(raw)
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c) {
                c
            } else {
                '-'
            }
        })
        .take(24)
        .collect();
    while name.chars().count() < 2 {
        name.push('-');
    }
    name
}

/// The account of someone who signed in through the identity provider: made at the
/// first sign-in, and given the role (and units) the groups give at every one. An
/// account an admin disabled stays disabled. The username never takes over a local
/// account's: a taken one gets a suffix.
pub async fn upsert_external(
    db: &DatabaseConnection,
    who: ExternalUser,
) -> Result<user::Model, UserError> {
    let display: String = who.display_name.trim().chars().take(100).collect();
    let display = if display.is_empty() {
        who.username.clone()
    } else {
        display
    };
    let txn = begin_write(db).await?;
    let units = check_units(&txn, who.role, &who.units).await?;
    let found = User::find()
        .filter(user::Column::OidcSubject.eq(who.subject.as_str()))
        .one(&txn)
        .await?;
    let id = match found {
        Some(existing) => {
            if existing.role != who.role.as_str() || existing.units != units {
                audit::record_in(
                    &txn,
                    "oidc",
                    "user.role",
                    Some(&existing.username),
                    Some(who.role.as_str()),
                )
                .await?;
            }
            User::update(user::ActiveModel {
                id: Set(existing.id),
                role: Set(who.role.as_str().to_owned()),
                units: Set(units),
                display_name: Set(display),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
            existing.id
        }
        None => {
            let base = username_from(&who.username);
            let mut username = base.clone();
            let mut n = 1;
            while User::find()
                .filter(user::Column::Username.eq(username.as_str()))
                .count(&txn)
                .await?
                > 0
            {
                n += 1;
                username = format!("{base}-sso{n}");
            }
            let inserted = User::insert(user::ActiveModel {
                username: Set(username.clone()),
                display_name: Set(display),
                role: Set(who.role.as_str().to_owned()),
                password_hash: Set(None),
                active: Set(true),
                created_at: Set(chrono::Utc::now()),
                units: Set(units),
                oidc_subject: Set(Some(who.subject.clone())),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
            audit::record_in(
                &txn,
                "oidc",
                "user.create",
                Some(&username),
                Some(who.role.as_str()),
            )
            .await?;
            inserted.last_insert_id
        }
    };
    txn.commit().await?;
    User::find_by_id(id)
        .one(db)
        .await?
        .ok_or(UserError::NotFound)
}

/// Creates an account; returns its id.
pub async fn create(db: &DatabaseConnection, new: NewUser, actor: &str) -> Result<i32, UserError> {
    let username = normalise_username(&new.username);
    check_username(&username)?;
    let display = new.display_name.trim();
    if display.is_empty() || display.chars().count() > 100 {
        return Err(UserError::InvalidName);
    }
    let hash = passwords::hash(new.password).await?;
    let txn = begin_write(db).await?;
    let units = check_units(&txn, new.role, &new.units).await?;
    let taken = User::find()
        .filter(user::Column::Username.eq(username.as_str()))
        .count(&txn)
        .await?;
    if taken > 0 {
        return Err(UserError::Taken(username));
    }
    let inserted = User::insert(user::ActiveModel {
        username: Set(username.clone()),
        display_name: Set(display.to_owned()),
        role: Set(new.role.as_str().to_owned()),
        password_hash: Set(Some(hash)),
        active: Set(true),
        created_at: Set(chrono::Utc::now()),
        units: Set(units.clone()),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let detail = match &units {
        Some(u) => format!("{} {u}", new.role),
        None => new.role.to_string(),
    };
    audit::record_in(&txn, actor, "user.create", Some(&username), Some(&detail)).await?;
    txn.commit().await?;
    Ok(inserted.last_insert_id)
}

pub async fn list(db: &DatabaseConnection) -> Result<Vec<user::Model>, DbErr> {
    User::find()
        .order_by_asc(user::Column::Username)
        .all(db)
        .await
}

pub async fn find(db: &DatabaseConnection, username: &str) -> Result<Option<user::Model>, DbErr> {
    User::find()
        .filter(user::Column::Username.eq(normalise_username(username)))
        .one(db)
        .await
}

async fn get(db: &impl ConnectionTrait, id: i32) -> Result<user::Model, UserError> {
    User::find_by_id(id)
        .one(db)
        .await?
        .ok_or(UserError::NotFound)
}

/// Whether taking `user` away from the active admins would leave none.
async fn is_last_admin(db: &impl ConnectionTrait, user: &user::Model) -> Result<bool, DbErr> {
    if user.role != Role::Admin.as_str() || !user.active {
        return Ok(false);
    }
    let admins = User::find()
        .filter(user::Column::Role.eq(Role::Admin.as_str()))
        .filter(user::Column::Active.eq(true))
        .count(db)
        .await?;
    Ok(admins <= 1)
}

/// Gives a user another role (and, for a unit lead, units).
pub async fn set_role(
    db: &DatabaseConnection,
    id: i32,
    role: Role,
    units: &[String],
    actor: &str,
) -> Result<(), UserError> {
    let txn = begin_write(db).await?;
    let found = get(&txn, id).await?;
    if role != Role::Admin && is_last_admin(&txn, &found).await? {
        return Err(UserError::LastAdmin);
    }
    let units = check_units(&txn, role, units).await?;
    let detail = format!(
        "{} → {role}{}",
        found.role,
        units
            .as_deref()
            .map(|u| format!(" {u}"))
            .unwrap_or_default()
    );
    User::update(user::ActiveModel {
        id: Set(id),
        role: Set(role.as_str().to_owned()),
        units: Set(units),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    audit::record_in(
        &txn,
        actor,
        "user.role",
        Some(&found.username),
        Some(&detail),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Enables or disables an account; disabling ends all its sessions at once.
pub async fn set_active(
    db: &DatabaseConnection,
    id: i32,
    active: bool,
    actor: &str,
) -> Result<(), UserError> {
    let txn = begin_write(db).await?;
    let found = get(&txn, id).await?;
    if !active && is_last_admin(&txn, &found).await? {
        return Err(UserError::LastAdmin);
    }
    User::update(user::ActiveModel {
        id: Set(id),
        active: Set(active),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    if !active {
        session::end_all(&txn, id).await?;
        super::tokens::revoke_user_tokens(&txn, id).await?;
    }
    let action = if active {
        "user.enable"
    } else {
        "user.disable"
    };
    audit::record_in(&txn, actor, action, Some(&found.username), None).await?;
    txn.commit().await?;
    Ok(())
}

/// Sets a new password. A reset by someone else ends the user's sessions; changing
/// one's own keeps the session it was changed in.
pub async fn set_password(
    db: &DatabaseConnection,
    id: i32,
    password: String,
    actor: &str,
    keep_session: Option<&str>,
) -> Result<(), UserError> {
    let hash = passwords::hash(password).await?;
    let txn = begin_write(db).await?;
    let found = get(&txn, id).await?;
    User::update(user::ActiveModel {
        id: Set(id),
        password_hash: Set(Some(hash)),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let ended = session::end_all_but(&txn, id, keep_session).await?;
    audit::record_in(
        &txn,
        actor,
        "user.password",
        Some(&found.username),
        Some(&format!("{ended} sessions ended")),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The user a name and password belong to, or `None`; the same work either way.
pub async fn authenticate(
    db: &DatabaseConnection,
    username: &str,
    password: String,
) -> Result<Option<user::Model>, DbErr> {
    let found = find(db, username).await?.filter(|u| u.active);
    let stored = found.as_ref().and_then(|u| u.password_hash.clone());
    let ok = passwords::verify(stored, password).await;
    Ok(found.filter(|_| ok))
}

/// On the very first start (no user yet) makes the `admin` account with a generated
/// password, shown once; `None` on every later start.
pub async fn first_admin(db: &DatabaseConnection) -> Result<Option<(String, String)>, UserError> {
    if User::find().count(db).await? > 0 {
        return Ok(None);
    }
    let password = passwords::generate();
    match create(
        db,
        NewUser {
            username: "admin".into(),
            display_name: "Administrator".into(),
            role: Role::Admin,
            units: vec![],
            password: password.clone(),
        },
        "system",
    )
    .await
    {
        Ok(_) => Ok(Some(("admin".into(), password))),
        // Another instance made it first.
        Err(UserError::Taken(_)) => Ok(None),
        Err(e) => Err(e),
    }
}
