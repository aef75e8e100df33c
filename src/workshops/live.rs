//! Live results for the projector, released in batches: a new board is shown only when
//! at least `BATCH_PARTICIPANTS` participants changed something since the last one, so
//! nobody's single vote or rating can be read off the screen. What the facilitator does
//! (proposals, grouping) shows at once when no participant's change is waiting. The
//! released board is kept in the database (ids and counts, no texts), so projectors
//! served by different instances show the same board and release it once.
use super::model::BATCH_PARTICIPANTS;
use super::store::{self, Board, NoteView, ProposalView, Result};
use entity::workshop;
use sea_orm::DatabaseConnection;
use std::collections::{HashMap, HashSet};

/// How many participants' contributions differ between two boards.
fn changed_participants(before: &HashMap<i32, usize>, now: &HashMap<i32, usize>) -> usize {
    let keys: HashSet<&i32> = before.keys().chain(now.keys()).collect();
    keys.into_iter()
        .filter(|p| before.get(p) != now.get(p))
        .count()
}

/// Whether `fresh` may replace what is shown. A closed workshop shows everything.
pub fn may_release(shown: &Board, fresh: &Board, closed: bool) -> bool {
    if shown == fresh {
        return false;
    }
    if closed {
        return true;
    }
    match changed_participants(&shown.contributions, &fresh.contributions) {
        0 => true, // only the facilitator's changes
        n => n >= BATCH_PARTICIPANTS,
    }
}

/// A released board as stored: what was counted, by id; texts stay in their own rows.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Released {
    notes: Vec<(i32, usize, Option<i32>)>,
    proposals: Vec<(i32, usize, Option<f64>)>,
    participants: usize,
    contributions: Vec<(i32, usize)>,
}

impl Released {
    fn of(board: &Board) -> Released {
        let mut contributions: Vec<(i32, usize)> =
            board.contributions.iter().map(|(p, n)| (*p, *n)).collect();
        contributions.sort_unstable();
        Released {
            notes: board
                .notes
                .iter()
                .map(|n| (n.id, n.votes, n.proposal))
                .collect(),
            proposals: board
                .proposals
                .iter()
                .map(|p| (p.id, p.ratings, p.average))
                .collect(),
            participants: board.participants,
            contributions,
        }
    }

    /// The board as it was released, with texts from `fresh` (a note or proposal gone
    /// since is left out).
    fn board(&self, fresh: &Board) -> Board {
        let notes: HashMap<i32, &NoteView> = fresh.notes.iter().map(|n| (n.id, n)).collect();
        let proposals: HashMap<i32, &ProposalView> =
            fresh.proposals.iter().map(|p| (p.id, p)).collect();
        Board {
            notes: self
                .notes
                .iter()
                .filter_map(|(id, votes, proposal)| {
                    notes.get(id).map(|n| NoteView {
                        id: *id,
                        text: n.text.clone(),
                        lang: n.lang.clone(),
                        votes: *votes,
                        proposal: *proposal,
                    })
                })
                .collect(),
            proposals: self
                .proposals
                .iter()
                .filter_map(|(id, ratings, average)| {
                    proposals.get(id).map(|p| ProposalView {
                        id: *id,
                        title: p.title.clone(),
                        ratings: *ratings,
                        average: *average,
                    })
                })
                .collect(),
            participants: self.participants,
            contributions: self.contributions.iter().copied().collect(),
        }
    }
}

/// The board to show now and its version (which changes with every release). Several
/// instances may look at once: a release is stored only if the version it replaces is
/// still the stored one; otherwise both boards are read again (never compare a newer
/// release with an older reading).
pub async fn current(db: &DatabaseConnection, w: &workshop::Model) -> Result<(Board, u64)> {
    let closed = !store::is_open(w);
    let mut last = (Board::default(), 0);
    // Each failed try means another instance released meanwhile; a few are plenty.
    for _ in 0..5 {
        let (json, version) = store::released(db, w.id)
            .await?
            .unwrap_or_else(|| (String::new(), 0));
        let fresh = store::board(db, w.id).await?;
        // A stored board this version cannot read counts as nothing shown yet.
        let shown = match serde_json::from_str::<Released>(&json) {
            Ok(released) if version > 0 => released.board(&fresh),
            _ => Board::default(),
        };
        if !may_release(&shown, &fresh, closed) {
            return Ok((shown, version.max(0) as u64));
        }
        let stored = serde_json::to_string(&Released::of(&fresh)).unwrap_or_default();
        if store::release(db, w.id, &stored, version).await? {
            return Ok((fresh, (version + 1).max(0) as u64));
        }
        last = (shown, version.max(0) as u64);
    }
    Ok(last)
}

/// The board as the facilitator's own page shows it: every note and proposal as it is
/// now (they group and word them), but votes and ratings only as the projector released
/// them, so the facilitator cannot read one person's vote off the page either.
pub async fn for_facilitator(db: &DatabaseConnection, w: &workshop::Model) -> Result<Board> {
    let (released, _) = current(db, w).await?;
    let mut fresh = store::board(db, w.id).await?;
    Ok(counts_as_released(&mut fresh, &released))
}

/// `fresh` with the counts of `released` (0, and no average, for what came since).
fn counts_as_released(fresh: &mut Board, released: &Board) -> Board {
    let votes: HashMap<i32, usize> = released.notes.iter().map(|n| (n.id, n.votes)).collect();
    let ratings: HashMap<i32, (usize, Option<f64>)> = released
        .proposals
        .iter()
        .map(|p| (p.id, (p.ratings, p.average)))
        .collect();
    for note in &mut fresh.notes {
        note.votes = votes.get(&note.id).copied().unwrap_or(0);
    }
    for proposal in &mut fresh.proposals {
        (proposal.ratings, proposal.average) =
            ratings.get(&proposal.id).copied().unwrap_or((0, None));
    }
    fresh.participants = released.participants;
    fresh.contributions = released.contributions.clone();
    std::mem::take(fresh)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshops::store::NoteView;

    fn board(contributions: &[(i32, usize)], votes: usize) -> Board {
        Board {
            notes: vec![NoteView {
                id: 1,
                text: "Mer åpne møteplasser".into(),
                lang: "nb".into(),
                votes,
                proposal: None,
            }],
            proposals: vec![],
            participants: 3,
            contributions: contributions.iter().copied().collect(),
        }
    }

    #[test]
    fn one_persons_vote_waits_for_another() {
        let shown = board(&[(1, 1)], 0);
        let one_vote = board(&[(1, 1), (2, 1)], 1);
        assert!(!may_release(&shown, &one_vote, false));
        let two_votes = board(&[(1, 1), (2, 1), (3, 1)], 2);
        assert!(may_release(&shown, &two_votes, false));
        // Once the workshop is closed, the final board shows.
        assert!(may_release(&shown, &one_vote, true));
    }

    #[test]
    fn a_stored_release_reads_back_as_the_board_it_was_without_texts() {
        let mut shown = board(&[(1, 1), (2, 3)], 2);
        shown.proposals = vec![ProposalView {
            id: 7,
            title: "Kveldsåpent".into(),
            ratings: 3,
            average: Some(4.3),
        }];
        let json = serde_json::to_string(&Released::of(&shown)).unwrap();
        assert!(
            !json.contains("Mer åpne") && !json.contains("Kveldsåpent"),
            "{json}"
        );
        let stored: Released = serde_json::from_str(&json).unwrap();
        // Later texts come from the board read now; counts from the release.
        let mut now = shown.clone();
        now.notes[0].votes = 5;
        assert_eq!(stored.board(&now), shown);
        // A note gone since is left out.
        now.notes.clear();
        assert!(stored.board(&now).notes.is_empty());
    }

    #[test]
    fn the_facilitator_sees_every_note_but_only_released_votes() {
        let released = board(&[(1, 1), (2, 1), (3, 1)], 2);
        let mut fresh = board(&[(1, 1), (2, 1), (3, 1), (4, 1)], 3);
        fresh.notes.push(NoteView {
            id: 2,
            text: "Leksehjelp".into(),
            lang: "nb".into(),
            votes: 1,
            proposal: None,
        });
        let seen = counts_as_released(&mut fresh, &released);
        assert_eq!(seen.notes.len(), 2, "every note, to group");
        assert_eq!(seen.notes[0].votes, 2, "the released count, not the live 3");
        assert_eq!(
            seen.notes[1].votes, 0,
            "a vote since waits for the next batch"
        );
    }

    #[test]
    fn the_facilitators_changes_show_at_once() {
        let shown = board(&[(1, 1)], 0);
        let mut grouped = shown.clone();
        grouped.notes[0].proposal = Some(4);
        assert!(may_release(&shown, &grouped, false));
        assert!(!may_release(&shown, &shown.clone(), false));
    }
}
