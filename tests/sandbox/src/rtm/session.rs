//! One socket's protocol state, without I/O: what a client frame means and what to answer.
//!
//! The client connects the root namespace (`40`), emits `authentication`
//! `{tier, username, password, events, rooms?}`; right credentials get
//! `42["authenticated",true]`, wrong ones `42["unauthorized",{"message":"invalid_session"}]`
//! and a closed socket. Once authenticated, `socket:bind:push` / `socket:bind:pop`
//! `{events}` change the event set and `socket:bind` is accepted. Only the events
//! subscribed, of the rooms (websites) asked for if any, are sent.
//!
//! A bind (the authentication, or `socket:bind` at least [`REBIND_FLOOR`] after the
//! previous bind; a faster one is refused and logged) reads which websites are not
//! subscribed to the plugin ([`Session::bound`]): their events (other than `plugin:*`) are
//! not sent until the next bind, as on Crisp, where a website that installs the plugin
//! sends nothing until the socket is bound again.

use std::collections::BTreeSet;
use std::time::Duration;

use crisp_core::Credentials;
use crisp_rtm::protocol::{EnginePacket, Namespace, SocketPacket, encode_pong};
use serde_json::{Value, json};
use tokio::time::Instant;

use crate::hub::EmittedEvent;

/// Crisp's shortest time between two binds.
pub(crate) const REBIND_FLOOR: Duration = Duration::from_millis(2_500);

/// What to do after a client frame.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Heard {
    /// Frames to send, in order.
    pub(crate) frames: Vec<String>,
    /// Close the socket after sending them.
    pub(crate) close: bool,
    /// The client answered a ping.
    pub(crate) pong: bool,
    /// The client just authenticated.
    pub(crate) authenticated: bool,
    /// The socket was bound (authentication or `socket:bind`): call [`Session::bound`].
    pub(crate) bind: bool,
    /// A `socket:bind` came sooner than [`REBIND_FLOOR`] after the previous bind, and was
    /// refused.
    pub(crate) bind_refused: bool,
}

impl Heard {
    fn send(frame: String) -> Heard {
        Heard {
            frames: vec![frame],
            ..Heard::default()
        }
    }
}

/// The protocol state of one socket.
#[derive(Debug)]
pub(crate) struct Session {
    sid: String,
    connected: bool,
    authenticated: bool,
    events: BTreeSet<String>,
    rooms: BTreeSet<String>,
    /// The previous bind.
    last_bind: Option<Instant>,
    /// Websites not subscribed at the previous bind: their events are not sent.
    hidden: BTreeSet<String>,
}

impl Session {
    /// A session whose Socket.IO id is `sid`.
    pub(crate) fn new(sid: String) -> Self {
        Session {
            sid,
            connected: false,
            authenticated: false,
            events: BTreeSet::new(),
            rooms: BTreeSet::new(),
            last_bind: None,
            hidden: BTreeSet::new(),
        }
    }

    /// The bind just heard saw these websites not subscribed.
    pub(crate) fn bound(&mut self, hidden: BTreeSet<String>) {
        self.hidden = hidden;
    }

    /// Reads one text frame of the client.
    pub(crate) fn on_frame(&mut self, credentials: &Credentials, text: &str) -> Heard {
        match EnginePacket::decode(text) {
            Ok(EnginePacket::Ping(probe)) => {
                let mut pong = String::new();
                encode_pong(&mut pong, probe);
                Heard::send(pong)
            }
            Ok(EnginePacket::Pong(_)) => Heard {
                pong: true,
                ..Heard::default()
            },
            Ok(EnginePacket::Close) => Heard {
                close: true,
                ..Heard::default()
            },
            Ok(EnginePacket::Message(payload)) => match SocketPacket::decode(payload) {
                Ok(packet) => self.on_packet(credentials, packet),
                Err(_) => Heard::default(),
            },
            // Unreadable frames, and packets a client does not send, are ignored.
            _ => Heard::default(),
        }
    }

    fn on_packet(&mut self, credentials: &Credentials, packet: SocketPacket<'_>) -> Heard {
        match packet {
            SocketPacket::Connect { namespace, .. } if namespace == Namespace::ROOT.as_str() => {
                self.connected = true;
                let mut frame = String::new();
                let _ = Namespace::ROOT.connect_with_auth(&mut frame, &json!({"sid": self.sid}));
                Heard::send(frame)
            }
            SocketPacket::Connect { namespace, .. } => {
                let mut frame = String::new();
                let refusal = SocketPacket::ConnectError {
                    namespace,
                    data: json!({"message": "Invalid namespace"}),
                };
                let _ = refusal.encode(&mut frame);
                Heard::send(frame)
            }
            SocketPacket::Disconnect { namespace } if namespace == Namespace::ROOT.as_str() => {
                Heard {
                    close: true,
                    ..Heard::default()
                }
            }
            SocketPacket::Event {
                namespace,
                name,
                args,
                ..
            } if self.connected && namespace == Namespace::ROOT.as_str() => {
                let arg = args.first_value().unwrap_or(Value::Null);
                self.on_event(credentials, &name, &arg)
            }
            _ => Heard::default(),
        }
    }

    fn on_event(&mut self, credentials: &Credentials, name: &str, arg: &Value) -> Heard {
        match name {
            "authentication" if accepted(credentials, arg) => {
                self.authenticated = true;
                self.events = names(arg);
                self.rooms = strings(arg.get("rooms"));
                self.last_bind = Some(Instant::now());
                Heard {
                    authenticated: true,
                    bind: true,
                    ..Heard::send(emit("authenticated", &json!(true)))
                }
            }
            "authentication" => Heard {
                close: true,
                ..Heard::send(emit("unauthorized", &json!({"message": "invalid_session"})))
            },
            "socket:bind:push" if self.authenticated => {
                self.events.extend(names(arg));
                Heard::default()
            }
            "socket:bind:pop" if self.authenticated => {
                for event in names(arg) {
                    self.events.remove(&event);
                }
                Heard::default()
            }
            // `socket:bind` re-reads the websites the token sees, no sooner than the floor.
            "socket:bind" if self.authenticated => {
                let now = Instant::now();
                if self.last_bind.is_some_and(|last| now < last + REBIND_FLOOR) {
                    return Heard {
                        bind_refused: true,
                        ..Heard::default()
                    };
                }
                self.last_bind = Some(now);
                Heard {
                    bind: true,
                    ..Heard::default()
                }
            }
            _ => Heard::default(),
        }
    }

    /// The frame for `event` if this socket is to receive it.
    pub(crate) fn frame_for(&self, event: &EmittedEvent) -> Option<String> {
        let wanted = self.authenticated
            && self.events.contains(&event.name)
            && (self.rooms.is_empty() || self.rooms.contains(&event.website_id))
            && (event.name.starts_with("plugin:") || !self.hidden.contains(&event.website_id));
        wanted.then(|| emit(&event.name, &event.data))
    }
}

/// Whether an `authentication` payload carries the sandbox credentials and tier.
fn accepted(credentials: &Credentials, arg: &Value) -> bool {
    arg.get("tier").and_then(Value::as_str) == Some(credentials.tier().as_str())
        && arg.get("username").and_then(Value::as_str) == Some(credentials.identifier())
        && arg.get("password").and_then(Value::as_str) == Some(credentials.key())
}

/// The `events` of a payload.
fn names(arg: &Value) -> BTreeSet<String> {
    strings(arg.get("events"))
}

/// The strings of a JSON array (other items are skipped).
fn strings(value: Option<&Value>) -> BTreeSet<String> {
    value
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// `42["name",arg]`.
fn emit(name: &str, arg: &Value) -> String {
    let mut frame = String::new();
    let _ = Namespace::ROOT.emit(&mut frame, name, None, arg);
    frame
}

#[cfg(test)]
mod tests {
    use super::*;

    fn credentials() -> Credentials {
        Credentials::plugin("id", "key")
    }

    fn authenticate(session: &mut Session, events: Value) -> Heard {
        let frame = format!(
            "42{}",
            json!(["authentication", {"tier": "plugin", "username": "id", "password": "key", "events": events}])
        );
        session.on_frame(&credentials(), &frame)
    }

    fn event(name: &str, website: &str) -> EmittedEvent {
        EmittedEvent {
            name: name.to_owned(),
            website_id: website.to_owned(),
            data: json!({"website_id": website}),
            timestamp: 1,
        }
    }

    #[test]
    fn handshake_then_events() {
        let mut session = Session::new("abc".to_owned());
        // Nothing before the namespace is connected.
        assert_eq!(
            authenticate(&mut session, json!(["message:send"])),
            Heard::default()
        );
        assert_eq!(
            session.on_frame(&credentials(), "40").frames,
            [r#"40{"sid":"abc"}"#]
        );
        let heard = authenticate(&mut session, json!(["message:send"]));
        assert!(heard.authenticated);
        assert_eq!(heard.frames, [r#"42["authenticated",true]"#]);
        assert_eq!(
            session.frame_for(&event("message:send", "w")).as_deref(),
            Some(r#"42["message:send",{"website_id":"w"}]"#)
        );
        assert_eq!(session.frame_for(&event("message:received", "w")), None);
        session.on_frame(
            &credentials(),
            r#"42["socket:bind:push",{"events":["message:received"]}]"#,
        );
        assert!(session.frame_for(&event("message:received", "w")).is_some());
        session.on_frame(
            &credentials(),
            r#"42["socket:bind:pop",{"events":["message:send"]}]"#,
        );
        assert_eq!(session.frame_for(&event("message:send", "w")), None);
        // Right after the authentication (a bind): too soon.
        assert!(
            session
                .on_frame(&credentials(), r#"42["socket:bind",{}]"#)
                .bind_refused
        );
    }

    #[tokio::test(start_paused = true)]
    async fn binds_are_floored_and_hide_websites_not_subscribed() {
        let mut session = Session::new("abc".to_owned());
        session.on_frame(&credentials(), "40");
        let heard = authenticate(
            &mut session,
            json!(["message:send", "plugin:subscription:updated"]),
        );
        assert!(heard.bind && !heard.bind_refused);
        session.bound(BTreeSet::from(["w2".to_owned()]));
        assert!(session.frame_for(&event("message:send", "w1")).is_some());
        assert!(session.frame_for(&event("message:send", "w2")).is_none());
        assert!(
            session
                .frame_for(&event("plugin:subscription:updated", "w2"))
                .is_some()
        );
        tokio::time::advance(REBIND_FLOOR - Duration::from_millis(1)).await;
        let bind = r#"42["socket:bind",{}]"#;
        assert!(session.on_frame(&credentials(), bind).bind_refused);
        tokio::time::advance(Duration::from_millis(1)).await;
        let heard = session.on_frame(&credentials(), bind);
        assert!(heard.bind && !heard.bind_refused);
        session.bound(BTreeSet::new());
        assert!(session.frame_for(&event("message:send", "w2")).is_some());
        // The floor counts from this bind now.
        assert!(session.on_frame(&credentials(), bind).bind_refused);
    }

    #[test]
    fn wrong_credentials_are_refused_and_closed() {
        let mut session = Session::new("abc".to_owned());
        session.on_frame(&credentials(), "40");
        let frame = r#"42["authentication",{"tier":"plugin","username":"id","password":"nope","events":[]}]"#;
        let heard = session.on_frame(&credentials(), frame);
        assert!(heard.close);
        assert_eq!(
            heard.frames,
            [r#"42["unauthorized",{"message":"invalid_session"}]"#]
        );
        let wrong_tier =
            r#"42["authentication",{"tier":"website","username":"id","password":"key"}]"#;
        assert!(session.on_frame(&credentials(), wrong_tier).close);
        assert_eq!(session.frame_for(&event("message:send", "w")), None);
    }

    #[test]
    fn rooms_filter_websites() {
        let mut session = Session::new("s".to_owned());
        session.on_frame(&credentials(), "40");
        let frame = r#"42["authentication",{"tier":"plugin","username":"id","password":"key","events":["message:send"],"rooms":["w1"]}]"#;
        assert!(session.on_frame(&credentials(), frame).authenticated);
        assert!(session.frame_for(&event("message:send", "w1")).is_some());
        assert!(session.frame_for(&event("message:send", "w2")).is_none());
    }

    #[test]
    fn engine_packets() {
        let mut session = Session::new("s".to_owned());
        assert_eq!(
            session.on_frame(&credentials(), "2probe").frames,
            ["3probe"]
        );
        assert!(session.on_frame(&credentials(), "3").pong);
        assert!(session.on_frame(&credentials(), "1").close);
        assert!(session.on_frame(&credentials(), "41").close);
        assert_eq!(
            session.on_frame(&credentials(), "40/admin,").frames,
            [r#"44/admin,{"message":"Invalid namespace"}"#]
        );
        for garbage in ["", "x", "4", "42[", "bAAA", "0{}", "42[\"authentication\"]"] {
            let heard = session.on_frame(&credentials(), garbage);
            assert!(heard.frames.is_empty(), "{garbage}");
            assert!(!heard.authenticated);
        }
    }
}
