//! Engine.IO v4 packets, as carried by WebSocket text frames: one packet per frame, its
//! type digit first.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::ProtocolError;
use super::json::write_json;

/// The type of an Engine.IO packet: the digit that starts its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EnginePacketKind {
    /// `0`: the server opens the session ([`OpenInfo`]).
    Open,
    /// `1`: the session is closed.
    Close,
    /// `2`: heartbeat request (the server pings in Engine.IO v4).
    Ping,
    /// `3`: heartbeat answer.
    Pong,
    /// `4`: a message, here a Socket.IO packet.
    Message,
    /// `5`: transport upgrade (polling → WebSocket).
    Upgrade,
    /// `6`: no operation.
    Noop,
}

impl EnginePacketKind {
    /// The packet type for a type digit (`'0'` → [`Open`](EnginePacketKind::Open)…).
    #[must_use]
    pub fn from_digit(digit: char) -> Option<Self> {
        Some(match digit {
            '0' => EnginePacketKind::Open,
            '1' => EnginePacketKind::Close,
            '2' => EnginePacketKind::Ping,
            '3' => EnginePacketKind::Pong,
            '4' => EnginePacketKind::Message,
            '5' => EnginePacketKind::Upgrade,
            '6' => EnginePacketKind::Noop,
            _ => return None,
        })
    }

    /// The type digit that starts the packet text.
    #[must_use]
    pub fn digit(self) -> char {
        match self {
            EnginePacketKind::Open => '0',
            EnginePacketKind::Close => '1',
            EnginePacketKind::Ping => '2',
            EnginePacketKind::Pong => '3',
            EnginePacketKind::Message => '4',
            EnginePacketKind::Upgrade => '5',
            EnginePacketKind::Noop => '6',
        }
    }

    /// The protocol name of the type (`open`, `close`, …).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            EnginePacketKind::Open => "open",
            EnginePacketKind::Close => "close",
            EnginePacketKind::Ping => "ping",
            EnginePacketKind::Pong => "pong",
            EnginePacketKind::Message => "message",
            EnginePacketKind::Upgrade => "upgrade",
            EnginePacketKind::Noop => "noop",
        }
    }
}

impl fmt::Display for EnginePacketKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the server announces in its open packet
/// (`0{"sid":…,"upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}`).
///
/// Other keys are ignored, so Engine.IO v3 open packets (no `maxPayload`) decode too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenInfo {
    /// The session id.
    pub sid: String,
    /// Transports the session may upgrade to (empty over WebSocket).
    pub upgrades: Vec<String>,
    /// How often the server pings (`pingInterval`, milliseconds on the wire).
    pub ping_interval: Duration,
    /// How long the server waits for a pong (`pingTimeout`, milliseconds on the wire).
    pub ping_timeout: Duration,
    /// The largest payload the server accepts, in bytes (`maxPayload`; absent in v3).
    pub max_payload: Option<u64>,
}

impl OpenInfo {
    /// How long the client may go without hearing from the server before it considers the
    /// connection dead: `ping_interval + ping_timeout`, as socket.io-client does.
    #[must_use]
    pub fn liveness_timeout(&self) -> Duration {
        self.ping_interval.saturating_add(self.ping_timeout)
    }

    /// Parses the JSON that follows the `0` type digit.
    fn from_json(json: &str) -> Result<Self, ProtocolError> {
        let wire: OpenWire = serde_json::from_str(json).map_err(|e| ProtocolError::BadOpen {
            message: e.to_string(),
        })?;
        Ok(OpenInfo {
            sid: wire.sid,
            upgrades: wire.upgrades,
            ping_interval: Duration::from_millis(wire.ping_interval),
            ping_timeout: Duration::from_millis(wire.ping_timeout),
            max_payload: wire.max_payload,
        })
    }
}

/// The open packet as received.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct OpenWire {
    sid: String,
    #[serde(default)]
    upgrades: Vec<String>,
    ping_interval: u64,
    ping_timeout: u64,
    #[serde(default)]
    max_payload: Option<u64>,
}

/// The open packet as sent, in the order servers write it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OpenWireRef<'a> {
    sid: &'a str,
    upgrades: &'a [String],
    ping_interval: u64,
    ping_timeout: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_payload: Option<u64>,
}

/// Milliseconds of a duration, saturated to `u64`.
fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// An Engine.IO packet: the content of one WebSocket text frame.
///
/// Decoding borrows from the frame: [`Message`](EnginePacket::Message) and the ping / pong
/// probes are slices of it.
///
/// ```
/// use crisp_rtm::protocol::EnginePacket;
///
/// assert_eq!(EnginePacket::decode("2"), Ok(EnginePacket::Ping(None)));
/// assert_eq!(
///     EnginePacket::decode(r#"42["authenticated",true]"#),
///     Ok(EnginePacket::Message(r#"2["authenticated",true]"#))
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnginePacket<'a> {
    /// `0{…}`: the session is open.
    Open(OpenInfo),
    /// `1`: the session is closed.
    Close,
    /// `2` or `2probe`: a heartbeat request, with its probe text if any (answer with a
    /// [`Pong`](EnginePacket::Pong) echoing it: see [`encode_pong`]).
    Ping(Option<&'a str>),
    /// `3` or `3probe`: a heartbeat answer, with its probe text if any.
    Pong(Option<&'a str>),
    /// `4…`: a message; here, a Socket.IO packet to decode with
    /// [`SocketPacket::decode`](super::SocketPacket::decode).
    Message(&'a str),
    /// `5`: transport upgrade.
    Upgrade,
    /// `6`: no operation.
    Noop,
}

impl<'a> EnginePacket<'a> {
    /// Decodes a WebSocket text frame.
    ///
    /// An empty probe (`2`, `3`) is `None`. Close, upgrade and noop packets must be bare.
    /// A `b…` frame (base64 binary) is [`ProtocolError::BinaryFrame`].
    ///
    /// # Errors
    /// [`ProtocolError::EmptyFrame`], [`UnknownEngineType`](ProtocolError::UnknownEngineType),
    /// [`BinaryFrame`](ProtocolError::BinaryFrame), [`BadOpen`](ProtocolError::BadOpen) or
    /// [`UnexpectedEngineData`](ProtocolError::UnexpectedEngineData).
    pub fn decode(text: &'a str) -> Result<Self, ProtocolError> {
        let mut chars = text.chars();
        let Some(first) = chars.next() else {
            return Err(ProtocolError::EmptyFrame);
        };
        let rest = chars.as_str();
        let Some(kind) = EnginePacketKind::from_digit(first) else {
            return Err(if first == 'b' {
                ProtocolError::BinaryFrame
            } else {
                ProtocolError::UnknownEngineType(first)
            });
        };
        let bare = |packet: EnginePacket<'a>| {
            if rest.is_empty() {
                Ok(packet)
            } else {
                Err(ProtocolError::UnexpectedEngineData(kind))
            }
        };
        match kind {
            EnginePacketKind::Message => Ok(EnginePacket::Message(rest)),
            EnginePacketKind::Ping => Ok(EnginePacket::Ping(probe(rest))),
            EnginePacketKind::Pong => Ok(EnginePacket::Pong(probe(rest))),
            EnginePacketKind::Open => OpenInfo::from_json(rest).map(EnginePacket::Open),
            EnginePacketKind::Close => bare(EnginePacket::Close),
            EnginePacketKind::Upgrade => bare(EnginePacket::Upgrade),
            EnginePacketKind::Noop => bare(EnginePacket::Noop),
        }
    }

    /// The packet type.
    #[must_use]
    pub fn kind(&self) -> EnginePacketKind {
        match self {
            EnginePacket::Open(_) => EnginePacketKind::Open,
            EnginePacket::Close => EnginePacketKind::Close,
            EnginePacket::Ping(_) => EnginePacketKind::Ping,
            EnginePacket::Pong(_) => EnginePacketKind::Pong,
            EnginePacket::Message(_) => EnginePacketKind::Message,
            EnginePacket::Upgrade => EnginePacketKind::Upgrade,
            EnginePacket::Noop => EnginePacketKind::Noop,
        }
    }

    /// Appends the packet to `out` as the text of one WebSocket frame. A message is written
    /// as given: to send a Socket.IO packet, use its encoders, which write the whole frame.
    ///
    /// # Errors
    /// Only for an [`Open`](EnginePacket::Open) packet whose JSON cannot be written, which
    /// serde_json never does for these types; `out` is then left as it was.
    pub fn encode(&self, out: &mut String) -> Result<(), ProtocolError> {
        match self {
            EnginePacket::Open(info) => {
                let start = out.len();
                out.push('0');
                let wire = OpenWireRef {
                    sid: &info.sid,
                    upgrades: &info.upgrades,
                    ping_interval: millis(info.ping_interval),
                    ping_timeout: millis(info.ping_timeout),
                    max_payload: info.max_payload,
                };
                write_json(out, &wire).inspect_err(|_| out.truncate(start))?;
            }
            EnginePacket::Ping(probe) => {
                out.push('2');
                out.push_str(probe.unwrap_or_default());
            }
            EnginePacket::Pong(probe) => encode_pong(out, *probe),
            EnginePacket::Message(text) => {
                out.push('4');
                out.push_str(text);
            }
            EnginePacket::Close | EnginePacket::Upgrade | EnginePacket::Noop => {
                out.push(self.kind().digit());
            }
        }
        Ok(())
    }
}

/// `None` for an empty probe.
fn probe(text: &str) -> Option<&str> {
    (!text.is_empty()).then_some(text)
}

/// Appends a pong frame to `out`: `3`, or `3probe` echoing the probe of the ping it
/// answers.
///
/// ```
/// let mut frame = String::new();
/// crisp_rtm::protocol::encode_pong(&mut frame, None);
/// assert_eq!(frame, "3");
/// ```
pub fn encode_pong(out: &mut String, probe: Option<&str>) {
    out.push('3');
    out.push_str(probe.unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(packet: &EnginePacket<'_>) -> String {
        let mut out = String::new();
        packet.encode(&mut out).unwrap();
        out
    }

    const CRISP_OPEN: &str = r#"0{"sid":"YJ6oF_5xcUtRUdwkAAAB","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}"#;

    #[test]
    fn decodes_the_crisp_open_packet() {
        let EnginePacket::Open(info) = EnginePacket::decode(CRISP_OPEN).unwrap() else {
            panic!("not an open packet");
        };
        assert_eq!(
            info,
            OpenInfo {
                sid: "YJ6oF_5xcUtRUdwkAAAB".into(),
                upgrades: vec![],
                ping_interval: Duration::from_secs(25),
                ping_timeout: Duration::from_secs(20),
                max_payload: Some(1_000_000),
            }
        );
        assert_eq!(info.liveness_timeout(), Duration::from_secs(45));
    }

    #[test]
    fn open_packet_round_trips_byte_for_byte() {
        let packet = EnginePacket::decode(CRISP_OPEN).unwrap();
        assert_eq!(encoded(&packet), CRISP_OPEN);
    }

    #[test]
    fn decodes_v3_style_and_extended_open_packets() {
        let packet = EnginePacket::decode(
            r#"0{"sid":"a\"b","upgrades":["websocket"],"pingInterval":1,"pingTimeout":2,"extra":{"x":1}}"#,
        )
        .unwrap();
        let EnginePacket::Open(info) = &packet else {
            panic!("not an open packet");
        };
        assert_eq!(info.sid, "a\"b");
        assert_eq!(info.upgrades, ["websocket"]);
        assert_eq!(info.max_payload, None);
        assert_eq!(
            encoded(&packet),
            r#"0{"sid":"a\"b","upgrades":["websocket"],"pingInterval":1,"pingTimeout":2}"#
        );
    }

    #[test]
    fn rejects_bad_open_packets() {
        for text in [
            "0",
            "0{",
            "0[]",
            "0{}",
            r#"0{"sid":"s","pingInterval":1}"#,
            r#"0{"sid":1,"pingInterval":1,"pingTimeout":2}"#,
            r#"0{"sid":"s","pingInterval":-1,"pingTimeout":2}"#,
            r#"0{"sid":"s","pingInterval":1,"pingTimeout":2} x"#,
            r#"0{"sid":"s","pingInterval":1,"pingTimeout":2,"maxPayload":"big"}"#,
        ] {
            let error = EnginePacket::decode(text).unwrap_err();
            assert!(
                matches!(error, ProtocolError::BadOpen { .. }),
                "{text}: {error:?}"
            );
            assert_eq!(error.code(), "bad_open");
        }
    }

    #[test]
    fn every_packet_kind_both_ways() {
        let cases: &[(&str, EnginePacket<'_>)] = &[
            ("1", EnginePacket::Close),
            ("2", EnginePacket::Ping(None)),
            ("2probe", EnginePacket::Ping(Some("probe"))),
            ("3", EnginePacket::Pong(None)),
            ("3probe", EnginePacket::Pong(Some("probe"))),
            ("40", EnginePacket::Message("0")),
            ("4", EnginePacket::Message("")),
            ("4héllo", EnginePacket::Message("héllo")),
            ("5", EnginePacket::Upgrade),
            ("6", EnginePacket::Noop),
        ];
        for (text, packet) in cases {
            assert_eq!(EnginePacket::decode(text).as_ref(), Ok(packet), "{text}");
            assert_eq!(encoded(packet), *text);
            assert_eq!(packet.kind().digit(), text.chars().next().unwrap());
        }
    }

    #[test]
    fn kinds_map_to_digits_and_names() {
        for digit in '0'..='6' {
            let kind = EnginePacketKind::from_digit(digit).unwrap();
            assert_eq!(kind.digit(), digit);
            assert!(!kind.to_string().is_empty());
        }
        assert_eq!(EnginePacketKind::from_digit('7'), None);
        assert_eq!(EnginePacketKind::Noop.to_string(), "noop");
    }

    #[test]
    fn pong_echoes_the_probe() {
        let mut out = String::from("x");
        encode_pong(&mut out, Some("probe"));
        encode_pong(&mut out, None);
        assert_eq!(out, "x3probe3");
    }

    #[test]
    fn rejects_malformed_frames() {
        let cases: &[(&str, ProtocolError)] = &[
            ("", ProtocolError::EmptyFrame),
            ("7", ProtocolError::UnknownEngineType('7')),
            ("x42", ProtocolError::UnknownEngineType('x')),
            ("é", ProtocolError::UnknownEngineType('é')),
            (" 2", ProtocolError::UnknownEngineType(' ')),
            ("bAAEC", ProtocolError::BinaryFrame),
            (
                "1x",
                ProtocolError::UnexpectedEngineData(EnginePacketKind::Close),
            ),
            (
                "5 ",
                ProtocolError::UnexpectedEngineData(EnginePacketKind::Upgrade),
            ),
            (
                "6é",
                ProtocolError::UnexpectedEngineData(EnginePacketKind::Noop),
            ),
        ];
        for (text, error) in cases {
            assert_eq!(EnginePacket::decode(text).as_ref(), Err(error), "{text:?}");
            assert!(!error.to_string().is_empty());
        }
    }

    #[test]
    fn huge_durations_saturate_on_encoding() {
        let packet = EnginePacket::Open(OpenInfo {
            sid: "s".into(),
            upgrades: vec![],
            ping_interval: Duration::MAX,
            ping_timeout: Duration::ZERO,
            max_payload: None,
        });
        assert_eq!(
            encoded(&packet),
            format!(
                r#"0{{"sid":"s","upgrades":[],"pingInterval":{},"pingTimeout":0}}"#,
                u64::MAX
            )
        );
    }
}
