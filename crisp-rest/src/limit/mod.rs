//! Rate limiting and the daily quota: a [`RateLimiter`] is asked before each attempt of a
//! call and told what came back after it.
//!
//! Crisp counts every request against a **daily quota** per token (10,000 a day for a
//! website token, 5,000 for a plugin token, raisable on request) and answers **429** or
//! **420** when a token goes too fast. Neither a remaining-quota nor a `Retry-After`
//! header is documented. A limiter keeps the client inside these limits:
//!
//! - before each attempt (the first and every retry) the client calls
//!   [`RateLimiter::acquire`]; the limiter may make the call wait (a cool-down after a
//!   rate limit, a used-up quota with [`OnExhausted::Wait`]) or fail it with a typed
//!   error ([`ErrorKind::QuotaExhausted`], [`ErrorKind::Limiter`]); nothing is sent then;
//! - after each attempt that was sent, the client calls [`RateLimiter::record`] with the
//!   status, Crisp's `reason` and the `Retry-After` delay, if any.
//!
//! A limiter that can usually answer at once also implements
//! [`RateLimiter::try_acquire`] and [`RateLimiter::try_record`]: the client asks those
//! first and calls the async methods only when they hand over.
//!
//! Implementations:
//!
//! | limiter | state | use |
//! |---|---|---|
//! | [`LocalLimiter`] | in this process (one per client by default, shared by its clones) | one process per token; the default |
//! | `RedisLimiter` (feature `redis`) | on a Redis server, shared by every process using the same Redis | many workers with one token |
//! | [`Unlimited`] | none | opting out (a proxy counts for you, tests) |
//!
//! # The rules both limiters follow
//! - **Quota**: [`Limits`] gives the requests per day of each tier, by default
//!   [`WEBSITE_DAILY_QUOTA`] (10,000) for website tokens, [`PLUGIN_DAILY_QUOTA`] (5,000)
//!   for plugin tokens and none for user tokens. Every attempt sent counts, retries
//!   included, whatever its answer (Crisp does not say which answers it counts; counting
//!   all of them never overshoots).
//! - **Reset**: the count starts again at **UTC midnight** (a fixed window per UTC day).
//!   Crisp does not document its reset rule; if it uses a rolling 24 h window, a burst on
//!   both sides of midnight can still meet a 429, and the cool-down below handles that.
//! - **Exhausted**: [`OnExhausted::Fail`] (the default) fails the call at once with
//!   [`ErrorKind::QuotaExhausted`] saying when the quota resets;
//!   [`OnExhausted::Wait`] makes it wait until then (possibly hours).
//! - **Cool-down**: after a 429 or 420, every call of the same token waits before its next
//!   attempt: for `Retry-After` when Crisp sent one (at most [`Limits::max_cool_down`]),
//!   else for [`Limits::cool_down`] (1 s by default). The calls that were already in flight
//!   are not recalled.
//!
//! A token is told apart by its tier and identifier; the key is never looked at.
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//!
//! use crisp_rest::limit::{Limits, LocalLimiter, OnExhausted};
//! use crisp_rest::{Client, Credentials};
//!
//! // A plugin token whose quota was raised to 20,000 a day; calls wait for the reset
//! // rather than fail.
//! let limiter = Arc::new(LocalLimiter::new(
//!     Limits::default()
//!         .plugin(Some(20_000))
//!         .on_exhausted(OnExhausted::Wait)
//!         .cool_down(Duration::from_secs(2)),
//! ));
//! let client = Client::builder()
//!     .credentials(Credentials::plugin("identifier", "key"))
//!     .rate_limiter(limiter.clone())
//!     .build()?;
//! # Ok::<(), crisp_rest::Error>(())
//! ```

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use crisp_core::{Error, ErrorKind, Tier};
use http::{Method, StatusCode};

mod local;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
mod redis;

pub use local::LocalLimiter;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub use redis::{RedisFallback, RedisLimiter, RedisLimiterBuilder};

/// The documented daily quota of a website token (requests per day).
pub const WEBSITE_DAILY_QUOTA: u64 = 10_000;
/// The documented daily quota of a plugin token (requests per day).
pub const PLUGIN_DAILY_QUOTA: u64 = 5_000;
/// The cool-down after a 429 / 420 without `Retry-After` (Crisp sends none that is
/// documented).
pub const DEFAULT_COOL_DOWN: Duration = Duration::from_secs(1);
/// The longest cool-down a `Retry-After` can impose by default: a minute, so that a
/// broken or hostile answer cannot stall every call of the token for long.
pub const DEFAULT_MAX_COOL_DOWN: Duration = Duration::from_secs(60);

const DAY_SECS: u64 = 86_400;

/// Decides whether an attempt may go out now; told what happened after it.
///
/// Object safe: a client holds an `Arc<dyn RateLimiter>`
/// ([`ClientBuilder::rate_limiter`](crate::ClientBuilder::rate_limiter)); one limiter may
/// be shared by several clients (of the same or of different tokens).
#[async_trait]
pub trait RateLimiter: Send + Sync + fmt::Debug {
    /// Waits until `attempt` may be sent, or fails it. Called before every attempt,
    /// retries included; an error ends the call with that error, unsent (the retry policy
    /// is not asked).
    ///
    /// # Errors
    /// [`ErrorKind::QuotaExhausted`] for a used-up quota (with [`OnExhausted::Fail`]),
    /// [`ErrorKind::Limiter`] when the limiter cannot answer.
    async fn acquire(&self, attempt: &Attempt<'_>) -> Result<(), Error>;

    /// Told after every attempt that was sent (including those that failed without an
    /// answer: `outcome.status` is then `None`). Never fails: a limiter that cannot store
    /// the outcome keeps what it can.
    async fn record(&self, attempt: &Attempt<'_>, outcome: &Outcome<'_>);

    /// [`acquire`](Self::acquire) without waiting, for a limiter that can often decide at
    /// once: `Some(result)` is the answer `acquire` would give (and counts the attempt as
    /// `acquire` would), `None` means "ask `acquire`". The client asks this first before
    /// every attempt, sparing the boxed future of `acquire` when it answers. The default
    /// always says `None`.
    ///
    /// # Errors
    /// As [`acquire`](Self::acquire), inside the `Some`.
    fn try_acquire(&self, attempt: &Attempt<'_>) -> Option<Result<(), Error>> {
        let _ = attempt;
        None
    }

    /// [`record`](Self::record) without waiting: `true` when the outcome is recorded,
    /// `false` means "call `record`". The client asks this first after every attempt. The
    /// default always says `false`.
    fn try_record(&self, attempt: &Attempt<'_>, outcome: &Outcome<'_>) -> bool {
        let _ = (attempt, outcome);
        false
    }
}

/// One attempt of a call, as the limiter sees it.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Attempt<'a> {
    /// The tier of the token, `None` for an anonymous client.
    pub tier: Option<Tier>,
    /// The token identifier (not secret on its own; the key is never given to a limiter),
    /// `None` for an anonymous client.
    pub identifier: Option<&'a str>,
    /// The HTTP method.
    pub method: &'a Method,
    /// The route template (`/website/{website_id}/conversation/{session_id}`).
    pub route: &'static str,
    /// Which attempt of the call this is, from 1.
    pub number: u32,
}

impl<'a> Attempt<'a> {
    /// The first attempt of a call of `method` on `route` with the token `tier` /
    /// `identifier` (both `None` for an anonymous client).
    #[must_use]
    pub fn new(
        tier: Option<Tier>,
        identifier: Option<&'a str>,
        method: &'a Method,
        route: &'static str,
    ) -> Self {
        Attempt {
            tier,
            identifier,
            method,
            route,
            number: 1,
        }
    }
}

/// What came back from an attempt.
#[derive(Clone, Copy, Debug, Default)]
#[non_exhaustive]
pub struct Outcome<'a> {
    /// The status of the answer; `None` when no answer arrived (transport error, timeout).
    pub status: Option<StatusCode>,
    /// Crisp's `reason`, for error answers.
    pub reason: Option<&'a str>,
    /// The delay asked by `Retry-After`, on a rate-limited answer that had one.
    pub retry_after: Option<Duration>,
}

impl<'a> Outcome<'a> {
    /// An outcome with `status`, `reason` and `retry_after`.
    #[must_use]
    pub fn new(
        status: Option<StatusCode>,
        reason: Option<&'a str>,
        retry_after: Option<Duration>,
    ) -> Self {
        Outcome {
            status,
            reason,
            retry_after,
        }
    }

    /// Whether Crisp said "too fast": 429 Too Many Requests or 420 Enhance Your Calm.
    #[must_use]
    pub fn is_rate_limited(&self) -> bool {
        self.status
            .is_some_and(|status| matches!(status.as_u16(), 429 | 420))
    }
}

/// What a limiter does when a token's quota is used up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum OnExhausted {
    /// Fail the call at once with [`ErrorKind::QuotaExhausted`] (the default).
    #[default]
    Fail,
    /// Wait until the quota resets (the next UTC midnight), then send.
    Wait,
}

/// The limits a limiter enforces: the daily quota per tier, what happens when it is used
/// up, and the cool-down after a rate limit. See [the module](self) for the rules.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Requests per day of a website token (`None`: no quota). Default 10,000.
    pub website: Option<u64>,
    /// Requests per day of a plugin token (`None`: no quota). Default 5,000.
    pub plugin: Option<u64>,
    /// Requests per day of a user token (`None`: no quota, the default).
    pub user: Option<u64>,
    /// What a call does when the quota is used up. Default [`OnExhausted::Fail`].
    pub on_exhausted: OnExhausted,
    /// The cool-down after a 429 / 420 that had no `Retry-After`. Default 1 s.
    pub cool_down: Duration,
    /// The longest cool-down a `Retry-After` can impose. Default 60 s.
    pub max_cool_down: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            website: Some(WEBSITE_DAILY_QUOTA),
            plugin: Some(PLUGIN_DAILY_QUOTA),
            user: None,
            on_exhausted: OnExhausted::Fail,
            cool_down: DEFAULT_COOL_DOWN,
            max_cool_down: DEFAULT_MAX_COOL_DOWN,
        }
    }
}

impl Limits {
    /// Sets the daily quota of website tokens (`None`: none).
    #[must_use]
    pub fn website(mut self, per_day: Option<u64>) -> Self {
        self.website = per_day;
        self
    }

    /// Sets the daily quota of plugin tokens (`None`: none).
    #[must_use]
    pub fn plugin(mut self, per_day: Option<u64>) -> Self {
        self.plugin = per_day;
        self
    }

    /// Sets the daily quota of user tokens (`None`: none).
    #[must_use]
    pub fn user(mut self, per_day: Option<u64>) -> Self {
        self.user = per_day;
        self
    }

    /// Sets what a call does when the quota is used up.
    #[must_use]
    pub fn on_exhausted(mut self, on_exhausted: OnExhausted) -> Self {
        self.on_exhausted = on_exhausted;
        self
    }

    /// Sets the cool-down after a 429 / 420 without `Retry-After`.
    #[must_use]
    pub fn cool_down(mut self, cool_down: Duration) -> Self {
        self.cool_down = cool_down;
        self
    }

    /// Sets the longest cool-down a `Retry-After` can impose.
    #[must_use]
    pub fn max_cool_down(mut self, max_cool_down: Duration) -> Self {
        self.max_cool_down = max_cool_down;
        self
    }

    /// The daily quota of a token of `tier` (`None` for anonymous clients: no quota).
    #[must_use]
    pub fn quota(&self, tier: Option<Tier>) -> Option<u64> {
        match tier? {
            Tier::Website => self.website,
            Tier::Plugin => self.plugin,
            _ => self.user,
        }
    }

    /// How long every call of the token waits after `outcome`, when it is a rate limit.
    #[must_use]
    pub fn cool_down_after(&self, outcome: &Outcome<'_>) -> Option<Duration> {
        outcome.is_rate_limited().then(|| {
            outcome
                .retry_after
                .unwrap_or(self.cool_down)
                .min(self.max_cool_down)
        })
    }
}

/// A limiter that never waits and never fails: no quota, no cool-down.
#[derive(Clone, Copy, Debug, Default)]
pub struct Unlimited;

#[async_trait]
impl RateLimiter for Unlimited {
    async fn acquire(&self, _attempt: &Attempt<'_>) -> Result<(), Error> {
        Ok(())
    }

    async fn record(&self, _attempt: &Attempt<'_>, _outcome: &Outcome<'_>) {}

    fn try_acquire(&self, _attempt: &Attempt<'_>) -> Option<Result<(), Error>> {
        Some(Ok(()))
    }

    fn try_record(&self, _attempt: &Attempt<'_>, _outcome: &Outcome<'_>) -> bool {
        true
    }
}

/// The UTC day number of `time` (days since the Unix epoch).
pub(crate) fn utc_day(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs() / DAY_SECS)
}

/// The start of the UTC day after day `day`: when its quota resets.
pub(crate) fn day_end(day: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(day.saturating_add(1).saturating_mul(DAY_SECS))
}

/// The error of a used-up quota.
pub(crate) fn exhausted(limit: u64, resets_at: SystemTime) -> Error {
    Error::new(ErrorKind::QuotaExhausted { limit, resets_at })
}

/// The longest a waiting call sleeps before it looks again (the wall clock may jump).
pub(crate) const MAX_NAP: Duration = Duration::from_secs(60);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_limits_are_the_documented_ones() {
        let limits = Limits::default();
        assert_eq!(limits.quota(Some(Tier::Website)), Some(10_000));
        assert_eq!(limits.quota(Some(Tier::Plugin)), Some(5_000));
        assert_eq!(limits.quota(Some(Tier::User)), None);
        assert_eq!(limits.quota(None), None);
        assert_eq!(limits.on_exhausted, OnExhausted::Fail);
    }

    #[test]
    fn cool_down_follows_retry_after_within_bounds() {
        let limits = Limits::default().max_cool_down(Duration::from_secs(10));
        let too_many = StatusCode::TOO_MANY_REQUESTS;
        let calm = StatusCode::from_u16(420).unwrap();
        assert_eq!(
            limits.cool_down_after(&Outcome::new(Some(too_many), None, None)),
            Some(DEFAULT_COOL_DOWN)
        );
        assert_eq!(
            limits.cool_down_after(&Outcome::new(
                Some(calm),
                None,
                Some(Duration::from_secs(3))
            )),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            limits.cool_down_after(&Outcome::new(
                Some(too_many),
                None,
                Some(Duration::from_secs(999))
            )),
            Some(Duration::from_secs(10))
        );
        assert_eq!(
            limits.cool_down_after(&Outcome::new(Some(StatusCode::OK), None, None)),
            None
        );
        assert_eq!(limits.cool_down_after(&Outcome::default()), None);
    }

    #[test]
    fn days_are_utc_and_end_at_midnight() {
        let noon = UNIX_EPOCH + Duration::from_secs(20_000 * DAY_SECS + 12 * 3600);
        assert_eq!(utc_day(noon), 20_000);
        assert_eq!(
            day_end(20_000),
            UNIX_EPOCH + Duration::from_secs(20_001 * DAY_SECS)
        );
        assert_eq!(utc_day(day_end(20_000)), 20_001);
    }
}
