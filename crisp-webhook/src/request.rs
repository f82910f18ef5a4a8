//! The request Crisp sends for one web-hook delivery, built and signed: for test
//! harnesses, local forwarders (`crisp listen`) and the sandbox, so that everything
//! that delivers a web hook sends the same bytes and headers.
//!
//! A delivery is a `POST` of the envelope `{"website_id", "event", "data", "timestamp"}`
//! (in this order, as Crisp sends it) with:
//!
//! | header | value |
//! |---|---|
//! | `Content-Type` | `application/json` |
//! | `X-Crisp-Request-Timestamp` | the signing time, epoch milliseconds |
//! | `X-Crisp-Signature` | hex HMAC-SHA256 of `[timestamp;body]` ([`sign`](crate::sign)) |
//! | `X-Crisp-Hook-Origin` | who delivers (Crisp: `plugin/rtm <id> production`) |
//! | `X-Delivery-Attempt-Count` / `X-Delivery-Attempt-Limit` | this attempt, of how many |
//!
//! ```
//! use std::time::{Duration, UNIX_EPOCH};
//!
//! use crisp_webhook::request::DeliveryRequest;
//! use crisp_webhook::{FixedClock, Verifier};
//!
//! let data = serde_json::json!({"type": "text", "content": "Hello", "from": "user",
//!     "origin": "chat", "timestamp": 1718029573512_u64, "fingerprint": 171802957351245_u64});
//! let delivery = DeliveryRequest::envelope(
//!     Some("8c842203-7ed8-4e29-a608-7cf78a7d2fcc"), "message:send", &data, 1718029573512,
//! )?
//! .origin("plugin/rtm test production")
//! .attempt(1, 3);
//! let request = delivery.request("http://127.0.0.1:8080/hooks".parse().unwrap(), "secret", 1718029573600);
//!
//! // What a receiver does with it.
//! let verifier = Verifier::new("secret")
//!     .clock(FixedClock(UNIX_EPOCH + Duration::from_millis(1718029574000)));
//! let webhook = verifier.receive(&request)?;
//! assert_eq!(webhook.attempt_count(), Some(1));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use bytes::Bytes;
use http::header::{CONTENT_TYPE, HeaderValue, USER_AGENT};

use http::header::HeaderName;

use crate::dedup::{ATTEMPT_COUNT_HEADER, ATTEMPT_LIMIT_HEADER, HOOK_ORIGIN_HEADER};
use crate::verify::{SIGNATURE_HEADER, TIMESTAMP_HEADER};

/// One delivery to send: its body and delivery headers, signed when made into a request
/// with [`DeliveryRequest::request`]. The body is kept as given, byte for byte. (What a
/// receiver reads from those headers is [`dedup::Delivery`](crate::dedup::Delivery).)
#[derive(Clone)]
pub struct DeliveryRequest {
    body: Bytes,
    origin: Option<HeaderValue>,
    attempt: Option<(u32, u32)>,
    user_agent: Option<HeaderValue>,
}

impl std::fmt::Debug for DeliveryRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeliveryRequest")
            .field("body_len", &self.body.len())
            .field("origin", &self.origin)
            .field("attempt", &self.attempt)
            .finish_non_exhaustive()
    }
}

#[derive(serde::Serialize)]
struct Envelope<'a, D: ?Sized> {
    website_id: Option<&'a str>,
    event: &'a str,
    data: &'a D,
    timestamp: u64,
}

impl DeliveryRequest {
    /// A delivery of `body`, sent as it is.
    pub fn new(body: impl Into<Bytes>) -> Self {
        DeliveryRequest {
            body: body.into(),
            origin: None,
            attempt: None,
            user_agent: None,
        }
    }

    /// A delivery of the envelope Crisp sends: `website_id` (`null` when `None`), the
    /// event name, its `data` and the event's `timestamp` (epoch milliseconds).
    ///
    /// # Errors
    /// When `data` does not serialize to JSON.
    pub fn envelope<D: serde::Serialize + ?Sized>(
        website_id: Option<&str>,
        event: &str,
        data: &D,
        timestamp: u64,
    ) -> Result<Self, serde_json::Error> {
        let body = serde_json::to_vec(&Envelope {
            website_id,
            event,
            data,
            timestamp,
        })?;
        Ok(DeliveryRequest::new(body))
    }

    /// Sets `X-Crisp-Hook-Origin`. A value that is not a valid header value (a control
    /// character) is left out.
    #[must_use]
    pub fn origin(mut self, origin: &str) -> Self {
        self.origin = HeaderValue::from_str(origin).ok();
        self
    }

    /// Sets `X-Delivery-Attempt-Count` and `X-Delivery-Attempt-Limit`.
    #[must_use]
    pub fn attempt(mut self, count: u32, limit: u32) -> Self {
        self.attempt = Some((count, limit));
        self
    }

    /// Sets `User-Agent`. A value that is not a valid header value is left out.
    #[must_use]
    pub fn user_agent(mut self, agent: &str) -> Self {
        self.user_agent = HeaderValue::from_str(agent).ok();
        self
    }

    /// The body, as sent.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// The `POST` to `uri`, signed with `secret` at `timestamp_ms` (epoch milliseconds).
    /// Cheap to call once per attempt: the body is shared, not copied.
    pub fn request(&self, uri: http::Uri, secret: &str, timestamp_ms: u64) -> http::Request<Bytes> {
        let timestamp = timestamp_ms.to_string();
        let signature = crate::sign(secret, &timestamp, &self.body);
        let mut request = http::Request::new(self.body.clone());
        *request.method_mut() = http::Method::POST;
        *request.uri_mut() = uri;
        let headers = request.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        // Digits and hex only: always valid header values.
        if let Ok(value) = HeaderValue::from_str(&timestamp) {
            headers.insert(TIMESTAMP_HEADER, value);
        }
        if let Ok(value) = HeaderValue::from_str(&signature) {
            headers.insert(SIGNATURE_HEADER, value);
        }
        if let Some(agent) = &self.user_agent {
            headers.insert(USER_AGENT, agent.clone());
        }
        if let Some(origin) = &self.origin {
            headers.insert(name(HOOK_ORIGIN_HEADER), origin.clone());
        }
        if let Some((count, limit)) = self.attempt {
            headers.insert(name(ATTEMPT_COUNT_HEADER), HeaderValue::from(count));
            headers.insert(name(ATTEMPT_LIMIT_HEADER), HeaderValue::from(limit));
        }
        request
    }
}

/// A header name of this crate's constants (valid, in any case).
fn name(header: &'static str) -> HeaderName {
    HeaderName::from_bytes(header.as_bytes()).unwrap_or(HeaderName::from_static("x-invalid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_keeps_crisps_field_order_and_null_website() {
        let data = serde_json::json!({"a": 1});
        let delivery = DeliveryRequest::envelope(None, "people:profile:created", &data, 7).unwrap();
        assert_eq!(
            delivery.body().as_ref(),
            br#"{"website_id":null,"event":"people:profile:created","data":{"a":1},"timestamp":7}"#
        );
    }

    #[test]
    fn request_is_signed_over_the_exact_body() {
        let delivery = DeliveryRequest::new(&b"{\"x\":1}"[..])
            .origin("plugin/rtm t production")
            .attempt(2, 3)
            .user_agent("test");
        let request = delivery.request("http://localhost/h".parse().unwrap(), "s", 1_000);
        let headers = request.headers();
        assert_eq!(request.method(), http::Method::POST);
        assert_eq!(headers[TIMESTAMP_HEADER], "1000");
        assert_eq!(
            headers[SIGNATURE_HEADER],
            crate::sign("s", "1000", b"{\"x\":1}").as_str()
        );
        assert_eq!(headers[HOOK_ORIGIN_HEADER], "plugin/rtm t production");
        assert_eq!(headers[ATTEMPT_COUNT_HEADER], "2");
        assert_eq!(headers[ATTEMPT_LIMIT_HEADER], "3");
        assert_eq!(headers[USER_AGENT], "test");
        assert_eq!(request.body().as_ref(), b"{\"x\":1}");
    }

    #[test]
    fn a_header_value_with_a_newline_is_left_out() {
        let delivery = DeliveryRequest::new(Bytes::new()).origin("a\nb");
        let request = delivery.request("http://localhost/".parse().unwrap(), "s", 1);
        assert!(request.headers().get(HOOK_ORIGIN_HEADER).is_none());
    }
}
