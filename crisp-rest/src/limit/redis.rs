//! The limiter whose state is on a Redis server, shared by every process using it.

use std::fmt;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use crisp_core::{Error, ErrorKind, Tier};
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{Script, Value};
use sha2::{Digest, Sha256};

use super::{Attempt, Limits, LocalLimiter, MAX_NAP, OnExhausted, Outcome, RateLimiter, exhausted};

/// The default timeout of each Redis command (and of connecting).
const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_secs(1);
/// The default key prefix.
const DEFAULT_PREFIX: &str = "crisp:limit";

/// Asks for an attempt: answers `{0, count}` (go; the count of the day so far), `{1, ms}`
/// (cooling down for `ms` more), `{2, ms}` (quota used up; it resets in `ms`). The time is
/// Redis's own (`TIME`), so that every process agrees on the day and the cool-down.
const ACQUIRE: &str = r"
local t = redis.call('TIME')
local secs = tonumber(t[1])
local now = secs * 1000 + math.floor(tonumber(t[2]) / 1000)
local cool = tonumber(redis.call('HGET', KEYS[1], 'cool') or '0')
if cool > now then return {1, cool - now} end
local limit = tonumber(ARGV[1])
if limit < 0 then return {0, 0} end
local day = math.floor(secs / 86400)
local reset = (day + 1) * 86400000
local count = 0
if tonumber(redis.call('HGET', KEYS[1], 'day') or '-1') == day then
  count = tonumber(redis.call('HGET', KEYS[1], 'count') or '0')
end
if count >= limit then return {2, reset - now} end
redis.call('HSET', KEYS[1], 'day', day, 'count', count + 1)
local want = reset - now + 3600000
if redis.call('PTTL', KEYS[1]) < want then redis.call('PEXPIRE', KEYS[1], want) end
return {0, count + 1}
";

/// Starts (or lengthens) the cool-down of the token by `ARGV[1]` ms from Redis's now.
const RECORD: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local pause = tonumber(ARGV[1])
local cool = tonumber(redis.call('HGET', KEYS[1], 'cool') or '0')
if now + pause > cool then redis.call('HSET', KEYS[1], 'cool', now + pause) end
local want = pause + 60000
if redis.call('PTTL', KEYS[1]) < want then redis.call('PEXPIRE', KEYS[1], want) end
return pause
";

/// What a [`RedisLimiter`] does when Redis does not answer (down, unreachable, or slower
/// than the command timeout).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedisFallback {
    /// Fail the call with [`ErrorKind::Limiter`], unsent (the default): the fleet never
    /// goes over the quota, and calls fail while Redis is away.
    #[default]
    Fail,
    /// Count in this process instead (a [`LocalLimiter`] with the same limits, from zero)
    /// until Redis answers again: calls go on, and while Redis is away each process
    /// counts on its own, so the fleet can send up to its number of processes times the
    /// quota.
    Local,
}

/// A [`RateLimiter`] whose counters and cool-downs live on a Redis server, so that every
/// process using the same Redis (and key prefix) shares one daily quota and one
/// cool-down per token. Feature `redis`.
///
/// - One hash per token, `<prefix>:<tier>:<first 32 hex digits of SHA-256(identifier)>`:
///   neither the identifier nor the key appears in Redis.
/// - Each attempt is one atomic Lua script (count, check the quota and the cool-down, set
///   the expiry), one round trip; recording is a second script, run only after a 429 /
///   420. The day and the cool-down are read from Redis's clock (`TIME`), so the
///   processes' clocks do not matter.
/// - Every command has a timeout (1 s by default,
///   [`RedisLimiterBuilder::command_timeout`]): a Redis that goes away never hangs a
///   call; [`RedisFallback`] says what happens instead.
///
/// ```no_run
/// # async fn run() -> Result<(), crisp_rest::Error> {
/// use std::sync::Arc;
///
/// use crisp_rest::limit::{Limits, RedisFallback, RedisLimiter};
/// use crisp_rest::{Client, Credentials};
///
/// let limiter = RedisLimiter::builder("redis://127.0.0.1:6379/")
///     .limits(Limits::default().plugin(Some(20_000)))
///     .fallback(RedisFallback::Fail)
///     .connect()
///     .await?;
/// let client = Client::builder()
///     .credentials(Credentials::plugin("identifier", "key"))
///     .rate_limiter(Arc::new(limiter))
///     .build()?;
/// # Ok(()) }
/// ```
pub struct RedisLimiter {
    connection: ConnectionManager,
    limits: Limits,
    command_timeout: Duration,
    prefix: String,
    fallback: RedisFallback,
    local: LocalLimiter,
    acquire: Script,
    record: Script,
}

impl fmt::Debug for RedisLimiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The URL may hold a password: it is not kept.
        f.debug_struct("RedisLimiter")
            .field("prefix", &self.prefix)
            .field("limits", &self.limits)
            .field("command_timeout", &self.command_timeout)
            .field("fallback", &self.fallback)
            .finish_non_exhaustive()
    }
}

/// Builds a [`RedisLimiter`]: [`RedisLimiter::builder`].
#[derive(Clone)]
#[must_use = "the builder does nothing until `connect` is awaited"]
pub struct RedisLimiterBuilder {
    url: String,
    limits: Limits,
    command_timeout: Duration,
    prefix: String,
    fallback: RedisFallback,
}

impl fmt::Debug for RedisLimiterBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisLimiterBuilder")
            .field("url", &"<redacted>")
            .field("limits", &self.limits)
            .field("command_timeout", &self.command_timeout)
            .field("prefix", &self.prefix)
            .field("fallback", &self.fallback)
            .finish()
    }
}

impl RedisLimiterBuilder {
    /// Sets the limits (default [`Limits::default`]). Every process sharing the Redis
    /// should use the same.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Sets the timeout of connecting and of each command (default 1 s).
    pub fn command_timeout(mut self, timeout: Duration) -> Self {
        self.command_timeout = timeout;
        self
    }

    /// Sets the prefix of the keys (default `crisp:limit`), e.g. to keep two
    /// environments apart on one Redis.
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Sets what happens when Redis does not answer (default [`RedisFallback::Fail`]).
    pub fn fallback(mut self, fallback: RedisFallback) -> Self {
        self.fallback = fallback;
        self
    }

    /// Connects to Redis (within the command timeout, once; the connection is then
    /// re-established by itself after an outage).
    ///
    /// # Errors
    /// [`ErrorKind::Limiter`] when the URL is invalid or Redis cannot be reached in time.
    pub async fn connect(self) -> Result<RedisLimiter, Error> {
        let client = redis::Client::open(self.url.as_str()).map_err(|_| {
            limiter_error("the Redis URL is not valid (redis://[:password@]host[:port][/db])")
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(self.command_timeout)
            .set_response_timeout(self.command_timeout)
            .set_number_of_retries(1)
            .set_max_delay(100);
        let connection = match tokio::time::timeout(
            self.command_timeout.saturating_mul(3),
            ConnectionManager::new_with_config(client, config),
        )
        .await
        {
            Ok(Ok(connection)) => connection,
            Ok(Err(error)) => {
                return Err(Error::with_source(
                    ErrorKind::Limiter {
                        message: "cannot connect to Redis".to_owned(),
                    },
                    error,
                ));
            }
            Err(_) => return Err(timed_out("connecting", self.command_timeout)),
        };
        Ok(RedisLimiter {
            connection,
            local: LocalLimiter::new(self.limits.clone()),
            limits: self.limits,
            command_timeout: self.command_timeout,
            prefix: self.prefix,
            fallback: self.fallback,
            acquire: Script::new(ACQUIRE),
            record: Script::new(RECORD),
        })
    }
}

/// What the acquire script answered.
enum Answer {
    Go,
    Cooling(Duration),
    Exhausted(Duration),
}

impl RedisLimiter {
    /// A builder for a limiter on the Redis at `url` (`redis://[:password@]host[:port][/db]`).
    pub fn builder(url: impl Into<String>) -> RedisLimiterBuilder {
        RedisLimiterBuilder {
            url: url.into(),
            limits: Limits::default(),
            command_timeout: DEFAULT_COMMAND_TIMEOUT,
            prefix: DEFAULT_PREFIX.to_owned(),
            fallback: RedisFallback::Fail,
        }
    }

    /// A limiter with the default limits, timeout, prefix and fallback.
    ///
    /// # Errors
    /// As [`RedisLimiterBuilder::connect`].
    pub async fn connect(url: impl Into<String>) -> Result<RedisLimiter, Error> {
        RedisLimiter::builder(url).connect().await
    }

    /// The limits in force.
    #[must_use]
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The Redis key holding the state of the token (`tier`, `identifier`):
    /// `<prefix>:<tier>:<first 32 hex digits of SHA-256(identifier)>`, or
    /// `<prefix>:anonymous`.
    #[must_use]
    pub fn key_for(&self, tier: Option<Tier>, identifier: Option<&str>) -> String {
        match (tier, identifier) {
            (Some(tier), Some(identifier)) => {
                let digest = Sha256::digest(identifier.as_bytes());
                let mut key = String::with_capacity(self.prefix.len() + 48);
                key.push_str(&self.prefix);
                key.push(':');
                key.push_str(tier.as_str());
                key.push(':');
                for byte in &digest[..16] {
                    key.push(char::from(HEX[usize::from(byte >> 4)]));
                    key.push(char::from(HEX[usize::from(byte & 0xf)]));
                }
                key
            }
            _ => format!("{}:anonymous", self.prefix),
        }
    }

    async fn ask(&self, key: &str, quota: Option<u64>) -> Result<Answer, Error> {
        let limit = quota.map_or(-1, |q| i64::try_from(q).unwrap_or(i64::MAX));
        let mut connection = self.connection.clone();
        let mut invocation = self.acquire.key(key);
        invocation.arg(limit);
        let reply: Vec<i64> = match tokio::time::timeout(
            self.command_timeout,
            invocation.invoke_async(&mut connection),
        )
        .await
        {
            Ok(Ok(reply)) => reply,
            Ok(Err(error)) => return Err(redis_failed(error)),
            Err(_) => return Err(timed_out("the quota script", self.command_timeout)),
        };
        let millis = |ms: i64| Duration::from_millis(u64::try_from(ms).unwrap_or(1).max(1));
        match reply.as_slice() {
            [0, _] => Ok(Answer::Go),
            [1, ms] => Ok(Answer::Cooling(millis(*ms))),
            [2, ms] => Ok(Answer::Exhausted(millis(*ms))),
            _ => Err(limiter_error("unexpected answer from the quota script")),
        }
    }

    async fn pause(&self, key: &str, cool_down: Duration) -> Result<(), Error> {
        let millis = u64::try_from(cool_down.as_millis())
            .unwrap_or(u64::MAX)
            .max(1);
        let mut connection = self.connection.clone();
        let mut invocation = self.record.key(key);
        invocation.arg(millis);
        match tokio::time::timeout(
            self.command_timeout,
            invocation.invoke_async::<Value>(&mut connection),
        )
        .await
        {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(error)) => Err(redis_failed(error)),
            Err(_) => Err(timed_out("the cool-down script", self.command_timeout)),
        }
    }
}

#[async_trait]
impl RateLimiter for RedisLimiter {
    async fn acquire(&self, attempt: &Attempt<'_>) -> Result<(), Error> {
        let key = self.key_for(attempt.tier, attempt.identifier);
        let quota = self.limits.quota(attempt.tier);
        loop {
            let answer = match self.ask(&key, quota).await {
                Ok(answer) => answer,
                Err(error) => {
                    return match self.fallback {
                        RedisFallback::Local => {
                            warn_fallback(&error);
                            self.local.acquire(attempt).await
                        }
                        _ => Err(error),
                    };
                }
            };
            match answer {
                Answer::Go => return Ok(()),
                Answer::Cooling(delay) => tokio::time::sleep(delay.min(MAX_NAP)).await,
                Answer::Exhausted(left) => match self.limits.on_exhausted {
                    OnExhausted::Wait => tokio::time::sleep(left.min(MAX_NAP)).await,
                    _ => {
                        let limit = quota.unwrap_or(0);
                        return Err(exhausted(limit, SystemTime::now() + left));
                    }
                },
            }
        }
    }

    async fn record(&self, attempt: &Attempt<'_>, outcome: &Outcome<'_>) {
        let Some(cool_down) = self.limits.cool_down_after(outcome) else {
            return;
        };
        let key = self.key_for(attempt.tier, attempt.identifier);
        if let Err(error) = self.pause(&key, cool_down).await {
            if self.fallback == RedisFallback::Local {
                warn_fallback(&error);
            }
            // Either way this process pauses: with `Fail` its next attempts fail while
            // Redis is away; with `Local` they are counted here.
            self.local.record(attempt, outcome).await;
        }
    }

    /// Done at once unless the outcome starts a cool-down (the only case `record` sends
    /// anything to Redis).
    fn try_record(&self, _attempt: &Attempt<'_>, outcome: &Outcome<'_>) -> bool {
        self.limits.cool_down_after(outcome).is_none()
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn limiter_error(message: &str) -> Error {
    Error::new(ErrorKind::Limiter {
        message: message.to_owned(),
    })
}

fn timed_out(what: &str, timeout: Duration) -> Error {
    Error::new(ErrorKind::Limiter {
        message: format!(
            "Redis did not answer {what} within {} ms",
            timeout.as_millis()
        ),
    })
}

fn redis_failed(error: redis::RedisError) -> Error {
    Error::with_source(
        ErrorKind::Limiter {
            message: "the Redis command failed".to_owned(),
        },
        error,
    )
}

#[cfg_attr(not(feature = "tracing"), allow(unused_variables))]
fn warn_fallback(error: &Error) {
    #[cfg(feature = "tracing")]
    tracing::warn!(
        target: "crisp_rest",
        cause = %error,
        "Redis rate limiter unavailable; counting in this process"
    );
}
