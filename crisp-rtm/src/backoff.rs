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

    /// Sets the random share of each delay (clamped to `[0, 1]`; NaN means no jitter).
    #[must_use]
    pub fn jitter(mut self, jitter: f64) -> Self {
        self.jitter = unit(jitter);
        self
    }

    /// The delay before attempt `attempt` (1 for the first reconnection), given a random
    /// `sample` in `[0, 1)`.
    ///
    /// Never panics: the doubling saturates (at `max`, or at `Duration::MAX`), and a jitter
    /// or sample that is NaN or out of range is read as the nearest value in `[0, 1]`
    /// (NaN as 0, i.e. no shortening).
    #[must_use]
    pub fn delay(&self, attempt: u32, sample: f64) -> Duration {
        let exponent = attempt.saturating_sub(1).min(31);
        let base = self.initial.saturating_mul(1u32 << exponent).min(self.max);
        let factor = 1.0 - unit(self.jitter) * unit(sample);
        // `mul_f64` panics when the product does not fit (Duration::MAX * 1.0 rounds up
        // past it); this saturates instead, and never lengthens the delay.
        Duration::try_from_secs_f64(base.as_secs_f64() * factor).map_or(base, |d| d.min(base))
    }
}

/// `value` clamped to `[0, 1]`, NaN read as 0.
fn unit(value: f64) -> f64 {
    if value.is_nan() {
        0.0
    } else {
        value.clamp(0.0, 1.0)
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

    #[test]
    fn hostile_numbers_saturate_instead_of_panicking() {
        // NaN jitter: no jitter at all.
        let backoff =
            Backoff::new(Duration::from_secs(2), Duration::from_secs(60)).jitter(f64::NAN);
        assert_eq!(backoff.jitter, 0.0);
        assert_eq!(backoff.delay(1, 0.9), Duration::from_secs(2));
        // A NaN set directly in the public field, and NaN or infinite samples.
        let raw = Backoff {
            jitter: f64::NAN,
            ..Backoff::default()
        };
        assert_eq!(raw.delay(1, 0.5), Duration::from_secs(1));
        let backoff = Backoff::default();
        assert_eq!(backoff.delay(1, f64::NAN), Duration::from_secs(1));
        assert_eq!(backoff.delay(1, f64::INFINITY), Duration::from_millis(500));
        assert_eq!(backoff.delay(1, f64::NEG_INFINITY), Duration::from_secs(1));
        assert_eq!(Backoff::default().jitter(f64::INFINITY).jitter, 1.0);
        // Duration::MAX anywhere: saturates, with and without jitter.
        let huge = Backoff::new(Duration::MAX, Duration::MAX);
        assert_eq!(huge.delay(1, 0.0), Duration::MAX);
        assert_eq!(huge.delay(u32::MAX, 0.0), Duration::MAX);
        assert!(huge.delay(3, 0.999) <= Duration::MAX);
        assert!(huge.delay(3, 0.999) >= Duration::from_secs(u64::MAX / 4));
        let capped = Backoff::new(Duration::MAX, Duration::from_secs(5)).jitter(0.0);
        assert_eq!(capped.delay(7, 0.5), Duration::from_secs(5));
        let grows = Backoff::new(Duration::from_secs(u64::MAX / 2), Duration::MAX);
        assert_eq!(grows.delay(40, 0.0), Duration::MAX);
        for attempt in [0, 1, 2, 31, 32, 33, u32::MAX] {
            for sample in [
                f64::NAN,
                -1.0,
                0.0,
                0.5,
                1.0,
                2.0,
                f64::MAX,
                f64::MIN_POSITIVE,
            ] {
                let _ = huge.delay(attempt, sample);
                let _ = Backoff::new(Duration::ZERO, Duration::ZERO).delay(attempt, sample);
            }
        }
    }
}
