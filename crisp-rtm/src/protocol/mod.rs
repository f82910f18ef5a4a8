//! The wire protocol of Crisp's realtime API: socket.io v4, i.e. Socket.IO v5 packets
//! inside Engine.IO v4 packets, over WebSocket text frames.
//!
//! Two layers, both decoded without copying the frame:
//! - [`EnginePacket`]: one WebSocket text frame (`0{…}` open, `2` ping, `3` pong,
//!   `4…` message, …);
//! - [`SocketPacket`]: the content of an Engine.IO message (`0` connect, `2` event,
//!   `4` connect error, …). An event's name and arguments are borrowed from the frame,
//!   the arguments as raw JSON ([`EventArgs`]); the codec knows nothing of Crisp's
//!   events: the client (feature `client`) decodes a Crisp event with
//!   `crisp_types::event::Event::decode` on its name and first argument.
//!
//! Encoders append whole frames to a `String`: [`encode_pong`], and the
//! [`Namespace`] methods for what a client sends (`40`, `42["name",…]`).
//!
//! Decoding never panics; malformed input is a [`ProtocolError`]. Binary data (binary
//! frames, `BINARY_EVENT` / `BINARY_ACK` packets) is not supported, as Crisp sends none:
//! it is reported as [`ProtocolError::BinaryFrame`] or
//! [`ProtocolError::BinaryUnsupported`], and never waited for.
//!
//! ```
//! use crisp_rtm::protocol::{EnginePacket, Namespace, SocketPacket, encode_pong};
//! use crisp_types::event::Event;
//!
//! let frame = r#"42["message:send",{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","type":"text","from":"user","content":"Hello"}]"#;
//! let mut reply = String::new();
//! match EnginePacket::decode(frame)? {
//!     EnginePacket::Ping(probe) => encode_pong(&mut reply, probe),
//!     EnginePacket::Message(message) => match SocketPacket::decode(message)? {
//!         SocketPacket::Event { name, args, .. } if name == "authenticated" => {
//!             let ok = args.first().is_some_and(|raw| raw.get() == "true");
//!             # let _ = ok;
//!         }
//!         SocketPacket::Event { name, args, .. } => {
//!             let event = Event::decode(&name, args.first_or_null()).expect("fits its type");
//!             assert!(matches!(event, Event::MessageSend(_)));
//!         }
//!         _ => {}
//!     },
//!     _ => {}
//! }
//! Namespace::ROOT.emit(&mut reply, "socket:bind", None, &serde_json::json!({}))?;
//! assert_eq!(reply, r#"42["socket:bind",{}]"#);
//! # Ok::<(), crisp_rtm::protocol::ProtocolError>(())
//! ```

mod engine;
mod error;
mod json;
mod socket;

#[cfg(test)]
mod tests;

pub use engine::{EnginePacket, EnginePacketKind, OpenInfo, encode_pong};
pub use error::ProtocolError;
pub use socket::{EventArgs, Namespace, SocketPacket, SocketPacketKind, decode_event_with};
