//! Crisp web-hook signature verification (HMAC-SHA256) and typed event parsing.
//!
//! This crate is not written yet: it will verify `X-Crisp-Signature` over the raw request
//! bytes in constant time and parse deliveries into the typed event enum of `crisp-types`.
#![warn(missing_docs)]
#![forbid(unsafe_code)]
