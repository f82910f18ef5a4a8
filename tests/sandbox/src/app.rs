//! What every part of the server shares: configuration, the store, the event hub, the
//! fault switches and the logs.

use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::http::HeaderValue;
use axum::http::header::InvalidHeaderValue;
use crisp_core::Credentials;
use tokio::sync::{broadcast, mpsc, watch};

use crate::clock::now_ms;
use crate::envelope::ApiError;
use crate::faults::FaultState;
use crate::hub::{EmittedEvent, Events, Hub};
use crate::requests::RequestRecord;
use crate::ring::Ring;
use crate::state::{Seed, Store};
use crate::webhooks::Hooks;

/// The shared state, as handlers see it.
pub(crate) type App = Arc<Shared>;

/// Engine.IO heartbeat settings announced in the open packet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Ping {
    pub(crate) interval: Duration,
    pub(crate) timeout: Duration,
}

/// The limits that keep a sandbox small and its connections short-lived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Limits {
    /// Entries kept by each log (requests, events, web-hook deliveries).
    pub(crate) log_capacity: usize,
    /// How long a connection may take to send a request head (and may stay idle between
    /// requests) before it is closed.
    pub(crate) header_read_timeout: Duration,
    /// How long a realtime socket may stay open without authenticating.
    pub(crate) rtm_auth_timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            log_capacity: crate::LOG_CAPACITY,
            header_read_timeout: crate::HEADER_READ_TIMEOUT,
            rtm_auth_timeout: crate::RTM_AUTH_TIMEOUT,
        }
    }
}

/// Realtime sockets: the drop switch and counters.
#[derive(Debug)]
pub(crate) struct RtmSockets {
    /// Each open socket listens; a send closes them all.
    pub(crate) drops: broadcast::Sender<()>,
    /// Sockets open now.
    pub(crate) open: AtomicUsize,
    /// Successful `authentication`s so far.
    pub(crate) authenticated: AtomicUsize,
}

/// Everything the server shares.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) credentials: Credentials,
    /// The `Authorization` header the credentials give.
    pub(crate) authorization: HeaderValue,
    /// `http://127.0.0.1:<port>`.
    pub(crate) origin: String,
    pub(crate) ping: Ping,
    pub(crate) limits: Limits,
    pub(crate) store: Mutex<Store>,
    pub(crate) hub: Hub,
    pub(crate) faults: FaultState,
    /// The last [`Limits::log_capacity`] requests.
    pub(crate) requests: Mutex<Ring<RequestRecord>>,
    pub(crate) hooks: Hooks,
    pub(crate) rtm: RtmSockets,
    /// The bucket's upload URLs and files.
    pub(crate) bucket: crate::rest::bucket::Bucket,
    /// Set to `true` when the sandbox is dropped.
    pub(crate) shutdown: watch::Sender<bool>,
}

impl Shared {
    /// The shared state of a sandbox at `origin` accepting `credentials`, seeded; with
    /// the receiving end of the web-hook queue.
    ///
    /// # Errors
    /// When the credentials cannot be sent in a header.
    pub(crate) fn new(
        credentials: Credentials,
        origin: String,
        ping: Ping,
        limits: Limits,
    ) -> Result<(App, Seed, mpsc::Receiver<Arc<EmittedEvent>>), InvalidHeaderValue> {
        let authorization = credentials.authorization()?;
        let (store, seed) = Store::seeded(now_ms());
        let (hub, hook_events) = Hub::new(limits.log_capacity);
        let (shutdown, _) = watch::channel(false);
        let (drops, _) = broadcast::channel(16);
        let app = Arc::new(Shared {
            credentials,
            authorization,
            origin,
            ping,
            limits,
            store: Mutex::new(store),
            hub,
            faults: FaultState::default(),
            requests: Mutex::new(Ring::new(limits.log_capacity)),
            hooks: Hooks::new(limits.log_capacity),
            rtm: RtmSockets {
                drops,
                open: AtomicUsize::new(0),
                authenticated: AtomicUsize::new(0),
            },
            bucket: crate::rest::bucket::Bucket::default(),
            shutdown,
        });
        Ok((app, seed, hook_events))
    }

    /// Reads the store.
    pub(crate) fn read<T>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        f(&store)
    }

    /// Changes the store; the events the change caused are published, in order and
    /// before any other change, when it succeeded.
    pub(crate) fn change<T>(
        &self,
        f: impl FnOnce(&mut Store, &mut Events) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let mut store = self.store.lock().unwrap_or_else(PoisonError::into_inner);
        let mut events = Events::default();
        let result = f(&mut store, &mut events);
        if result.is_ok() {
            let overflow = self.hub.publish(events);
            self.hooks.not_delivered(&overflow);
        }
        result
    }

    /// The socket.io endpoint the connect-endpoints routes announce.
    pub(crate) fn rtm_url(&self) -> String {
        format!("{}/socket.io/", self.origin)
    }

    /// A receiver that completes when the sandbox shuts down.
    pub(crate) fn on_shutdown(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut shutdown = self.shutdown.subscribe();
        async move {
            let _ = shutdown.wait_for(|stopped| *stopped).await;
        }
    }
}

/// Locks a mutex, whatever another thread did while holding it.
pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
