//! The in-memory store: a map of keys to their expiry and a queue in claim order.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::{DedupFuture, Deduplicator, DeliveryKey};

/// The default time a key is remembered: 24 hours (Crisp does not document how long it
/// keeps retrying).
pub(crate) const DEFAULT_TTL: Duration = Duration::from_secs(24 * 3600);
/// The default number of keys kept by [`MemoryDedup`].
const DEFAULT_CAPACITY: usize = 100_000;

/// A [`Deduplicator`] in this process's memory: each key is remembered for a TTL (24 h by
/// default), and at most `capacity` keys are kept (100,000 by default, some 10 MB); when
/// full, the oldest claim is forgotten first, so a very late redelivery of it would be
/// processed again. For several receivers, use `RedisDedup` (feature `redis`).
///
/// Uses the monotonic clock ([`Instant`]); no runtime needed.
#[derive(Debug)]
pub struct MemoryDedup {
    ttl: Duration,
    capacity: usize,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Key → when it was claimed.
    claimed: HashMap<DeliveryKey, Instant>,
    /// Claims in order (a key forgotten or re-claimed leaves a stale entry, skipped).
    order: VecDeque<(DeliveryKey, Instant)>,
}

impl Default for MemoryDedup {
    fn default() -> Self {
        MemoryDedup::new()
    }
}

impl MemoryDedup {
    /// A store with the default TTL (24 h) and capacity (100,000 keys).
    #[must_use]
    pub fn new() -> Self {
        MemoryDedup::with_limits(DEFAULT_TTL, DEFAULT_CAPACITY)
    }

    /// A store remembering each key for `ttl`, holding at most `capacity` keys (at least
    /// 1).
    #[must_use]
    pub fn with_limits(ttl: Duration, capacity: usize) -> Self {
        MemoryDedup {
            ttl,
            capacity: capacity.max(1),
            state: Mutex::default(),
        }
    }

    /// How many keys are remembered now (expired ones are dropped at the next claim).
    #[must_use]
    pub fn len(&self) -> usize {
        self.lock().claimed.len()
    }

    /// Whether no key is remembered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Forgets `key`, synchronous.
    fn remove(&self, key: &DeliveryKey) {
        self.lock().claimed.remove(key);
    }

    /// The claim itself, synchronous.
    fn claim(&self, key: &DeliveryKey) -> bool {
        let now = Instant::now();
        let mut state = self.lock();
        let State { claimed, order } = &mut *state;
        // Drop what expired (claims are queued in time order) or is stale.
        while let Some((front, at)) = order.front() {
            let current = claimed.get(front) == Some(at);
            if current && now.duration_since(*at) < self.ttl {
                break;
            }
            if current {
                claimed.remove(front);
            }
            order.pop_front();
        }
        if let Some(at) = claimed.get(key) {
            if now.duration_since(*at) < self.ttl {
                return false;
            }
        }
        claimed.insert(*key, now);
        order.push_back((*key, now));
        while claimed.len() > self.capacity {
            let Some((oldest, at)) = order.pop_front() else {
                break;
            };
            if claimed.get(&oldest) == Some(&at) {
                claimed.remove(&oldest);
            }
        }
        // Stale entries cannot outgrow the live ones by much.
        if order.len() > claimed.len().saturating_mul(2).max(16) {
            order.retain(|(key, at)| claimed.get(key) == Some(at));
        }
        true
    }
}

impl Deduplicator for MemoryDedup {
    fn first_time<'a>(&'a self, key: &'a DeliveryKey) -> DedupFuture<'a, bool> {
        let first = self.claim(key);
        Box::pin(async move { Ok(first) })
    }

    fn forget<'a>(&'a self, key: &'a DeliveryKey) -> DedupFuture<'a, ()> {
        self.remove(key);
        Box::pin(async { Ok(()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> DeliveryKey {
        DeliveryKey::from_bytes([n; 32])
    }

    #[test]
    fn a_key_is_new_once_until_it_expires_or_is_forgotten() {
        let dedup = MemoryDedup::with_limits(Duration::from_millis(50), 10);
        assert!(dedup.claim(&key(1)));
        assert!(!dedup.claim(&key(1)));
        assert!(dedup.claim(&key(2)));
        std::thread::sleep(Duration::from_millis(60));
        assert!(dedup.claim(&key(1)), "expired keys are new again");
        assert_eq!(dedup.len(), 1, "key 2 expired and was dropped");
        dedup.remove(&key(1));
        assert!(dedup.claim(&key(1)), "a forgotten key is new again");
    }

    #[test]
    fn the_store_is_bounded_and_forgets_the_oldest_first() {
        let dedup = MemoryDedup::with_limits(Duration::from_secs(60), 3);
        for n in 0..100 {
            assert!(dedup.claim(&key(n)));
            assert!(dedup.len() <= 3);
        }
        let state = dedup.lock();
        assert!(state.order.len() <= 16, "{}", state.order.len());
        drop(state);
        assert!(!dedup.claim(&key(99)));
        assert!(dedup.claim(&key(0)), "the oldest was evicted");
        // Re-claiming one key over and over keeps the queue bounded too.
        for _ in 0..1000 {
            dedup.remove(&key(7));
            assert!(dedup.claim(&key(7)));
        }
        assert!(dedup.lock().order.len() <= 16);
    }
}
