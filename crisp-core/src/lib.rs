//! Transport-agnostic core of the Crisp API client.
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
pub use error::{ApiError, DecodeError, Error, ErrorKind, Result};
pub use request::{ApiRequest, Json, QueryValue};
pub use retry::{RetryDecision, RetryPolicy};
pub use transport::{Transport, TransportError, TransportErrorKind};

/// Re-exports of the `http` and `bytes` types that appear in this crate's API.
pub mod reexports {
    pub use bytes::Bytes;
    pub use http;
}
