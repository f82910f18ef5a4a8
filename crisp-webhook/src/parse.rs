//! Parsing a delivery body into a typed [`Webhook`].

use std::borrow::Cow;

use crisp_types::WebsiteId;
use crisp_types::event::Event;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::error::WebhookError;

/// A web-hook delivery: the envelope's common fields, and the typed event.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Webhook {
    /// The website the event belongs to (`website_id`), when the envelope has one.
    pub website_id: Option<WebsiteId>,
    /// The event, typed by its name; `Event::Unknown` for names this library does not know.
    pub event: Event,
    /// When the event occurred (`timestamp`, epoch milliseconds), when it is a number.
    pub timestamp: Option<u64>,
}

/// The envelope, with the parts we type later kept as raw JSON (borrowed from the body).
#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(default, borrow)]
    website_id: Option<&'a RawValue>,
    #[serde(default, borrow)]
    event: Option<&'a RawValue>,
    #[serde(default, borrow)]
    data: Option<&'a RawValue>,
    #[serde(default, borrow)]
    timestamp: Option<&'a RawValue>,
}

/// Parses a delivery body `{"website_id", "event", "data", "timestamp"}`.
///
/// Unknown event names are not an error: they parse into `Event::Unknown` with their data.
/// Parsing does not verify anything: call [`Verifier::verify`](crate::Verifier::verify)
/// first, or use [`Verifier::verify_and_parse`](crate::Verifier::verify_and_parse).
///
/// # Errors
/// [`MalformedJson`](WebhookError::MalformedJson) when the body is not a JSON object,
/// [`EventNotString`](WebhookError::EventNotString),
/// [`DataNotObject`](WebhookError::DataNotObject).
pub fn parse(body: &[u8]) -> Result<Webhook, WebhookError> {
    // Serde would also read a JSON array positionally as the envelope: only objects pass.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(WebhookError::MalformedJson {
            message: "expected a JSON object".to_owned(),
        });
    }
    if let Some(webhook) = crate::fast::parse_fast(body) {
        return Ok(webhook);
    }
    parse_two_pass(body)
}

/// The careful path: copy `event` and `data` out raw, check their types, then decode the
/// payload, falling back to `Event::Unknown` when it does not fit its type.
pub(crate) fn parse_two_pass(body: &[u8]) -> Result<Webhook, WebhookError> {
    let envelope: Envelope<'_> =
        serde_json::from_slice(body).map_err(|e| WebhookError::MalformedJson {
            message: e.to_string(),
        })?;
    let name: Cow<'_, str> = envelope
        .event
        .filter(|raw| raw.get().starts_with('"'))
        .and_then(|raw| serde_json::from_str(raw.get()).ok())
        .ok_or(WebhookError::EventNotString)?;
    let data = envelope
        .data
        .filter(|raw| raw.get().starts_with('{'))
        .ok_or(WebhookError::DataNotObject)?;
    let website_id = envelope
        .website_id
        .and_then(|raw| serde_json::from_str::<Cow<'_, str>>(raw.get()).ok())
        .map(|id| WebsiteId::new(id.into_owned()));
    let timestamp = envelope
        .timestamp
        .and_then(|raw| serde_json::from_str::<u64>(raw.get()).ok());
    Ok(Webhook {
        website_id,
        event: Event::from_raw(&name, data),
        timestamp,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_and_unknown_events() {
        let body = br#"{"website_id":"w1","event":"message:send","data":{"website_id":"w1","session_id":"session_1","type":"text","from":"user","origin":"chat","content":"Hi","fingerprint":1,"timestamp":2},"timestamp":1506985696616}"#;
        let webhook = parse(body).unwrap();
        assert_eq!(webhook.website_id, Some(WebsiteId::new("w1")));
        assert_eq!(webhook.timestamp, Some(1_506_985_696_616));
        assert!(webhook.event.is_typed());
        assert_eq!(webhook.event.name(), "message:send");

        let body = br#"{"event":"brand:new:event","data":{"x":1}}"#;
        let webhook = parse(body).unwrap();
        assert!(!webhook.event.is_typed());
        assert_eq!(webhook.event.name(), "brand:new:event");
        assert_eq!(webhook.website_id, None);
        assert_eq!(webhook.timestamp, None);
    }

    #[test]
    fn envelope_errors() {
        let cases: &[(&[u8], WebhookError)] = &[
            (br#"{"event":1,"data":{}}"#, WebhookError::EventNotString),
            (br#"{"data":{}}"#, WebhookError::EventNotString),
            (
                br#"{"event":"message:send","data":[]}"#,
                WebhookError::DataNotObject,
            ),
            (
                br#"{"event":"message:send","data":"x"}"#,
                WebhookError::DataNotObject,
            ),
            (br#"{"event":"message:send"}"#, WebhookError::DataNotObject),
        ];
        for (body, expected) in cases {
            assert_eq!(
                &parse(body).unwrap_err(),
                expected,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
        for body in [
            &b""[..],
            b"[]",
            b"null",
            b"{",
            br#"{"event":"a","data":{}"#,
            b"\xff\xfe",
            b"<html>",
        ] {
            assert!(
                matches!(parse(body), Err(WebhookError::MalformedJson { .. })),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn escaped_event_names_are_read() {
        let webhook =
            parse(br#"{"event":"message\u003asend","data":{"content":"x","type":"text"}}"#)
                .unwrap();
        assert_eq!(webhook.event.name(), "message:send");
    }

    #[test]
    fn odd_envelope_fields_are_tolerated() {
        let webhook =
            parse(br#"{"website_id":42,"event":"x:y","data":{},"timestamp":"soon","extra":true}"#)
                .unwrap();
        assert_eq!(webhook.website_id, None);
        assert_eq!(webhook.timestamp, None);
    }
}
