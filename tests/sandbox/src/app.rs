//! What every part of the server shares: configuration, the store, the event hub, the
//! fault switches and the logs.

use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use axum::http::HeaderValue;
use crisp_core::Credentials;
use tokio::sync::{broadcast, watch};

use crate::envelope::ApiError;
use crate::faults::FaultState;
use crate::hub::{Events, Hub};
use crate::requests::RequestRecord;
use crate::state::Store;
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
