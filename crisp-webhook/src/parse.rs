//! Parsing a delivery body into a typed [`Webhook`].

use std::borrow::Cow;

use crisp_types::WebsiteId;
use crisp_types::event::Event;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
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
    /// The delivery headers (hook origin, attempt count and limit), filled by
    /// [`Verifier::receive`](crate::Verifier::receive) and the axum extractors; empty when
    /// the body was parsed alone ([`parse`]).
    pub delivery: crate::dedup::Delivery,
}

impl Webhook {
    /// `X-Delivery-Attempt-Count`: 1 for the first attempt, more for Crisp's retries.
    #[must_use]
    pub fn attempt_count(&self) -> Option<u32> {
        self.delivery.attempt_count
    }

    /// `X-Delivery-Attempt-Limit`: the last attempt Crisp will make.
    #[must_use]
    pub fn attempt_limit(&self) -> Option<u32> {
        self.delivery.attempt_limit
    }

    /// `X-Crisp-Hook-Origin`: the hook that sent the delivery
    /// (`plugin/rtm 38b411d9377a6a00 production`).
    #[must_use]
    pub fn hook_origin(&self) -> Option<&str> {
        self.delivery.hook_origin.as_deref()
    }
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
/// The envelope is read in one pass, borrowing `event` and `data` from the body; the
/// payload is then decoded by [`Event::decode`], the decoder the realtime client uses too.
/// Unknown event names are not an error: they parse into `Event::Unknown` with their data.
/// A known event whose payload does not fit its type is an error
/// ([`Decode`](WebhookError::Decode)), naming the event and the JSON path, with the
/// payload kept. Parsing does not verify anything: call
/// [`Verifier::verify`](crate::Verifier::verify) first, or use
/// [`Verifier::verify_and_parse`](crate::Verifier::verify_and_parse).
///
/// # Errors
/// [`MalformedJson`](WebhookError::MalformedJson) when the body is not a JSON object,
/// [`EventNotString`](WebhookError::EventNotString),
/// [`DataNotObject`](WebhookError::DataNotObject), and
/// [`Decode`](WebhookError::Decode) for a known event whose payload does not fit its type.
pub fn parse(body: &[u8]) -> Result<Webhook, WebhookError> {
    let malformed = |message: String| WebhookError::MalformedJson { message };
    // Serde would also read a JSON array positionally as the envelope: only objects pass.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(malformed("expected a JSON object".to_owned()));
    }
    // One UTF-8 check of the whole body (a fast pass over mostly-ASCII bytes) lets the
    // parser read from `str`, which skips checking every string again.
    let text = std::str::from_utf8(body).map_err(|e| malformed(format!("not UTF-8: {e}")))?;
    // One pass: the payload decoded where it lies, straight into its type. Anything
    // unusual (a misfit, `data` before `event`, a duplicate key, malformed JSON) sends the
    // body to the careful parser below, which gives the exact answer or error.
    if let Some(webhook) = parse_one_pass(text) {
        return Ok(webhook);
    }
    parse_careful(text)
}

/// The careful parser: the envelope with its parts borrowed as raw JSON, then the payload
/// by [`Event::decode`] (the JSON path of a misfit, the payload kept).
#[cold]
fn parse_careful(text: &str) -> Result<Webhook, WebhookError> {
    let malformed = |message: String| WebhookError::MalformedJson { message };
    let envelope: Envelope<'_> =
        serde_json::from_str(text).map_err(|e| malformed(e.to_string()))?;
    let name = envelope
        .event
        .filter(|raw| raw.get().starts_with('"'))
        .and_then(string)
        .ok_or(WebhookError::EventNotString)?;
    let data = envelope
        .data
        .filter(|raw| raw.get().starts_with('{'))
        .ok_or(WebhookError::DataNotObject)?;
    let website_id = envelope
        .website_id
        .and_then(string)
        .map(|id| WebsiteId::new(id.into_owned()));
    let timestamp = envelope
        .timestamp
        .and_then(|raw| serde_json::from_str::<u64>(raw.get()).ok());
    Ok(Webhook {
        website_id,
        event: Event::decode(&name, data).map_err(WebhookError::Decode)?,
        timestamp,
        delivery: crate::dedup::Delivery::default(),
    })
}

/// The one-pass parse of a body already known to be UTF-8 and to start with `{`: `None`
/// on anything [`parse_careful`] must look at. When it answers, the answer is the careful
/// parser's (the tests compare them).
fn parse_one_pass(text: &str) -> Option<Webhook> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let webhook = de::Deserializer::deserialize_map(&mut deserializer, OnePass).ok()?;
    deserializer.end().ok()?;
    webhook
}

/// Visits the envelope; `data` is decoded by [`Event::seed`] when `event` came before it
/// as a string without escapes (as Crisp sends it), else the visit gives up (`None`).
struct OnePass;

impl<'de> Visitor<'de> for OnePass {
    type Value = Option<Webhook>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a web-hook envelope")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut website_id: Option<Option<&'de RawValue>> = None;
        let mut name: Option<&'de str> = None;
        let mut event: Option<Event> = None;
        let mut timestamp: Option<Option<&'de RawValue>> = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match key.as_ref() {
                "website_id" if website_id.is_none() => website_id = Some(Some(map.next_value()?)),
                "timestamp" if timestamp.is_none() => timestamp = Some(Some(map.next_value()?)),
                "event" if name.is_none() => {
                    let Ok(text) = map.next_value::<&'de str>() else {
                        return Ok(None);
                    };
                    name = Some(text);
                }
                "data" if event.is_none() => {
                    let Some(text) = name else {
                        return Ok(None);
                    };
                    let decoded = map.next_value_seed(Event::seed(text))?;
                    // Unknown events take any JSON: only an object is a payload.
                    if matches!(&decoded, Event::Unknown { data, .. } if !data.is_object()) {
                        return Ok(None);
                    }
                    event = Some(decoded);
                }
                "website_id" | "timestamp" | "event" | "data" => return Ok(None),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let Some(event) = event else {
            return Ok(None);
        };
        Ok(Some(Webhook {
            website_id: website_id
                .flatten()
                .and_then(string)
                .map(|id| WebsiteId::new(id.into_owned())),
            event,
            timestamp: timestamp
                .flatten()
                .and_then(|raw| serde_json::from_str::<u64>(raw.get()).ok()),
            delivery: crate::dedup::Delivery::default(),
        }))
    }
}

/// A JSON string, borrowed when it has no escapes; `None` for any other JSON value.
fn string(raw: &RawValue) -> Option<Cow<'_, str>> {
    match serde_json::from_str::<&str>(raw.get()) {
        Ok(text) => Some(Cow::Borrowed(text)),
        Err(_) => serde_json::from_str::<String>(raw.get())
            .ok()
            .map(Cow::Owned),
    }
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
    fn a_known_event_that_does_not_fit_is_an_error_naming_the_path() {
        let body = br#"{"website_id":"w1","event":"message:send","data":{"website_id":"w1","session_id":42,"type":"text","content":"Hi"},"timestamp":1}"#;
        let Err(WebhookError::Decode(error)) = parse(body) else {
            panic!("{:?}", parse(body));
        };
        assert_eq!(error.name(), "message:send");
        assert_eq!(error.path(), "session_id");
        assert_eq!(
            error.raw().get(),
            r#"{"website_id":"w1","session_id":42,"type":"text","content":"Hi"}"#
        );
        let shown = WebhookError::Decode(error).to_string();
        assert!(
            shown.contains("`message:send`") && shown.contains("`session_id`"),
            "{shown}"
        );
        // The same data under a name this version does not know is kept as Unknown.
        let body = br#"{"event":"message:sent:v2","data":{"session_id":42}}"#;
        assert!(!parse(body).unwrap().event.is_typed());
    }

    /// Random mutations of deliveries: the parser never panics, answers each, and only ever
    /// types a delivery whose payload decodes alone. `CRISP_FUZZ_SECS` runs it longer.
    #[test]
    fn fuzzed_bodies_never_panic() {
        const SEEDS: &[&str] = &[
            r#"{"website_id":"w","event":"message:send","data":{"website_id":"w","session_id":"s","type":"text","from":"user","origin":"chat","content":"Hi","fingerprint":1,"timestamp":2},"timestamp":3}"#,
            r#"{"data":{"website_id":"w","session_id":"s","state":"resolved"},"event":"session:set_state","website_id":"w"}"#,
            r#"{"event":"future:event","data":{"x":[1,{"y":null}]},"timestamp":"later","website_id":7}"#,
            r#"{"event":"message:send","data":{"type":"file","content":{"name":"a.png","url":"u","type":"image/png"}},"extra":{"k":[1]}}"#,
            r#"{"event":"session:set_block","data":{"session_id":"s","is_blocked":0},"timestamp":3}"#,
        ];
        const ALPHABET: &[u8] = b"{}[]\":,0a\\ ";
        let deadline = std::env::var("CRISP_FUZZ_SECS")
            .ok()
            .and_then(|secs| secs.parse().ok())
            .map(|secs| std::time::Instant::now() + std::time::Duration::from_secs(secs));
        let mut rng = fastrand::Rng::with_seed(42);
        let (mut rounds, mut typed, mut decode_errors, mut one_pass) = (0_u64, 0_u64, 0_u64, 0_u64);
        while deadline.map_or(rounds < 30_000, |at| std::time::Instant::now() < at) {
            let mut body = SEEDS[rounds as usize % SEEDS.len()].as_bytes().to_vec();
            for _ in 0..rng.usize(0..3) {
                if body.is_empty() {
                    break;
                }
                let at = rng.usize(..body.len());
                match rng.u8(..3) {
                    0 => body[at] = ALPHABET[rng.usize(..ALPHABET.len())],
                    1 => {
                        body.remove(at);
                    }
                    _ => body.insert(at, ALPHABET[rng.usize(..ALPHABET.len())]),
                }
            }
            if let Ok(text) = std::str::from_utf8(&body) {
                // The one pass answers only as the careful parser does.
                if let Some(fast) = parse_one_pass(text) {
                    one_pass += 1;
                    assert_eq!(Ok(fast), parse_careful(text), "{text}");
                }
            }
            match parse(&body) {
                Ok(webhook) => {
                    typed += u64::from(webhook.event.is_typed());
                    // What parsed re-encodes, and decodes alone to the same event.
                    let data = serde_json::value::to_raw_value(&webhook.event.data()).unwrap();
                    if webhook.event.is_typed() {
                        assert_eq!(
                            Event::decode(webhook.event.name(), &data).as_ref(),
                            Ok(&webhook.event),
                            "{}",
                            String::from_utf8_lossy(&body)
                        );
                    }
                }
                Err(WebhookError::Decode(error)) => {
                    decode_errors += 1;
                    assert!(!error.name().is_empty());
                }
                Err(_) => {}
            }
            rounds += 1;
        }
        println!(
            "{rounds} rounds, {typed} typed, {decode_errors} decode errors, {one_pass} in one pass"
        );
        assert!(
            one_pass > 1_000,
            "only {one_pass} deliveries parsed in one pass"
        );
        assert!(typed > 1_000, "only {typed} typed deliveries");
        assert!(decode_errors > 0, "no decode error met");
    }

    #[test]
    fn the_usual_delivery_is_parsed_in_one_pass_and_the_rest_carefully() {
        let usual = r#"{"website_id":"w1","event":"message:send","data":{"website_id":"w1","session_id":"session_1","type":"text","content":"Hi"},"timestamp":1506985696616}"#;
        let fast = parse_one_pass(usual).expect("one pass");
        assert_eq!(Ok(fast), parse_careful(usual));
        for body in [
            // data before event, an escaped name, duplicate keys, a misfit, data not an
            // object, trailing text.
            r#"{"data":{"content":"Hi"},"event":"message:send"}"#,
            r#"{"event":"message\u003asend","data":{"content":"x"}}"#,
            r#"{"event":"x:y","event":"x:y","data":{}}"#,
            r#"{"event":"x:y","data":{},"data":{}}"#,
            r#"{"event":"x:y","data":{},"timestamp":1,"timestamp":2}"#,
            r#"{"event":"message:send","data":{"session_id":42}}"#,
            r#"{"event":"x:y","data":[1]}"#,
            r#"{"event":"x:y","data":{}} x"#,
        ] {
            assert_eq!(parse_one_pass(body), None, "{body}");
        }
        // Which the careful parser answers.
        assert!(
            parse(br#"{"data":{"content":"Hi"},"event":"message:send"}"#)
                .unwrap()
                .event
                .is_typed()
        );
        assert!(matches!(
            parse(br#"{"event":"x:y","data":{},"data":{}}"#),
            Err(WebhookError::MalformedJson { .. })
        ));
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
