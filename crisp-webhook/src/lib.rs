//! Crisp web-hook verification and typed parsing.
//!
//! Through the facade (`crisp-api` with the feature `webhook`) this crate is
//! `crisp::webhook`.
//!
//! Crisp signs plugin web-hook deliveries with HMAC-SHA256 over `[timestamp;body]` using
//! the plugin's signing secret; see [`verify`](mod@verify) for the scheme and the timestamp
//! unit. This crate checks that signature over the **raw** body bytes, in constant time,
//! against one or more secrets, with an optional replay window read from an injectable
//! clock, then parses the body into a typed [`Event`](crisp_types::event::Event).
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//!
//! use crisp_types::event::Event;
//! use crisp_webhook::{FixedClock, Verifier, sign};
//!
//! let body = br#"{"website_id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc","event":"message:send","data":{"type":"text","content":"Hello","from":"user","origin":"chat","timestamp":1718029573512,"fingerprint":171802957351245},"timestamp":1718029573512}"#;
//! let timestamp = "1718029573512"; // X-Crisp-Request-Timestamp, epoch milliseconds
//! let signature = sign("signing-secret", timestamp, body); // what Crisp sends in X-Crisp-Signature
//!
//! // A clock stopped one second after the delivery, so that the example runs any day.
//! let now = UNIX_EPOCH + Duration::from_millis(1_718_029_574_512);
//! let verifier = Verifier::new("signing-secret").clock(FixedClock(now));
//! let webhook = verifier.verify_and_parse(timestamp, &signature, body)?;
//! if let Event::MessageSend(message) = &webhook.event {
//!     assert_eq!(message.content.as_text(), Some("Hello"));
//! }
//! // Another secret, or one byte changed, is refused.
//! assert!(Verifier::new("other").clock(FixedClock(now)).verify(timestamp, &signature, body).is_err());
//! assert!(verifier.verify(timestamp, &signature, &body[1..]).is_err());
//! # Ok::<(), crisp_webhook::WebhookError>(())
//! ```
//!
//! - [`Verifier`] verifies (`verify`, `verify_at`, `verify_widget`, `verify_request`), and
//!   [`Verifier::receive`] verifies and parses any framework's `http::Request<Bytes>`;
//! - [`parse`] reads the body alone; [`sign`] signs test requests, and
//!   [`request::DeliveryRequest`] builds the whole signed request Crisp sends;
//! - with the feature `axum`, `axum::CrispWebhook` is an extractor answering 401 / 413 / 400;
//!   `axum::UniqueWebhook` also drops redeliveries (answered 200, handler not called);
//! - [`dedup`]: "first time?" for a delivery, in memory or on Redis (feature `redis`), and
//!   the delivery headers ([`Webhook::attempt_count`], [`Webhook::hook_origin`]).
//!
//! # Features
//! - `axum`: `axum::CrispWebhook`, an extractor that verifies and parses a delivery.
//! - `redis`: `dedup::RedisDedup`, redelivery dedup shared by every receiver on one Redis.
//! - `tracing`: logs each delivery verified or rejected, with the reason code, never the
//!   signature, secret or body ([the table](mod@verify#logging)); on by default in the facade.
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
pub mod dedup;
mod error;
mod hex;
mod parse;
mod receive;
pub mod request;
pub mod verify;

pub use clock::{Clock, FixedClock, SystemClock};
pub use error::WebhookError;
pub use parse::{Webhook, parse};
pub use verify::{SIGNATURE_HEADER, TIMESTAMP_HEADER, Verifier, sign};
