//! Disclosure control (DOMAIN.md §7, docs/DISCLOSURE.md): the one model every figure
//! a person sees goes through, whichever table, filter or window it comes from.
//!
//! The cell-key method. Every response carries a random 32-bit record key, drawn once
//! and never shown. A cell (the respondents a figure counts) has as its key the sum of
//! its respondents' keys, modulo 2^32; its published count is the true count plus a
//! small noise read from the perturbation table at that key. The same respondents thus
//! always get the same noise, however the question was asked, and the difference of two
//! published figures is the difference of two independent noises: a total minus its
//! parts, a district minus its zones or a window minus a shorter one never gives a hidden
//! group's count exactly. On top of the noise:
//!
//! - a cell whose true or published count is under k is hidden (`TooFew`);
//! - a share published as 0 % or 100 % for a group under 2k (true or published size) is
//!   hidden (`Uniform`): it would say how everyone answered.
//!
//! Shares are built from the published counts (positive ≤ n), so a share is never
//! above 1 and its interval always contains it.

/// What a cell holds before protection: respondents, positive respondents, and the
/// sums (mod 2^32) of their record keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub n: u64,
    pub positive: u64,
    pub key_n: u32,
    pub key_positive: u32,
}

impl Tally {
    /// One respondent with record key `key`.
    pub fn one(positive: bool, key: u32) -> Tally {
        Tally {
            n: 1,
            positive: u64::from(positive),
            key_n: key,
            key_positive: if positive { key } else { 0 },
        }
    }

    /// The respondents of both cells (disjoint) together.
    pub fn add(&mut self, other: Tally) {
        self.n += other.n;
        self.positive += other.positive;
        self.key_n = self.key_n.wrapping_add(other.key_n);
        self.key_positive = self.key_positive.wrapping_add(other.key_positive);
    }

    /// A key sum as the database keeps it (a plain sum of keys) reduced mod 2^32.
    pub fn key_of_sum(sum: i64) -> u32 {
        sum.rem_euclid(1 << 32) as u32
    }
}

/// The largest noise the perturbation table adds or takes away.
pub const MAX_NOISE: i64 = 5;

/// The perturbation table: the chance of a noise of 0, ±1, … ±5 in millionths (each
/// sign), a discretised normal distribution with standard deviation 1.2, so the noise
/// has mean 0, variance 1.44 and a typical size of 0.9. Its extremes are rare on
/// purpose (56 in a million): differencing can only pin a count down when several
/// figures all hit them at once.
const PTABLE: [u64; 6] = [332_454, 234_927, 82_898, 14_607, 1_285, 56];
const PTABLE_TOTAL: u64 = 1_000_000;

/// The noise for a cell with key `key`: the same key always gives the same noise.
pub fn noise(key: u32) -> i64 {
    // SplitMix64's finaliser spreads the key over 64 bits before it picks a row, so no
    // pattern in the keys' sums shows in the noise.
    let mut z = u64::from(key).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    let mut u = z % PTABLE_TOTAL;
    for d in -MAX_NOISE..=MAX_NOISE {
        let chance = PTABLE[d.unsigned_abs() as usize];
        if u < chance {
            return d;
        }
        u -= chance;
    }
    0
}

/// A count as published: the true count plus its cell's noise; an empty cell stays 0.
pub fn perturb(n: u64, key: u32) -> u64 {
    if n == 0 {
        return 0;
    }
    (n as i64 + noise(key)).max(0) as u64
}

/// Why a cell is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hidden {
    /// Fewer than k respondents, before or after the noise.
    TooFew,
    /// A share of 0 % or 100 % in a group under 2k: it would say how everyone answered.
    Uniform,
}

impl Hidden {
    /// The reason as every output names it.
    pub fn code(self) -> &'static str {
        match self {
            Hidden::TooFew => "too_few",
            Hidden::Uniform => "uniform",
        }
    }
}

/// A cell as it may be shown: published respondents and positive respondents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub n: u64,
    pub positive: u64,
}

impl Published {
    /// The share of positive respondents, 0..=1.
    pub fn share(self) -> f64 {
        self.positive as f64 / self.n.max(1) as f64
    }
}

/// A count on its own (hits, texts, theme counts): published, or hidden under k.
pub fn protect_count(n: u64, key: u32, k: u64) -> Result<u64, Hidden> {
    let published = perturb(n, key);
    if n < k || published < k {
        return Err(Hidden::TooFew);
    }
    Ok(published)
}

/// A share: both counts published, or the reason the cell is hidden.
pub fn protect(t: Tally, k: u64) -> Result<Published, Hidden> {
    let n = protect_count(t.n, t.key_n, k)?;
    let positive = perturb(t.positive, t.key_positive).min(n);
    // Judged on both the true and the published size: noise must not lift a small
    // group that all answered alike over the line.
    if (t.n < 2 * k || n < 2 * k) && (positive == 0 || positive == n) {
        return Err(Hidden::Uniform);
    }
    Ok(Published { n, positive })
}

/// Whether a group of `n` with `positive` positive answers may be shown as a share
/// without noise (texts of a group: they are shown or not, never counted): empty, or at
/// least k and not everyone alike under 2k.
pub fn share_shows(n: u64, positive: u64, k: u64) -> bool {
    n == 0 || (n >= k && !(n < 2 * k && (positive == 0 || positive == n)))
}

/// Which of `counts` (search facet values that add up to a total someone can see)
/// must be hidden: primary suppression under `k`, the cells `differenced` marks, then
/// secondary suppression until the hidden cells add up to 0 or at least `k`.
pub fn suppress_counts(counts: &[u64], differenced: &[bool], k: u64) -> Vec<Option<Hidden>> {
    let mut hidden: Vec<Option<Hidden>> = counts
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let small = n > 0 && n < k;
            (small || differenced.get(i).copied().unwrap_or(false)).then_some(Hidden::TooFew)
        })
        .collect();
    loop {
        let hidden_n: u64 = counts
            .iter()
            .zip(&hidden)
            .filter(|(_, h)| h.is_some())
            .map(|(n, _)| n)
            .sum();
        if hidden_n == 0 || hidden_n >= k {
            return hidden;
        }
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| hidden[*i].is_none() && **n > 0)
            .min_by_key(|(_, n)| **n)
            .map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = Some(Hidden::TooFew),
            None => return hidden,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_table_is_a_distribution_with_mean_zero() {
        let total: u64 = PTABLE[0] + 2 * PTABLE[1..].iter().sum::<u64>();
        assert_eq!(total, PTABLE_TOTAL);
        // Over many keys the noise is centred, small, and reaches ±5 only rarely.
        let draws: Vec<i64> = (0..200_000u32)
            .map(|i| noise(i.wrapping_mul(2_654_435_761)))
            .collect();
        let mean = draws.iter().sum::<i64>() as f64 / draws.len() as f64;
        let variance = draws.iter().map(|d| (*d as f64).powi(2)).sum::<f64>() / draws.len() as f64;
        assert!(mean.abs() < 0.02, "mean {mean}");
        assert!((variance - 1.44).abs() < 0.05, "variance {variance}");
        assert!(draws.iter().all(|d| d.abs() <= MAX_NOISE));
        let zero = draws.iter().filter(|d| **d == 0).count() as f64 / draws.len() as f64;
        assert!((zero - 0.3325).abs() < 0.01, "share of zero noise {zero}");
    }

    #[test]
    fn small_groups_and_uniform_small_shares_are_hidden() {
        let cell = |n, positive| Tally {
            n,
            positive,
            key_n: 17,
            key_positive: 4711,
        };
        assert_eq!(protect(cell(3, 1), 5), Err(Hidden::TooFew));
        assert_eq!(protect(cell(0, 0), 5), Err(Hidden::TooFew));
        // A group of 7 that all agree: whatever the noise, 0 % or 100 % under 2k hides.
        for key in 0..200u32 {
            let t = Tally {
                n: 7,
                positive: 7,
                key_n: key,
                key_positive: key,
            };
            match protect(t, 5) {
                Ok(p) => assert!(p.positive > 0 && p.positive < p.n),
                Err(h) => assert!(matches!(h, Hidden::TooFew | Hidden::Uniform)),
            }
        }
        // A large group may all agree.
        let big = Tally {
            n: 400,
            positive: 400,
            key_n: 9,
            key_positive: 9,
        };
        let shown = protect(big, 5).expect("a large group shows");
        assert_eq!(
            shown.n, shown.positive,
            "the same respondents get the same noise"
        );
    }

    proptest! {
        /// For any cell: nothing under k shows, the share stays within 0..=1, the noise
        /// stays within the table, and the same cell always reads the same.
        #[test]
        fn a_published_cell_is_safe_consistent_and_bounded(
            n in 0u64..500, p in 0u64..500, key_n: u32, key_p: u32, k in 5u64..=10,
        ) {
            let t = Tally { n, positive: p.min(n), key_n, key_positive: key_p };
            let first = protect(t, k);
            prop_assert_eq!(first, protect(t, k));
            if let Ok(published) = first {
                prop_assert!(t.n >= k && published.n >= k);
                prop_assert!(published.positive <= published.n);
                prop_assert!((0.0..=1.0).contains(&published.share()));
                prop_assert!((published.n as i64 - n as i64).abs() <= MAX_NOISE);
                prop_assert!((t.n >= 2 * k && published.n >= 2 * k) || (published.positive > 0 && published.positive < published.n));
            }
        }

        #[test]
        fn facet_counts_hide_small_values_and_what_gives_them_away(counts in proptest::collection::vec(0u64..30, 0..15), k in 5u64..=10) {
            let hidden = suppress_counts(&counts, &[], k);
            let hidden_n: u64 = counts.iter().zip(&hidden).filter(|(_, h)| h.is_some()).map(|(n, _)| n).sum();
            let any_shown = counts.iter().zip(&hidden).any(|(n, h)| h.is_none() && *n > 0);
            prop_assert!(counts.iter().zip(&hidden).all(|(n, h)| h.is_some() || *n == 0 || *n >= k));
            prop_assert!(hidden_n == 0 || hidden_n >= k || !any_shown);
        }

        /// Cell keys add: the key of two disjoint cells together is the key of the
        /// union, whatever order they were summed in.
        #[test]
        fn cell_keys_add_up_in_any_order(keys in proptest::collection::vec((any::<u32>(), any::<bool>()), 1..50)) {
            let mut forward = Tally::default();
            for (key, positive) in &keys { forward.add(Tally::one(*positive, *key)); }
            let mut backward = Tally::default();
            for (key, positive) in keys.iter().rev() { backward.add(Tally::one(*positive, *key)); }
            prop_assert_eq!(forward, backward);
            let plain: i64 = keys.iter().map(|(k, _)| i64::from(*k)).sum();
            prop_assert_eq!(Tally::key_of_sum(plain), forward.key_n);
        }
    }
}
