//! The only place workshops touch the database. Participants' writes check, in the same
//! transaction, that the workshop is still open, so a post that arrives after closing is
//! refused (and told so) rather than half-kept.
use super::model::{self, Scope, Stage};
use crate::admin::audit;
use crate::db::begin_write;
use chrono::{Duration, NaiveDate, Utc};
use entity::prelude::*;
use entity::{
    workshop, workshop_action, workshop_item, workshop_note, workshop_participant,
    workshop_proposal, workshop_rating, workshop_release, workshop_vote,
};
use sea_orm::TryInsertResult;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum WorkshopError {
    #[error("no such workshop")]
    NotFound,
    #[error("the workshop is closed")]
    Closed,
    #[error("the join code has expired")]
    Expired,
    #[error("{0}")]
    Invalid(&'static str),
    #[error("too many notes in a short time")]
    TooFast,
    #[error("no votes left")]
    NoVotesLeft,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

impl WorkshopError {
    /// The stable code, also the translation key's last part.
    pub fn code(&self) -> &'static str {
        match self {
            WorkshopError::NotFound => "not_found",
            WorkshopError::Closed => "closed",
            WorkshopError::Expired => "expired",
            WorkshopError::Invalid(code) => code,
            WorkshopError::TooFast => "too_fast",
            WorkshopError::NoVotesLeft => "no_votes_left",
            WorkshopError::Db(_) => "unavailable",
        }
    }
}

pub type Result<T> = std::result::Result<T, WorkshopError>;

pub struct NewWorkshop {
    pub title: String,
    pub scope: Scope,
    /// The unit whose public page shows the actions (a unit workshop's own unit).
    pub unit: Option<String>,
    pub stage: Stage,
    pub with_children: bool,
    pub days_open: i64,
}

pub async fn create(db: &DatabaseConnection, new: NewWorkshop, actor: &str) -> Result<i32> {
    let title =
        model::clean_text(&new.title, 200).ok_or(WorkshopError::Invalid("workshop_title"))?;
    let now = Utc::now();
    let txn = begin_write(db).await?;
    // A fresh code that no workshop has; collisions are rare, so a few tries suffice.
    let mut code = model::new_join_code();
    for _ in 0..5 {
        let taken = Workshop::find()
            .filter(workshop::Column::Code.eq(code.as_str()))
            .count(&txn)
            .await?;
        if taken == 0 {
            break;
        }
        code = model::new_join_code();
    }
    let inserted = Workshop::insert(workshop::ActiveModel {
        code: Set(code.clone()),
        title: Set(title),
        scope_kind: Set(new.scope.kind().to_owned()),
        scope: Set(new.scope.slug().to_owned()),
        unit: Set(new.unit),
        stage: Set(new.stage.as_str().to_owned()),
        with_children: Set(new.with_children),
        status: Set("open".into()),
        created_by: Set(actor.to_owned()),
        created_at: Set(now),
        join_until: Set(now + Duration::days(new.days_open.clamp(1, 60))),
        closed_at: Set(None),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let id = inserted.last_insert_id;
    audit::record_in(
        &txn,
        actor,
        "workshop.create",
        Some(&id.to_string()),
        Some(&code),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

pub async fn list(db: &DatabaseConnection) -> Result<Vec<workshop::Model>> {
    Ok(Workshop::find()
        .order_by_desc(workshop::Column::Id)
        .all(db)
        .await?)
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<workshop::Model> {
    Workshop::find_by_id(id)
        .one(db)
        .await?
        .ok_or(WorkshopError::NotFound)
}

/// The workshop a join code opens; closed and expired codes say so.
pub async fn by_code(db: &DatabaseConnection, code: &str) -> Result<workshop::Model> {
    let code = model::normalise_code(code);
    let found = Workshop::find()
        .filter(workshop::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or(WorkshopError::NotFound)?;
    Ok(found)
}

/// Whether participants may still post.
pub fn is_open(w: &workshop::Model) -> bool {
    w.status == "open"
}

/// Whether new participants may still join with the code.
pub fn check_joinable(w: &workshop::Model) -> Result<()> {
    if !is_open(w) {
        Err(WorkshopError::Closed)
    } else if w.join_until < Utc::now() {
        Err(WorkshopError::Expired)
    } else {
        Ok(())
    }
}

pub async fn set_open(db: &DatabaseConnection, id: i32, open: bool, actor: &str) -> Result<()> {
    let txn = begin_write(db).await?;
    get(&txn, id).await?;
    Workshop::update(workshop::ActiveModel {
        id: Set(id),
        status: Set(if open { "open" } else { "closed" }.into()),
        closed_at: Set((!open).then(Utc::now)),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let action = if open {
        "workshop.reopen"
    } else {
        "workshop.close"
    };
    audit::record_in(&txn, actor, action, Some(&id.to_string()), None).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn items(db: &DatabaseConnection, id: i32) -> Result<Vec<workshop_item::Model>> {
    Ok(WorkshopItem::find()
        .filter(workshop_item::Column::WorkshopId.eq(id))
        .order_by_asc(workshop_item::Column::Position)
        .order_by_asc(workshop_item::Column::Id)
        .all(db)
        .await?)
}

/// Adds material: an indicator chart (code), a theme trend (slug) or a quote (response
/// id, shown once approved).
pub async fn add_item(
    db: &DatabaseConnection,
    id: i32,
    kind: &str,
    reference: &str,
    actor: &str,
) -> Result<()> {
    if !matches!(kind, "indicator" | "theme" | "quote") || reference.is_empty() {
        return Err(WorkshopError::Invalid("material"));
    }
    let txn = begin_write(db).await?;
    get(&txn, id).await?;
    let existing = WorkshopItem::find()
        .filter(workshop_item::Column::WorkshopId.eq(id))
        .filter(workshop_item::Column::Kind.eq(kind))
        .filter(workshop_item::Column::Reference.eq(reference))
        .count(&txn)
        .await?;
    if existing == 0 {
        let position = WorkshopItem::find()
            .filter(workshop_item::Column::WorkshopId.eq(id))
            .count(&txn)
            .await? as i32;
        WorkshopItem::insert(workshop_item::ActiveModel {
            workshop_id: Set(id),
            kind: Set(kind.to_owned()),
            reference: Set(reference.to_owned()),
            approved: Set(kind != "quote"),
            position: Set(position),
            ..Default::default()
        })
        .exec_without_returning(&txn)
        .await?;
        let detail = format!("{kind} {reference}");
        audit::record_in(
            &txn,
            actor,
            "workshop.material",
            Some(&id.to_string()),
            Some(&detail),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Approves or removes a piece of material.
pub async fn change_item(
    db: &DatabaseConnection,
    id: i32,
    item: i32,
    approve: bool,
    actor: &str,
) -> Result<()> {
    let txn = begin_write(db).await?;
    let found = WorkshopItem::find_by_id(item)
        .filter(workshop_item::Column::WorkshopId.eq(id))
        .one(&txn)
        .await?
        .ok_or(WorkshopError::NotFound)?;
    if approve {
        WorkshopItem::update(workshop_item::ActiveModel {
            id: Set(found.id),
            approved: Set(true),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
    } else {
        WorkshopItem::delete_by_id(found.id).exec(&txn).await?;
    }
    let action = if approve {
        "workshop.approve"
    } else {
        "workshop.remove"
    };
    let detail = format!("{} {}", found.kind, found.reference);
    audit::record_in(&txn, actor, action, Some(&id.to_string()), Some(&detail)).await?;
    txn.commit().await?;
    Ok(())
}

/// A participant joins: a row and a secret for their cookie (only its hash is kept).
pub async fn join(
    db: &DatabaseConnection,
    w: &workshop::Model,
    lang: &str,
    role: &str,
) -> Result<String> {
    check_joinable(w)?;
    if !model::PARTICIPANT_ROLES.contains(&role) {
        return Err(WorkshopError::Invalid("role"));
    }
    let secret = crate::admin::random_hex(32);
    WorkshopParticipant::insert(workshop_participant::ActiveModel {
        workshop_id: Set(w.id),
        token_hash: Set(crate::admin::token_hash(&secret)),
        lang: Set(lang.to_owned()),
        role: Set(role.to_owned()),
        joined_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(secret)
}

pub async fn participant(
    db: &DatabaseConnection,
    workshop_id: i32,
    secret: &str,
) -> Result<Option<workshop_participant::Model>> {
    Ok(WorkshopParticipant::find()
        .filter(workshop_participant::Column::TokenHash.eq(crate::admin::token_hash(secret)))
        .filter(workshop_participant::Column::WorkshopId.eq(workshop_id))
        .one(db)
        .await?)
}

/// Re-reads the workshop inside a write transaction: posts after closing are refused.
async fn open_in(txn: &impl ConnectionTrait, id: i32) -> Result<workshop::Model> {
    let w = get(txn, id).await?;
    if is_open(&w) {
        Ok(w)
    } else {
        Err(WorkshopError::Closed)
    }
}

pub async fn add_note(
    db: &DatabaseConnection,
    workshop_id: i32,
    who: &workshop_participant::Model,
    text: &str,
) -> Result<()> {
    let text =
        model::clean_text(text, model::MAX_NOTE_CHARS).ok_or(WorkshopError::Invalid("note"))?;
    let txn = begin_write(db).await?;
    open_in(&txn, workshop_id).await?;
    let recent = WorkshopNote::find()
        .filter(workshop_note::Column::ParticipantId.eq(who.id))
        .filter(workshop_note::Column::CreatedAt.gt(Utc::now() - Duration::minutes(1)))
        .count(&txn)
        .await?;
    if recent >= model::NOTES_PER_MINUTE as u64 {
        return Err(WorkshopError::TooFast);
    }
    WorkshopNote::insert(workshop_note::ActiveModel {
        workshop_id: Set(workshop_id),
        participant_id: Set(who.id),
        text: Set(text),
        lang: Set(who.lang.clone()),
        proposal_id: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Gives or takes back a vote for a note; returns whether the participant now votes for it.
pub async fn toggle_vote(
    db: &DatabaseConnection,
    workshop_id: i32,
    who: &workshop_participant::Model,
    note_id: i32,
) -> Result<bool> {
    let txn = begin_write(db).await?;
    open_in(&txn, workshop_id).await?;
    WorkshopNote::find_by_id(note_id)
        .filter(workshop_note::Column::WorkshopId.eq(workshop_id))
        .one(&txn)
        .await?
        .ok_or(WorkshopError::NotFound)?;
    let mine = WorkshopVote::find()
        .filter(workshop_vote::Column::ParticipantId.eq(who.id))
        .all(&txn)
        .await?;
    let voted = if mine.iter().any(|v| v.note_id == note_id) {
        WorkshopVote::delete_by_id((who.id, note_id))
            .exec(&txn)
            .await?;
        false
    } else {
        if mine.len() >= model::VOTES_PER_PARTICIPANT {
            return Err(WorkshopError::NoVotesLeft);
        }
        WorkshopVote::insert(workshop_vote::ActiveModel {
            participant_id: Set(who.id),
            note_id: Set(note_id),
            workshop_id: Set(workshop_id),
            created_at: Set(Utc::now()),
        })
        .exec_without_returning(&txn)
        .await?;
        true
    };
    txn.commit().await?;
    Ok(voted)
}

pub async fn my_votes(db: &DatabaseConnection, participant_id: i32) -> Result<Vec<i32>> {
    Ok(WorkshopVote::find()
        .filter(workshop_vote::Column::ParticipantId.eq(participant_id))
        .all(db)
        .await?
        .into_iter()
        .map(|v| v.note_id)
        .collect())
}

pub async fn my_ratings(db: &DatabaseConnection, participant_id: i32) -> Result<HashMap<i32, i32>> {
    Ok(WorkshopRating::find()
        .filter(workshop_rating::Column::ParticipantId.eq(participant_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.proposal_id, r.score))
        .collect())
}

/// Rates a proposal 1–5 (a second rating replaces the first).
pub async fn rate(
    db: &DatabaseConnection,
    workshop_id: i32,
    who: &workshop_participant::Model,
    proposal_id: i32,
    score: i32,
) -> Result<()> {
    if !(1..=5).contains(&score) {
        return Err(WorkshopError::Invalid("score"));
    }
    let txn = begin_write(db).await?;
    open_in(&txn, workshop_id).await?;
    WorkshopProposal::find_by_id(proposal_id)
        .filter(workshop_proposal::Column::WorkshopId.eq(workshop_id))
        .one(&txn)
        .await?
        .ok_or(WorkshopError::NotFound)?;
    WorkshopRating::delete_by_id((who.id, proposal_id))
        .exec(&txn)
        .await?;
    WorkshopRating::insert(workshop_rating::ActiveModel {
        participant_id: Set(who.id),
        proposal_id: Set(proposal_id),
        workshop_id: Set(workshop_id),
        score: Set(score),
        created_at: Set(Utc::now()),
    })
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The facilitator groups notes under a new proposal.
pub async fn propose(
    db: &DatabaseConnection,
    workshop_id: i32,
    title: &str,
    notes: &[i32],
    actor: &str,
) -> Result<i32> {
    let title = model::clean_text(title, 300).ok_or(WorkshopError::Invalid("proposal"))?;
    let txn = begin_write(db).await?;
    get(&txn, workshop_id).await?;
    let inserted = WorkshopProposal::insert(workshop_proposal::ActiveModel {
        workshop_id: Set(workshop_id),
        title: Set(title),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let id = inserted.last_insert_id;
    if !notes.is_empty() {
        WorkshopNote::update_many()
            .col_expr(
                workshop_note::Column::ProposalId,
                sea_orm::sea_query::Expr::value(id),
            )
            .filter(workshop_note::Column::WorkshopId.eq(workshop_id))
            .filter(workshop_note::Column::Id.is_in(notes.to_vec()))
            .exec(&txn)
            .await?;
    }
    audit::record_in(
        &txn,
        actor,
        "workshop.proposal",
        Some(&workshop_id.to_string()),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

pub struct NewAction {
    pub what: String,
    pub who: String,
    pub due: NaiveDate,
    pub unit: Option<String>,
    pub themes: Vec<String>,
    pub indicators: Vec<String>,
}

/// Records a decision as an action; it shows on the unit's public page at once.
pub async fn record_action(
    db: &DatabaseConnection,
    workshop_id: i32,
    new: NewAction,
    actor: &str,
) -> Result<i32> {
    let what = model::clean_text(&new.what, 500).ok_or(WorkshopError::Invalid("action_what"))?;
    let who = model::clean_text(&new.who, 120).ok_or(WorkshopError::Invalid("action_who"))?;
    let txn = begin_write(db).await?;
    let w = get(&txn, workshop_id).await?;
    let unit = new.unit.filter(|u| !u.is_empty()).or(w.unit.clone());
    let inserted = WorkshopAction::insert(workshop_action::ActiveModel {
        workshop_id: Set(workshop_id),
        unit: Set(unit),
        what: Set(what),
        who: Set(who),
        due: Set(new.due),
        themes: Set(new.themes.join(",")),
        indicators: Set(new.indicators.join(",")),
        status: Set("planned".into()),
        created_by: Set(actor.to_owned()),
        created_at: Set(Utc::now()),
        done_at: Set(None),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let id = inserted.last_insert_id;
    audit::record_in(
        &txn,
        actor,
        "workshop.action",
        Some(&workshop_id.to_string()),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Marks an action done (or planned again); returns its workshop.
pub async fn set_action_done(
    db: &DatabaseConnection,
    action_id: i32,
    done: bool,
    actor: &str,
) -> Result<i32> {
    let txn = begin_write(db).await?;
    let found = WorkshopAction::find_by_id(action_id)
        .one(&txn)
        .await?
        .ok_or(WorkshopError::NotFound)?;
    WorkshopAction::update(workshop_action::ActiveModel {
        id: Set(action_id),
        status: Set(if done { "done" } else { "planned" }.into()),
        done_at: Set(done.then(Utc::now)),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let action = if done {
        "action.done"
    } else {
        "action.planned"
    };
    audit::record_in(&txn, actor, action, Some(&action_id.to_string()), None).await?;
    txn.commit().await?;
    Ok(found.workshop_id)
}

pub async fn actions_of(
    db: &DatabaseConnection,
    workshop_id: i32,
) -> Result<Vec<workshop_action::Model>> {
    Ok(WorkshopAction::find()
        .filter(workshop_action::Column::WorkshopId.eq(workshop_id))
        .order_by_asc(workshop_action::Column::Due)
        .all(db)
        .await?)
}

/// Every action for a unit, newest due date first: the public "we did" list.
pub async fn actions_for_unit(
    db: &DatabaseConnection,
    unit: &str,
) -> Result<Vec<workshop_action::Model>> {
    Ok(WorkshopAction::find()
        .filter(workshop_action::Column::Unit.eq(unit))
        .order_by_desc(workshop_action::Column::Due)
        .all(db)
        .await?)
}

pub async fn all_actions(db: &DatabaseConnection) -> Result<Vec<workshop_action::Model>> {
    Ok(WorkshopAction::find().all(db).await?)
}

/// One note as the projector and the facilitator see it.
#[derive(Debug, Clone, serde::Serialize, PartialEq)]
pub struct NoteView {
    pub id: i32,
    pub text: String,
    pub lang: String,
    pub votes: usize,
    pub proposal: Option<i32>,
}

#[derive(Debug, Clone, serde::Serialize, PartialEq)]
pub struct ProposalView {
    pub id: i32,
    pub title: String,
    pub ratings: usize,
    /// Average rating, one decimal, once enough have rated.
    pub average: Option<f64>,
}

/// Everything participants have put on the board, with who contributed how much (for
/// releasing live results in batches; never shown).
#[derive(Debug, Clone, Default, serde::Serialize, PartialEq)]
pub struct Board {
    pub notes: Vec<NoteView>,
    pub proposals: Vec<ProposalView>,
    pub participants: usize,
    #[serde(skip)]
    pub contributions: HashMap<i32, usize>,
}

pub async fn board(db: &DatabaseConnection, workshop_id: i32) -> Result<Board> {
    let notes = WorkshopNote::find()
        .filter(workshop_note::Column::WorkshopId.eq(workshop_id))
        .order_by_asc(workshop_note::Column::Id)
        .all(db)
        .await?;
    let votes = WorkshopVote::find()
        .filter(workshop_vote::Column::WorkshopId.eq(workshop_id))
        .all(db)
        .await?;
    let proposals = WorkshopProposal::find()
        .filter(workshop_proposal::Column::WorkshopId.eq(workshop_id))
        .order_by_asc(workshop_proposal::Column::Id)
        .all(db)
        .await?;
    let ratings = WorkshopRating::find()
        .filter(workshop_rating::Column::WorkshopId.eq(workshop_id))
        .all(db)
        .await?;
    let participants = WorkshopParticipant::find()
        .filter(workshop_participant::Column::WorkshopId.eq(workshop_id))
        .count(db)
        .await? as usize;
    let mut contributions: HashMap<i32, usize> = HashMap::new();
    for n in &notes {
        *contributions.entry(n.participant_id).or_default() += 1;
    }
    for v in &votes {
        *contributions.entry(v.participant_id).or_default() += 1;
    }
    for r in &ratings {
        // A changed score changes the contribution too.
        *contributions.entry(r.participant_id).or_default() += 10 * r.score as usize;
    }
    let mut vote_count: HashMap<i32, usize> = HashMap::new();
    for v in &votes {
        *vote_count.entry(v.note_id).or_default() += 1;
    }
    let mut notes: Vec<NoteView> = notes
        .into_iter()
        .map(|n| NoteView {
            votes: vote_count.get(&n.id).copied().unwrap_or(0),
            id: n.id,
            text: n.text,
            lang: n.lang,
            proposal: n.proposal_id,
        })
        .collect();
    // Most votes first; ties keep the order they came in.
    notes.sort_by(|a, b| b.votes.cmp(&a.votes).then(a.id.cmp(&b.id)));
    let proposals = proposals
        .into_iter()
        .map(|p| {
            let scores: Vec<i32> = ratings
                .iter()
                .filter(|r| r.proposal_id == p.id)
                .map(|r| r.score)
                .collect();
            let average = (scores.len() >= model::MIN_RATINGS_SHOWN).then(|| {
                let sum: i32 = scores.iter().sum();
                (f64::from(sum) / scores.len() as f64 * 10.0).round() / 10.0
            });
            ProposalView {
                id: p.id,
                title: p.title,
                ratings: scores.len(),
                average,
            }
        })
        .collect();
    Ok(Board {
        notes,
        proposals,
        participants,
        contributions,
    })
}

/// The board last released to projectors (stored JSON, version), if any.
pub async fn released(db: &DatabaseConnection, workshop_id: i32) -> Result<Option<(String, i64)>> {
    Ok(WorkshopRelease::find_by_id(workshop_id)
        .one(db)
        .await?
        .map(|r| (r.board, r.version)))
}

/// Stores a released board if `version` is still the stored one (0: none yet); false
/// when another instance released first.
pub async fn release(
    db: &DatabaseConnection,
    workshop_id: i32,
    board: &str,
    version: i64,
) -> Result<bool> {
    let stored = if version == 0 {
        let inserted = WorkshopRelease::insert(workshop_release::ActiveModel {
            workshop_id: Set(workshop_id),
            board: Set(board.to_owned()),
            version: Set(1),
        })
        .on_conflict_do_nothing_on([workshop_release::Column::WorkshopId])
        .exec_without_returning(db)
        .await?;
        match inserted {
            TryInsertResult::Inserted(n) => n,
            TryInsertResult::Empty | TryInsertResult::Conflicted => 0,
        }
    } else {
        WorkshopRelease::update_many()
            .col_expr(workshop_release::Column::Board, Expr::value(board))
            .col_expr(workshop_release::Column::Version, Expr::value(version + 1))
            .filter(workshop_release::Column::WorkshopId.eq(workshop_id))
            .filter(workshop_release::Column::Version.eq(version))
            .exec(db)
            .await?
            .rows_affected
    };
    Ok(stored == 1)
}

/// Participants by role, for the summary; small groups are not shown apart.
pub async fn participant_roles(
    db: &DatabaseConnection,
    workshop_id: i32,
) -> Result<Vec<(String, usize)>> {
    let all = WorkshopParticipant::find()
        .filter(workshop_participant::Column::WorkshopId.eq(workshop_id))
        .all(db)
        .await?;
    let mut by: HashMap<String, usize> = HashMap::new();
    for p in all {
        *by.entry(p.role).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = by.into_iter().collect();
    out.sort();
    Ok(out)
}

/// Drops the quotes of an erased response from every workshop (inside the erasure).
pub async fn forget_quotes(
    db: &impl ConnectionTrait,
    response_id: i64,
) -> std::result::Result<(), DbErr> {
    WorkshopItem::delete_many()
        .filter(workshop_item::Column::Kind.eq("quote"))
        .filter(workshop_item::Column::Reference.eq(response_id.to_string()))
        .exec(db)
        .await?;
    Ok(())
}
