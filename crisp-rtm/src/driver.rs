//! The task that owns the connection: connects, authenticates, answers pings, watches for
//! silence, forwards events, obeys commands, and reconnects. One task per client, whatever
//! happens; it ends when the client is closed or dropped, or on a fatal error.

use std::time::Duration;

use crisp_types::event::{Event, EventName};
use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio::sync::{mpsc, watch};
use tokio::time::{Instant, sleep_until, timeout};
use tokio_tungstenite::tungstenite::Message;

use crate::config::{Endpoint, RtmConfig};
use crate::error::RtmError;
use crate::protocol::{self, EnginePacket, Namespace, SocketPacket, encode_pong};
use crate::state::ConnectionState;

/// The shortest time between two `socket:bind` (rebind) emits; more frequent requests are
/// coalesced into one sent when the interval has passed.
pub(crate) const REBIND_INTERVAL: Duration = Duration::from_millis(2_500);

/// What other tasks ask of the connection.
#[derive(Debug)]
pub(crate) enum Command {
    Rebind,
    Push(Vec<EventName>),
    Pop(Vec<EventName>),
    Close,
}

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// How one connection ended.
enum Ended {
    /// The caller closed the client (or dropped it).
    Closed,
    /// Retrying cannot help.
    Fatal(RtmError),
    /// Reconnect; `active` tells whether the connection had been authenticated.
    Dropped { active: bool, reason: String },
}

pub(crate) struct Driver {
    config: RtmConfig,
    events: mpsc::Sender<Result<Box<Event>, RtmError>>,
    commands: mpsc::UnboundedReceiver<Command>,
    state: watch::Sender<ConnectionState>,
    /// The events subscribed now (push and pop change it; reconnections re-authenticate
    /// with it).
    subscribed: Vec<EventName>,
    last_rebind: Option<Instant>,
    /// The REST client of endpoint discovery, built on first use and kept.
    rest: Option<crisp_rest::Client>,
}

impl Driver {
    pub(crate) fn new(
        config: RtmConfig,
        events: mpsc::Sender<Result<Box<Event>, RtmError>>,
        commands: mpsc::UnboundedReceiver<Command>,
        state: watch::Sender<ConnectionState>,
    ) -> Self {
        let subscribed = config.events.clone();
        Driver {
            config,
            events,
            commands,
            state,
            subscribed,
            last_rebind: None,
            rest: None,
        }
    }

    pub(crate) async fn run(mut self) {
        let mut attempt = 1;
        loop {
            self.state
                .send_replace(ConnectionState::Connecting { attempt });
            match self.connection().await {
                Ended::Closed => {
                    self.state.send_replace(ConnectionState::Closed);
                    return;
                }
                Ended::Fatal(error) => {
                    let reason = error.to_string();
                    let _ = self.events.send(Err(error)).await;
                    self.state.send_replace(ConnectionState::Failed { reason });
                    return;
                }
                Ended::Dropped { active, reason } => {
                    attempt = if active { 1 } else { attempt.saturating_add(1) };
                    let delay = self.config.backoff.delay(attempt, fastrand::f64());
                    self.state.send_replace(ConnectionState::Reconnecting {
                        attempt,
                        delay,
                        reason,
                    });
                    if self.wait(delay).await {
                        self.state.send_replace(ConnectionState::Closed);
                        return;
                    }
                }
            }
        }
    }

    /// Waits `delay` while still obeying commands; `true` when the client was closed.
    async fn wait(&mut self, delay: Duration) -> bool {
        let deadline = Instant::now() + delay;
        loop {
            tokio::select! {
                () = sleep_until(deadline) => return false,
                () = self.events.closed() => return true,
                command = self.commands.recv() => match command {
                    None | Some(Command::Close) => return true,
                    Some(Command::Push(events)) => self.push(events),
                    Some(Command::Pop(events)) => self.pop(events),
                    // Reconnecting re-authenticates, which binds afresh.
                    Some(Command::Rebind) => {}
                },
            }
        }
    }

    fn push(&mut self, events: Vec<EventName>) {
        for event in events {
            if !self.subscribed.contains(&event) {
                self.subscribed.push(event);
            }
        }
    }

    fn pop(&mut self, events: Vec<EventName>) {
        self.subscribed.retain(|event| !events.contains(event));
    }

    /// Asks the REST API for the endpoint, with the client kept from earlier attempts.
    async fn discover(&mut self) -> Result<String, RtmError> {
        let client = match &self.rest {
            Some(client) => client.clone(),
            None => {
                let client = crate::discovery::rest_client(
                    &self.config.credentials,
                    self.config.rest_base_url.as_deref(),
                )?;
                self.rest = Some(client.clone());
                client
            }
        };
        crate::discovery::discover(&client).await
    }

    /// One connection, from WebSocket to its end.
    async fn connection(&mut self) -> Ended {
        let url = match &self.config.endpoint {
            Endpoint::Url(url) => url.clone(),
            Endpoint::Discover => match self.discover().await {
                Ok(url) => url,
                Err(error) if error.is_fatal() => return Ended::Fatal(error),
                Err(error) => {
                    return Ended::Dropped {
                        active: false,
                        reason: error.to_string(),
                    };
                }
            },
        };
        let Some(ws_url) = engine_url(&url) else {
            return Ended::Fatal(RtmError::InvalidUrl { url });
        };
        let handshake_deadline = Instant::now() + self.config.connect_timeout;
        let socket = match timeout(
            self.config.connect_timeout,
            tokio_tungstenite::connect_async_tls_with_config(
                ws_url.as_str(),
                None,
                false,
                Some(tokio_tungstenite::Connector::Rustls(std::sync::Arc::new(
                    crisp_rest::backend::tls_config(),
                ))),
            ),
        )
        .await
        {
            Ok(Ok((socket, _))) => socket,
            Ok(Err(error)) => {
                return Ended::Dropped {
                    active: false,
                    reason: format!("cannot connect: {error}"),
                };
            }
            Err(_) => {
                return Ended::Dropped {
                    active: false,
                    reason: "connection timed out".to_owned(),
                };
            }
        };
        self.serve(socket, handshake_deadline).await
    }

    /// Runs the Engine.IO / Socket.IO session on an open WebSocket.
    async fn serve(&mut self, mut socket: Socket, handshake_deadline: Instant) -> Ended {
        let mut phase = Phase::AwaitOpen;
        // Until the open packet, the handshake deadline is the only watchdog.
        let mut silence_limit = self.config.connect_timeout;
        let mut watchdog = handshake_deadline;
        let mut rebind_at: Option<Instant> = None;
        // One timer for the whole session, moved only when its deadline changes (a ping,
        // a rebind to send later): no timer is registered per frame.
        let timer = sleep_until(handshake_deadline);
        tokio::pin!(timer);
        let mut armed = handshake_deadline;
        loop {
            let handshake = !matches!(phase, Phase::Active);
            let deadline = if handshake {
                watchdog.min(handshake_deadline)
            } else {
                watchdog
            };
            let wake = rebind_at.map_or(deadline, |at| at.min(deadline));
            if wake != armed {
                timer.as_mut().reset(wake);
                armed = wake;
            }
            let frame = tokio::select! {
                frame = socket.next() => frame,
                () = &mut timer => {
                    let now = Instant::now();
                    if now < deadline {
                        // Only the rebind timer is due.
                        rebind_at = None;
                        if let Err(reason) = self.rebind_now(&mut socket).await {
                            return Ended::Dropped { active: true, reason };
                        }
                        continue;
                    }
                    let _ = socket.close(None).await;
                    return if handshake && matches!(phase, Phase::AwaitAuthenticated) {
                        Ended::Dropped { active: false, reason: "no answer to authentication".to_owned() }
                    } else if handshake {
                        Ended::Dropped { active: false, reason: "handshake timed out".to_owned() }
                    } else {
                        Ended::Dropped { active: true, reason: "no ping from the server (watchdog)".to_owned() }
                    };
                }
                () = self.events.closed() => {
                    let _ = socket.close(None).await;
                    return Ended::Closed;
                }
                command = self.commands.recv() => {
                    let command = command.unwrap_or(Command::Close);
                    match self.command(command, &mut socket, matches!(phase, Phase::Active), &mut rebind_at).await {
                        Ok(true) => continue,
                        Ok(false) => {
                            let _ = socket.close(None).await;
                            return Ended::Closed;
                        }
                        Err(reason) => return Ended::Dropped { active: true, reason },
                    }
                }
            };
            let text = match frame {
                Some(Ok(Message::Text(text))) => text,
                Some(Ok(Message::Binary(_))) => {
                    self.report(protocol::ProtocolError::BinaryFrame).await;
                    continue;
                }
                Some(Ok(Message::Close(_))) | None => {
                    return self.lost(&phase, "the server closed the connection");
                }
                Some(Ok(_)) => continue,
                Some(Err(error)) => {
                    return self.lost(&phase, format!("connection error: {error}"));
                }
            };
            let packet = match EnginePacket::decode(&text) {
                Ok(packet) => packet,
                Err(error) => {
                    self.report(error).await;
                    continue;
                }
            };
            match packet {
                EnginePacket::Open(open) => {
                    silence_limit = open.liveness_timeout();
                    watchdog = Instant::now() + silence_limit;
                    let mut connect = String::new();
                    Namespace::ROOT.connect(&mut connect);
                    if let Err(reason) = send(&mut socket, connect).await {
                        return Ended::Dropped {
                            active: false,
                            reason,
                        };
                    }
                    phase = Phase::AwaitConnect;
                }
                EnginePacket::Ping(probe) => {
                    watchdog = Instant::now() + silence_limit;
                    let mut pong = String::new();
                    encode_pong(&mut pong, probe);
                    if let Err(reason) = send(&mut socket, pong).await {
                        return self.lost(&phase, reason);
                    }
                }
                EnginePacket::Close => return self.lost(&phase, "the server closed the session"),
                EnginePacket::Message(payload) => {
                    let packet = match SocketPacket::decode(payload) {
                        Ok(packet) => packet,
                        Err(error) => {
                            self.report(error).await;
                            continue;
                        }
                    };
                    match self.socket_packet(packet, &mut socket, &mut phase).await {
                        Flow::Continue => {}
                        Flow::End(ended) => return ended,
                    }
                }
                _ => {}
            }
        }
    }

    /// Handles one Socket.IO packet.
    async fn socket_packet(
        &mut self,
        packet: SocketPacket<'_>,
        socket: &mut Socket,
        phase: &mut Phase,
    ) -> Flow {
        let (name, args) = match packet {
            SocketPacket::Event { name, args, .. } => (name, args),
            SocketPacket::Connect { .. } => {
                let authentication = self.authentication();
                if let Err(reason) = emit(socket, "authentication", &authentication).await {
                    return Flow::End(Ended::Dropped {
                        active: false,
                        reason,
                    });
                }
                *phase = Phase::AwaitAuthenticated;
                self.state.send_replace(ConnectionState::Authenticating);
                return Flow::Continue;
            }
            SocketPacket::ConnectError { .. } => {
                let message = packet
                    .connect_error_message()
                    .unwrap_or_default()
                    .to_owned();
                return Flow::End(Ended::Fatal(RtmError::Unauthorized { message }));
            }
            SocketPacket::Disconnect { .. } => {
                return Flow::End(self.lost(phase, "the server disconnected the socket"));
            }
            _ => return Flow::Continue,
        };
        match name.as_ref() {
            "authenticated" => {
                if args.first_value().and_then(serde_json::Value::as_bool) == Some(true) {
                    *phase = Phase::Active;
                    self.state.send_replace(ConnectionState::Active);
                    Flow::Continue
                } else {
                    Flow::End(Ended::Fatal(RtmError::Unauthorized {
                        message: "authentication refused".to_owned(),
                    }))
                }
            }
            "unauthorized" => {
                let message = args
                    .first_value()
                    .and_then(|v| {
                        v.get("message")
                            .and_then(serde_json::Value::as_str)
                            .map(str::to_owned)
                    })
                    .unwrap_or_default();
                Flow::End(Ended::Fatal(RtmError::Unauthorized { message }))
            }
            _ if matches!(phase, Phase::Active) => {
                let event = args.into_boxed_event(&name);
                if self.events.send(Ok(event)).await.is_err() {
                    return Flow::End(Ended::Closed);
                }
                Flow::Continue
            }
            // Events before authentication are not ours to deliver.
            _ => Flow::Continue,
        }
    }

    /// Applies a command; `Ok(false)` when the client is to close.
    async fn command(
        &mut self,
        command: Command,
        socket: &mut Socket,
        active: bool,
        rebind_at: &mut Option<Instant>,
    ) -> Result<bool, String> {
        match command {
            Command::Close => Ok(false),
            Command::Push(events) => {
                self.push(events.clone());
                if active {
                    emit(socket, "socket:bind:push", &json!({ "events": events })).await?;
                }
                Ok(true)
            }
            Command::Pop(events) => {
                self.pop(events.clone());
                if active {
                    emit(socket, "socket:bind:pop", &json!({ "events": events })).await?;
                }
                Ok(true)
            }
            Command::Rebind => {
                let now = Instant::now();
                match self.last_rebind {
                    // Not bound yet: the coming authentication binds afresh.
                    _ if !active => {}
                    // Coalesce: every request inside the interval becomes one rebind when
                    // it has passed.
                    Some(last) if now < last + REBIND_INTERVAL => {
                        *rebind_at = Some(last + REBIND_INTERVAL)
                    }
                    _ => self.rebind_now(socket).await?,
                }
                Ok(true)
            }
        }
    }

    async fn rebind_now(&mut self, socket: &mut Socket) -> Result<(), String> {
        self.last_rebind = Some(Instant::now());
        emit(socket, "socket:bind", &json!({})).await
    }

    /// The `authentication` payload, with the current event set.
    fn authentication(&self) -> serde_json::Value {
        let credentials = &self.config.credentials;
        let mut payload = json!({
            "tier": credentials.tier().as_str(),
            "username": credentials.identifier(),
            "password": credentials.key(),
            "events": self.subscribed.iter().map(EventName::as_str).collect::<Vec<_>>(),
        });
        if !self.config.rooms.is_empty() {
            payload["rooms"] = json!(self.config.rooms);
        }
        if !self.config.inboxes.is_empty() {
            payload["inboxes"] = json!(self.config.inboxes);
        }
        payload
    }

    /// A frame we cannot read: reported on the stream, then skipped.
    async fn report(&mut self, error: protocol::ProtocolError) {
        let _ = self.events.send(Err(RtmError::Protocol(error))).await;
    }

    /// The socket went away: before `authenticated` that is a refusal (fatal), after it a
    /// drop (reconnect).
    fn lost(&self, phase: &Phase, reason: impl Into<String>) -> Ended {
        let reason = reason.into();
        match phase {
            Phase::AwaitAuthenticated => Ended::Fatal(RtmError::Unauthorized {
                message: format!("disconnected before authentication: {reason}"),
            }),
            Phase::Active => Ended::Dropped {
                active: true,
                reason,
            },
            _ => Ended::Dropped {
                active: false,
                reason,
            },
        }
    }
}

/// Where the session is.
enum Phase {
    AwaitOpen,
    AwaitConnect,
    AwaitAuthenticated,
    Active,
}

enum Flow {
    Continue,
    End(Ended),
}

/// Emits the Socket.IO event `name` with one argument on the root namespace.
async fn emit(socket: &mut Socket, name: &str, arg: &serde_json::Value) -> Result<(), String> {
    let mut frame = String::new();
    Namespace::ROOT
        .emit(&mut frame, name, None, arg)
        .map_err(|e| e.to_string())?;
    send(socket, frame).await
}

async fn send(socket: &mut Socket, frame: String) -> Result<(), String> {
    socket
        .send(Message::text(frame))
        .await
        .map_err(|e| format!("cannot send: {e}"))
}

/// The Engine.IO WebSocket URL of a socket.io endpoint: `http(s)` becomes `ws(s)`, the path
/// is kept (Crisp's is `/`), and `EIO=4&transport=websocket` is added to the query.
pub(crate) fn engine_url(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = match scheme.to_ascii_lowercase().as_str() {
        "http" | "ws" => "ws",
        "https" | "wss" => "wss",
        _ => return None,
    };
    let (authority_and_path, query) = match rest.split_once('?') {
        Some((before, query)) => (before, Some(query)),
        None => (rest, None),
    };
    let (authority, path) = match authority_and_path.find('/') {
        Some(slash) => (&authority_and_path[..slash], &authority_and_path[slash..]),
        None => (authority_and_path, "/"),
    };
    if authority.is_empty() {
        return None;
    }
    let mut out = format!("{scheme}://{authority}{path}");
    if !path.ends_with('/') {
        out.push('/');
    }
    out.push('?');
    if let Some(query) = query.filter(|q| !q.is_empty()) {
        out.push_str(query);
        out.push('&');
    }
    out.push_str("EIO=4&transport=websocket");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::engine_url;

    #[test]
    fn engine_urls() {
        assert_eq!(
            engine_url("https://app.relay.crisp.chat/").as_deref(),
            Some("wss://app.relay.crisp.chat/?EIO=4&transport=websocket")
        );
        assert_eq!(
            engine_url("http://127.0.0.1:8080").as_deref(),
            Some("ws://127.0.0.1:8080/?EIO=4&transport=websocket")
        );
        assert_eq!(
            engine_url("wss://host/socket.io").as_deref(),
            Some("wss://host/socket.io/?EIO=4&transport=websocket")
        );
        assert_eq!(
            engine_url("https://host/?a=1").as_deref(),
            Some("wss://host/?a=1&EIO=4&transport=websocket")
        );
        assert_eq!(engine_url("ftp://host/"), None);
        assert_eq!(engine_url("not a url"), None);
        assert_eq!(engine_url("http:///path"), None);
    }
}
