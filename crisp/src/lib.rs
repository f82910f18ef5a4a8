//! Rust client for the [Crisp](https://crisp.chat) customer-messaging platform: the REST
//! API v1, realtime events (RTM), web-hook verification and an embedded Crisp sandbox for
//! tests, in one dependency.
//!
//! **Package `crisp-api`, library `crisp`.** The name `crisp` is taken on crates.io, so this
//! facade is published as `crisp-api` (the name of Crisp's official clients on npm and
//! PyPI); its library is still called `crisp`:
//!
//! ```toml
//! [dependencies]
//! crisp-api = { version = "0.1", features = ["rtm", "webhook"] }
//! ```
//!
//! and in code, `use crisp::Client;`.
//!
//! # What is where
//!
//! - [`Client`] and [`rest`] (feature `rest`, default): every REST API method, grouped by
//!   service (`client.website()`, `client.plugin()`, …). A method returns a `Call`; `.await`
//!   sends it. Paged lists return a `Page` and stream across pages with `.items()`.
//! - [`rtm`] (feature `rtm`): realtime events as a `Stream`, with reconnects and a watchable
//!   connection state; `rtm::upload` sends a file in a conversation in one call (Crisp's
//!   bucket flow over REST and realtime).
//! - [`webhook`] (feature `webhook`): signature verification over the raw body and typed
//!   parsing of deliveries; `axum` adds an extractor.
//! - [`sandbox`] (feature `sandbox`): an embedded, stateful Crisp on loopback (REST, RTM,
//!   signed web hooks, a simulated visitor, fault switches), for your tests.
//! - [`types`] (the serde models and events) and [`core`] (credentials, the [`Error`] type,
//!   the [`RetryPolicy`], the `Transport` trait) are always there.
//!
//! | feature | gives | default |
//! |---|---|---|
//! | `rest` | [`rest`]: every REST API method, [`Client`] | yes |
//! | `reqwest` | the reqwest HTTP backend (rustls) | yes |
//! | `hyper` | the hyper HTTP backend (rustls) | no |
//! | `full` | every API section: all models in [`types`] and, with `rest`, all methods | yes |
//! | `conversation`, `people`, `helpdesk`, … (one per section, as in [`rest`]) | that section only: with `default-features = false, features = ["reqwest", "conversation"]` a bot compiles the conversation methods and models alone | yes (in `full`) |
//! | `rtm` | [`rtm`]: realtime events over WebSockets; endpoint discovery on the backend enabled (`reqwest` or `hyper`: with `hyper` alone, no reqwest is built), or on a REST client or transport you give it | no |
//! | `webhook` | [`webhook`]: web-hook verification and parsing | no |
//! | `axum` | `webhook::axum`: an axum extractor for verified deliveries | no |
//! | `test-util` | `rest::test_util`: capture / replay transports for tests | no |
//! | `sandbox` | [`sandbox`]: an embedded Crisp stand-in (REST, RTM, web hooks on loopback) | no |
//! | `tracing` | logging through [`tracing`](https://docs.rs/tracing) in every part enabled (see [Logging](#logging)) | yes |
//!
//! Put `sandbox` and `test-util` under `[dev-dependencies]`: they are test support.
//!
//! # Logging
//! With the feature `tracing` (default), the library logs through `tracing`: install any
//! subscriber to see it, e.g. `tracing-subscriber` with `RUST_LOG`
//! (`tracing_subscriber::fmt().with_env_filter(EnvFilter::from_default_env()).init()`),
//! or none, and it costs next to nothing. `RUST_LOG=info` shows realtime sessions going
//! live, rate limits, lost connections and rejected web hooks; `RUST_LOG=debug` adds each
//! REST call and retry, each connection step and each verified web hook; `trace` adds the
//! name of each realtime event.
//!
//! | target | what | tables |
//! |---|---|---|
//! | `crisp_rest` | a `crisp.call` span per REST call (method name, Crisp label, verb, route, path, query names, attempts, status, reason, elapsed), retries, rate limits, outcomes | [`rest`](crate::rest#logging) |
//! | `crisp_rtm` | discovery, connection, authentication, subscriptions, drops and reconnections, events by name | [`rtm`](crate::rtm#logging) |
//! | `crisp_webhook` | each delivery verified or rejected, with the reason code | [`webhook::verify`](crate::webhook::verify#logging) |
//! | `crisp_sandbox` | each request, emission and delivery of the sandbox, at `debug` | [`sandbox`](crate::sandbox#logging) |
//!
//! No key, `Authorization` value, query value, web-hook secret, signature or message body
//! is ever logged; ids in paths and event names are.
//!
//! # Against Crisp
//!
//! ```no_run
//! use crisp::types::WebsiteId;
//! use crisp::{Client, Credentials};
//!
//! #[tokio::main]
//! async fn main() -> Result<(), crisp::Error> {
//!     let client = Client::new(Credentials::plugin("identifier", "key"))?;
//!     let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
//!     let conversations = client.website().list_conversations(&website, 1, Default::default()).await?;
//!     println!("{} conversations", conversations.len());
//!     Ok(())
//! }
//! ```
//!
//! # Offline, against the sandbox
//!
//! With the features `sandbox` and `rest`, the same calls run against the embedded
//! sandbox; this example runs as a doc test:
//!
//! ```
//! # #[cfg(all(feature = "sandbox", feature = "reqwest"))]
//! # mod run {
//! use crisp::Client;
//! use crisp::rest::website::conversation::MessagesQuery;
//! use crisp::sandbox::Sandbox;
//!
//! # pub
//! async fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     let sandbox = Sandbox::start().await?;
//!     let client = Client::builder()
//!         .credentials(sandbox.credentials())
//!         .base_url(sandbox.base_url())
//!         .build()?;
//!     let session = sandbox.visitor().nickname("Jane").say("Hello!").await?;
//!     let messages = client
//!         .website()
//!         .get_messages_in_conversation(&sandbox.website_id(), &session, MessagesQuery::latest())
//!         .await?;
//!     assert_eq!(messages[0].content.as_text(), Some("Hello!"));
//!     Ok(())
//! }
//! # }
//! # #[cfg(all(feature = "sandbox", feature = "reqwest"))]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! #     tokio::time::timeout(std::time::Duration::from_secs(30), run::main()).await?
//! # }
//! # #[cfg(not(all(feature = "sandbox", feature = "reqwest")))]
//! # fn main() {}
//! ```
//!
//! The repository's README has a complete program per feature, each compiled (and the
//! offline ones run) as a doc test of this crate.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use crisp_core as core;
pub use crisp_types as types;

pub use crisp_core::{CallInfo, Credentials, Error, ErrorKind, Hint, RetryPolicy, Tier};

#[cfg(feature = "rest")]
#[cfg_attr(docsrs, doc(cfg(feature = "rest")))]
pub use crisp_rest as rest;
#[cfg(feature = "rest")]
#[cfg_attr(docsrs, doc(cfg(feature = "rest")))]
pub use crisp_rest::{Client, ClientBuilder};

#[cfg(feature = "rtm")]
#[cfg_attr(docsrs, doc(cfg(feature = "rtm")))]
pub use crisp_rtm as rtm;

#[cfg(feature = "webhook")]
#[cfg_attr(docsrs, doc(cfg(feature = "webhook")))]
pub use crisp_webhook as webhook;

#[cfg(feature = "sandbox")]
#[cfg_attr(docsrs, doc(cfg(feature = "sandbox")))]
pub use crisp_sandbox as sandbox;

/// The README's examples, compiled as doc tests, and run where they need no credentials.
/// They use every feature, so they are checked when all are on (`cargo test --workspace
/// --all-features`); without them, `cargo test -p crisp-api --doc` skips them. The path
/// is `crisp/README.md`, a link to the workspace README that `cargo package` copies into
/// the package.
#[cfg(all(
    doctest,
    feature = "rest",
    feature = "reqwest",
    feature = "rtm",
    feature = "webhook",
    feature = "sandbox",
    feature = "test-util",
    feature = "redis"
))]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
