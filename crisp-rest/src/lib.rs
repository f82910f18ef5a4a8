//! Every method of the Crisp REST API v1, typed, over a swappable transport.
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
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod backend;
pub mod bucket;
mod call;
mod client;
mod execute;
pub mod media;
pub mod page;
pub mod plan;
pub mod plugin;
mod service;
pub mod website;

pub use call::{Call, Endpoint};
pub use client::{Client, ClientBuilder};
pub use crisp_core::{
    ApiError, ClientOptions, Credentials, DecodeError, Error, ErrorKind, RequestOptions,
    RetryPolicy, Tier, Transport, TransportError, TransportErrorKind,
};
pub use page::{Items, Page, Pages};

/// Capture and replay transports for tests (feature `test-util`).
#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub mod test_util {
    pub use crisp_core::test_util::*;
}
