//! One pass over a delivery body, for the common case: `event` comes before `data` (as
//! Crisp sends it), so the payload is decoded straight into its type without copying it out
//! first. Any surprise (a non-string `event`, a non-object `data`, a payload that does not
//! fit its type, a duplicate key, invalid JSON) makes this pass give up, and
//! [`parse`](crate::parse) redoes the work in two passes, which has the precise errors and
//! the `Event::Unknown` fallback. Both paths give the same result whenever this one succeeds.

use std::fmt;

use crisp_types::WebsiteId;
use crisp_types::event::{Event, EventSeed};
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::parse::Webhook;

/// Parses `body` in one pass; `None` when the two-pass path must decide.
pub(crate) fn parse_fast(body: &[u8]) -> Option<Webhook> {
    // One UTF-8 check of the whole body (a fast pass over mostly-ASCII bytes) lets the parser
    // read from `str`, which skips checking every string again.
    let text = std::str::from_utf8(body).ok()?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let webhook = de::Deserializer::deserialize_map(&mut deserializer, EnvelopeVisitor).ok()?;
    deserializer.end().ok()?;
    Some(webhook)
}

struct EnvelopeVisitor;

impl<'de> Visitor<'de> for EnvelopeVisitor {
    type Value = Webhook;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a web-hook envelope")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Webhook, A::Error> {
        let mut website_id: Option<Option<String>> = None;
        let mut name: Option<String> = None;
        let mut event: Option<Event> = None;
        let mut raw_data: Option<&'de RawValue> = None;
        let mut timestamp: Option<Option<u64>> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::WebsiteId => {
                    if website_id.is_some() {
                        return Err(de::Error::duplicate_field("website_id"));
                    }
                    website_id = Some(map.next_value::<Lenient<String>>()?.0);
                }
                Key::Event => {
                    if name.is_some() {
                        return Err(de::Error::duplicate_field("event"));
                    }
                    name = Some(map.next_value::<String>()?);
                }
                Key::Data => {
                    if event.is_some() || raw_data.is_some() {
                        return Err(de::Error::duplicate_field("data"));
                    }
                    match &name {
                        Some(name) => event = Some(map.next_value_seed(EventSeed::new(name))?),
                        // `data` before `event`: keep it raw, decode once the name is known.
                        None => raw_data = Some(map.next_value::<&'de RawValue>()?),
                    }
                }
                Key::Timestamp => {
                    if timestamp.is_some() {
                        return Err(de::Error::duplicate_field("timestamp"));
                    }
                    timestamp = Some(map.next_value::<Lenient<u64>>()?.0);
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let name = name.ok_or_else(|| de::Error::missing_field("event"))?;
        let event = match (event, raw_data) {
            (Some(event), _) => event,
            (None, Some(raw)) => {
                // Same checks as the two-pass path, then its decoding.
                if !raw.get().starts_with('{') {
                    return Err(de::Error::custom("data is not an object"));
                }
                Event::from_raw(&name, raw)
            }
            (None, None) => return Err(de::Error::missing_field("data")),
        };
        Ok(Webhook {
            website_id: website_id.flatten().map(WebsiteId::new),
            event,
            timestamp: timestamp.flatten(),
        })
    }
}

/// The envelope keys we read.
enum Key {
    WebsiteId,
    Event,
    Data,
    Timestamp,
    Other,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "website_id" => Key::WebsiteId,
                    "event" => Key::Event,
                    "data" => Key::Data,
                    "timestamp" => Key::Timestamp,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// A value of type `T`, or `None` for a value of any other JSON type (consumed whole), as
/// the two-pass path treats `website_id` and `timestamp`.
struct Lenient<T>(Option<T>);

impl<'de, T: de::DeserializeOwned> de::Deserialize<'de> for Lenient<T> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = <&'de RawValue>::deserialize(deserializer)?;
        Ok(Lenient(serde_json::from_str(raw.get()).ok()))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_fast;
    use crate::parse::parse_two_pass;

    const SEEDS: &[&str] = &[
        r#"{"website_id":"w","event":"message:send","data":{"website_id":"w","session_id":"s","type":"text","from":"user","origin":"chat","content":"Hi","fingerprint":1,"timestamp":2},"timestamp":3}"#,
        r#"{"data":{"website_id":"w","session_id":"s","state":"resolved"},"event":"session:set_state","website_id":"w"}"#,
        r#"{"event":"future:event","data":{"x":[1,{"y":null}]},"timestamp":"later","website_id":7}"#,
        r#"{"event":"message:send","data":{"type":"file","content":{"name":"a.png","url":"u","type":"image/png"}},"extra":{"k":[1]}}"#,
    ];

    const ALPHABET: &[u8] = b"{}[]\":,0a\\ ";

    #[test]
    fn takes_the_fast_path_for_crisp_shaped_deliveries() {
        for seed in SEEDS {
            assert!(parse_fast(seed.as_bytes()).is_some(), "{seed}");
        }
    }

    /// Differential fuzzing: wherever the one-pass parser succeeds, the two-pass parser
    /// gives the same webhook.
    #[test]
    fn one_pass_agrees_with_two_passes() {
        let mut rng = fastrand::Rng::with_seed(42);
        let mut agreed = 0;
        for round in 0..30_000 {
            let mut body = SEEDS[round % SEEDS.len()].as_bytes().to_vec();
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
            if let Some(fast) = parse_fast(&body) {
                assert_eq!(
                    Ok(fast),
                    parse_two_pass(&body),
                    "{}",
                    String::from_utf8_lossy(&body)
                );
                agreed += 1;
            }
        }
        assert!(
            agreed > 1_000,
            "the one-pass parser succeeded only {agreed} times"
        );
    }

    #[test]
    fn gives_way_on_surprises() {
        for body in [
            r#"{"event":1,"data":{}}"#,
            r#"{"event":"message:send","data":[]}"#,
            r#"{"event":"message:send","data":{"fingerprint":"x"}}"#,
            r#"{"event":"a","event":"b","data":{}}"#,
            r#"{"event":"a","data":{}} trailing"#,
        ] {
            assert!(parse_fast(body.as_bytes()).is_none(), "{body}");
        }
    }
}
