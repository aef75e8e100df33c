//! Allowances per key and minute: public submissions per client address
//! (`STEMME_RATE_LIMIT_PER_MIN`), single answers read per staff member. One instance
//! counts in memory; instances sharing PostgreSQL count there together, so sending to
//! several instances gives no more (see `cluster::SharedCounts`: the address itself is
//! never stored).
use crate::cluster::SharedCounts;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

/// Public submissions per client address.
pub type SubmissionLimiter = Limiter<IpAddr>;

#[derive(Clone)]
pub struct Limiter<K: Hash + Eq + Clone> {
    limiter: Arc<DefaultKeyedRateLimiter<K>>,
    clock: DefaultClock,
    limit: NonZeroU32,
    /// What the allowance is for, in the shared counters' keys.
    purpose: &'static str,
    shared: Option<SharedCounts>,
}

impl<K: Hash + Eq + Clone + std::fmt::Display> Limiter<K> {
    pub fn per_minute(limit: u32) -> Limiter<K> {
        let limit = NonZeroU32::new(limit).unwrap_or(NonZeroU32::MIN);
        Limiter {
            limiter: Arc::new(RateLimiter::keyed(Quota::per_minute(limit))),
            clock: DefaultClock::default(),
            limit,
            purpose: "s",
            shared: None,
        }
    }

    /// Counts in the shared counters (when there are any) under `purpose`.
    pub fn shared(mut self, counts: Option<SharedCounts>, purpose: &'static str) -> Self {
        self.shared = counts;
        self.purpose = purpose;
        self
    }

    /// `Err(seconds to wait)` when the key has used its allowance. When the shared
    /// counters cannot be reached the key is let through: the answer then fails on the
    /// same database, or is stored, but never refused for a counter.
    pub async fn check(&self, address: K) -> Result<(), u64> {
        if let Some(shared) = &self.shared {
            let counted = shared
                .hit(
                    self.purpose,
                    &address.to_string(),
                    Duration::from_secs(60),
                    self.limit.get(),
                )
                .await;
            return match counted {
                Ok(result) => result,
                Err(e) => {
                    tracing::warn!(error = %e, "shared rate limit not counted");
                    Ok(())
                }
            };
        }
        self.limiter
            .check_key(&address)
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()).as_secs().max(1))
    }

    /// Forgets addresses whose allowance is full again, so memory stays flat.
    pub fn forget_idle(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_limit_applies_per_address() {
        let limiter = SubmissionLimiter::per_minute(2);
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        assert!(limiter.check(a).await.is_ok());
        assert!(limiter.check(a).await.is_ok());
        assert!(limiter.check(a).await.is_err());
        assert!(limiter.check(b).await.is_ok());
    }
}
