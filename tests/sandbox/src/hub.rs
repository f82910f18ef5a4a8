//! The event bus: what happens in the sandbox, fanned out to the realtime sockets, the
//! web-hook dispatcher and the event log.

use std::sync::{Arc, Mutex, PoisonError};

use serde_json::Value;
use tokio::sync::mpsc::error::TrySendError;
use tokio::sync::{broadcast, mpsc};

use crate::clock::now_ms;
use crate::ring::Ring;

/// An event the sandbox emitted (over RTM and web hooks alike).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EmittedEvent {
    /// The event name (`message:send`, …).
    pub name: String,
    /// The website it belongs to.
    pub website_id: String,
    /// Its payload, as sent in `42["name", data]` and in the web-hook `data`.
    pub data: Value,
    /// When it happened, in epoch milliseconds.
    pub timestamp: u64,
}

/// Events collected while the store is changed, published once the change succeeded.
#[derive(Debug, Default)]
pub(crate) struct Events(Vec<EmittedEvent>);

impl Events {
    /// Adds an event of website `website_id`.
    pub(crate) fn push(&mut self, name: &str, website_id: &str, data: Value) {
        self.0.push(EmittedEvent {
            name: name.to_owned(),
            website_id: website_id.to_owned(),
            data,
            timestamp: now_ms(),
        });
    }

    #[cfg(test)]
    pub(crate) fn names(&self) -> Vec<&str> {
        self.0.iter().map(|e| e.name.as_str()).collect()
    }
}

/// How many events a slow socket may fall behind before it misses some.
const RTM_BUFFER: usize = 4096;

/// The fan-out.
#[derive(Debug)]
pub(crate) struct Hub {
    rtm: broadcast::Sender<Arc<EmittedEvent>>,
    /// Events waiting for the web-hook dispatcher, at most the log capacity.
    hooks: mpsc::Sender<Arc<EmittedEvent>>,
    /// The newest events, up to the log capacity.
    log: Mutex<Ring<Arc<EmittedEvent>>>,
}

impl Hub {
    /// A hub logging the last `log_capacity` events, and the receiving end for the
    /// web-hook dispatcher (of as many events at most).
    pub(crate) fn new(log_capacity: usize) -> (Hub, mpsc::Receiver<Arc<EmittedEvent>>) {
        let (rtm, _) = broadcast::channel(RTM_BUFFER);
        let (hooks, receiver) = mpsc::channel(log_capacity.max(1));
        let hub = Hub {
            rtm,
            hooks,
            log: Mutex::new(Ring::new(log_capacity)),
        };
        (hub, receiver)
    }

    /// Sends every event to the sockets, the web hooks and the log, in order; answers
    /// the events the web-hook queue had no room for (a hook slower than the events).
    pub(crate) fn publish(&self, events: Events) -> Vec<Arc<EmittedEvent>> {
        let mut log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        let mut overflow = Vec::new();
        for event in events.0 {
            let event = Arc::new(event);
            // No socket listening, or the dispatcher gone at shutdown: nothing to do.
            let _ = self.rtm.send(Arc::clone(&event));
            if let Err(TrySendError::Full(event)) = self.hooks.try_send(Arc::clone(&event)) {
                overflow.push(event);
            }
            log.push(event);
        }
        overflow
    }

    /// Sends one event to the realtime sockets and the log only, not to the web hooks
    /// (the bucket URL events: realtime only, as with Crisp).
    pub(crate) fn publish_realtime(&self, event: EmittedEvent) {
        let event = Arc::new(event);
        let _ = self.rtm.send(Arc::clone(&event));
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(event);
    }

    /// A receiver of every event published from now on.
    pub(crate) fn subscribe(&self) -> broadcast::Receiver<Arc<EmittedEvent>> {
        self.rtm.subscribe()
    }

    /// The events published so far, oldest first (the newest, up to the log capacity).
    pub(crate) fn log(&self) -> Vec<EmittedEvent> {
        let log = self.log.lock().unwrap_or_else(PoisonError::into_inner);
        log.iter().map(|e| EmittedEvent::clone(e)).collect()
    }
}
