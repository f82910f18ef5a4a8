//! Socket.IO v5 packets, carried by Engine.IO messages: type digit, `/namespace,` unless
//! it is `/`, ack id digits, then JSON data.
//!
//! Event packets are decoded in one pass over the frame: the event name first, then, for
//! events of the Crisp event table, the first argument straight into its typed
//! [`Event`]. Any surprise on that path (a payload that does not fit its type, a
//! non-object argument, invalid JSON) hands the frame to a careful path that never fails
//! on valid JSON and reports precise errors otherwise. Both paths give the same packet
//! whenever the fast one succeeds (a differential fuzz test checks it).

use std::borrow::Cow;
use std::fmt::{self, Write as _};

use crisp_types::event::{Event, EventName, EventSeed};
use serde::de::{self, IgnoredAny, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
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
/// assert_eq!(args.first_value(), Some(&json!(true)));
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
        /// The arguments, typed for Crisp events.
        args: EventArgs,
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

/// The arguments of an event packet.
///
/// Events of the Crisp event table (`message:send`, …; see
/// [`EventName`]) are decoded straight into an [`Event`] from their first argument; any
/// other name (the protocol events `authenticated`, `unauthorized`, `socket:bind:*`, or
/// a name this version does not know) keeps its arguments as JSON values, so that the
/// caller decides what they mean without a second parse.
#[derive(Clone, Debug, PartialEq)]
pub enum EventArgs {
    /// A Crisp event decoded from its first argument: the typed payload when it fits its
    /// type, otherwise [`Event::Unknown`] with the argument as received (never an error).
    /// Arguments after the first are checked to be JSON and ignored (Crisp sends one).
    ///
    /// Boxed: an [`Event`] is about 1 KB, and the packet is moved through several layers
    /// on its way to the caller; moving a pointer instead is measurably faster.
    Crisp(Box<Event>),
    /// Every argument as JSON: events outside the Crisp event table, and events with no
    /// argument at all (whatever their name).
    Raw(Vec<Value>),
}

impl EventArgs {
    /// The event for event name `name`; never fails.
    ///
    /// [`Crisp`](EventArgs::Crisp) gives its event. [`Raw`](EventArgs::Raw) gives
    /// [`Event::from_value`] of the first argument when it is an object (so a Crisp name
    /// gets its typed payload), and otherwise [`Event::Unknown`] with the argument as data;
    /// an event with no argument has the data `null`.
    #[must_use]
    pub fn into_event(self, name: &str) -> Event {
        *self.into_boxed_event(name)
    }

    /// [`into_event`](Self::into_event), keeping the event on the heap: an `Event` is about
    /// a kilobyte, so passing the box along saves copies.
    #[must_use]
    pub fn into_boxed_event(self, name: &str) -> Box<Event> {
        match self {
            EventArgs::Crisp(event) => event,
            EventArgs::Raw(args) => {
                let first = args.into_iter().next().unwrap_or(Value::Null);
                Box::new(if first.is_object() {
                    Event::from_value(name, first)
                } else {
                    unknown_event(name, first)
                })
            }
        }
    }

    /// The first argument as JSON, for [`Raw`](EventArgs::Raw) arguments; `None` for
    /// [`Crisp`](EventArgs::Crisp) ones and for events with no argument.
    #[must_use]
    pub fn first_value(&self) -> Option<&Value> {
        match self {
            EventArgs::Crisp(_) => None,
            EventArgs::Raw(args) => args.first(),
        }
    }

    /// The first argument as JSON (`null` when there is none). For
    /// [`Crisp`](EventArgs::Crisp) arguments this re-encodes the event's payload, which
    /// drops the keys its type does not know: prefer [`first_value`](Self::first_value)
    /// on raw arguments.
    #[must_use]
    pub fn into_first_value(self) -> Value {
        match self {
            EventArgs::Crisp(event) => match *event {
                Event::Unknown { data, .. } => data,
                event => serde_json::to_value(event.data()).unwrap_or(Value::Null),
            },
            EventArgs::Raw(args) => args.into_iter().next().unwrap_or(Value::Null),
        }
    }

    /// The typed event, for [`Crisp`](EventArgs::Crisp) arguments.
    #[must_use]
    pub fn as_event(&self) -> Option<&Event> {
        match self {
            EventArgs::Crisp(event) => Some(event),
            EventArgs::Raw(_) => None,
        }
    }
}

/// [`Event::Unknown`] for a name and its data.
fn unknown_event(name: &str, data: Value) -> Event {
    Event::Unknown {
        name: name.to_owned(),
        data,
    }
}

/// Whether `name` is in the Crisp event table, i.e. decodes through [`EventSeed`].
fn is_crisp_event(name: &str) -> bool {
    !EventName::from(name).is_unknown()
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
                let data = header.data()?;
                let (name, args) = match decode_event_fast(data) {
                    Some(decoded) => decoded,
                    None => decode_event_careful(data)?,
                };
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
    /// Decoding the frame gives the packet back, except that a Crisp event is written
    /// with its payload re-encoded (keys its type does not know are dropped) and without
    /// the arguments after its first.
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
            SocketPacket::Event { name, args, .. } => match args {
                EventArgs::Crisp(event) => write_json(out, &(name, event.data())),
                EventArgs::Raw(args) => write_json(out, &RawEvent { name, args }),
            },
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
    args: &'a [Value],
}

impl Serialize for RawEvent<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(Some(1 + self.args.len()))?;
        seq.serialize_element(self.name)?;
        for arg in self.args {
            seq.serialize_element(arg)?;
        }
        seq.end()
    }
}

/// The one-pass decoding of an event array; `None` on any surprise, for
/// [`decode_event_careful`] to decide.
fn decode_event_fast(json: &str) -> Option<(Cow<'_, str>, EventArgs)> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let decoded = de::Deserializer::deserialize_seq(&mut deserializer, FastEvent).ok()?;
    deserializer.end().ok()?;
    Some(decoded)
}

/// Visits `["name", arg0, …]`: the name, then the first argument through [`EventSeed`]
/// for Crisp events.
struct FastEvent;

impl<'de> Visitor<'de> for FastEvent {
    type Value = (Cow<'de, str>, EventArgs);

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let Some(Name(name)) = seq.next_element()? else {
            return Err(de::Error::invalid_length(0, &self));
        };
        let args = if is_crisp_event(&name) {
            match seq.next_element_seed(EventSeed::new(&name))? {
                Some(event) => {
                    let event = Box::new(event);
                    while seq.next_element::<IgnoredAny>()?.is_some() {}
                    EventArgs::Crisp(event)
                }
                None => EventArgs::Raw(Vec::new()),
            }
        } else {
            let mut args = Vec::new();
            while let Some(arg) = seq.next_element()? {
                args.push(arg);
            }
            EventArgs::Raw(args)
        };
        Ok((name, args))
    }
}

/// An event name: a JSON string, borrowed from the input when it has no escapes.
struct Name<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Name<'de> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(NameVisitor)
    }
}

struct NameVisitor;

impl<'de> Visitor<'de> for NameVisitor {
    type Value = Name<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event name")
    }

    fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Name<'de>, E> {
        Ok(Name(Cow::Borrowed(name)))
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Name<'de>, E> {
        Ok(Name(Cow::Owned(name.to_owned())))
    }

    fn visit_string<E: de::Error>(self, name: String) -> Result<Name<'de>, E> {
        Ok(Name(Cow::Owned(name)))
    }
}

/// The careful decoding of an event array: checks each step, so that the error says
/// what is wrong, and never fails on a Crisp event's argument (see [`EventArgs::Crisp`]).
fn decode_event_careful(json: &str) -> Result<(Cow<'_, str>, EventArgs), ProtocolError> {
    let invalid = |e: serde_json::Error| ProtocolError::InvalidJson {
        packet: SocketPacketKind::Event,
        message: e.to_string(),
    };
    let raw: &RawValue = serde_json::from_str(json).map_err(invalid)?;
    if !raw.get().starts_with('[') {
        return Err(ProtocolError::WrongDataType {
            packet: SocketPacketKind::Event,
            expected: "an array",
        });
    }
    let items: Vec<&RawValue> = serde_json::from_str(raw.get()).map_err(invalid)?;
    let mut items = items.into_iter();
    let first = items.next().ok_or(ProtocolError::MissingEventName)?;
    let Name(name) =
        serde_json::from_str(first.get()).map_err(|_| ProtocolError::EventNameNotString)?;
    let args = match items.next() {
        Some(arg) if is_crisp_event(&name) => {
            EventArgs::Crisp(Box::new(if arg.get().starts_with('{') {
                Event::from_raw(&name, arg)
            } else {
                unknown_event(
                    &name,
                    serde_json::from_str(arg.get()).unwrap_or(Value::Null),
                )
            }))
        }
        arg => EventArgs::Raw(
            arg.into_iter()
                .chain(items)
                .map(|arg| serde_json::from_str(arg.get()).map_err(invalid))
                .collect::<Result<_, _>>()?,
        ),
    };
    Ok((name, args))
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

/// Both event decoders on the same data, for the differential tests.
#[cfg(test)]
pub(super) type BothPaths<'a> = (
    Option<(Cow<'a, str>, EventArgs)>,
    Result<(Cow<'a, str>, EventArgs), ProtocolError>,
);

/// Runs the fast and the careful event decoders on the same event data.
#[cfg(test)]
pub(super) fn both_paths(json: &str) -> BothPaths<'_> {
    (decode_event_fast(json), decode_event_careful(json))
}
