//! Rust client for the [Crisp](https://crisp.chat) customer-messaging platform.
//!
//! This facade re-exports the crates of the workspace behind features:
//!
//! | feature | gives | default |
//! |---|---|---|
//! | `rest` | [`rest`]: every REST API method, [`Client`] | yes |
//! | `reqwest` | the reqwest HTTP backend (rustls) | yes |
//! | `hyper` | the hyper HTTP backend (rustls) | no |
//! | `rtm` | [`rtm`]: realtime events over WebSockets | no |
//! | `webhook` | [`webhook`]: web-hook verification and parsing | no |
//! | `axum` | `webhook::axum`: an axum extractor for verified deliveries | no |
//! | `test-util` | capture / replay transports for tests | no |
//! | `sandbox` | [`sandbox`]: an embedded Crisp stand-in (REST, RTM, web hooks on loopback) | no |
//!
//! [`types`] (the serde models) and [`core`] (transport trait, errors, retry policy) are
//! always there.
//!
//! ```no_run
//! # async fn run() -> Result<(), crisp::Error> {
//! use crisp::{Client, Credentials};
//! use crisp::types::WebsiteId;
//!
//! let client = Client::new(Credentials::plugin("identifier", "key"))?;
//! let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
//! let conversations = client.website().list_conversations(&website, 1, Default::default()).await?;
//! println!("{} conversations", conversations.len());
//! # Ok(()) }
//! ```
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub use crisp_core as core;
pub use crisp_types as types;

pub use crisp_core::{Credentials, Error, ErrorKind, RetryPolicy, Tier};

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

/// The README's examples, compiled as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
