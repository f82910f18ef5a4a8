//! Every method of the Crisp REST API v1, typed, over a swappable transport.
//!
//! Through the facade (`crisp-api`, library `crisp`) this crate is `crisp::rest`, and
//! [`Client`] is `crisp::Client`; examples below use this crate's own paths
//! (`crisp_rest::…`), which become `crisp::rest::…` there.
//!
//! ```no_run
//! # async fn run() -> Result<(), crisp_rest::Error> {
//! use crisp_rest::{Client, Credentials};
//! use crisp_rest::website::conversation::ListConversations;
//! use crisp_types::WebsiteId;
//!
//! let client = Client::new(Credentials::plugin("identifier", "key"))?;
//! let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
//! for conversation in client
//!     .website()
//!     .list_conversations(&website, 1, ListConversations::new().filter_unread(true))
//!     .await?
//! {
//!     println!("{}", conversation.session_id);
//! }
//! # Ok(()) }
//! ```
//!
//! - Methods are grouped by service: [`Client::website`], [`Client::plugin`],
//!   [`Client::plan`], [`Client::media`] and [`Client::bucket`]. Each returns a [`Call`],
//!   sent by `.await`; a call can override the timeout, retry policy and headers first.
//! - Paged lists return a [`Page`]; [`Call::pages`] and [`Call::items`] walk every page as
//!   a stream (see [`page`] for how the end of a list is found).
//! - [`Client::raw`] reaches routes not modelled yet.
//! - Backends: [`backend::ReqwestTransport`] (feature `reqwest`, default) and
//!   [`backend::HyperTransport`] (feature `hyper`); any [`Transport`] works.
//! - Feature `test-util`: [`test_util`] capture / replay transports.
//! - Rate limits and the daily quota: every client asks a [`limit::RateLimiter`] before
//!   each attempt ([`limit::LocalLimiter`] by default; `limit::RedisLimiter` with the
//!   feature `redis` shares the quota between processes).
//!
//! # Features
//! | feature | gives | default |
//! |---|---|---|
//! | `reqwest` | [`backend::ReqwestTransport`] (rustls with ring, Mozilla roots, HTTP/2 by ALPN) | yes |
//! | `hyper` | [`backend::HyperTransport`] on hyper 1 (same TLS set-up) | no |
//! | `test-util` | [`test_util`]: `CaptureTransport`, `ReplayTransport` for tests | no |
//! | `redis` | `limit::RedisLimiter`: the daily quota and the rate-limit cool-down shared by every process on one Redis | no |
//! | `tracing` | logs each call through [`tracing`](https://docs.rs/tracing) (see [Logging](#logging)) | no (yes in the facade) |
//! | `full` | every API section below | yes |
//! | `conversation`, `people`, `helpdesk`, `helpdesk-tree`, `campaign`, `batch`, `inbox`, `operator`, `visitors`, `analytics`, `availability`, `base`, `connect`, `settings`, `team`, `verify` | the methods of that `website` section (`website::conversation`, …) and its `crisp-types` models | yes (`full`) |
//! | `plugin`, `plan`, `media`, `bucket` | [`Client::plugin`], [`Client::plan`], … and their methods | yes (`full`) |
//!
//! ## Compiling only some sections
//! A program that needs a few sections turns the defaults off and names them with a
//! backend; the other methods and their models are not compiled at all (a conversations
//! bot builds `crisp-types` and `crisp-rest` in a fraction of the time, see the
//! repository's BENCHMARKS.md):
//!
//! ```toml
//! crisp-rest = { version = "0.1", default-features = false, features = ["reqwest", "conversation"] }
//! ```
//!
//! [`Client::website`] and [`Client::raw`] are always there; `conversation` covers the
//! conversations and their messages, `people` the contact profiles.
//!
//! # Offline: what a call sends
//! A client over a capture transport records each request and answers from a queue, with
//! no network; this runs as a doc test:
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), crisp_rest::Error> {
//! use std::sync::Arc;
//!
//! use crisp_core::test_util::CaptureTransport; // `crisp_rest::test_util` with `test-util`
//! use crisp_rest::{Client, Credentials};
//! use crisp_types::WebsiteId;
//! use crisp_types::website::conversation::ConversationState;
//!
//! let capture = Arc::new(CaptureTransport::new());
//! capture.push_json(200, r#"{"error":false,"reason":"resolved","data":{"state":"pending"}}"#);
//! let client = Client::builder()
//!     .credentials(Credentials::plugin("identifier", "key"))
//!     .transport(capture.clone())
//!     .build()?;
//!
//! let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
//! let state = client.website().get_conversation_state(&website, &"session_1".into()).await?;
//! assert_eq!(state.state, Some(ConversationState::Pending));
//! let request = capture.last().expect("one request");
//! assert_eq!(
//!     request.path(),
//!     "/v1/website/8c842203-7ed8-4e29-a608-7cf78a7d2fcc/conversation/session_1/state"
//! );
//! # Ok(()) }
//! ```
//!
//! # Limits and safety
//! The client assumes the server may be hostile or broken:
//!
//! - **Response size**: bodies larger than
//!   [`ClientBuilder::max_response_body`] (32 MiB by default; per call with
//!   [`Call::max_response_body`]) fail with [`ErrorKind::ResponseTooLarge`], found from
//!   `Content-Length` before reading or while reading, so an endless body is cut at the
//!   limit. Not retried.
//! - **Requests in flight**: at most [`ClientBuilder::max_in_flight`] (64 by default) per
//!   client and its clones; further calls wait for a slot, they do not fail. Waiting for a
//!   slot is not counted in the timeout, and a call sleeping before a retry holds none.
//! - **Redirects** are never followed (a followed redirect would re-send the request, or
//!   turn a POST into a GET): a 3xx is [`ErrorKind::Redirect`] with its `Location`.
//! - **Path parameters** that are empty, `.` or `..` are refused with
//!   [`ErrorKind::InvalidArgument`] before anything is sent; every other value is
//!   percent-encoded into its own segment.
//! - **Credentials** only travel in the `Authorization` header: a base URL with
//!   `user:password@` is refused, and no `Debug` or error output shows a key.
//! - **`Retry-After`** values that are out of range or unparsable are ignored; the retry
//!   arithmetic saturates.
//!
//! # Logging
//! With the feature `tracing` (on by default in the facade `crisp-api`), each call is a
//! span and a few events under the target `crisp_rest`; with no subscriber, or one that
//! wants none of them, they cost a check of a cached flag, and no field is computed.
//!
//! | what | level | name / message | fields |
//! |---|---|---|---|
//! | each call | `info` span | `crisp.call` | `method` (`get_conversation`; none for `Client::raw`), `label` (Crisp's, `Get A Conversation`), `verb`, `route` (the template), `path` (rendered, without the query), `query` (parameter names only); recorded at the end: `attempts`, `status`, `reason` (Crisp's, on errors), `elapsed_ms` |
//! | a retry after a rate limit (429, 420) | `warn` | `crisp rate limit; retrying` | `attempt` (the one that failed), `status`, `reason`, `retry_after_ms` (asked by Crisp), `delay_ms` |
//! | any other retry | `debug` | `crisp call attempt failed; retrying` | `attempt`, `cause`, `status`, `reason`, `detail`, `delay_ms` |
//! | success | `debug` | `crisp call succeeded` | `status`, `attempts`, `elapsed_ms` |
//! | failure, transient (retries exhausted: transport, timeout, 5xx, rate limit) or unexpected of a server (a body that does not decode, too large, a redirect) | `warn` | `crisp call failed` | `cause`, `status`, `reason`, `detail`, `attempts`, `elapsed_ms` |
//! | failure, other (a 4xx such as 404 `session_not_found`, an invalid argument): the caller has the error and decides | `debug` | `crisp call failed` | as above |
//!
//! `cause` is one of `api`, `rate_limited`, `decode`, `transport`, `timeout`,
//! `invalid_argument`, `response_too_large`, `redirect`; `detail` is the JSON path of a
//! decode error, the kind and innermost cause of a transport error (`connect: Connection
//! refused (os error 111)`), a timeout's limit, or what is wrong with an argument.
//!
//! **Never logged:** the key, the `Authorization` or any other header value, query
//! values (they may hold search text or e-mail addresses: only their names are), request
//! and response bodies (message text), the text of serde errors (they may quote a value),
//! and the URL of a transport error (its query). Ids in the path are logged: they are not
//! secrets.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod backend;
// The request-body helpers are used by the plan, plugin and website sections.
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod body;
#[cfg(feature = "bucket")]
#[cfg_attr(docsrs, doc(cfg(feature = "bucket")))]
pub mod bucket;
// A build with only some sections leaves helpers unused (`RequestBuilder::named`).
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod call;
mod catalog;
mod client;
mod execute;
pub mod limit;
#[cfg(feature = "media")]
#[cfg_attr(docsrs, doc(cfg(feature = "media")))]
pub mod media;
pub mod page;
#[cfg(feature = "plan")]
#[cfg_attr(docsrs, doc(cfg(feature = "plan")))]
pub mod plan;
#[cfg(feature = "plugin")]
#[cfg_attr(docsrs, doc(cfg(feature = "plugin")))]
pub mod plugin;
mod service;
mod trace;
pub mod website;

pub use call::{Call, RequestBuilder};
pub use client::{Client, ClientBuilder};
pub use crisp_core::{
    ApiError, CallInfo, ClientOptions, Credentials, DecodeError, Error, ErrorKind, Hint,
    RequestOptions, RetryPolicy, Tier, Transport, TransportError, TransportErrorKind,
};
pub use page::{Items, Page, Pages};

/// The former name of [`RequestBuilder`]: it describes one request, it is not a static
/// endpoint (and `crisp-rtm` has its own `Endpoint`: where the realtime server is).
#[deprecated(note = "renamed `RequestBuilder`")]
pub type Endpoint = RequestBuilder;

/// Capture and replay transports for tests (feature `test-util`).
#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub mod test_util {
    pub use crisp_core::test_util::*;
}
