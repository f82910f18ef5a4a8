//! The one error type of the protocol layer.

use std::fmt;

use super::engine::EnginePacketKind;
use super::socket::SocketPacketKind;

/// Why a frame could not be decoded, or a packet could not be encoded.
///
/// Decoding never panics: every malformed input is one of these. None of them is fatal
/// for a connection by itself; the caller decides (a realtime client typically skips the
/// frame and goes on).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProtocolError {
    /// The WebSocket text frame is empty: it has no Engine.IO packet type.
    EmptyFrame,
    /// The first character of the frame is not an Engine.IO packet type (`0`–`6`).
    UnknownEngineType(char),
    /// Binary data: a binary WebSocket frame, or a base64 (`b…`) text frame. Crisp does not
    /// send any; this library does not decode them.
    BinaryFrame,
    /// The open packet (`0{…}`) is not the expected JSON object (`sid`, `pingInterval` and
    /// `pingTimeout` are required).
    BadOpen {
        /// What the JSON parser reported.
        message: String,
    },
    /// A packet that takes no data (Engine.IO close, upgrade, noop) carries some.
    UnexpectedEngineData(EnginePacketKind),
    /// The Engine.IO message (`4`) is empty: it has no Socket.IO packet type.
    EmptyMessage,
    /// The first character of the Engine.IO message is not a Socket.IO packet type
    /// (`0`–`6`).
    UnknownSocketType(char),
    /// A Socket.IO packet with binary attachments (`BINARY_EVENT`, `BINARY_ACK`). Crisp does
    /// not send any; the packet and its attachment frames should be skipped.
    BinaryUnsupported {
        /// The packet type.
        packet: SocketPacketKind,
        /// The announced number of attachments (binary frames that follow), when readable.
        attachments: Option<u64>,
    },
    /// A namespace (`/name`) is not followed by a comma.
    MissingNamespaceComma,
    /// The acknowledgement id does not fit in a `u64`.
    BadAckId,
    /// An acknowledgement id on a packet type that takes none (connect, disconnect, connect
    /// error).
    UnexpectedAckId(SocketPacketKind),
    /// An `ACK` packet without an acknowledgement id.
    MissingAckId,
    /// A Socket.IO packet that takes no data (disconnect) carries some.
    UnexpectedSocketData(SocketPacketKind),
    /// A Socket.IO packet that needs data (event, ack, connect error) has none.
    MissingData(SocketPacketKind),
    /// The packet data is not valid JSON (truncated, trailing characters, too deeply
    /// nested…).
    InvalidJson {
        /// The packet type.
        packet: SocketPacketKind,
        /// What the JSON parser reported.
        message: String,
    },
    /// The packet data is valid JSON of the wrong type (an event that is not an array, a
    /// connect payload that is not an object…).
    WrongDataType {
        /// The packet type.
        packet: SocketPacketKind,
        /// What was expected, e.g. `"an array"`.
        expected: &'static str,
    },
    /// An event array is empty: it has no event name.
    MissingEventName,
    /// The first element of an event array is not a string.
    EventNameNotString,
    /// Encoding: a namespace must start with `/` and contain no comma.
    InvalidNamespace {
        /// The namespace given.
        namespace: String,
    },
    /// Encoding: the data could not be serialized to JSON (e.g. a map with non-string keys).
    Encode {
        /// What the serializer reported.
        message: String,
    },
}

impl ProtocolError {
    /// A short stable code for logs and metrics (`empty_frame`, `invalid_json`, …).
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            ProtocolError::EmptyFrame => "empty_frame",
            ProtocolError::UnknownEngineType(_) => "unknown_engine_type",
            ProtocolError::BinaryFrame => "binary_frame",
            ProtocolError::BadOpen { .. } => "bad_open",
            ProtocolError::UnexpectedEngineData(_) => "unexpected_engine_data",
            ProtocolError::EmptyMessage => "empty_message",
            ProtocolError::UnknownSocketType(_) => "unknown_socket_type",
            ProtocolError::BinaryUnsupported { .. } => "binary_unsupported",
            ProtocolError::MissingNamespaceComma => "missing_namespace_comma",
            ProtocolError::BadAckId => "bad_ack_id",
            ProtocolError::UnexpectedAckId(_) => "unexpected_ack_id",
            ProtocolError::MissingAckId => "missing_ack_id",
            ProtocolError::UnexpectedSocketData(_) => "unexpected_socket_data",
            ProtocolError::MissingData(_) => "missing_data",
            ProtocolError::InvalidJson { .. } => "invalid_json",
            ProtocolError::WrongDataType { .. } => "wrong_data_type",
            ProtocolError::MissingEventName => "missing_event_name",
            ProtocolError::EventNameNotString => "event_name_not_string",
            ProtocolError::InvalidNamespace { .. } => "invalid_namespace",
            ProtocolError::Encode { .. } => "encode",
        }
    }
}

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProtocolError::EmptyFrame => f.write_str("empty Engine.IO frame"),
            ProtocolError::UnknownEngineType(c) => {
                write!(f, "unknown Engine.IO packet type {c:?}")
            }
            ProtocolError::BinaryFrame => f.write_str("binary Engine.IO data is not supported"),
            ProtocolError::BadOpen { message } => {
                write!(f, "malformed Engine.IO open packet: {message}")
            }
            ProtocolError::UnexpectedEngineData(kind) => {
                write!(f, "Engine.IO {kind} packet carries unexpected data")
            }
            ProtocolError::EmptyMessage => f.write_str("empty Engine.IO message"),
            ProtocolError::UnknownSocketType(c) => {
                write!(f, "unknown Socket.IO packet type {c:?}")
            }
            ProtocolError::BinaryUnsupported {
                packet,
                attachments,
            } => {
                write!(f, "Socket.IO {packet} packets are not supported")?;
                match attachments {
                    Some(n) => write!(f, " ({n} attachments)"),
                    None => Ok(()),
                }
            }
            ProtocolError::MissingNamespaceComma => {
                f.write_str("Socket.IO namespace is not followed by a comma")
            }
            ProtocolError::BadAckId => f.write_str("Socket.IO ack id does not fit in 64 bits"),
            ProtocolError::UnexpectedAckId(kind) => {
                write!(f, "Socket.IO {kind} packet carries an ack id")
            }
            ProtocolError::MissingAckId => f.write_str("Socket.IO ACK packet has no ack id"),
            ProtocolError::UnexpectedSocketData(kind) => {
                write!(f, "Socket.IO {kind} packet carries unexpected data")
            }
            ProtocolError::MissingData(kind) => write!(f, "Socket.IO {kind} packet has no data"),
            ProtocolError::InvalidJson { packet, message } => {
                write!(
                    f,
                    "Socket.IO {packet} packet data is not valid JSON: {message}"
                )
            }
            ProtocolError::WrongDataType { packet, expected } => {
                write!(f, "Socket.IO {packet} packet data is not {expected}")
            }
            ProtocolError::MissingEventName => f.write_str("Socket.IO event has no name"),
            ProtocolError::EventNameNotString => {
                f.write_str("Socket.IO event name is not a string")
            }
            ProtocolError::InvalidNamespace { namespace } => write!(
                f,
                "invalid Socket.IO namespace {namespace:?}: it must start with `/` and contain no comma"
            ),
            ProtocolError::Encode { message } => {
                write!(f, "could not encode packet data as JSON: {message}")
            }
        }
    }
}

impl std::error::Error for ProtocolError {}
