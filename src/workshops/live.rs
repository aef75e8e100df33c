//! Live results for the projector, released in batches: a new board is shown only when
//! at least `BATCH_PARTICIPANTS` participants changed something since the last one, so
//! nobody's single vote or rating can be read off the screen. What the facilitator does
//! (proposals, grouping) shows at once when no participant's change is waiting.
use super::model::BATCH_PARTICIPANTS;
use super::store::{self, Board, Result};
use entity::workshop;
use sea_orm::DatabaseConnection;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
pub struct LiveBoards {
    released: Arc<Mutex<HashMap<i32, (Board, u64)>>>,
}

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

impl LiveBoards {
    /// The board to show now and its version (which changes with every release).
    pub async fn current(
        &self,
        db: &DatabaseConnection,
        w: &workshop::Model,
    ) -> Result<(Board, u64)> {
        let fresh = store::board(db, w.id).await?;
        let closed = !store::is_open(w);
        let Ok(mut map) = self.released.lock() else {
            return Ok((fresh, 0));
        };
        let entry = map.entry(w.id).or_insert_with(|| (Board::default(), 0));
        if may_release(&entry.0, &fresh, closed) {
            *entry = (fresh, entry.1 + 1);
        }
        Ok(entry.clone())
    }
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
    fn the_facilitators_changes_show_at_once() {
        let shown = board(&[(1, 1)], 0);
        let mut grouped = shown.clone();
        grouped.notes[0].proposal = Some(4);
        assert!(may_release(&shown, &grouped, false));
        assert!(!may_release(&shown, &shown.clone(), false));
    }
}
