//! Redelivery dedup: process each web-hook delivery once, across retries and receivers.
//!
//! Crisp retries a delivery it considers failed, and the body carries no delivery id;
//! a receiver that does the work twice sends the bot's answer twice. A [`Deduplicator`]
//! answers "first time?" for a [`DeliveryKey`]:
//!
//! - [`MemoryDedup`]: in this process, bounded (oldest keys evicted first) with a TTL;
//! - `RedisDedup` (feature `redis`): on a Redis server with `SET key 1 NX PX ttl`, so a
//!   fleet of receivers behind a load balancer processes each delivery once.
//!
//! # The key
//! [`DeliveryKey::new`] is the SHA-256 of the `X-Crisp-Hook-Origin` header and the **raw
//! body**. A retry of a delivery carries the same body (with the event's own millisecond
//! `timestamp` and, for messages, the `fingerprint`), so it has the same key; two
//! different events differ in their body. The attempt count and the request timestamp
//! are left out on purpose: they may change between attempts. Two deliveries with
//! byte-identical bodies from the same hook are one delivery for this key.
//!
//! # With the replay window
//! [`Verifier::tolerance`](crate::Verifier::tolerance) refuses a delivery whose
//! `X-Crisp-Request-Timestamp` is too far from now (5 minutes by default). Crisp does not
//! document whether a retry keeps the first attempt's timestamp; if it does, a retry sent
//! later than the window is refused (401) even though it was never processed. With dedup
//! in place a longer window is safe (a replayed delivery is answered 200 and not
//! processed again while its key lives): set the tolerance to the dedup TTL or less, e.g.
//! `Verifier::new(secret).tolerance(Some(Duration::from_secs(3600)))` with a 24 h TTL.
//!
//! # When the work fails
//! A key is claimed before the work is done. If the work then fails and Crisp should
//! retry, call [`Deduplicator::forget`] with the key (the axum extractor
//! `axum::UniqueWebhook` hands it over) and answer an error status, so that the retry is
//! processed.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), crisp_webhook::dedup::DedupError> {
//! use crisp_webhook::dedup::{Deduplicator, DeliveryKey, MemoryDedup};
//!
//! let dedup = MemoryDedup::new();
//! let body = br#"{"website_id":"w","event":"message:send","data":{},"timestamp":1}"#;
//! let key = DeliveryKey::new(Some("plugin/rtm 38b411d9377a6a00 production"), body);
//! assert!(dedup.first_time(&key).await?);
//! assert!(!dedup.first_time(&key).await?, "a redelivery is not new");
//! # Ok(()) }
//! ```

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use sha2::{Digest, Sha256};

mod delivery;
mod memory;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
mod redis;

pub use delivery::{ATTEMPT_COUNT_HEADER, ATTEMPT_LIMIT_HEADER, Delivery, HOOK_ORIGIN_HEADER};
pub use memory::MemoryDedup;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub use redis::{RedisDedup, RedisDedupBuilder};

/// The future a [`Deduplicator`] returns.
pub type DedupFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, DedupError>> + Send + 'a>>;

/// Says whether a delivery is seen for the first time. Object safe
/// (`Arc<dyn Deduplicator>`); the futures are boxed so that no async-trait macro is
/// needed.
pub trait Deduplicator: Send + Sync + fmt::Debug {
    /// Claims `key`: `true` the first time it is seen (within the store's TTL), `false`
    /// for every later call, from any receiver sharing the store. Atomic: of several
    /// concurrent calls with one key, exactly one gets `true`.
    fn first_time<'a>(&'a self, key: &'a DeliveryKey) -> DedupFuture<'a, bool>;

    /// Forgets `key`, so that the next delivery with it is new again (after the work for
    /// it failed).
    fn forget<'a>(&'a self, key: &'a DeliveryKey) -> DedupFuture<'a, ()>;
}

/// The identity of a delivery: a SHA-256 digest of the hook origin and the raw body (see
/// [the module](self)).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeliveryKey([u8; 32]);

impl DeliveryKey {
    /// The key of a delivery from the hook `hook_origin` (`X-Crisp-Hook-Origin`) with the
    /// raw `body`.
    #[must_use]
    pub fn new(hook_origin: Option<&str>, body: &[u8]) -> Self {
        let mut digest = Sha256::new();
        let origin = hook_origin.unwrap_or("").as_bytes();
        // Length-prefixed, so that no origin / body split can collide with another.
        digest.update(
            u64::try_from(origin.len())
                .unwrap_or(u64::MAX)
                .to_be_bytes(),
        );
        digest.update(origin);
        digest.update(body);
        DeliveryKey(digest.finalize().into())
    }

    /// A key from its 32 bytes (e.g. a key of your own making).
    #[must_use]
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        DeliveryKey(bytes)
    }

    /// The 32 bytes of the digest.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The digest as 64 lowercase hex digits (the Redis store's key suffix).
    #[must_use]
    pub fn to_hex(&self) -> String {
        crate::hex::encode(&self.0)
    }
}

impl fmt::Debug for DeliveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeliveryKey({}…)", &self.to_hex()[..12])
    }
}

/// A store that could not answer (Redis down, slower than its timeout). Carries no
/// address or password.
#[derive(Debug)]
pub struct DedupError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl DedupError {
    /// An error saying `message`.
    pub fn new(message: impl Into<String>) -> Self {
        DedupError {
            message: message.into(),
            source: None,
        }
    }

    /// An error saying `message`, caused by `source`.
    pub fn with_source(
        message: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        DedupError {
            message: message.into(),
            source: Some(source.into()),
        }
    }
}

impl fmt::Display for DedupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dedup store unavailable: {}", self.message)
    }
}

impl std::error::Error for DedupError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_covers_origin_and_body() {
        let body = b"{}";
        let a = DeliveryKey::new(Some("plugin/a"), body);
        assert_eq!(a, DeliveryKey::new(Some("plugin/a"), body));
        assert_ne!(a, DeliveryKey::new(Some("plugin/b"), body));
        assert_ne!(a, DeliveryKey::new(Some("plugin/a"), b"{ }"));
        assert_ne!(
            DeliveryKey::new(Some("ab"), b"c"),
            DeliveryKey::new(Some("a"), b"bc")
        );
        assert_eq!(a.to_hex().len(), 64);
        assert!(format!("{a:?}").starts_with("DeliveryKey("));
    }
}
