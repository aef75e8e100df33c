//! The codebook in the database: seeded from the built-in one on the first start, edited
//! by planners. An edit re-tags the history: every stored text is queued for indexing
//! again in the edit's transaction, so the theme facet follows the new terms.
use super::{Codebook, Theme};
use crate::db::begin_write;
use entity::prelude::Theme as ThemeRow;
use entity::theme;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryOrder, Statement,
};
use std::collections::BTreeMap;

/// Most terms one language of a theme may have, and their longest length.
pub const MAX_TERMS: usize = 60;
pub const MAX_TERM_CHARS: usize = 60;

fn row(t: &Theme, position: i32, actor: &str) -> theme::ActiveModel {
    theme::ActiveModel {
        slug: Set(t.slug.clone()),
        position: Set(position),
        names: Set(serde_json::to_string(&t.names).unwrap_or_else(|_| "{}".into())),
        terms: Set(serde_json::to_string(&t.terms).unwrap_or_else(|_| "{}".into())),
        updated_by: Set(actor.to_owned()),
        updated_at: Set(chrono::Utc::now()),
    }
}

/// The codebook from the database; the built-in one is stored first if there is none.
pub async fn load(db: &DatabaseConnection) -> Result<Codebook, DbErr> {
    if ThemeRow::find().count(db).await? == 0 {
        let seed = Codebook::default_codebook().map_err(|e| DbErr::Custom(e.to_string()))?;
        let txn = begin_write(db).await?;
        for (i, t) in seed.themes.iter().enumerate() {
            ThemeRow::insert(row(t, i as i32, "seed"))
                .on_conflict(
                    OnConflict::column(theme::Column::Slug)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(&txn)
                .await?;
        }
        txn.commit().await?;
    }
    let rows = ThemeRow::find()
        .order_by_asc(theme::Column::Position)
        .order_by_asc(theme::Column::Slug)
        .all(db)
        .await?;
    let themes = rows
        .into_iter()
        .map(|r| Theme {
            slug: r.slug,
            names: serde_json::from_str(&r.names).unwrap_or_default(),
            terms: serde_json::from_str(&r.terms).unwrap_or_default(),
        })
        .collect();
    Ok(Codebook { themes })
}

/// Checks a theme a planner sent: a plain slug, a Bokmål name, known languages, and
/// terms that are words (trimmed, not empty, not too many or too long). Returns the
/// cleaned theme or the problems, one per line.
pub fn check(
    slug: &str,
    names: BTreeMap<String, String>,
    terms: BTreeMap<String, Vec<String>>,
    known_lang: impl Fn(&str) -> bool,
) -> Result<Theme, Vec<String>> {
    let mut problems = Vec::new();
    let slug_ok = !slug.is_empty()
        && slug.len() <= 40
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    if !slug_ok {
        problems.push(format!(
            "the theme's code {slug:?} must be 1 to 40 of a-z, 0-9, - and _"
        ));
    }
    let names: BTreeMap<String, String> = names
        .into_iter()
        .map(|(l, n)| (l, n.trim().to_owned()))
        .filter(|(_, n)| !n.is_empty())
        .collect();
    if !names.contains_key("nb") {
        problems.push("the theme needs a name in Norwegian Bokmål (nb)".to_owned());
    }
    let mut clean: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for lang in names.keys().chain(terms.keys()) {
        let problem = format!("no language has the code {lang:?}");
        if !known_lang(lang) && !problems.contains(&problem) {
            problems.push(problem);
        }
    }
    for (lang, words) in terms {
        let mut kept: Vec<String> = Vec::new();
        for word in words {
            let word = word.trim().to_owned();
            if word.is_empty() || kept.contains(&word) {
                continue;
            }
            if word.chars().count() > MAX_TERM_CHARS {
                problems.push(format!(
                    "{lang}: {word:?} is longer than {MAX_TERM_CHARS} characters"
                ));
            }
            kept.push(word);
        }
        if kept.len() > MAX_TERMS {
            problems.push(format!("{lang}: at most {MAX_TERMS} terms"));
        }
        if !kept.is_empty() {
            clean.insert(lang, kept);
        }
    }
    if clean.is_empty() {
        problems.push("the theme needs at least one search term".to_owned());
    }
    if problems.is_empty() {
        Ok(Theme {
            slug: slug.to_owned(),
            names,
            terms: clean,
        })
    } else {
        Err(problems)
    }
}

/// Stores a theme (new or changed) and queues every stored text for indexing again, in
/// one transaction under the outbox lock; audited. Returns whether it was new.
pub async fn save(db: &DatabaseConnection, t: &Theme, actor: &str) -> Result<bool, DbErr> {
    let txn = begin_write(db).await?;
    crate::intake::order_outbox(&txn).await?;
    let existing = ThemeRow::find_by_id(t.slug.clone()).one(&txn).await?;
    let position = match &existing {
        Some(e) => e.position,
        None => ThemeRow::find().count(&txn).await? as i32,
    };
    ThemeRow::insert(row(t, position, actor))
        .on_conflict(
            OnConflict::column(theme::Column::Slug)
                .update_columns([
                    theme::Column::Names,
                    theme::Column::Terms,
                    theme::Column::UpdatedBy,
                    theme::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    // Re-tag the history: the indexer tags each text again with the new terms.
    txn.execute_raw(Statement::from_string(
        txn.get_database_backend(),
        "INSERT INTO search_outbox (response_id, op) \
         SELECT response_id, 'index' FROM response_texts WHERE redacted IS NOT NULL",
    ))
    .await?;
    crate::admin::audit::record_in(&txn, actor, "theme.save", Some(&t.slug), None).await?;
    crate::cluster::record_change(&txn, crate::cluster::Shared::Themes).await?;
    txn.commit().await?;
    Ok(existing.is_none())
}
