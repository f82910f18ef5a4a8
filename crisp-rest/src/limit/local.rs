//! The in-process limiter: counters and cool-downs in a mutex-guarded map.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use async_trait::async_trait;
use crisp_core::{Error, Tier};

use super::{
    Attempt, Limits, MAX_NAP, OnExhausted, Outcome, RateLimiter, day_end, exhausted, utc_day,
};

/// The in-process [`RateLimiter`]: a daily counter and a cool-down per token, in memory.
///
/// Every client built without [`ClientBuilder::rate_limiter`](crate::ClientBuilder::rate_limiter)
/// gets one with [`Limits::default`] (shared by its clones); give one `Arc<LocalLimiter>`
/// to several clients to count them together. It knows nothing of other processes: for
/// many workers on one token, use `RedisLimiter` (feature `redis`).
///
/// The cost of a call is a mutex lock, a map look-up by the token identifier and two
/// clock reads (see BENCHMARKS.md: well under a microsecond).
#[derive(Debug, Default)]
pub struct LocalLimiter {
    limits: Limits,
    /// Per token identifier (`""` for anonymous clients), per tier.
    tokens: Mutex<HashMap<String, Tiers>>,
}

/// The states of one identifier, by tier (one or two entries in practice).
type Tiers = Vec<(Option<Tier>, TokenState)>;

#[derive(Debug, Clone, Copy, Default)]
struct TokenState {
    /// The UTC day `count` is for.
    day: u64,
    /// Attempts let through on `day`.
    count: u64,
    /// No attempt goes out before this instant (after a 429 / 420).
    cool_until: Option<Instant>,
}

enum Verdict {
    Go,
    Sleep(Duration),
}

impl LocalLimiter {
    /// A limiter enforcing `limits`.
    #[must_use]
    pub fn new(limits: Limits) -> Self {
        LocalLimiter {
            limits,
            tokens: Mutex::default(),
        }
    }

    /// The limits in force.
    #[must_use]
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// How many attempts of the token (`tier`, `identifier`) were let through today (UTC).
    #[must_use]
    pub fn used(&self, tier: Option<Tier>, identifier: Option<&str>) -> u64 {
        let today = utc_day(SystemTime::now());
        let tokens = self.tokens.lock().unwrap_or_else(PoisonError::into_inner);
        tokens
            .get(identifier.unwrap_or(""))
            .and_then(|tiers| tiers.iter().find(|(t, _)| *t == tier))
            .map_or(
                0,
                |(_, state)| if state.day == today { state.count } else { 0 },
            )
    }

    /// Runs `f` on the state of the attempt's token, creating it when new.
    fn with_state<R>(&self, attempt: &Attempt<'_>, f: impl FnOnce(&mut TokenState) -> R) -> R {
        let mut tokens = self.tokens.lock().unwrap_or_else(PoisonError::into_inner);
        let identifier = attempt.identifier.unwrap_or("");
        let tiers = match tokens.get_mut(identifier) {
            Some(tiers) => tiers,
            None => tokens.entry(identifier.to_owned()).or_default(),
        };
        let index = match tiers.iter().position(|(tier, _)| *tier == attempt.tier) {
            Some(index) => index,
            None => {
                tiers.push((attempt.tier, TokenState::default()));
                tiers.len() - 1
            }
        };
        f(&mut tiers[index].1)
    }

    fn decide(&self, attempt: &Attempt<'_>) -> Result<Verdict, Error> {
        let quota = self.limits.quota(attempt.tier);
        let on_exhausted = self.limits.on_exhausted;
        self.with_state(attempt, |state| {
            if let Some(until) = state.cool_until {
                let now = Instant::now();
                if until > now {
                    return Ok(Verdict::Sleep(until - now));
                }
                state.cool_until = None;
            }
            let Some(limit) = quota else {
                return Ok(Verdict::Go);
            };
            let now = SystemTime::now();
            let today = utc_day(now);
            if state.day != today {
                state.day = today;
                state.count = 0;
            }
            if state.count >= limit {
                let resets_at = day_end(today);
                return match on_exhausted {
                    OnExhausted::Wait => Ok(Verdict::Sleep(
                        resets_at
                            .duration_since(now)
                            .unwrap_or(Duration::from_millis(1)),
                    )),
                    _ => Err(exhausted(limit, resets_at)),
                };
            }
            state.count += 1;
            Ok(Verdict::Go)
        })
    }
}

#[async_trait]
impl RateLimiter for LocalLimiter {
    async fn acquire(&self, attempt: &Attempt<'_>) -> Result<(), Error> {
        loop {
            match self.decide(attempt)? {
                Verdict::Go => return Ok(()),
                Verdict::Sleep(delay) => tokio::time::sleep(delay.min(MAX_NAP)).await,
            }
        }
    }

    async fn record(&self, attempt: &Attempt<'_>, outcome: &Outcome<'_>) {
        self.try_record(attempt, outcome);
    }

    /// Answers at once unless the attempt has to wait (a cool-down, or a used-up quota
    /// with [`OnExhausted::Wait`]).
    fn try_acquire(&self, attempt: &Attempt<'_>) -> Option<Result<(), Error>> {
        match self.decide(attempt) {
            Ok(Verdict::Go) => Some(Ok(())),
            Ok(Verdict::Sleep(_)) => None,
            Err(error) => Some(Err(error)),
        }
    }

    /// Always records at once: the state is in this process.
    fn try_record(&self, attempt: &Attempt<'_>, outcome: &Outcome<'_>) -> bool {
        let Some(cool_down) = self.limits.cool_down_after(outcome) else {
            return true;
        };
        let until = Instant::now() + cool_down;
        self.with_state(attempt, |state| {
            if state.cool_until.is_none_or(|current| current < until) {
                state.cool_until = Some(until);
            }
        });
        true
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crisp_core::ErrorKind;
    use http::{Method, StatusCode};

    use super::*;

    fn attempt(tier: Tier, identifier: &str) -> Attempt<'_> {
        Attempt::new(Some(tier), Some(identifier), &Method::GET, "/route")
    }

    #[tokio::test]
    async fn the_quota_is_per_token_and_fails_with_the_reset_time() {
        let limiter = LocalLimiter::new(Limits::default().plugin(Some(3)));
        for _ in 0..3 {
            limiter.acquire(&attempt(Tier::Plugin, "a")).await.unwrap();
        }
        let error = limiter
            .acquire(&attempt(Tier::Plugin, "a"))
            .await
            .unwrap_err();
        let ErrorKind::QuotaExhausted { limit, resets_at } = error.kind() else {
            panic!("{error:?}");
        };
        assert_eq!(*limit, 3);
        assert_eq!(*resets_at, day_end(utc_day(SystemTime::now())));
        assert_eq!(limiter.used(Some(Tier::Plugin), Some("a")), 3);
        // Another token, and the same identifier as another tier, count on their own.
        limiter.acquire(&attempt(Tier::Plugin, "b")).await.unwrap();
        limiter.acquire(&attempt(Tier::Website, "a")).await.unwrap();
        assert_eq!(limiter.used(Some(Tier::Website), Some("a")), 1);
        // User tokens have no quota by default.
        for _ in 0..20 {
            limiter.acquire(&attempt(Tier::User, "a")).await.unwrap();
        }
    }

    #[test]
    fn try_acquire_answers_at_once_unless_the_attempt_must_wait() {
        let limiter = LocalLimiter::new(Limits::default().website(Some(1)));
        let a = attempt(Tier::Website, "w");
        assert!(matches!(limiter.try_acquire(&a), Some(Ok(()))));
        assert_eq!(limiter.used(Some(Tier::Website), Some("w")), 1);
        let over = limiter.try_acquire(&a);
        assert!(
            matches!(&over, Some(Err(e)) if matches!(e.kind(), ErrorKind::QuotaExhausted { .. })),
            "{over:?}"
        );
        // A cool-down is waited for in `acquire`: `try_acquire` hands over.
        let b = attempt(Tier::Plugin, "p");
        let rate_limited = Outcome::new(Some(StatusCode::TOO_MANY_REQUESTS), None, None);
        assert!(limiter.try_record(&b, &rate_limited));
        assert!(limiter.try_acquire(&b).is_none());
        assert_eq!(limiter.used(Some(Tier::Plugin), Some("p")), 0);
    }

    #[tokio::test]
    async fn an_exhausted_quota_waits_when_asked_to() {
        let limiter = LocalLimiter::new(
            Limits::default()
                .website(Some(1))
                .on_exhausted(OnExhausted::Wait),
        );
        limiter.acquire(&attempt(Tier::Website, "w")).await.unwrap();
        let waited = tokio::time::timeout(
            Duration::from_millis(200),
            limiter.acquire(&attempt(Tier::Website, "w")),
        )
        .await;
        assert!(waited.is_err(), "the second call must wait for midnight");
    }

    #[tokio::test]
    async fn a_rate_limit_pauses_every_call_of_the_token() {
        let limiter = Arc::new(LocalLimiter::new(
            Limits::default().cool_down(Duration::from_millis(300)),
        ));
        let a = attempt(Tier::Plugin, "p");
        limiter.acquire(&a).await.unwrap();
        limiter
            .record(
                &a,
                &Outcome::new(Some(StatusCode::TOO_MANY_REQUESTS), None, None),
            )
            .await;
        let started = Instant::now();
        let mut waiting = Vec::new();
        for _ in 0..4 {
            let limiter = Arc::clone(&limiter);
            waiting.push(tokio::spawn(async move {
                limiter.acquire(&attempt(Tier::Plugin, "p")).await.unwrap();
                started.elapsed()
            }));
        }
        for task in waiting {
            let waited = task.await.unwrap();
            assert!(waited >= Duration::from_millis(290), "{waited:?}");
        }
        // Another token was never paused.
        assert!(matches!(
            limiter.decide(&attempt(Tier::Plugin, "q")),
            Ok(Verdict::Go)
        ));
        // A 420 with Retry-After sets the pause to that delay.
        limiter
            .record(
                &a,
                &Outcome::new(
                    Some(StatusCode::from_u16(420).unwrap()),
                    None,
                    Some(Duration::from_millis(150)),
                ),
            )
            .await;
        let started = Instant::now();
        limiter.acquire(&a).await.unwrap();
        assert!(started.elapsed() >= Duration::from_millis(140));
    }
}
