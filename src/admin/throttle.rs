//! Login throttling, in memory. Per address: a few attempts a minute, whatever the
//! account. Per account: after `ACCOUNT_FAILURES` failures in `WINDOW`, further attempts
//! are refused until the window passes, except from a browser the account signed in
//! with before (its device cookie), so an attacker guessing a planner's password cannot
//! lock the planner out. Unknown and known usernames are counted alike. Instances that
//! share PostgreSQL count together there (windows then start at the first failure).
use crate::cluster::SharedCounts;
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

const ACCOUNT: &str = "a";

#[derive(Clone)]
pub struct LoginThrottle {
    per_address: SubmissionLimiter,
    failures: Arc<Mutex<HashMap<String, VecDeque<Instant>>>>,
    shared: Option<SharedCounts>,
}

impl LoginThrottle {
    pub fn new(attempts_per_min: u32, shared: Option<SharedCounts>) -> LoginThrottle {
        LoginThrottle {
            per_address: SubmissionLimiter::per_minute(attempts_per_min)
                .shared(shared.clone(), "l"),
            failures: Arc::default(),
            shared,
        }
    }

    /// Whether an attempt may be checked at all. When the shared counters cannot be
    /// read, no attempt is checked (guessing must not get easier when they fail).
    pub async fn allow(&self, address: IpAddr, account: &str, known_device: bool) -> bool {
        if self.per_address.check(address).await.is_err() {
            return false;
        }
        if known_device {
            return true;
        }
        match &self.shared {
            Some(shared) => match shared.count(ACCOUNT, account, WINDOW).await {
                Ok(n) => (n as usize) < ACCOUNT_FAILURES,
                Err(e) => {
                    tracing::warn!(error = %e, "login failures not read; attempt refused");
                    false
                }
            },
            None => self.recent_failures(account, Instant::now()) < ACCOUNT_FAILURES,
        }
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

    pub async fn failed(&self, account: &str) {
        match &self.shared {
            Some(shared) => {
                // The count is all that matters here, not whether it is past the limit.
                if let Err(e) = shared.hit(ACCOUNT, account, WINDOW, u32::MAX).await {
                    tracing::warn!(error = %e, "login failure not counted");
                }
            }
            None => self.failed_at(account, Instant::now()),
        }
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

    pub async fn succeeded(&self, account: &str) {
        if let Some(shared) = &self.shared
            && let Err(e) = shared.forget(ACCOUNT, account).await
        {
            tracing::warn!(error = %e, "login failures not cleared");
        }
        if let Ok(mut map) = self.failures.lock() {
            map.remove(account);
        }
    }

    pub async fn forget_idle(&self) {
        self.per_address.forget_idle();
        if let Some(shared) = &self.shared
            && let Err(e) = shared.prune().await
        {
            tracing::warn!(error = %e, "old rate counters not deleted");
        }
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

    #[tokio::test]
    async fn an_account_under_attack_stays_open_to_its_known_browser() {
        let t = LoginThrottle::new(1000, None);
        let attacker: IpAddr = [10, 0, 0, 1].into();
        for _ in 0..ACCOUNT_FAILURES {
            assert!(t.allow(attacker, "kari", false).await);
            t.failed("kari").await;
        }
        assert!(!t.allow(attacker, "kari", false).await);
        assert!(!t.allow([10, 0, 0, 2].into(), "kari", false).await);
        assert!(t.allow([10, 0, 0, 3].into(), "kari", true).await);
        assert!(
            t.allow(attacker, "ola", false).await,
            "other accounts are not touched"
        );
        t.succeeded("kari").await;
        assert!(t.allow(attacker, "kari", false).await);
    }

    #[tokio::test]
    async fn failures_older_than_the_window_do_not_count() {
        let t = LoginThrottle::new(1000, None);
        let Some(long_ago) = Instant::now().checked_sub(WINDOW + Duration::from_secs(1)) else {
            return; // the machine has been up for less than the window
        };
        for _ in 0..ACCOUNT_FAILURES {
            t.failed_at("kari", long_ago);
        }
        assert!(t.allow([10, 0, 0, 1].into(), "kari", false).await);
    }

    #[tokio::test]
    async fn one_address_is_limited_whatever_the_account() {
        let t = LoginThrottle::new(3, None);
        let a: IpAddr = [10, 0, 0, 9].into();
        for account in ["a", "b", "c"] {
            assert!(t.allow(a, account, false).await);
        }
        assert!(!t.allow(a, "d", true).await);
    }
}
