//! Transport-agnostic core of the Crisp API client: what every other crate of crisp-rs
//! shares. Most users reach it through the facade (`crisp-api`, as `crisp::core`, with
//! `Credentials`, `Error`, `ErrorKind`, `RetryPolicy` and `Tier` at `crisp::`); depend on it
//! directly to write a [`Transport`] of your own.
//!
//! - [`Transport`]: the object-safe, bytes-in / bytes-out seam to the network;
//! - [`Credentials`] and [`Tier`]: the token pair, never shown by `Debug`;
//! - [`ApiRequest`]: one call described as data (verb, route template, query, body),
//!   rendered and percent-encoded in one place;
//! - [`response`]: decoding the `{error, reason, data}` envelope, HEAD checks;
//! - [`Error`]: the one error type, with HTTP status and Crisp `reason`;
//! - [`RetryPolicy`]: what to retry and how long to wait;
//! - [`ClientOptions`], [`RequestOptions`], [`RequestContext`]: configuration.
//!
//! This crate performs no I/O and needs no async runtime; `crisp-rest` drives it.
//!
//! # Features
//! - `test-util`: [`test_util`]'s `CaptureTransport` and `ReplayTransport`, transports that
//!   record requests and answer from a queue or a script, for tests.
//!
//! # Example
//! ```
//! use crisp_core::reexports::http::Method;
//! use crisp_core::{ApiRequest, Credentials};
//!
//! // A call as data: each parameter is percent-encoded as one path segment, so a value
//! // cannot escape its place in the route.
//! let request = ApiRequest::new(Method::GET, "/website/{website_id}/conversation/{session_id}")
//!     .param("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
//!     .param("../admin");
//! assert_eq!(
//!     request.path(),
//!     "/website/8c842203-7ed8-4e29-a608-7cf78a7d2fcc/conversation/..%2Fadmin"
//! );
//! assert!(request.validate().is_ok());
//!
//! // The key never shows in `Debug` output.
//! let credentials = Credentials::plugin("identifier", "secret-key");
//! assert!(!format!("{credentials:?}").contains("secret-key"));
//! ```
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod base64;
pub mod context;
pub mod credentials;
pub mod error;
pub mod request;
pub mod response;
pub mod retry;
#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub mod test_util;
pub mod transport;

pub use context::{ClientOptions, RequestContext, RequestOptions};
pub use credentials::{Credentials, Tier};
pub use error::{ApiError, CallInfo, DecodeError, Error, ErrorKind, Hint, Result};
pub use request::{ApiRequest, Json, QueryValue};
pub use retry::{RetryDecision, RetryPolicy};
pub use transport::{Transport, TransportError, TransportErrorKind};

/// Re-exports of the `http` and `bytes` types that appear in this crate's API.
pub mod reexports {
    pub use bytes::Bytes;
    pub use http;
}
