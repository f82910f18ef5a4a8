//! [`Sandbox`]: start, reach, drive and inspect the stand-in; [`SandboxBuilder`] to
//! change its credentials, heartbeat or limits.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use crisp_core::Credentials;
use crisp_types::{SessionId, UserId, WebsiteId};
use serde_json::Value;
use tokio::net::TcpListener;

use crate::app::{App, Limits, Ping, Shared, lock};
use crate::clock::now_ms;
use crate::error::SandboxError;
use crate::faults::Faults;
use crate::hub::EmittedEvent;
use crate::requests::RequestRecord;
use crate::state::{Profile, Seed};
use crate::visitor::Visitor;
use crate::webhooks::Delivery;
use crate::{server, webhooks};

/// The identifier the sandbox accepts by default.
pub const DEFAULT_IDENTIFIER: &str = "sandbox-identifier";
/// The key the sandbox accepts by default.
pub const DEFAULT_KEY: &str = "sandbox-key";

/// How long an HTTP connection may take to send a complete request head, counted from
/// when it connects or from the end of the previous answer (so it is also the keep-alive
/// idle timeout); the connection is then closed. A JSON request body must have arrived
/// within as long again once its handler reads it, else 408 `request_timeout`. Default of
/// [`SandboxBuilder::header_read_timeout`].
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a realtime socket may stay open without authenticating before the sandbox
/// closes it. Default of [`SandboxBuilder::rtm_auth_timeout`].
pub const RTM_AUTH_TIMEOUT: Duration = Duration::from_secs(10);

/// The largest realtime message (and WebSocket frame) the sandbox reads, in bytes, before
/// and after authentication: socket.io's default `maxPayload`, announced in the Engine.IO
/// open packet. A socket sending more is closed (WebSocket close 1009) without the
/// message being buffered.
pub const RTM_MAX_PAYLOAD: usize = 1_000_000;

/// How many entries each log keeps ([`Sandbox::requests`], [`Sandbox::events`],
/// [`Sandbox::deliveries`]): the newest, the oldest being forgotten. Default of
/// [`SandboxBuilder::log_capacity`].
pub const LOG_CAPACITY: usize = 10_000;

/// Configures a [`Sandbox`] before starting it.
///
/// ```no_run
/// # async fn run() -> Result<(), crisp_sandbox::SandboxError> {
/// use std::time::Duration;
/// use crisp_core::Credentials;
///
/// let sandbox = crisp_sandbox::Sandbox::builder()
///     .credentials(Credentials::plugin("my-id", "my-key"))
///     .rtm_heartbeat(Duration::from_millis(500), Duration::from_millis(500))
///     .start()
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
#[must_use]
pub struct SandboxBuilder {
    credentials: Credentials,
    ping: Ping,
    limits: Limits,
    port: u16,
}

impl Default for SandboxBuilder {
    fn default() -> Self {
        SandboxBuilder {
            credentials: Credentials::plugin(DEFAULT_IDENTIFIER, DEFAULT_KEY),
            ping: Ping {
                interval: Duration::from_secs(25),
                timeout: Duration::from_secs(20),
            },
            limits: Limits::default(),
            port: 0,
        }
    }
}

impl SandboxBuilder {
    /// The only token (and tier) the sandbox accepts, over REST and RTM (default: plugin
    /// tier, [`DEFAULT_IDENTIFIER`], [`DEFAULT_KEY`]).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = credentials;
        self
    }

    /// The Engine.IO heartbeat: the server pings every `interval` and closes a socket
    /// that does not answer within `timeout` (default 25 s and 20 s, as socket.io). A
    /// socket that does not take a frame the server sends within `timeout` (at least
    /// 1 s) is dropped too.
    pub fn rtm_heartbeat(mut self, interval: Duration, timeout: Duration) -> Self {
        self.ping = Ping {
            interval: interval.max(Duration::from_millis(1)),
            timeout,
        };
        self
    }

    /// How long an HTTP connection may take to send a request head, from when it connects
    /// or from the end of the previous answer (keep-alive idle); it is then closed. A
    /// request body gets as long again (else 408 `request_timeout`). Default
    /// [`HEADER_READ_TIMEOUT`], at least 1 ms.
    pub fn header_read_timeout(mut self, timeout: Duration) -> Self {
        self.limits.header_read_timeout = timeout.max(Duration::from_millis(1));
        self
    }

    /// How long a realtime socket may stay open without a successful `authentication`;
    /// it is then closed (default [`RTM_AUTH_TIMEOUT`]).
    pub fn rtm_auth_timeout(mut self, timeout: Duration) -> Self {
        self.limits.rtm_auth_timeout = timeout;
        self
    }

    /// How many entries each log keeps, the newest (default [`LOG_CAPACITY`], at least 1).
    pub fn log_capacity(mut self, entries: usize) -> Self {
        self.limits.log_capacity = entries.max(1);
        self
    }

    /// The port of 127.0.0.1 to listen on (default 0: an ephemeral port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Starts the server on an ephemeral port of 127.0.0.1 (or the one given to
    /// [`port`](Self::port)), in the current tokio runtime.
    ///
    /// # Errors
    /// [`SandboxError::Bind`] when no port can be had, [`SandboxError::Invalid`] when the
    /// credentials cannot be sent in a header.
    ///
    /// # Panics
    /// Outside a tokio runtime, as `tokio::spawn` does.
    pub async fn start(self) -> Result<Sandbox, SandboxError> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, self.port))
            .await
            .map_err(SandboxError::Bind)?;
        let address = listener.local_addr().map_err(SandboxError::Bind)?;
        let (app, seed, hook_events) = Shared::new(
            self.credentials,
            format!("http://{address}"),
            self.ping,
            self.limits,
        )
        .map_err(|_| {
            SandboxError::Invalid("the credentials cannot be sent in a header".to_owned())
        })?;
        tokio::spawn(webhooks::dispatch(Arc::clone(&app), hook_events));
        server::spawn(listener, &app);
        Ok(Sandbox { app, address, seed })
    }
}

/// A local, stateful stand-in for the Crisp platform: REST API v1, the realtime (RTM)
/// socket.io endpoint and signed web-hook deliveries, on one ephemeral port of
/// 127.0.0.1. Dropping it shuts the server down and closes its sockets.
///
/// It starts with one website ([`website_id`](Sandbox::website_id)) owned by one
/// operator ([`operator_id`](Sandbox::operator_id)), and accepts one token
/// ([`credentials`](Sandbox::credentials), plugin tier).
pub struct Sandbox {
    app: App,
    address: SocketAddr,
    seed: Seed,
}

impl fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sandbox")
            .field("address", &self.address)
            .field("website_id", &self.seed.website_id)
            .finish_non_exhaustive()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.app.shutdown.send_replace(true);
    }
}

impl Sandbox {
    /// Starts a sandbox with the default settings (see [`SandboxBuilder`]).
    ///
    /// # Errors
    /// As [`SandboxBuilder::start`].
    pub async fn start() -> Result<Sandbox, SandboxError> {
        SandboxBuilder::default().start().await
    }

    /// A builder to change the credentials, the heartbeat or the limits.
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    /// Where the server listens.
    #[must_use]
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The REST base URL, `http://127.0.0.1:<port>/v1/`: give it to
    /// `ClientBuilder::base_url` (and to `RtmConfig::rest_base_url` for discovery).
    #[must_use]
    pub fn base_url(&self) -> String {
        format!("{}/v1/", self.app.origin)
    }

    /// The socket.io endpoint, `http://127.0.0.1:<port>/socket.io/`, as the
    /// connect-endpoints routes announce it.
    #[must_use]
    pub fn rtm_url(&self) -> String {
        self.app.rtm_url()
    }

    /// The token the sandbox accepts.
    #[must_use]
    pub fn credentials(&self) -> Credentials {
        self.app.credentials.clone()
    }

    /// The seeded website.
    #[must_use]
    pub fn website_id(&self) -> WebsiteId {
        WebsiteId::new(self.seed.website_id.clone())
    }

    /// The seeded website's owner.
    #[must_use]
    pub fn operator_id(&self) -> UserId {
        UserId::new(self.seed.operator_id.clone())
    }

    /// A simulated visitor of the seeded website.
    #[must_use]
    pub fn visitor(&self) -> Visitor {
        Visitor::new(Arc::clone(&self.app), self.seed.website_id.clone())
    }

    /// Registers a web hook: every event from now on is POSTed to `url`, signed with
    /// `secret` (see the crate docs for the delivery format).
    ///
    /// # Errors
    /// [`SandboxError::InvalidWebhookUrl`] unless `url` is an `http://` URL with a host.
    pub fn add_webhook(&self, url: &str, secret: &str) -> Result<(), SandboxError> {
        self.app
            .hooks
            .add(url, secret)
            .map_err(SandboxError::InvalidWebhookUrl)
    }

    /// The fault switches.
    #[must_use]
    pub fn faults(&self) -> Faults {
        Faults::new(Arc::clone(&self.app))
    }

    /// The REST requests answered so far, in order: every one, up to the last
    /// [`LOG_CAPACITY`] (see [`SandboxBuilder::log_capacity`]).
    #[must_use]
    pub fn requests(&self) -> Vec<RequestRecord> {
        lock(&self.app.requests).to_vec()
    }

    /// The events emitted so far, in order: every one, up to the last [`LOG_CAPACITY`].
    #[must_use]
    pub fn events(&self) -> Vec<EmittedEvent> {
        self.app.hub.log()
    }

    /// Emits event `name` with `data` as given, in the seeded website, over RTM and to
    /// the web hooks, without changing anything: for tests of what clients do with events
    /// the sandbox would not make itself (a payload that does not fit its type, a name
    /// Crisp may add later).
    pub fn emit_raw(&self, name: &str, data: Value) {
        let website_id = &self.seed.website_id;
        let _ = self.app.change(|_, events| {
            events.push(name, website_id, data);
            Ok(())
        });
    }

    /// The web-hook delivery attempts so far, in order: every one, up to the last
    /// [`LOG_CAPACITY`].
    #[must_use]
    pub fn deliveries(&self) -> Vec<Delivery> {
        self.app.hooks.deliveries()
    }

    /// A conversation as "get a conversation" answers it, in whatever website it is.
    #[must_use]
    pub fn conversation(&self, session_id: &SessionId) -> Option<Value> {
        let now = now_ms();
        self.app
            .read(|store| {
                Ok(store
                    .find_conversation(session_id.as_str())
                    .map(|c| c.to_json(now)))
            })
            .ok()
            .flatten()
    }

    /// Every message of a conversation, oldest first, as Crisp writes them.
    #[must_use]
    pub fn messages(&self, session_id: &SessionId) -> Vec<Value> {
        self.app
            .read(|store| {
                Ok(store
                    .find_conversation(session_id.as_str())
                    .map(|c| {
                        c.messages
                            .iter()
                            .map(|m| m.to_json(&c.website_id, &c.session_id))
                            .collect()
                    })
                    .unwrap_or_default())
            })
            .unwrap_or_default()
    }

    /// The people profiles of the seeded website, oldest first.
    #[must_use]
    pub fn people(&self) -> Vec<Value> {
        self.app
            .read(|store| {
                Ok(store
                    .website(&self.seed.website_id)
                    .map(|w| w.people.iter().map(Profile::to_json).collect())
                    .unwrap_or_default())
            })
            .unwrap_or_default()
    }

    /// The shared state, for the seed loader (`seed.rs`).
    pub(crate) fn app(&self) -> &App {
        &self.app
    }

    /// Realtime sockets open now.
    #[must_use]
    pub fn rtm_sockets(&self) -> usize {
        self.app.rtm.open.load(Ordering::SeqCst)
    }

    /// Successful realtime `authentication`s so far (a reconnected client counts again).
    #[must_use]
    pub fn rtm_authentications(&self) -> usize {
        self.app.rtm.authenticated.load(Ordering::SeqCst)
    }
}
