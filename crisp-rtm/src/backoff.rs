//! Reconnection delays: exponential, with jitter, capped.

use std::time::Duration;

/// How long to wait before reconnecting.
///
/// The n-th attempt after a drop waits `initial * 2^(n-1)`, capped at `max`, then scaled by
/// a random factor in `[1 - jitter, 1]`, so that many clients dropped at once do not come
/// back at once. The defaults follow the official clients: 1 s growing to 30 s, jitter 0.5.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Backoff {
    /// Delay before the first reconnection.
    pub initial: Duration,
    /// Largest delay.
    pub max: Duration,
    /// Share of the delay that is random, in `[0, 1]`.
    pub jitter: f64,
}

impl Default for Backoff {
    fn default() -> Self {
        Backoff {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(30),
            jitter: 0.5,
        }
    }
}

impl Backoff {
    /// A backoff from `initial` up to `max`.
    #[must_use]
    pub fn new(initial: Duration, max: Duration) -> Self {
        Backoff {
            initial,
            max,
            ..Backoff::default()
        }
    }

    /// Sets the random share of each delay (clamped to `[0, 1]`).
    #[must_use]
    pub fn jitter(mut self, jitter: f64) -> Self {
        self.jitter = jitter.clamp(0.0, 1.0);
        self
    }

    /// The delay before attempt `attempt` (1 for the first reconnection), given a random
    /// `sample` in `[0, 1)`.
    #[must_use]
    pub fn delay(&self, attempt: u32, sample: f64) -> Duration {
        let exponent = attempt.saturating_sub(1).min(30);
        let base = self
            .initial
            .saturating_mul(1u32 << exponent.min(31))
            .min(self.max);
        let jitter = self.jitter.clamp(0.0, 1.0);
        base.mul_f64(1.0 - jitter * sample.clamp(0.0, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_exponentially_to_the_cap() {
        let backoff = Backoff::new(Duration::from_millis(100), Duration::from_secs(1)).jitter(0.0);
        let delays: Vec<u128> = (1..=6).map(|n| backoff.delay(n, 0.7).as_millis()).collect();
        assert_eq!(delays, [100, 200, 400, 800, 1000, 1000]);
        assert_eq!(backoff.delay(u32::MAX, 0.0), Duration::from_secs(1));
    }

    #[test]
    fn jitter_only_shortens() {
        let backoff = Backoff::new(Duration::from_secs(2), Duration::from_secs(60)).jitter(0.5);
        assert_eq!(backoff.delay(1, 0.0), Duration::from_secs(2));
        assert_eq!(backoff.delay(1, 1.0), Duration::from_secs(1));
        assert!(backoff.delay(1, 0.3) < Duration::from_secs(2));
    }
}
