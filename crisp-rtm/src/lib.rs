//! Crisp realtime events (RTM) over WebSockets: socket.io v4, i.e. Socket.IO v5 over
//! Engine.IO v4, on tokio-tungstenite with rustls (the TLS set-up of `crisp-rest`: ring,
//! the Mozilla roots of `webpki-roots`).
//!
//! Through the facade (`crisp-api` with the feature `rtm`) this crate is `crisp::rtm`.
//!
//! | feature | gives | default |
//! |---|---|---|
//! | `client` | the realtime client below (tokio, tokio-tungstenite with rustls, endpoint discovery through `crisp-rest`); without it the crate is the codec, [`protocol`], on `serde` and `serde_json` alone | yes |
//! | `reqwest` | discovery on crisp-rest's reqwest backend when no transport is given | yes |
//! | `hyper` | discovery on crisp-rest's hyper backend when no transport is given (reqwest wins when both are on) | no |
//! | `upload` | [`upload::Uploader`] (crisp-rest's `bucket` and `conversation` sections); in the facade with its `bucket` section | yes |
//! | `plugin` | [`plugin::Plugin`] (crisp-rest's `plugin` section); in the facade with its `plugin` section | yes |
//! | `tracing` | logs the connection (see [Logging](#logging)); on by default in the facade | no |
//!
//! Endpoint discovery forces no HTTP backend: `RtmConfig::rest_client` hands it the
//! program's own `crisp_rest::Client`, `RtmConfig::transport` any `crisp_core::Transport`
//! (see `DiscoveryClient`); a known `RtmConfig::url` needs no discovery at all. Why a
//! connection ended and why the client stopped are typed (`DisconnectReason`,
//! `FailureReason`).
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
//! every 2.5 s, later requests coalesced), push and pop events, close, watch the state,
//! and wait for one event matching a predicate while the stream is read elsewhere
//! ([`RtmHandle::wait_for`], registered before the call that causes the event).
//! [`upload::Uploader`] builds on it: a file sent in a conversation in one call (Crisp's
//! bucket URL over REST, the signed URL over realtime, one `PUT`, the `file` message).
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
//! A plugin runs its whole lifecycle (every subscribed website and its typed settings in
//! memory, refreshed on the plugin events, the socket rebound when websites subscribe,
//! plugin pages verified) with [`plugin::Plugin`]: one line, `plugin.attach(client)`.
//!
//! Below the client, [`protocol`] decodes and encodes the frames without I/O.
//!
//! # Runtime
//! The client runs on any tokio runtime. **For a process whose work is reading one busy
//! connection, use the current-thread runtime** (`#[tokio::main(flavor =
//! "current_thread")]`): measured end to end (BENCHMARKS.md, "Realtime end to end against
//! the node client"), the multi-thread runtime that a plain `#[tokio::main]` builds
//! delivers less than half the events per second when the client is the bottleneck
//! (the connection task and the reader end up on two threads: a thread wake-up per batch of
//! events, and each event's strings allocated on one thread and freed on the other), and
//! the same rate when the server is. A bot that also serves HTTP or calls the REST API
//! under load loses nothing at Crisp's real event rates (a few hundred per second, far
//! below either figure) and may keep the multi-thread runtime.
//! [`RtmConfig::read_buffer_size`] keeps tungstenite's 128 KiB, the fastest size measured.
//!
//! # Logging
//! With the feature `tracing`, the connection task logs through
//! [`tracing`](https://docs.rs/tracing) under the target `crisp_rtm` (it also turns on
//! `crisp-rest`'s logging, for the discovery calls: `crisp.call` spans under
//! `crisp_rest`). Without a subscriber that wants them, the events cost a check of a
//! cached flag and no field is computed.
//!
//! | what | level | message | fields |
//! |---|---|---|---|
//! | endpoint discovery | `debug` | `realtime: discovering the endpoint`, `realtime: endpoint discovered` | `route`; `url` |
//! | each connection attempt | `debug` | `realtime: connecting`, `realtime: WebSocket open`, `realtime: Engine.IO open`, `realtime: authenticating` | `attempt`; `url`; `ping_interval_ms`, `ping_timeout_ms`, `silence_limit_ms`; `events` |
//! | authenticated | `info` | `realtime session active` | `events` (the names subscribed) |
//! | live again after a loss | `info` | `realtime session restored; events sent meanwhile were missed` | `gap_ms`, `attempts` |
//! | rebind, push, pop | `debug` | `realtime: rebinding (socket:bind)`, `realtime: rebind coalesced…`, `realtime: subscribing (socket:bind:push)`, `realtime: unsubscribing (socket:bind:pop)` | `events`, `sent` (`false` while not active: kept for the next authentication) |
//! | each event received | `trace` | `realtime event` | `event` (its name only) |
//! | watchdog, handshake timeout | `info` | `realtime watchdog fired: no ping from the server`, `realtime: the handshake timed out` | `silence_ms` |
//! | a live session lost | `warn` | `realtime session lost; reconnecting` | `reason`, `session_ms`, `attempt` (the next), `retry_in_ms` |
//! | a failed connection attempt | `warn` | `realtime connection attempt failed; retrying` | `reason`, `attempt` (the next), `retry_in_ms` |
//! | an unreadable frame, a message over the limit | `warn` | `realtime: unreadable frame skipped`, `realtime: message over the size limit` | `code` ([`ProtocolError::code`](protocol::ProtocolError::code)); `size`, `limit` |
//! | a fatal stop (bad credentials, discovery refused, …), a panic of the task | `error` | `realtime client stopped`, `realtime connection task panicked` | `reason`; `error` |
//! | closed by the caller | `debug` | `realtime: closed` | |
//!
//! **Never logged:** the key or the `authentication` payload, event payloads (message
//! text: events are logged by name only), the content of unreadable frames (only their
//! error code), and the `user:password@` of a URL.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "client")]
mod backoff;
#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
mod config;
#[cfg(feature = "client")]
mod discovery;
#[cfg(feature = "client")]
mod driver;
#[cfg(feature = "client")]
mod error;
#[cfg(feature = "plugin")]
#[cfg_attr(docsrs, doc(cfg(feature = "plugin")))]
pub mod plugin;
pub mod protocol;
#[cfg(feature = "client")]
mod state;
#[cfg(feature = "client")]
mod trace;
#[cfg(feature = "upload")]
#[cfg_attr(docsrs, doc(cfg(feature = "upload")))]
pub mod upload;
#[cfg(feature = "client")]
mod waiter;

#[cfg(feature = "client")]
pub use backoff::Backoff;
#[cfg(feature = "client")]
pub use client::{RtmClient, RtmHandle};
#[cfg(feature = "client")]
pub use config::{
    DEFAULT_AUTH_DROP_LIMIT, DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_MAX_SILENCE,
    DEFAULT_READ_BUFFER_SIZE, DEFAULT_STABLE_AFTER, DiscoveryClient, Endpoint,
    MIN_READ_BUFFER_SIZE, PING_INTERVAL_BOUNDS, PING_TIMEOUT_BOUNDS, RtmConfig,
};
#[cfg(feature = "client")]
pub use error::RtmError;
#[cfg(feature = "client")]
pub use state::{ConnectionState, DisconnectReason, FailureReason};
#[cfg(feature = "client")]
pub use waiter::{EventWaiter, MAX_WAITERS, WaitError};
