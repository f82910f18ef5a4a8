//! What to connect to, as whom, for which events, and how to behave when things fail.

use std::sync::Arc;
use std::time::Duration;

use crisp_core::{Credentials, Transport};
use crisp_types::event::EventName;
use crisp_types::{InboxId, WebsiteId};

use crate::backoff::Backoff;

/// The default [`RtmConfig::max_message_size`]: 1 MiB.
///
/// Crisp events are a few kilobytes; socket.io servers (Crisp's, and the sandbox) announce
/// a `maxPayload` of 1,000,000 bytes, and 1 MiB is the first round size above it.
pub const DEFAULT_MAX_MESSAGE_SIZE: usize = 1 << 20;

/// The default [`RtmConfig::read_buffer_size`]: 128 KiB, tungstenite's own default.
pub const DEFAULT_READ_BUFFER_SIZE: usize = 128 * 1024;

/// The smallest [`RtmConfig::read_buffer_size`] used: 4 KiB (a smaller value is raised).
pub const MIN_READ_BUFFER_SIZE: usize = 4 * 1024;

/// The default [`RtmConfig::auth_drop_limit`]: 5 connections in a row.
pub const DEFAULT_AUTH_DROP_LIMIT: u32 = 5;

/// The default [`RtmConfig::stable_after`]: 30 s, the default backoff's largest delay.
pub const DEFAULT_STABLE_AFTER: Duration = Duration::from_secs(30);

/// The range the server's announced `pingInterval` is clamped to: 1 s to 5 min.
pub const PING_INTERVAL_BOUNDS: (Duration, Duration) =
    (Duration::from_secs(1), Duration::from_secs(300));

/// The range the server's announced `pingTimeout` is clamped to: 1 s to 2 min.
pub const PING_TIMEOUT_BOUNDS: (Duration, Duration) =
    (Duration::from_secs(1), Duration::from_secs(120));

/// The default [`RtmConfig::max_silence`]: 7 min, the largest clamped `pingInterval` plus
/// the largest clamped `pingTimeout`.
pub const DEFAULT_MAX_SILENCE: Duration = Duration::from_secs(420);

/// Where the realtime endpoint is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Endpoint {
    /// Ask the REST API (`GET /{tier}/connect/endpoints`, `data.socket.app`) before each
    /// connection.
    Discover,
    /// A known socket.io URL (`https://…`, `wss://…`, `http://127.0.0.1:…`). Its path is
    /// the Engine.IO path (Crisp's is `/`), not `/socket.io/`.
    Url(String),
}

/// How endpoint discovery reaches the REST API ([`RtmConfig::discovery`]). No HTTP backend
/// is forced on the caller: hand over the REST client or the transport the program already
/// has, and crisp-rtm builds on whatever backend that is.
///
/// ```no_run
/// # fn run() -> Result<(), crisp_core::Error> {
/// use crisp_core::Credentials;
/// use crisp_rtm::RtmConfig;
///
/// let credentials = Credentials::plugin("identifier", "key");
/// // The program's own REST client, on its own transport (e.g. crisp-rest's
/// // `HyperTransport`, or a test double): discovery goes through it.
/// let transport = crisp_rest::backend::default_transport()?;
/// let rest = crisp_rest::Client::builder()
///     .credentials(credentials.clone())
///     .transport(transport)
///     .build()?;
/// let config = RtmConfig::new(credentials).rest_client(rest);
/// # let _ = config; Ok(()) }
/// ```
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub enum DiscoveryClient {
    /// A REST client built for discovery from [`RtmConfig::credentials`] and
    /// [`RtmConfig::rest_base_url`], on crisp-rest's default transport: reqwest with the
    /// feature `reqwest` (on by default), else hyper with the feature `hyper`. With neither,
    /// discovery fails for good ([`RtmError::Discovery`](crate::RtmError::Discovery), no
    /// HTTP backend): give a transport or a client, or a [`RtmConfig::url`].
    #[default]
    Default,
    /// A REST client built as for [`Default`](DiscoveryClient::Default), on this transport.
    Transport(Arc<dyn Transport>),
    /// This REST client as it is (its transport, credentials, base URL, options), except
    /// that discovery calls are not retried by it: the connection task retries them with
    /// its backoff. [`RtmConfig::rest_base_url`], when set, overrides its base URL.
    Client(crisp_rest::Client),
}

/// The configuration of a realtime client.
///
/// ```
/// use crisp_core::Credentials;
/// use crisp_rtm::RtmConfig;
/// use crisp_types::event::EventName;
///
/// let config = RtmConfig::new(Credentials::plugin("identifier", "key"))
///     .url("http://127.0.0.1:8080")
///     .events([EventName::MessageSend, EventName::MessageReceived]);
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RtmConfig {
    /// The token to authenticate with.
    pub credentials: Credentials,
    /// Where to connect.
    pub endpoint: Endpoint,
    /// The events to receive.
    pub events: Vec<EventName>,
    /// Only these websites (`rooms`), when not empty.
    pub rooms: Vec<WebsiteId>,
    /// Only these inboxes (`inboxes`), when not empty.
    pub inboxes: Vec<InboxId>,
    /// Delays between reconnections.
    pub backoff: Backoff,
    /// Longest wait for the WebSocket, the handshake and `authenticated`.
    pub connect_timeout: Duration,
    /// Events buffered between the connection and the stream (back-pressure beyond it;
    /// default 1024, read as at least 1 and at most tokio's `Semaphore::MAX_PERMITS`).
    pub buffer: usize,
    /// Base URL of the REST API used for endpoint discovery (default Crisp's, or that of
    /// the [`DiscoveryClient::Client`] given).
    pub rest_base_url: Option<String>,
    /// How endpoint discovery reaches the REST API (default: a client of its own on the
    /// backend feature enabled).
    pub discovery: DiscoveryClient,
    /// The largest WebSocket message (and frame) accepted from the server, in bytes
    /// (default [`DEFAULT_MAX_MESSAGE_SIZE`], 1 MiB). A larger one is not read: the
    /// stream yields [`RtmError::MessageTooLarge`](crate::RtmError::MessageTooLarge) and
    /// the client reconnects.
    pub max_message_size: usize,
    /// How many bytes the WebSocket asks the socket for per read (default
    /// [`DEFAULT_READ_BUFFER_SIZE`]; at least 4 KiB). tungstenite zero-fills this much of
    /// its buffer before each read, so a large buffer costs a `memset` per wake-up when
    /// frames arrive a few at a time, and a small one more reads when they arrive in bulk
    /// (see BENCHMARKS.md, "Realtime end to end against the node client").
    pub read_buffer_size: usize,
    /// How many connections in a row may be lost between `authentication` and
    /// `authenticated` (closed, cut, timed out) before the client gives up with
    /// [`RtmError::Unauthorized`](crate::RtmError::Unauthorized) (default
    /// [`DEFAULT_AUTH_DROP_LIMIT`], 5; at least 1). Crisp refuses bad credentials by
    /// disconnecting, but a server restart or a load balancer can cut a connection
    /// there too, so one such drop is retried with backoff. An explicit refusal
    /// (`unauthorized`, `authenticated: false`, a namespace connect error) is fatal at
    /// once.
    pub auth_drop_limit: u32,
    /// How long a session must stay [`Active`](crate::ConnectionState::Active) for the
    /// backoff to start again from its first delay after it drops (default
    /// [`DEFAULT_STABLE_AFTER`], 30 s). A shorter session counts as one more failed
    /// attempt, so a server that accepts and drops at once gets ever longer delays
    /// instead of a reconnect storm.
    pub stable_after: Duration,
    /// The longest the client waits for a ping from the server before it deems the
    /// connection dead and reconnects (default [`DEFAULT_MAX_SILENCE`], 7 min).
    ///
    /// The watchdog is the server's `pingInterval` + `pingTimeout`, as socket.io-client
    /// does, each clamped first ([`PING_INTERVAL_BOUNDS`], [`PING_TIMEOUT_BOUNDS`]: an
    /// announced 0 cannot make the client reconnect at once, nor a huge value leave a dead
    /// server unnoticed), then capped at this.
    pub max_silence: Duration,
    /// Test hooks (hidden; off unless a test turns them on).
    pub(crate) hooks: Hooks,
}

/// Faults tests can inject into the connection task.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Hooks {
    /// Panic in the connection task when the session becomes active.
    pub(crate) panic_when_active: bool,
}

impl RtmConfig {
    /// A configuration for `credentials` that discovers the endpoint, subscribes to
    /// message events, and reconnects with the default backoff.
    #[must_use]
    pub fn new(credentials: Credentials) -> Self {
        RtmConfig {
            credentials,
            endpoint: Endpoint::Discover,
            events: vec![EventName::MessageSend, EventName::MessageReceived],
            rooms: Vec::new(),
            inboxes: Vec::new(),
            backoff: Backoff::default(),
            connect_timeout: Duration::from_secs(10),
            buffer: 1024,
            rest_base_url: None,
            discovery: DiscoveryClient::Default,
            max_message_size: DEFAULT_MAX_MESSAGE_SIZE,
            read_buffer_size: DEFAULT_READ_BUFFER_SIZE,
            auth_drop_limit: DEFAULT_AUTH_DROP_LIMIT,
            stable_after: DEFAULT_STABLE_AFTER,
            max_silence: DEFAULT_MAX_SILENCE,
            hooks: Hooks::default(),
        }
    }

    /// Connects to `url` instead of discovering the endpoint.
    #[must_use]
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.endpoint = Endpoint::Url(url.into());
        self
    }

    /// Sets the events to receive.
    #[must_use]
    pub fn events(mut self, events: impl IntoIterator<Item = EventName>) -> Self {
        self.events = events.into_iter().collect();
        self
    }

    /// Only receives events of these websites.
    #[must_use]
    pub fn rooms(mut self, rooms: impl IntoIterator<Item = WebsiteId>) -> Self {
        self.rooms = rooms.into_iter().collect();
        self
    }

    /// Only receives events of these inboxes.
    #[must_use]
    pub fn inboxes(mut self, inboxes: impl IntoIterator<Item = InboxId>) -> Self {
        self.inboxes = inboxes.into_iter().collect();
        self
    }

    /// Sets the reconnection backoff.
    #[must_use]
    pub fn backoff(mut self, backoff: Backoff) -> Self {
        self.backoff = backoff;
        self
    }

    /// Sets the connection timeout.
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the REST base URL used for endpoint discovery.
    #[must_use]
    pub fn rest_base_url(mut self, url: impl Into<String>) -> Self {
        self.rest_base_url = Some(url.into());
        self
    }

    /// Discovers the endpoint through this REST client (see [`DiscoveryClient::Client`]).
    #[must_use]
    pub fn rest_client(mut self, client: crisp_rest::Client) -> Self {
        self.discovery = DiscoveryClient::Client(client);
        self
    }

    /// Discovers the endpoint through a REST client on this transport (see
    /// [`DiscoveryClient::Transport`]).
    #[must_use]
    pub fn transport(mut self, transport: Arc<dyn Transport>) -> Self {
        self.discovery = DiscoveryClient::Transport(transport);
        self
    }

    /// Sets the largest message accepted from the server, in bytes.
    #[must_use]
    pub fn max_message_size(mut self, bytes: usize) -> Self {
        self.max_message_size = bytes;
        self
    }

    /// Sets how many bytes the WebSocket reads from the socket at a time (at least 4 KiB).
    #[must_use]
    pub fn read_buffer_size(mut self, bytes: usize) -> Self {
        self.read_buffer_size = bytes;
        self
    }

    /// Sets how many connections in a row may be lost during authentication before the
    /// client gives up (at least 1).
    #[must_use]
    pub fn auth_drop_limit(mut self, limit: u32) -> Self {
        self.auth_drop_limit = limit;
        self
    }

    /// Sets how long a session must last for the backoff to start again from its first
    /// delay.
    #[must_use]
    pub fn stable_after(mut self, duration: Duration) -> Self {
        self.stable_after = duration;
        self
    }

    /// Sets the longest wait for a ping from the server, whatever it announces.
    #[must_use]
    pub fn max_silence(mut self, duration: Duration) -> Self {
        self.max_silence = duration;
        self
    }

    /// Not part of the API: makes the connection task panic when its session becomes
    /// active, so that tests can check a panic is reported, not silent.
    #[doc(hidden)]
    #[must_use]
    pub fn __panic_when_active(mut self) -> Self {
        self.hooks.panic_when_active = true;
        self
    }
}
