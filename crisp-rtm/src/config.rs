//! What to connect to, as whom, for which events, and how to behave when things fail.

use std::time::Duration;

use crisp_core::Credentials;
use crisp_types::event::EventName;
use crisp_types::{InboxId, WebsiteId};

use crate::backoff::Backoff;

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
    /// Events buffered between the connection and the stream (back-pressure beyond it).
    pub buffer: usize,
    /// Base URL of the REST API used for endpoint discovery (default Crisp's).
    pub rest_base_url: Option<String>,
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
}
