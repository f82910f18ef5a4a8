//! Crisp realtime events (RTM) over WebSockets: socket.io v4, i.e. Socket.IO v5 over
//! Engine.IO v4, on tokio-tungstenite with rustls (the TLS set-up of `crisp-rest`: ring,
//! the Mozilla roots of `webpki-roots`).
//!
//! Through the facade (`crisp-api` with the feature `rtm`) this crate is `crisp::rtm`. It
//! has no features of its own.
//!
//! [`RtmClient`] is a `Stream` of typed [`Event`](crisp_types::event::Event)s. One task
//! owns the connection and runs an explicit state machine ([`ConnectionState`]): connect,
//! Engine.IO open, Socket.IO namespace connect, `authentication`, then `authenticated`.
//! Bad credentials are fatal (no reconnect loop): an explicit refusal at once, a connection
//! lost before `authenticated` only after [`RtmConfig::auth_drop_limit`] times in a row. A
//! dropped socket, a server that falls silent past its announced ping interval + timeout
//! (clamped to sane bounds), or a message over [`RtmConfig::max_message_size`] is
//! reconnected with exponential backoff and jitter ([`Backoff`]), re-authenticating with
//! the current event set; the backoff starts afresh only after a session lasted
//! [`RtmConfig::stable_after`]. A failure of the connection task itself is reported
//! ([`RtmError::Internal`]), never silent.
//! [`RtmHandle`] steers the client from other tasks: rebind (at most one `socket:bind`
//! every 2.5 s, later requests coalesced), push and pop events, close, watch the state.
//! The library never handles OS signals.
//!
//! ```no_run
//! # async fn run() {
//! use crisp_core::Credentials;
//! use crisp_rtm::{RtmClient, RtmConfig};
//! use crisp_types::event::{Event, EventName};
//! use futures_util::StreamExt;
//!
//! let config = RtmConfig::new(Credentials::plugin("identifier", "key"))
//!     .events([EventName::MessageSend]);
//! let mut client = RtmClient::connect(config);
//! while let Some(item) = client.next().await {
//!     if let Ok(Event::MessageSend(message)) = item {
//!         println!("{:?}", message.content.as_text());
//!     }
//! }
//! # }
//! ```
//!
//! Events flow once the state is [`ConnectionState::Active`]; wait for it with
//! [`RtmClient::ready`] (or watch every change with [`RtmHandle::watch_state`]) before
//! relying on a subscription. Nothing about the connection is silent on the stream: each
//! failed attempt and each loss of a live session is a non-fatal
//! [`RtmError::Disconnected`] (the reason, the next attempt and its delay), and once a lost
//! session is live again [`RtmError::Restored`] gives the window in which events were
//! missed, to catch up on through the REST API; a fatal error ends the stream. To run a client offline,
//! point it at the embedded sandbox (`crisp-sandbox`, or `crisp-api` with the feature
//! `sandbox`): `RtmConfig::new(sandbox.credentials()).rest_base_url(sandbox.base_url())`;
//! the README's sandbox program does exactly that, as a doc test that runs.
//!
//! Below the client, [`protocol`] decodes and encodes the frames without I/O.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod backoff;
mod client;
mod config;
mod discovery;
mod driver;
mod error;
pub mod protocol;
mod state;

pub use backoff::Backoff;
pub use client::{RtmClient, RtmHandle};
pub use config::{
    DEFAULT_AUTH_DROP_LIMIT, DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_MAX_SILENCE, DEFAULT_STABLE_AFTER,
    Endpoint, PING_INTERVAL_BOUNDS, PING_TIMEOUT_BOUNDS, RtmConfig,
};
pub use error::RtmError;
pub use state::ConnectionState;
