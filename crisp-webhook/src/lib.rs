//! Crisp web-hook verification and typed parsing.
//!
//! Crisp signs plugin web-hook deliveries with HMAC-SHA256 over `[timestamp;body]` using
//! the plugin's signing secret; see [`verify`](mod@verify) for the scheme and the timestamp
//! unit. This crate checks that signature over the **raw** body bytes, in constant time,
//! against one or more secrets, with an optional replay window read from an injectable
//! clock, then parses the body into a typed [`Event`](crisp_types::event::Event).
//!
//! ```no_run
//! use crisp_webhook::Verifier;
//!
//! # fn handle(timestamp: &str, signature: &str, body: &[u8]) -> Result<(), crisp_webhook::WebhookError> {
//! let verifier = Verifier::new("signing-secret");
//! let webhook = verifier.verify_and_parse(timestamp, signature, body)?;
//! if let crisp_types::event::Event::MessageSend(message) = &webhook.event {
//!     println!("visitor wrote {:?}", message.content.as_text());
//! }
//! # Ok(()) }
//! ```
//!
//! - [`Verifier`] verifies (`verify`, `verify_at`, `verify_widget`, `verify_request`), and
//!   [`Verifier::receive`] verifies and parses any framework's `http::Request<Bytes>`;
//! - [`parse`] reads the body alone; [`sign`] signs test requests;
//! - with the feature `axum`, `axum::CrispWebhook` is an extractor answering 401 / 413 / 400.
//!
//! Website web hooks (configured in the Crisp app, not a plugin) are not signed: Crisp's
//! docs advise a secret `?key=` query parameter checked by you; [`parse`] still applies.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
mod clock;
mod error;
mod fast;
mod hex;
mod parse;
mod receive;
pub mod verify;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::WebhookError;
pub use parse::{Webhook, parse};
pub use verify::{SIGNATURE_HEADER, TIMESTAMP_HEADER, Verifier, sign};
