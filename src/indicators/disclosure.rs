//! Disclosure control (DOMAIN.md §7), implemented once and used by every output that
//! shows counts: indicator rows, search facets, exports.
//!
//! - Primary: a cell with 0 < n < k is hidden.
//! - Uniform small cells: a share of 0 % or 100 % tells every member's answer, so it is
//!   hidden unless the group has at least 2k members.
//! - Secondary: among cells that add up to a total someone can see, the hidden ones
//!   must add up to 0 or at least k; otherwise the smallest shown cells are hidden too,
//!   so that a total minus the shown cells never reveals a hidden cell.
//! - Differencing: a filtered figure whose difference from a wider one (a filter
//!   dropped, a window a month longer) could not be shown itself is refused
//!   (`compute::compute` asks `share_shows` of every such difference).

/// Why a cell is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hidden {
    /// Fewer than k respondents.
    FewerThanK,
    /// Everyone answered alike in a group under 2k.
    Uniform,
    /// Shown, it would let a hidden cell be recomputed from a total.
    Complementary,
    /// The first or last month with answers is too small a group on its own: a window
    /// one month shorter would tell it. A window ending a month earlier may show.
    WindowEdge,
}

impl Hidden {
    /// The reason as every output names it (`fewer_than_k` …).
    pub fn code(self) -> &'static str {
        match self {
            Hidden::FewerThanK => "fewer_than_k",
            Hidden::Uniform => "uniform",
            Hidden::Complementary => "complementary",
            Hidden::WindowEdge => "window_edge",
        }
    }
}

/// Whether a group of `n` with `positive` positive answers may be shown as a share:
/// empty, or at least k and not everyone alike under 2k.
pub fn share_shows(n: u64, positive: u64, k: u64) -> bool {
    n == 0 || (n >= k && !(n < 2 * k && (positive == 0 || positive == n)))
}

/// Which of `counts` (cells that add up to a visible total) must be hidden: primary
/// suppression under `k`, the cells `differenced` marks (another view would give them
/// away; may be shorter than `counts`), then secondary suppression until the hidden
/// cells add up to 0 or at least `k`. Cells with n = 0 are empty, not hidden.
pub fn suppress_counts(counts: &[u64], differenced: &[bool], k: u64) -> Vec<Option<Hidden>> {
    let mut hidden: Vec<Option<Hidden>> = counts
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            if n > 0 && n < k {
                Some(Hidden::FewerThanK)
            } else if differenced.get(i).copied().unwrap_or(false) {
                Some(Hidden::Complementary)
            } else {
                None
            }
        })
        .collect();
    let cells: Vec<(u64, u64)> = counts.iter().map(|&n| (n, 0)).collect();
    complete_with(&cells, &mut hidden, |n, _| n == 0 || n >= k);
    hidden
}

/// Shares for one table: `cells` are (n, positive). Hides small cells, uniform small
/// cells, and what would reveal them, judged on both n and the positive count (a hidden
/// cell's positives must not be recomputable either).
pub fn suppress_shares(cells: &[(u64, u64)], k: u64) -> Vec<Option<Hidden>> {
    let mut hidden: Vec<Option<Hidden>> = cells
        .iter()
        .map(|&(n, positive)| {
            if n > 0 && n < k {
                Some(Hidden::FewerThanK)
            } else if !share_shows(n, positive, k) {
                Some(Hidden::Uniform)
            } else {
                None
            }
        })
        .collect();
    complete_shares(cells, &mut hidden, k);
    hidden
}

/// Secondary suppression for shares: the hidden cells taken together (what a total
/// minus the shown cells gives) must pass the same rule as a shown cell, judged on
/// both their count and their positive answers.
pub fn complete_shares(cells: &[(u64, u64)], hidden: &mut [Option<Hidden>], k: u64) {
    complete_with(cells, hidden, |n, positive| share_shows(n, positive, k));
}

/// Secondary suppression: while the hidden cells together are a group `shows` refuses,
/// the smallest shown non-empty cell is hidden too.
fn complete_with(
    cells: &[(u64, u64)],
    hidden: &mut [Option<Hidden>],
    shows: impl Fn(u64, u64) -> bool,
) {
    loop {
        let (n, positive) = cells
            .iter()
            .zip(hidden.iter())
            .filter(|(_, h)| h.is_some())
            .fold((0, 0), |(n, p), ((cn, cp), _)| (n + cn, p + cp));
        if shows(n, positive) {
            return;
        }
        let next = cells
            .iter()
            .enumerate()
            .filter(|(i, (n, _))| hidden[*i].is_none() && *n > 0)
            .min_by_key(|(_, (n, _))| *n)
            .map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = Some(Hidden::Complementary),
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_single_small_cell_takes_its_smallest_neighbour_with_it() {
        let hidden = suppress_counts(&[40, 8, 2, 0], &[], 5);
        assert_eq!(
            hidden,
            vec![
                None,
                Some(Hidden::Complementary),
                Some(Hidden::FewerThanK),
                None
            ]
        );
    }

    #[test]
    fn uniform_small_groups_are_hidden() {
        let hidden = suppress_shares(&[(7, 7), (30, 12), (9, 0), (40, 40)], 5);
        assert_eq!(hidden[0], Some(Hidden::Uniform));
        assert_eq!(hidden[1], None);
        assert_eq!(hidden[2], Some(Hidden::Uniform));
        assert_eq!(hidden[3], None, "a large group may all agree");
    }

    #[test]
    fn a_lone_uniform_cell_is_not_left_to_subtraction() {
        // The uniform cell alone hidden: the total minus the others would show 7 of 7.
        let hidden = suppress_shares(&[(7, 7), (30, 12), (40, 20)], 5);
        assert_eq!(hidden[0], Some(Hidden::Uniform));
        assert_eq!(hidden[1], Some(Hidden::Complementary));
        assert_eq!(hidden[2], None);
    }

    proptest! {
        /// For any table: no shown cell has 0 < n < k, and the hidden cells add up to
        /// nothing or to at least k, so total minus shown never reveals one of them.
        #[test]
        fn no_shown_cell_is_small_and_no_hidden_one_can_be_recomputed(
            cells in proptest::collection::vec((0u64..40, 0u64..40), 0..15),
            k in 5u64..=10,
        ) {
            let cells: Vec<(u64, u64)> = cells.into_iter().map(|(n, p)| (n, p.min(n))).collect();
            let hidden = suppress_shares(&cells, k);
            let (mut hidden_n, mut hidden_p) = (0, 0);
            for ((n, positive), h) in cells.iter().zip(&hidden) {
                match h {
                    None => prop_assert!(share_shows(*n, *positive, k), "shown {n}/{positive}"),
                    Some(_) => {
                        hidden_n += n;
                        hidden_p += positive;
                    }
                }
            }
            // Total minus the shown cells gives the hidden cells together: they must
            // be a group that could have been shown, unless nothing is shown at all.
            let any_shown = cells.iter().zip(&hidden).any(|((n, _), h)| h.is_none() && *n > 0);
            prop_assert!(!any_shown || share_shows(hidden_n, hidden_p, k), "hidden together {hidden_n}/{hidden_p}");
        }

        #[test]
        fn counts_alone_follow_the_same_rule(counts in proptest::collection::vec(0u64..30, 0..15), k in 5u64..=10) {
            let hidden = suppress_counts(&counts, &[], k);
            let hidden_n: u64 = counts.iter().zip(&hidden).filter(|(_, h)| h.is_some()).map(|(n, _)| n).sum();
            let any_shown = counts.iter().zip(&hidden).any(|(n, h)| h.is_none() && *n > 0);
            prop_assert!(counts.iter().zip(&hidden).all(|(n, h)| h.is_some() || *n == 0 || *n >= k));
            prop_assert!(hidden_n == 0 || hidden_n >= k || !any_shown);
        }
    }
}
