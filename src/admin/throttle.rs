//! Login throttling, in memory. Per address: a few attempts a minute, whatever the
//! account. Per account: after `ACCOUNT_FAILURES` failures in `WINDOW`, further attempts
//! are refused until the window passes, except from a browser the account signed in
//! with before (its device cookie), so an attacker guessing a planner's password cannot
//! lock the planner out. Unknown and known usernames are counted alike.
use crate::intake::SubmissionLimiter;
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const ACCOUNT_FAILURES: usize = 5;
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Accounts tracked at once; past this, stale entries go first and new names are not
/// counted (the per-address limit still holds).
const MAX_ACCOUNTS: usize = 50_000;

#[derive(Clone)]
pub struct LoginThrottle {
    per_address: SubmissionLimiter,
    failures: Arc<Mutex<HashMap<String, VecDeque<Instant>>>>,
}

impl LoginThrottle {
    pub fn new(attempts_per_min: u32) -> LoginThrottle {
        LoginThrottle {
            per_address: SubmissionLimiter::per_minute(attempts_per_min),
            failures: Arc::default(),
        }
    }

    /// Whether an attempt may be checked at all.
    pub fn allow(&self, address: IpAddr, account: &str, known_device: bool) -> bool {
        if self.per_address.check(address).is_err() {
            return false;
        }
        known_device || self.recent_failures(account, Instant::now()) < ACCOUNT_FAILURES
    }

    fn recent_failures(&self, account: &str, now: Instant) -> usize {
        let Ok(map) = self.failures.lock() else {
            return 0;
        };
        map.get(account).map_or(0, |times| {
            times
                .iter()
                .filter(|t| now.duration_since(**t) < WINDOW)
                .count()
        })
    }

    pub fn failed(&self, account: &str) {
        self.failed_at(account, Instant::now());
    }

    fn failed_at(&self, account: &str, now: Instant) {
        let Ok(mut map) = self.failures.lock() else {
            return;
        };
        if map.len() >= MAX_ACCOUNTS && !map.contains_key(account) {
            map.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < WINDOW)
            });
            if map.len() >= MAX_ACCOUNTS {
                return;
            }
        }
        let times = map.entry(account.to_owned()).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= WINDOW)
        {
            times.pop_front();
        }
        if times.len() < ACCOUNT_FAILURES * 4 {
            times.push_back(now);
        }
    }

    pub fn succeeded(&self, account: &str) {
        if let Ok(mut map) = self.failures.lock() {
            map.remove(account);
        }
    }

    pub fn forget_idle(&self) {
        self.per_address.forget_idle();
        let now = Instant::now();
        if let Ok(mut map) = self.failures.lock() {
            map.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < WINDOW)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_under_attack_stays_open_to_its_known_browser() {
        let t = LoginThrottle::new(1000);
        let attacker: IpAddr = [10, 0, 0, 1].into();
        for _ in 0..ACCOUNT_FAILURES {
            assert!(t.allow(attacker, "kari", false));
            t.failed("kari");
        }
        assert!(!t.allow(attacker, "kari", false));
        assert!(!t.allow([10, 0, 0, 2].into(), "kari", false));
        assert!(t.allow([10, 0, 0, 3].into(), "kari", true));
        assert!(
            t.allow(attacker, "ola", false),
            "other accounts are not touched"
        );
        t.succeeded("kari");
        assert!(t.allow(attacker, "kari", false));
    }

    #[test]
    fn failures_older_than_the_window_do_not_count() {
        let t = LoginThrottle::new(1000);
        let Some(long_ago) = Instant::now().checked_sub(WINDOW + Duration::from_secs(1)) else {
            return; // the machine has been up for less than the window
        };
        for _ in 0..ACCOUNT_FAILURES {
            t.failed_at("kari", long_ago);
        }
        assert!(t.allow([10, 0, 0, 1].into(), "kari", false));
    }

    #[test]
    fn one_address_is_limited_whatever_the_account() {
        let t = LoginThrottle::new(3);
        let a: IpAddr = [10, 0, 0, 9].into();
        assert!(t.allow(a, "a", false) && t.allow(a, "b", false) && t.allow(a, "c", false));
        assert!(!t.allow(a, "d", true));
    }
}
