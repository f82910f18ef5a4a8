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
    pub(crate) store: Mutex<Store>,
    pub(crate) hub: Hub,
    pub(crate) faults: FaultState,
    pub(crate) requests: Mutex<Vec<RequestRecord>>,
    pub(crate) hooks: Hooks,
    pub(crate) rtm: RtmSockets,
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
    ) -> Result<(App, Seed, mpsc::UnboundedReceiver<Arc<EmittedEvent>>), InvalidHeaderValue> {
        let authorization = credentials.authorization()?;
        let (store, seed) = Store::seeded(now_ms());
        let (hub, hook_events) = Hub::new();
        let (shutdown, _) = watch::channel(false);
        let (drops, _) = broadcast::channel(16);
        let app = Arc::new(Shared {
            credentials,
            authorization,
            origin,
            ping,
            store: Mutex::new(store),
            hub,
            faults: FaultState::default(),
            requests: Mutex::new(Vec::new()),
            hooks: Hooks::default(),
            rtm: RtmSockets {
                drops,
                open: AtomicUsize::new(0),
                authenticated: AtomicUsize::new(0),
            },
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
            self.hub.publish(events);
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
