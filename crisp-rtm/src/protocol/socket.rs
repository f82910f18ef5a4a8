//! Socket.IO v5 packets, carried by Engine.IO messages: type digit, `/namespace,` unless
//! it is `/`, ack id digits, then JSON data.
//!
//! Event packets are decoded in one pass over the frame: the event name, then each
//! argument borrowed as raw JSON ([`EventArgs`]). The codec knows nothing of Crisp's
//! events: the client hands the name and the first argument to
//! `crisp_types::event::Event::decode`, the decoder the web-hook parser uses too.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::marker::PhantomData;

use serde::Serialize;
use serde::de::{self, DeserializeSeed, IgnoredAny, SeqAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

use super::ProtocolError;
use super::json::write_json;

/// The type of a Socket.IO packet: the digit that starts an Engine.IO message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SocketPacketKind {
    /// `0`: connect to a namespace (client), or the server's accept.
    Connect,
    /// `1`: leave a namespace.
    Disconnect,
    /// `2`: an event: `["name", args…]`.
    Event,
    /// `3`: the acknowledgement of an event: `[args…]`.
    Ack,
    /// `4`: the server refused the namespace connection.
    ConnectError,
    /// `5`: an event with binary attachments (not supported).
    BinaryEvent,
    /// `6`: an acknowledgement with binary attachments (not supported).
    BinaryAck,
}

impl SocketPacketKind {
    /// The packet type for a type digit (`'2'` → [`Event`](SocketPacketKind::Event)…).
    #[must_use]
    pub fn from_digit(digit: char) -> Option<Self> {
        Some(match digit {
            '0' => SocketPacketKind::Connect,
            '1' => SocketPacketKind::Disconnect,
            '2' => SocketPacketKind::Event,
            '3' => SocketPacketKind::Ack,
            '4' => SocketPacketKind::ConnectError,
            '5' => SocketPacketKind::BinaryEvent,
            '6' => SocketPacketKind::BinaryAck,
            _ => return None,
        })
    }

    /// The type digit that starts the packet text.
    #[must_use]
    pub fn digit(self) -> char {
        match self {
            SocketPacketKind::Connect => '0',
            SocketPacketKind::Disconnect => '1',
            SocketPacketKind::Event => '2',
            SocketPacketKind::Ack => '3',
            SocketPacketKind::ConnectError => '4',
            SocketPacketKind::BinaryEvent => '5',
            SocketPacketKind::BinaryAck => '6',
        }
    }

    /// The protocol name of the type (`CONNECT`, `EVENT`, …).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            SocketPacketKind::Connect => "CONNECT",
            SocketPacketKind::Disconnect => "DISCONNECT",
            SocketPacketKind::Event => "EVENT",
            SocketPacketKind::Ack => "ACK",
            SocketPacketKind::ConnectError => "CONNECT_ERROR",
            SocketPacketKind::BinaryEvent => "BINARY_EVENT",
            SocketPacketKind::BinaryAck => "BINARY_ACK",
        }
    }
}

impl fmt::Display for SocketPacketKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A Socket.IO packet: the content of an Engine.IO message (the frame after its `4`).
///
/// Decoding borrows the namespace, and the event name when it has no escapes, from the
/// frame. Packets of every namespace are decoded; Crisp only uses `/`, and a client
/// should ignore the others. Binary packets are [`ProtocolError::BinaryUnsupported`].
///
/// ```
/// use crisp_rtm::protocol::{EventArgs, SocketPacket};
/// use serde_json::json;
///
/// let packet = SocketPacket::decode(r#"2["authenticated",true]"#).unwrap();
/// let SocketPacket::Event { name, args, .. } = packet else { panic!() };
/// assert_eq!(name, "authenticated");
/// assert_eq!(args.first_value(), Some(json!(true)));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum SocketPacket<'a> {
    /// `0`: from the server, the namespace connection is accepted (`data` is then
    /// `{"sid":…}`); from a client, a connection request with an optional auth object.
    Connect {
        /// The namespace (`/` when not written).
        namespace: &'a str,
        /// The JSON object, if any.
        data: Option<Value>,
    },
    /// `1`: the namespace connection is closed.
    Disconnect {
        /// The namespace (`/` when not written).
        namespace: &'a str,
    },
    /// `2`: an event (`["name", args…]`).
    Event {
        /// The namespace (`/` when not written).
        namespace: &'a str,
        /// The id the sender wants acknowledged, if any.
        ack_id: Option<u64>,
        /// The event name, borrowed from the frame unless it has escapes.
        name: Cow<'a, str>,
        /// The arguments, borrowed from the frame as raw JSON.
        args: EventArgs<'a>,
    },
    /// `3`: the acknowledgement of an event the client sent with an ack id.
    Ack {
        /// The namespace (`/` when not written).
        namespace: &'a str,
        /// The id of the acknowledged event.
        ack_id: u64,
        /// The acknowledgement arguments.
        args: Vec<Value>,
    },
    /// `4`: the server refused the namespace connection.
    ConnectError {
        /// The namespace (`/` when not written).
        namespace: &'a str,
        /// `{"message": …, "data"?: …}` in Socket.IO v5, a string in older servers.
        data: Value,
    },
}

/// The arguments of an event packet, each borrowed from the frame as raw JSON (checked
/// to be valid JSON, not decoded): the caller decodes what it needs, once.
///
/// ```
/// use crisp_rtm::protocol::SocketPacket;
///
/// let SocketPacket::Event { name, args, .. } =
///     SocketPacket::decode(r#"2["message:send",{"content":"Hi"},7]"#).unwrap()
/// else {
///     panic!("an event");
/// };
/// assert_eq!((name.as_ref(), args.len()), ("message:send", 2));
/// assert_eq!(args.first().map(|raw| raw.get()), Some(r#"{"content":"Hi"}"#));
/// assert_eq!(args.iter().nth(1).map(|raw| raw.get()), Some("7"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct EventArgs<'a> {
    /// The first argument (Crisp sends one), kept apart so that the usual event needs no
    /// allocation.
    first: Option<&'a RawValue>,
    rest: Vec<&'a RawValue>,
}

impl<'a> EventArgs<'a> {
    /// Arguments from raw JSON values, in order.
    #[must_use]
    pub fn new(args: impl IntoIterator<Item = &'a RawValue>) -> Self {
        let mut args = args.into_iter();
        EventArgs {
            first: args.next(),
            rest: args.collect(),
        }
    }

    /// The first argument, if any.
    #[must_use]
    pub fn first(&self) -> Option<&'a RawValue> {
        self.first
    }

    /// The first argument, or JSON `null` for an event without arguments: what an event
    /// decoder is given.
    #[must_use]
    pub fn first_or_null(&self) -> &'a RawValue {
        self.first.unwrap_or(RawValue::NULL)
    }

    /// The first argument parsed as a JSON value (`None` without arguments, or past
    /// serde_json's nesting limit).
    #[must_use]
    pub fn first_value(&self) -> Option<Value> {
        self.first
            .and_then(|raw| serde_json::from_str(raw.get()).ok())
    }

    /// The arguments, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a RawValue> + '_ {
        self.first.into_iter().chain(self.rest.iter().copied())
    }

    /// How many arguments there are.
    #[must_use]
    pub fn len(&self) -> usize {
        usize::from(self.first.is_some()) + self.rest.len()
    }

    /// Whether there is no argument.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.first.is_none()
    }
}

/// Equal when the arguments are the same JSON text.
impl PartialEq for EventArgs<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .zip(other.iter())
                .all(|(a, b)| a.get() == b.get())
    }
}

/// The part of a Socket.IO packet before its data.
struct Header<'a> {
    kind: SocketPacketKind,
    namespace: &'a str,
    ack_id: Option<u64>,
    data: Option<&'a str>,
}

impl<'a> Header<'a> {
    fn parse(message: &'a str) -> Result<Self, ProtocolError> {
        let mut chars = message.chars();
        let Some(first) = chars.next() else {
            return Err(ProtocolError::EmptyMessage);
        };
        let Some(kind) = SocketPacketKind::from_digit(first) else {
            return Err(ProtocolError::UnknownSocketType(first));
        };
        let mut rest = chars.as_str();
        if matches!(
            kind,
            SocketPacketKind::BinaryEvent | SocketPacketKind::BinaryAck
        ) {
            let attachments = rest
                .split_once('-')
                .and_then(|(count, _)| parse_digits(count));
            return Err(ProtocolError::BinaryUnsupported {
                packet: kind,
                attachments,
            });
        }
        let mut namespace = Namespace::ROOT.0;
        if rest.starts_with('/') {
            // The namespace runs to the first comma; JSON punctuation before it means the
            // comma is missing.
            match rest
                .find([',', '[', '{', '"'])
                .and_then(|at| rest.split_at_checked(at))
            {
                Some((name, after)) if after.starts_with(',') => {
                    namespace = name;
                    rest = after.get(1..).unwrap_or_default();
                }
                _ => return Err(ProtocolError::MissingNamespaceComma),
            }
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (id, data) = rest.split_at_checked(digits).unwrap_or(("", rest));
        let ack_id = if id.is_empty() {
            None
        } else {
            Some(parse_digits(id).ok_or(ProtocolError::BadAckId)?)
        };
        Ok(Header {
            kind,
            namespace,
            ack_id,
            data: (!data.is_empty()).then_some(data),
        })
    }

    fn no_ack_id(&self) -> Result<(), ProtocolError> {
        match self.ack_id {
            Some(_) => Err(ProtocolError::UnexpectedAckId(self.kind)),
            None => Ok(()),
        }
    }

    fn data(&self) -> Result<&'a str, ProtocolError> {
        self.data.ok_or(ProtocolError::MissingData(self.kind))
    }

    fn invalid_json(&self, error: &serde_json::Error) -> ProtocolError {
        ProtocolError::InvalidJson {
            packet: self.kind,
            message: error.to_string(),
        }
    }

    /// The data as a JSON value.
    fn value(&self, data: &str) -> Result<Value, ProtocolError> {
        serde_json::from_str(data).map_err(|e| self.invalid_json(&e))
    }

    fn wrong_type(&self, expected: &'static str) -> ProtocolError {
        ProtocolError::WrongDataType {
            packet: self.kind,
            expected,
        }
    }
}

/// A non-empty run of ASCII digits as a `u64`; `None` when empty, not digits, or too large.
fn parse_digits(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl<'a> SocketPacket<'a> {
    /// Decodes an Engine.IO message (the frame text after its `4`).
    ///
    /// # Errors
    /// A [`ProtocolError`] for any malformed input; see its variants.
    pub fn decode(message: &'a str) -> Result<Self, ProtocolError> {
        let header = Header::parse(message)?;
        let namespace = header.namespace;
        match header.kind {
            SocketPacketKind::Event => {
                let (name, args) = decode_event(header.data()?)?;
                Ok(SocketPacket::Event {
                    namespace,
                    ack_id: header.ack_id,
                    name,
                    args,
                })
            }
            SocketPacketKind::Connect => {
                header.no_ack_id()?;
                let data = match header.data {
                    None => None,
                    Some(text) => match header.value(text)? {
                        value @ Value::Object(_) => Some(value),
                        _ => return Err(header.wrong_type("an object")),
                    },
                };
                Ok(SocketPacket::Connect { namespace, data })
            }
            SocketPacketKind::Disconnect => {
                header.no_ack_id()?;
                match header.data {
                    None => Ok(SocketPacket::Disconnect { namespace }),
                    Some(_) => Err(ProtocolError::UnexpectedSocketData(header.kind)),
                }
            }
            SocketPacketKind::Ack => {
                let ack_id = header.ack_id.ok_or(ProtocolError::MissingAckId)?;
                match header.value(header.data()?)? {
                    Value::Array(args) => Ok(SocketPacket::Ack {
                        namespace,
                        ack_id,
                        args,
                    }),
                    _ => Err(header.wrong_type("an array")),
                }
            }
            SocketPacketKind::ConnectError => {
                header.no_ack_id()?;
                match header.value(header.data()?)? {
                    data @ (Value::Object(_) | Value::String(_)) => {
                        Ok(SocketPacket::ConnectError { namespace, data })
                    }
                    _ => Err(header.wrong_type("a string or an object")),
                }
            }
            // Header::parse reports these.
            SocketPacketKind::BinaryEvent | SocketPacketKind::BinaryAck => {
                Err(ProtocolError::BinaryUnsupported {
                    packet: header.kind,
                    attachments: None,
                })
            }
        }
    }

    /// The packet type.
    #[must_use]
    pub fn kind(&self) -> SocketPacketKind {
        match self {
            SocketPacket::Connect { .. } => SocketPacketKind::Connect,
            SocketPacket::Disconnect { .. } => SocketPacketKind::Disconnect,
            SocketPacket::Event { .. } => SocketPacketKind::Event,
            SocketPacket::Ack { .. } => SocketPacketKind::Ack,
            SocketPacket::ConnectError { .. } => SocketPacketKind::ConnectError,
        }
    }

    /// The namespace of the packet (`/` when not written).
    #[must_use]
    pub fn namespace(&self) -> &'a str {
        match self {
            SocketPacket::Connect { namespace, .. }
            | SocketPacket::Disconnect { namespace }
            | SocketPacket::Event { namespace, .. }
            | SocketPacket::Ack { namespace, .. }
            | SocketPacket::ConnectError { namespace, .. } => namespace,
        }
    }

    /// The reason of a [`ConnectError`](SocketPacket::ConnectError): its `message`, or
    /// the string itself from older servers. `None` for other packets.
    #[must_use]
    pub fn connect_error_message(&self) -> Option<&str> {
        match self {
            SocketPacket::ConnectError { data, .. } => match data {
                Value::String(message) => Some(message),
                _ => data.get("message").and_then(Value::as_str),
            },
            _ => None,
        }
    }

    /// Appends the packet to `out` as a whole WebSocket text frame: `4`, then the packet.
    ///
    /// Decoding the frame gives the packet back.
    ///
    /// # Errors
    /// [`ProtocolError::InvalidNamespace`] for a namespace that does not start with `/` or
    /// holds `,`, `[`, `{` or `"`, [`ProtocolError::WrongDataType`] for connect data that
    /// is not an object or connect error data that is neither a string nor an object (the
    /// frame would not decode), and [`ProtocolError::Encode`] for data serde_json cannot
    /// write. `out` is then left as it was.
    pub fn encode(&self, out: &mut String) -> Result<(), ProtocolError> {
        let namespace = Namespace::new(self.namespace())?;
        let start = out.len();
        let ack_id = match self {
            SocketPacket::Event { ack_id, .. } => *ack_id,
            SocketPacket::Ack { ack_id, .. } => Some(*ack_id),
            _ => None,
        };
        namespace.header(out, self.kind(), ack_id);
        let written = match self {
            SocketPacket::Connect { data: None, .. } | SocketPacket::Disconnect { .. } => Ok(()),
            SocketPacket::Connect {
                data: Some(data), ..
            } => match data {
                Value::Object(_) => write_json(out, data),
                _ => Err(ProtocolError::WrongDataType {
                    packet: SocketPacketKind::Connect,
                    expected: "an object",
                }),
            },
            SocketPacket::Event { name, args, .. } => write_json(out, &RawEvent { name, args }),
            SocketPacket::Ack { args, .. } => write_json(out, args),
            SocketPacket::ConnectError { data, .. } => match data {
                Value::Object(_) | Value::String(_) => write_json(out, data),
                _ => Err(ProtocolError::WrongDataType {
                    packet: SocketPacketKind::ConnectError,
                    expected: "a string or an object",
                }),
            },
        };
        written.inspect_err(|_| out.truncate(start))
    }
}

/// `["name", args…]`, for writing.
struct RawEvent<'a> {
    name: &'a str,
    args: &'a EventArgs<'a>,
}

impl Serialize for RawEvent<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(1 + self.args.len()))?;
        seq.serialize_element(self.name)?;
        for arg in self.args.iter() {
            seq.serialize_element(arg)?;
        }
        seq.end()
    }
}

/// Decodes an event array `["name", args…]` in one pass, borrowing the name (unless it
/// has escapes) and the arguments from `json`.
fn decode_event(json: &str) -> Result<(Cow<'_, str>, EventArgs<'_>), ProtocolError> {
    let invalid = |e: serde_json::Error| ProtocolError::InvalidJson {
        packet: SocketPacketKind::Event,
        message: e.to_string(),
    };
    let mut deserializer = serde_json::Deserializer::from_str(json);
    // Anything but an array: still checked to be JSON first, for the better error.
    if !json.trim_start().starts_with('[') {
        de::Deserializer::deserialize_any(&mut deserializer, IgnoredAny).map_err(invalid)?;
        deserializer.end().map_err(invalid)?;
        return Err(ProtocolError::WrongDataType {
            packet: SocketPacketKind::Event,
            expected: "an array",
        });
    }
    let decoded =
        de::Deserializer::deserialize_seq(&mut deserializer, EventArray).map_err(invalid)?;
    deserializer.end().map_err(invalid)?;
    decoded
}

/// Visits `["name", args…]`: the name as raw JSON (then checked to be a string), each
/// argument as raw JSON.
struct EventArray;

impl<'de> Visitor<'de> for EventArray {
    type Value = Result<(Cow<'de, str>, EventArgs<'de>), ProtocolError>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let Some(name) = seq.next_element::<&'de RawValue>()? else {
            return Ok(Err(ProtocolError::MissingEventName));
        };
        let first = seq.next_element::<&'de RawValue>()?;
        let mut rest = Vec::new();
        if first.is_some() {
            while let Some(arg) = seq.next_element::<&'de RawValue>()? {
                rest.push(arg);
            }
        }
        let Some(name) = event_name(name) else {
            return Ok(Err(ProtocolError::EventNameNotString));
        };
        Ok(Ok((name, EventArgs { first, rest })))
    }
}

/// A JSON string, borrowed when it has no escapes; `None` for any other JSON value.
fn event_name(raw: &RawValue) -> Option<Cow<'_, str>> {
    let text = raw.get();
    if !text.starts_with('"') {
        return None;
    }
    match serde_json::from_str::<&str>(text) {
        Ok(name) => Some(Cow::Borrowed(name)),
        Err(_) => serde_json::from_str::<String>(text).ok().map(Cow::Owned),
    }
}

/// Decodes the first argument of an EVENT packet straight from the frame, in one pass:
/// the name is read, `make` turns it into a seed (or `None` to leave the packet to
/// [`SocketPacket::decode`]), and the seed reads the argument where it lies; the
/// remaining arguments are checked to be JSON and skipped.
///
/// This is the fast path of a client that wants a typed value from each event: it
/// returns `Some((name, value))` only when the whole packet is valid and the seed
/// succeeded, and `None` for anything else (not an event, a name with escapes, no
/// argument, a seed error, malformed JSON): decode the same message with
/// [`SocketPacket::decode`] then, for the full answer or the error. The namespace and
/// the ack id are checked as by [`SocketPacket::decode`], not returned.
///
/// ```
/// use crisp_rtm::protocol::decode_event_with;
/// use serde::de::DeserializeSeed;
/// use std::marker::PhantomData;
///
/// struct Count<'a>(PhantomData<&'a ()>);
/// impl<'de> DeserializeSeed<'de> for Count<'_> {
///     type Value = u64;
///     fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<u64, D::Error> {
///         serde::Deserialize::deserialize(d)
///     }
/// }
/// let count = |name: &str| (name == "count").then(|| Count(PhantomData));
/// assert_eq!(decode_event_with(r#"2["count",7,"more"]"#, count), Some(("count", 7)));
/// assert_eq!(decode_event_with(r#"2["count","seven"]"#, count), None);
/// assert_eq!(decode_event_with(r#"2["other",7]"#, count), None);
/// assert_eq!(decode_event_with(r#"0{}"#, count), None);
/// ```
pub fn decode_event_with<'a, S, F>(message: &'a str, make: F) -> Option<(&'a str, S::Value)>
where
    S: DeserializeSeed<'a>,
    F: FnOnce(&'a str) -> Option<S>,
{
    let header = Header::parse(message).ok()?;
    if header.kind != SocketPacketKind::Event {
        return None;
    }
    let mut deserializer = serde_json::Deserializer::from_str(header.data?);
    let decoded = de::Deserializer::deserialize_seq(
        &mut deserializer,
        SeededArray {
            make,
            seed: PhantomData,
        },
    )
    .ok()??;
    deserializer.end().ok()?;
    Some(decoded)
}

/// Visits `["name", first, rest…]`: the name borrowed, the first argument through the
/// seed, the rest skipped (still checked to be JSON).
struct SeededArray<F, S> {
    make: F,
    seed: PhantomData<fn() -> S>,
}

impl<'de, S, F> Visitor<'de> for SeededArray<F, S>
where
    S: DeserializeSeed<'de>,
    F: FnOnce(&'de str) -> Option<S>,
{
    type Value = Option<(&'de str, S::Value)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let Some(name) = seq.next_element::<&'de str>()? else {
            return Ok(None);
        };
        let Some(seed) = (self.make)(name) else {
            return Ok(None);
        };
        let Some(value) = seq.next_element_seed(seed)? else {
            return Ok(None);
        };
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Some((name, value)))
    }
}

/// A valid Socket.IO namespace, and the encoders of what a client sends on it. Each
/// encoder appends a whole WebSocket text frame to `out` (the caller clears it), and on
/// error leaves `out` as it was.
///
/// ```
/// use crisp_rtm::protocol::Namespace;
/// use serde_json::json;
///
/// let mut frame = String::new();
/// Namespace::ROOT.connect(&mut frame);
/// assert_eq!(frame, "40");
///
/// frame.clear();
/// Namespace::ROOT.emit(&mut frame, "socket:bind", None, &json!({})).unwrap();
/// assert_eq!(frame, r#"42["socket:bind",{}]"#);
///
/// frame.clear();
/// Namespace::new("/admin")?.emit(&mut frame, "ping", Some(7), &[1, 2]).unwrap();
/// assert_eq!(frame, r#"42/admin,7["ping",[1,2]]"#);
/// # Ok::<(), crisp_rtm::protocol::ProtocolError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Namespace<'a>(&'a str);

impl<'a> Namespace<'a> {
    /// The main namespace, `/`: the only one Crisp uses. It is not written in packets.
    pub const ROOT: Namespace<'static> = Namespace("/");

    /// A namespace: `/` then anything but `,`, `[`, `{` and `"` (which would make the
    /// packet ambiguous).
    ///
    /// # Errors
    /// [`ProtocolError::InvalidNamespace`] otherwise.
    pub fn new(name: &'a str) -> Result<Self, ProtocolError> {
        if name.starts_with('/') && !name.contains([',', '[', '{', '"']) {
            Ok(Namespace(name))
        } else {
            Err(ProtocolError::InvalidNamespace {
                namespace: name.to_owned(),
            })
        }
    }

    /// The namespace, e.g. `/`.
    #[must_use]
    pub fn as_str(self) -> &'a str {
        self.0
    }

    /// Writes `4`, the packet type, `/namespace,` unless root, and the ack id.
    fn header(self, out: &mut String, kind: SocketPacketKind, ack_id: Option<u64>) {
        out.push('4');
        out.push(kind.digit());
        if self.0 != Namespace::ROOT.0 {
            out.push_str(self.0);
            out.push(',');
        }
        if let Some(id) = ack_id {
            // Writing to a String cannot fail.
            let _ = write!(out, "{id}");
        }
    }

    /// `40`: connect to the namespace without auth data.
    pub fn connect(self, out: &mut String) {
        self.header(out, SocketPacketKind::Connect, None);
    }

    /// `40{…}`: connect to the namespace with an auth object (Crisp authenticates with an
    /// event instead, see [`emit`](Self::emit)).
    ///
    /// # Errors
    /// [`ProtocolError::Encode`] when `auth` cannot be written as JSON, and
    /// [`ProtocolError::WrongDataType`] when it is not a JSON object (Socket.IO requires
    /// one; `401` would read as an ack id).
    pub fn connect_with_auth<A: Serialize + ?Sized>(
        self,
        out: &mut String,
        auth: &A,
    ) -> Result<(), ProtocolError> {
        let start = out.len();
        self.header(out, SocketPacketKind::Connect, None);
        let body = out.len();
        write_json(out, auth).inspect_err(|_| out.truncate(start))?;
        if out.get(body..).is_some_and(|json| json.starts_with('{')) {
            Ok(())
        } else {
            out.truncate(start);
            Err(ProtocolError::WrongDataType {
                packet: SocketPacketKind::Connect,
                expected: "an object",
            })
        }
    }

    /// `41`: leave the namespace.
    pub fn disconnect(self, out: &mut String) {
        self.header(out, SocketPacketKind::Disconnect, None);
    }

    /// `42["name",arg]`, or `42<id>["name",arg]` to ask for an acknowledgement: emit an
    /// event with one argument (Crisp's `authentication`, `socket:bind`, …).
    ///
    /// # Errors
    /// [`ProtocolError::Encode`] when `arg` cannot be written as JSON.
    pub fn emit<A: Serialize + ?Sized>(
        self,
        out: &mut String,
        name: &str,
        ack_id: Option<u64>,
        arg: &A,
    ) -> Result<(), ProtocolError> {
        let start = out.len();
        self.header(out, SocketPacketKind::Event, ack_id);
        write_json(out, &(name, arg)).inspect_err(|_| out.truncate(start))
    }

    /// `43<id>[arg]`: acknowledge the server's event `ack_id` with one argument.
    ///
    /// # Errors
    /// [`ProtocolError::Encode`] when `arg` cannot be written as JSON.
    pub fn ack<A: Serialize + ?Sized>(
        self,
        out: &mut String,
        ack_id: u64,
        arg: &A,
    ) -> Result<(), ProtocolError> {
        let start = out.len();
        self.header(out, SocketPacketKind::Ack, Some(ack_id));
        write_json(out, &(arg,)).inspect_err(|_| out.truncate(start))
    }
}

impl Default for Namespace<'_> {
    fn default() -> Self {
        Namespace::ROOT
    }
}

impl fmt::Display for Namespace<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}
