//! Waiting for one event while the stream is read elsewhere: [`RtmHandle::wait_for`].
//!
//! The connection task offers each event it decodes to the registered waiters before it
//! puts the event on the stream. With no waiter registered, that costs one atomic load per
//! event and takes no lock.
//!
//! [`RtmHandle::wait_for`]: crate::RtmHandle::wait_for

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use crisp_types::event::Event;
use tokio::sync::oneshot;

/// The most waiters registered at once on one client; [`RtmHandle::wait_for`] refuses
/// more with [`WaitError::TooManyWaiters`].
///
/// [`RtmHandle::wait_for`]: crate::RtmHandle::wait_for
pub const MAX_WAITERS: usize = 256;

type Filter = Box<dyn Fn(&Event) -> bool + Send + Sync>;

struct Slot {
    id: u64,
    filter: Filter,
    tx: oneshot::Sender<Event>,
}

/// The waiters of one client, shared by its handles and its connection task.
#[derive(Default)]
pub(crate) struct Waiters {
    /// Waiters registered now: the connection task reads it before each event and locks
    /// `slots` only when it is not zero.
    count: AtomicUsize,
    /// The client stopped: no new waiter, every waiter was woken.
    closed: AtomicBool,
    next_id: AtomicU64,
    slots: Mutex<Vec<Slot>>,
}

impl fmt::Debug for Waiters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiters")
            .field("count", &self.count.load(Ordering::Relaxed))
            .field("closed", &self.closed.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Waiters {
    fn slots(&self) -> MutexGuard<'_, Vec<Slot>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Registers a waiter for the first event `filter` accepts.
    pub(crate) fn register(self: &Arc<Self>, filter: Filter) -> Result<EventWaiter, WaitError> {
        let mut slots = self.slots();
        if self.closed.load(Ordering::SeqCst) {
            return Err(WaitError::Closed);
        }
        if slots.len() >= MAX_WAITERS {
            return Err(WaitError::TooManyWaiters { limit: MAX_WAITERS });
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = oneshot::channel();
        slots.push(Slot { id, filter, tx });
        // Published while the lock is held: the connection task that sees the count
        // then takes the lock and finds the slot.
        self.count.store(slots.len(), Ordering::SeqCst);
        Ok(EventWaiter {
            rx,
            id,
            waiters: Arc::clone(self),
        })
    }

    /// Hands `event` to every waiter whose filter accepts it (each waiter fires once).
    /// One atomic load when nobody waits.
    pub(crate) fn offer(&self, event: &Event) {
        if self.count.load(Ordering::SeqCst) == 0 {
            return;
        }
        let mut slots = self.slots();
        let mut index = 0;
        while index < slots.len() {
            let slot = &slots[index];
            // A waiter dropped meanwhile is removed by its drop; skip it here.
            if !slot.tx.is_closed() && (slot.filter)(event) {
                let slot = slots.swap_remove(index);
                let _ = slot.tx.send(event.clone());
            } else {
                index += 1;
            }
        }
        self.count.store(slots.len(), Ordering::SeqCst);
    }

    /// The client stopped: wakes every waiter (with [`WaitError::Closed`]) and refuses
    /// new ones.
    pub(crate) fn close(&self) {
        let mut slots = self.slots();
        self.closed.store(true, Ordering::SeqCst);
        slots.clear();
        self.count.store(0, Ordering::SeqCst);
    }

    fn remove(&self, id: u64) {
        let mut slots = self.slots();
        slots.retain(|slot| slot.id != id);
        self.count.store(slots.len(), Ordering::SeqCst);
    }
}

/// A registered wait for one event, from [`RtmHandle::wait_for`]: a `Future` of the first
/// matching event, or [`wait`](EventWaiter::wait) with a timeout. Dropping it unregisters
/// it.
///
/// [`RtmHandle::wait_for`]: crate::RtmHandle::wait_for
pub struct EventWaiter {
    rx: oneshot::Receiver<Event>,
    id: u64,
    waiters: Arc<Waiters>,
}

impl fmt::Debug for EventWaiter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventWaiter")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl EventWaiter {
    /// Waits at most `timeout` for the event.
    ///
    /// # Errors
    /// [`WaitError::Timeout`] when no matching event came in time, [`WaitError::Closed`]
    /// when the client stopped first.
    pub async fn wait(self, timeout: Duration) -> Result<Event, WaitError> {
        match tokio::time::timeout(timeout, self).await {
            Ok(result) => result,
            Err(_) => Err(WaitError::Timeout { waited: timeout }),
        }
    }
}

impl Future for EventWaiter {
    type Output = Result<Event, WaitError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.rx)
            .poll(cx)
            .map(|received| received.map_err(|_| WaitError::Closed))
    }
}

impl Drop for EventWaiter {
    fn drop(&mut self) {
        self.waiters.remove(self.id);
    }
}

/// Why [`RtmHandle::wait_for`] or an [`EventWaiter`] gave no event.
///
/// [`RtmHandle::wait_for`]: crate::RtmHandle::wait_for
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WaitError {
    /// No matching event came within the time given.
    Timeout {
        /// How long it waited.
        waited: Duration,
    },
    /// The client was closed, or stopped for good, before a matching event came.
    Closed,
    /// [`MAX_WAITERS`] waiters are registered already.
    TooManyWaiters {
        /// The limit.
        limit: usize,
    },
}

impl fmt::Display for WaitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Timeout { waited } => {
                write!(f, "no matching realtime event within {waited:?}")
            }
            WaitError::Closed => f.write_str("the realtime client stopped before the event came"),
            WaitError::TooManyWaiters { limit } => {
                write!(f, "{limit} realtime event waiters are registered already")
            }
        }
    }
}

impl std::error::Error for WaitError {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn event(id: &str) -> Event {
        Event::decode_value("bucket:url:upload:generated", json!({ "id": id })).unwrap()
    }

    fn id_of(event: &Event) -> Option<&str> {
        match event {
            Event::BucketUrlUploadGenerated(payload) => payload.id.as_deref(),
            _ => None,
        }
    }

    #[tokio::test]
    async fn a_waiter_gets_the_first_match_only() {
        let waiters = Arc::new(Waiters::default());
        let a = waiters
            .register(Box::new(|e| id_of(e) == Some("a")))
            .unwrap();
        let b = waiters
            .register(Box::new(|e| id_of(e) == Some("b")))
            .unwrap();
        assert_eq!(waiters.count.load(Ordering::SeqCst), 2);
        waiters.offer(&event("b"));
        waiters.offer(&event("x"));
        assert_eq!(waiters.count.load(Ordering::SeqCst), 1);
        assert_eq!(id_of(&b.await.unwrap()), Some("b"));
        drop(a);
        assert_eq!(waiters.count.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn bounded_timed_and_closed() {
        let waiters = Arc::new(Waiters::default());
        let held: Vec<_> = (0..MAX_WAITERS)
            .map(|_| waiters.register(Box::new(|_| false)).unwrap())
            .collect();
        assert_eq!(
            waiters.register(Box::new(|_| true)).unwrap_err(),
            WaitError::TooManyWaiters { limit: MAX_WAITERS }
        );
        drop(held);
        let waiter = waiters.register(Box::new(|_| false)).unwrap();
        assert_eq!(
            waiter.wait(Duration::from_millis(10)).await.unwrap_err(),
            WaitError::Timeout {
                waited: Duration::from_millis(10)
            }
        );
        let waiter = waiters.register(Box::new(|_| true)).unwrap();
        waiters.close();
        assert_eq!(waiter.await.unwrap_err(), WaitError::Closed);
        assert_eq!(
            waiters.register(Box::new(|_| true)).unwrap_err(),
            WaitError::Closed
        );
    }
}
