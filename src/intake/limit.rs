//! Public submissions per client address and minute (`STEMME_RATE_LIMIT_PER_MIN`).
//! The address is used for this count only, in memory, and never stored.
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

#[derive(Clone)]
pub struct SubmissionLimiter {
    limiter: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    clock: DefaultClock,
}

impl SubmissionLimiter {
    pub fn per_minute(limit: u32) -> SubmissionLimiter {
        let limit = NonZeroU32::new(limit).unwrap_or(NonZeroU32::MIN);
        SubmissionLimiter {
            limiter: Arc::new(RateLimiter::keyed(Quota::per_minute(limit))),
            clock: DefaultClock::default(),
        }
    }

    /// `Err(seconds to wait)` when the address has used its allowance.
    pub fn check(&self, address: IpAddr) -> Result<(), u64> {
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

    #[test]
    fn the_limit_applies_per_address() {
        let limiter = SubmissionLimiter::per_minute(2);
        let a: IpAddr = [10, 0, 0, 1].into();
        let b: IpAddr = [10, 0, 0, 2].into();
        assert!(limiter.check(a).is_ok());
        assert!(limiter.check(a).is_ok());
        assert!(limiter.check(a).is_err());
        assert!(limiter.check(b).is_ok());
    }
}
