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
    ///
    /// Never panics: a `jitter` that is NaN or infinite counts as `0.5` (outside `[0, 1]`
    /// it is clamped), and the arithmetic saturates, so `Duration::MAX` backoffs, any
    /// `attempt` and any `elapsed` are fine.
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
        let mut delay = jittered(backoff, jitter);
        if let Some(retry_after) = error.retry_after() {
            delay = delay.max(retry_after);
        }
        if elapsed.saturating_add(delay) > self.max_elapsed {
            return RetryDecision::GiveUp;
        }
        RetryDecision::RetryAfter(delay)
    }
}

/// Between half and all of `backoff`, by `jitter` in `[0, 1]` (NaN and infinities count as
/// `0.5`). Saturating: never panics, whatever the inputs.
fn jittered(backoff: Duration, jitter: f64) -> Duration {
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.5
    };
    let half = backoff / 2;
    // `half * jitter` in floating point may round above `half`, or fail to convert back
    // for huge values: both end at `half`.
    let extra = Duration::try_from_secs_f64(half.as_secs_f64() * jitter)
        .unwrap_or(half)
        .min(half);
    // `backoff - half` is `half` or `half` plus one nanosecond (odd `backoff`).
    (backoff - half).saturating_add(extra)
}

/// Parses a `Retry-After` header: delay-seconds, or an HTTP date compared with `now`
/// (seconds since the Unix epoch). A date in the past means "now".
///
/// Returns `None` for anything else, including delay-seconds too large for a `u64` and
/// dates that are not a valid IMF-fixdate with a four-digit year (RFC 9110 §5.6.7): a
/// hostile value is ignored like any other bad header, it never overflows.
#[must_use]
pub fn parse_retry_after(value: &str, now_unix: u64) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse::<u64>().ok().map(Duration::from_secs);
    }
    let at = parse_http_date(value)?;
    Some(Duration::from_secs(at.saturating_sub(now_unix)))
}

/// Parses `digits` (ASCII digits only, exactly `len` of them) as a number.
fn fixed_digits(digits: &str, len: usize) -> Option<u64> {
    if digits.len() != len || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) into Unix seconds. Only the
/// fixed-width form is accepted (two-digit day, four-digit year, `hh:mm:ss`), so every
/// field is bounded and the arithmetic below cannot overflow; it is checked anyway. Dates
/// before the Unix epoch give `None`.
fn parse_http_date(value: &str) -> Option<u64> {
    let rest = value.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day = fixed_digits(parts.next()?, 2)?;
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
    let year = fixed_digits(parts.next()?, 4)?;
    let mut clock = parts.next()?.split(':');
    let hour = fixed_digits(clock.next()?, 2)?;
    let minute = fixed_digits(clock.next()?, 2)?;
    let second = fixed_digits(clock.next()?, 2)?;
    if clock.next().is_some()
        || parts.next()? != "GMT"
        || parts.next().is_some()
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let days = days_from_civil(i64::try_from(year).ok()?, month, i64::try_from(day).ok()?)?;
    let days = u64::try_from(days).ok()?;
    days.checked_mul(86_400)?
        .checked_add(hour * 3_600 + minute * 60 + second)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm), or
/// `None` when the arithmetic would overflow.
fn days_from_civil(year: i64, month: i64, day: i64) -> Option<i64> {
    let year = if month <= 2 {
        year.checked_sub(1)?
    } else {
        year
    };
    let era = year.div_euclid(400);
    let year_of_era = year.checked_sub(era.checked_mul(400)?)?;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era.checked_mul(146_097)?
        .checked_add(day_of_era)?
        .checked_sub(719_468)
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

    #[test]
    fn hostile_retry_after_values_are_ignored_not_overflowed() {
        // Each of these overflowed (a panic in debug builds) or gave a garbage delay.
        let hostile = [
            "Sun, 06 Nov 1000000000000 08:49:37 GMT",
            "Sun, 06 Nov -1000000000000 08:49:37 GMT",
            "Sun, 06 Nov 9223372036854775807 08:49:37 GMT",
            "Sun, 06 Nov -9223372036854775808 23:59:60 GMT",
            "Sun, 06 Jan -9223372036854775808 00:00:00 GMT",
            "Sun, 06 Nov 99999999999999999999999 08:49:37 GMT",
            "Sun, 99999999999999999999 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 99999999999999999999:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37:00 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT trailing",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov +994 08:49:37 GMT",
            "Sun, 06 Nov 1969 08:49:37 GMT",
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "99999999999999999999999999",
            "-1",
            "+5",
            "1.5",
            "",
            ", ",
        ];
        for value in hostile {
            assert_eq!(parse_retry_after(value, 0), None, "{value:?}");
            assert_eq!(parse_retry_after(value, u64::MAX), None, "{value:?}");
        }
        // The largest delay-seconds and the latest date still parse, and saturate.
        assert_eq!(
            parse_retry_after("18446744073709551615", 0),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(
            parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", 0),
            Some(Duration::from_secs(253_402_300_799))
        );
        assert_eq!(
            parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", u64::MAX),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT", 10),
            Some(Duration::ZERO)
        );
        // Extreme inputs straight into the date arithmetic.
        for year in [i64::MIN, i64::MIN + 1, -1, 0, i64::MAX] {
            for month in 1..=12 {
                let _ = days_from_civil(year, month, 31);
            }
        }
        assert_eq!(days_from_civil(1970, 1, 1), Some(0));
        assert_eq!(days_from_civil(i64::MIN, 1, 1), None);
    }

    #[test]
    fn a_huge_retry_after_gives_up_instead_of_waiting() {
        let error = Error::new(ErrorKind::RateLimited {
            error: ApiError {
                status: StatusCode::TOO_MANY_REQUESTS,
                reason: "rate_limited".into(),
                message: None,
                body_excerpt: String::new(),
            },
            retry_after: Some(Duration::MAX),
        });
        assert_eq!(
            RetryPolicy::default().decide(&Method::GET, 1, &error, Duration::MAX, 0.5),
            RetryDecision::GiveUp
        );
        let unbounded = RetryPolicy::default().max_elapsed(Duration::MAX);
        assert_eq!(
            unbounded.decide(&Method::GET, 1, &error, Duration::ZERO, 0.5),
            RetryDecision::RetryAfter(Duration::MAX)
        );
    }

    /// Every combination of hostile numbers: `decide` never panics, and a delay it returns
    /// stays within half and all of the capped backoff (or the `Retry-After` asked for).
    #[test]
    fn backoff_maths_saturates_on_any_input() {
        let durations = [
            Duration::ZERO,
            Duration::from_nanos(1),
            Duration::from_nanos(3),
            Duration::from_millis(250),
            Duration::from_secs(u64::MAX / 2),
            Duration::new(u64::MAX, 0),
            Duration::MAX,
        ];
        let jitters = [
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            -1.0,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            0.5,
            0.999_999_999,
            1.0,
            1.5,
            f64::MAX,
            f64::MIN,
        ];
        let attempts = [0, 1, 2, 21, 22, 64, u32::MAX - 1, u32::MAX];
        let errors = [api(500), api(429), {
            let mut e = api(429);
            if let ErrorKind::RateLimited { retry_after, .. } = e.kind_mut() {
                *retry_after = Some(Duration::MAX);
            }
            e
        }];
        let mut checked = 0u32;
        for &initial in &durations {
            for &max in &durations {
                for &elapsed in &[Duration::ZERO, Duration::from_secs(1), Duration::MAX] {
                    for &attempt in &attempts {
                        for &jitter in &jitters {
                            for error in &errors {
                                let policy = RetryPolicy::default()
                                    .max_attempts(u32::MAX)
                                    .initial_backoff(initial)
                                    .max_backoff(max)
                                    .max_elapsed(Duration::MAX);
                                let decision =
                                    policy.decide(&Method::GET, attempt, error, elapsed, jitter);
                                checked += 1;
                                let RetryDecision::RetryAfter(delay) = decision else {
                                    continue;
                                };
                                let cap = initial.min(max);
                                let wanted = error.retry_after().unwrap_or(Duration::ZERO);
                                let floor = jittered(cap.min(initial), 0.0).min(cap);
                                assert!(
                                    delay <= max.max(wanted).max(cap),
                                    "{initial:?} {max:?} {attempt} {jitter}: {delay:?}"
                                );
                                assert!(
                                    delay >= wanted && (delay >= floor || attempt == 0),
                                    "{initial:?} {max:?} {attempt} {jitter}: {delay:?}"
                                );
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000);
        // Jitter: NaN counts as the middle, infinities do not escape [half, all].
        let half_way = Duration::from_millis(75);
        assert_eq!(jittered(Duration::from_millis(100), f64::NAN), half_way);
        assert_eq!(
            jittered(Duration::from_millis(100), f64::INFINITY),
            half_way
        );
        assert_eq!(jittered(Duration::MAX, 1.0), Duration::MAX);
        assert_eq!(
            jittered(Duration::MAX, 0.0),
            Duration::MAX - Duration::MAX / 2
        );
        assert_eq!(
            jittered(Duration::from_nanos(1), 0.0),
            Duration::from_nanos(1)
        );
    }
}
