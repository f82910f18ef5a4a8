//! When and how long to wait before trying a request again.
//!
//! The policy only decides; the client sleeps. Idempotent verbs (GET, HEAD, PUT, DELETE)
//! are retried on transport failures, timeouts, 5xx and rate limiting (429, 420); POST and
//! PATCH are never retried unless the caller opts in with
//! [`RetryPolicy::retry_non_idempotent`], because Crisp may already have acted on them.
//! Backoff is exponential with jitter, `Retry-After` is honoured, and both the number of
//! attempts and the total time are bounded.

use std::time::Duration;

use http::Method;

use crate::error::Error;

/// A retry policy. Read the fields directly; set them with the builder-style methods of
/// the same names.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts, the first one included.
    pub max_attempts: u32,
    /// Backoff before the second attempt; it doubles after each attempt.
    pub initial_backoff: Duration,
    /// Cap of the computed backoff (a longer `Retry-After` is still honoured).
    pub max_backoff: Duration,
    /// Bound of the time from the first attempt to the start of the last one.
    pub max_elapsed: Duration,
    /// Whether POST and PATCH are retried too.
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    /// Three attempts, backoff from 250 ms up to 8 s, at most 30 s in all.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_elapsed: Duration::from_secs(30),
            retry_non_idempotent: false,
        }
    }
}

/// What to do after a failed attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetryDecision {
    /// Wait this long, then try again.
    RetryAfter(Duration),
    /// Return the error.
    GiveUp,
}

impl RetryPolicy {
    /// A policy that never retries.
    #[must_use]
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Sets the number of attempts, the first one included (at least 1).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the backoff before the second attempt; it doubles after each attempt.
    #[must_use]
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// Caps the computed backoff (a longer `Retry-After` is still honoured).
    #[must_use]
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// Bounds the time from the first attempt to the start of the last one.
    #[must_use]
    pub fn max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// Also retries POST and PATCH. Only for calls that are safe to repeat.
    #[must_use]
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// Whether `method` may be retried under this policy.
    #[must_use]
    pub fn allows_method(&self, method: &Method) -> bool {
        matches!(
            *method,
            Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS
        ) || self.retry_non_idempotent
    }

    /// Decides after attempt number `attempt` (1 for the first) of a `method` request
    /// failed with `error`, `elapsed` after the first attempt started. `jitter` is a random
    /// number in `[0, 1)`; the delay is between half and all of the exponential backoff.
    #[must_use]
    pub fn decide(
        &self,
        method: &Method,
        attempt: u32,
        error: &Error,
        elapsed: Duration,
        jitter: f64,
    ) -> RetryDecision {
        if attempt >= self.max_attempts || !error.is_transient() || !self.allows_method(method) {
            return RetryDecision::GiveUp;
        }
        let exponent = attempt.saturating_sub(1).min(20);
        let backoff = self
            .initial_backoff
            .saturating_mul(1 << exponent)
            .min(self.max_backoff);
        let jitter = jitter.clamp(0.0, 1.0);
        let mut delay = backoff.mul_f64(0.5 + jitter / 2.0);
        if let Some(retry_after) = error.retry_after() {
            delay = delay.max(retry_after);
        }
        if elapsed.saturating_add(delay) > self.max_elapsed {
            return RetryDecision::GiveUp;
        }
        RetryDecision::RetryAfter(delay)
    }
}

/// Parses a `Retry-After` header: delay-seconds, or an HTTP date compared with `now`
/// (seconds since the Unix epoch). A date in the past means "now".
#[must_use]
pub fn parse_retry_after(value: &str, now_unix: u64) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = parse_http_date(value)?;
    Some(Duration::from_secs(at.saturating_sub(now_unix)))
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) into Unix seconds.
fn parse_http_date(value: &str) -> Option<u64> {
    let rest = value.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: u64 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':');
    let hour: u64 = clock.next()?.parse().ok()?;
    let minute: u64 = clock.next()?.parse().ok()?;
    let second: u64 = clock.next()?.parse().ok()?;
    if parts.next()? != "GMT" || !(1..=31).contains(&day) || hour > 23 || minute > 59 || second > 60
    {
        return None;
    }
    let days = days_from_civil(year, month, i64::try_from(day).ok()?);
    let days = u64::try_from(days).ok()?;
    Some(days * 86_400 + hour * 3_600 + minute * 60 + second)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{ApiError, ErrorKind};
    use http::StatusCode;

    fn api(status: u16) -> Error {
        let error = ApiError {
            status: StatusCode::from_u16(status).unwrap(),
            reason: "x".into(),
            message: None,
            body_excerpt: String::new(),
        };
        if status == 429 || status == 420 {
            Error::new(ErrorKind::RateLimited {
                error,
                retry_after: Some(Duration::from_secs(3)),
            })
        } else {
            Error::new(ErrorKind::Api(error))
        }
    }

    #[test]
    fn idempotent_verbs_retry_on_5xx() {
        let policy = RetryPolicy::default();
        for method in [Method::GET, Method::HEAD, Method::PUT, Method::DELETE] {
            assert!(matches!(
                policy.decide(&method, 1, &api(503), Duration::ZERO, 0.0),
                RetryDecision::RetryAfter(_)
            ));
        }
    }

    #[test]
    fn post_and_patch_not_retried_unless_opted_in() {
        let policy = RetryPolicy::default();
        for method in [Method::POST, Method::PATCH] {
            assert_eq!(
                policy.decide(&method, 1, &api(503), Duration::ZERO, 0.5),
                RetryDecision::GiveUp
            );
            let opted = policy.clone().retry_non_idempotent(true);
            assert!(matches!(
                opted.decide(&method, 1, &api(503), Duration::ZERO, 0.5),
                RetryDecision::RetryAfter(_)
            ));
        }
    }

    #[test]
    fn client_errors_never_retried() {
        let policy = RetryPolicy::default();
        for status in [400, 401, 403, 404] {
            assert_eq!(
                policy.decide(&Method::GET, 1, &api(status), Duration::ZERO, 0.5),
                RetryDecision::GiveUp
            );
        }
    }

    #[test]
    fn backoff_is_exponential_with_jitter_and_capped() {
        let policy = RetryPolicy::default()
            .max_attempts(10)
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(1000))
            .max_elapsed(Duration::from_secs(60));
        let delay = |attempt, jitter| match policy.decide(
            &Method::GET,
            attempt,
            &api(500),
            Duration::ZERO,
            jitter,
        ) {
            RetryDecision::RetryAfter(d) => d,
            RetryDecision::GiveUp => panic!("gave up"),
        };
        assert_eq!(delay(1, 0.0), Duration::from_millis(50));
        assert_eq!(delay(1, 1.0), Duration::from_millis(100));
        assert_eq!(delay(2, 1.0), Duration::from_millis(200));
        assert_eq!(delay(3, 1.0), Duration::from_millis(400));
        assert_eq!(delay(9, 1.0), Duration::from_millis(1000));
    }

    #[test]
    fn retry_after_is_honoured_and_bounded_by_total_time() {
        let policy = RetryPolicy::default();
        assert_eq!(
            policy.decide(&Method::GET, 1, &api(429), Duration::ZERO, 0.0),
            RetryDecision::RetryAfter(Duration::from_secs(3))
        );
        assert_eq!(
            policy.decide(&Method::GET, 1, &api(420), Duration::from_secs(28), 0.0),
            RetryDecision::GiveUp
        );
    }

    #[test]
    fn attempts_bounded() {
        let policy = RetryPolicy::default().max_attempts(2);
        assert!(matches!(
            policy.decide(&Method::GET, 1, &api(500), Duration::ZERO, 0.0),
            RetryDecision::RetryAfter(_)
        ));
        assert_eq!(
            policy.decide(&Method::GET, 2, &api(500), Duration::ZERO, 0.0),
            RetryDecision::GiveUp
        );
        assert_eq!(
            RetryPolicy::none().decide(&Method::GET, 1, &api(500), Duration::ZERO, 0.0),
            RetryDecision::GiveUp
        );
    }

    #[test]
    fn retry_after_parsing() {
        assert_eq!(parse_retry_after("7", 0), Some(Duration::from_secs(7)));
        // 1994-11-06T08:49:37Z = 784111777
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_770),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_800),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", 0), None);
        assert_eq!(parse_retry_after("Sun, 06 Foo 1994 08:49:37 GMT", 0), None);
    }
}
