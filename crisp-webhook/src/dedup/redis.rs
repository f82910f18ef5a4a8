//! The Redis store: `SET <prefix>:<hex key> 1 NX PX <ttl>`.

use std::fmt;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use super::memory::DEFAULT_TTL;
use super::{DedupError, DedupFuture, Deduplicator, DeliveryKey};

const DEFAULT_COMMAND_TIMEOUT: Duration = Duration::from_secs(1);
const DEFAULT_PREFIX: &str = "crisp:hook";

/// A [`Deduplicator`] on a Redis server, shared by every receiver using it: a claim is
/// `SET <prefix>:<64 hex digits> 1 NX PX <ttl>`, atomic on the server, so of N receivers
/// given the same delivery exactly one gets `true`. Keys expire after the TTL (24 h by
/// default). Every command has a timeout (1 s by default): a Redis that goes away gives a
/// [`DedupError`], never a hang (the axum extractor answers it 503, so Crisp retries
/// later). Feature `redis`.
///
/// ```no_run
/// # async fn run() -> Result<(), crisp_webhook::dedup::DedupError> {
/// use std::time::Duration;
/// use crisp_webhook::dedup::RedisDedup;
///
/// let dedup = RedisDedup::builder("redis://127.0.0.1:6379/")
///     .ttl(Duration::from_secs(48 * 3600))
///     .connect()
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct RedisDedup {
    connection: ConnectionManager,
    ttl: Duration,
    command_timeout: Duration,
    prefix: String,
}

impl fmt::Debug for RedisDedup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisDedup")
            .field("ttl", &self.ttl)
            .field("command_timeout", &self.command_timeout)
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

/// Builds a [`RedisDedup`]: [`RedisDedup::builder`].
#[derive(Clone)]
#[must_use = "the builder does nothing until `connect` is awaited"]
pub struct RedisDedupBuilder {
    url: String,
    ttl: Duration,
    command_timeout: Duration,
    prefix: String,
}

impl fmt::Debug for RedisDedupBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisDedupBuilder")
            .field("url", &"<redacted>")
            .field("ttl", &self.ttl)
            .field("command_timeout", &self.command_timeout)
            .field("prefix", &self.prefix)
            .finish()
    }
}

impl RedisDedupBuilder {
    /// Sets how long a key is remembered (default 24 h; at least 1 ms).
    pub fn ttl(mut self, ttl: Duration) -> Self {
        self.ttl = ttl.max(Duration::from_millis(1));
        self
    }

    /// Sets the timeout of connecting and of each command (default 1 s).
    pub fn command_timeout(mut self, timeout: Duration) -> Self {
        self.command_timeout = timeout;
        self
    }

    /// Sets the prefix of the keys (default `crisp:hook`).
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Connects to Redis, within the command timeout.
    ///
    /// # Errors
    /// A [`DedupError`] when the URL is invalid or Redis cannot be reached in time.
    pub async fn connect(self) -> Result<RedisDedup, DedupError> {
        let client = redis::Client::open(self.url.as_str()).map_err(|_| {
            DedupError::new("the Redis URL is not valid (redis://[:password@]host[:port][/db])")
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
                return Err(DedupError::with_source("cannot connect to Redis", error));
            }
            Err(_) => return Err(timed_out("connecting", self.command_timeout)),
        };
        Ok(RedisDedup {
            connection,
            ttl: self.ttl,
            command_timeout: self.command_timeout,
            prefix: self.prefix,
        })
    }
}

impl RedisDedup {
    /// A builder for a store on the Redis at `url` (`redis://[:password@]host[:port][/db]`).
    pub fn builder(url: impl Into<String>) -> RedisDedupBuilder {
        RedisDedupBuilder {
            url: url.into(),
            ttl: DEFAULT_TTL,
            command_timeout: DEFAULT_COMMAND_TIMEOUT,
            prefix: DEFAULT_PREFIX.to_owned(),
        }
    }

    /// A store with the default TTL, timeout and prefix.
    ///
    /// # Errors
    /// As [`RedisDedupBuilder::connect`].
    pub async fn connect(url: impl Into<String>) -> Result<RedisDedup, DedupError> {
        RedisDedup::builder(url).connect().await
    }

    /// The Redis key of `key`: `<prefix>:<64 hex digits>`.
    #[must_use]
    pub fn redis_key(&self, key: &DeliveryKey) -> String {
        format!("{}:{}", self.prefix, key.to_hex())
    }

    async fn run<T: redis::FromRedisValue>(
        &self,
        command: redis::Cmd,
        what: &str,
    ) -> Result<T, DedupError> {
        let mut connection = self.connection.clone();
        match tokio::time::timeout(self.command_timeout, command.query_async(&mut connection)).await
        {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(DedupError::with_source(
                format!("the Redis command {what} failed"),
                error,
            )),
            Err(_) => Err(timed_out(what, self.command_timeout)),
        }
    }
}

impl Deduplicator for RedisDedup {
    fn first_time<'a>(&'a self, key: &'a DeliveryKey) -> DedupFuture<'a, bool> {
        Box::pin(async move {
            let millis = u64::try_from(self.ttl.as_millis())
                .unwrap_or(u64::MAX)
                .max(1);
            let mut command = redis::cmd("SET");
            command
                .arg(self.redis_key(key))
                .arg(1)
                .arg("NX")
                .arg("PX")
                .arg(millis);
            // `OK` when set, nil when the key was there.
            let set: Option<String> = self.run(command, "SET NX").await?;
            Ok(set.is_some())
        })
    }

    fn forget<'a>(&'a self, key: &'a DeliveryKey) -> DedupFuture<'a, ()> {
        Box::pin(async move {
            let mut command = redis::cmd("DEL");
            command.arg(self.redis_key(key));
            let _: i64 = self.run(command, "DEL").await?;
            Ok(())
        })
    }
}

fn timed_out(what: &str, timeout: Duration) -> DedupError {
    DedupError::new(format!(
        "Redis did not answer {what} within {} ms",
        timeout.as_millis()
    ))
}
