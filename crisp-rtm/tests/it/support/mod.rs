//! A fake Crisp realtime server on loopback: Engine.IO v4 + Socket.IO v5 over WebSockets,
//! written with raw frames (not with the crate's codec, so the codec is not tested against
//! itself). Switches let tests reject credentials, drop sockets, stop pinging and send
//! garbage.

#![allow(dead_code, unreachable_pub)]

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpListener;
use tokio::sync::broadcast;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{Data, OpCode};
use tokio_tungstenite::tungstenite::protocol::frame::{Frame, FrameHeader};

pub const IDENTIFIER: &str = "plugin-identifier";
pub const KEY: &str = "plugin-key";

/// How the server refuses wrong credentials.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// `42["unauthorized",{"message":"Invalid credentials"}]`.
    Unauthorized,
    /// `42["authenticated",false]`.
    AuthenticatedFalse,
    /// A namespace connect error, `44{"message":"Invalid credentials"}`.
    ConnectError,
    /// Crisp's documented behaviour: just disconnect (a WebSocket close).
    Disconnect,
}

/// How the server loses a connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loss {
    /// A WebSocket close frame, then the end of the TCP stream.
    Close,
    /// The TCP stream ends without a close frame.
    Cut,
    /// An Engine.IO close packet (`1`).
    EngineClose,
    /// A Socket.IO disconnect packet (`41`).
    SocketDisconnect,
    /// A WebSocket frame that is not valid (a reserved opcode), then the end of the stream.
    BadFrame,
}

/// What the server does on every connection.
#[derive(Clone, Debug)]
pub struct Behaviour {
    /// How often the server pings.
    pub ping_interval_ms: u64,
    pub ping_timeout_ms: u64,
    /// Announce these `pingInterval` / `pingTimeout` instead of the above (the server
    /// still pings every `ping_interval_ms`).
    pub announce: Option<(u64, u64)>,
    /// Send pings at all (false: the client's watchdog must notice).
    pub pings: bool,
    /// How wrong credentials are refused; right credentials are accepted (unless
    /// `lose_authentications` says otherwise).
    pub refusal: Refusal,
    /// Lose this many connections in all (counted across connections) right after
    /// receiving `authentication` with good credentials, instead of answering.
    pub lose_authentications: usize,
    /// How those connections are lost.
    pub loss: Loss,
    /// Lose every authenticated connection this long after `authenticated`.
    pub lose_after_authenticated: Option<Duration>,
}

impl Default for Behaviour {
    fn default() -> Self {
        Behaviour {
            ping_interval_ms: 200,
            ping_timeout_ms: 200,
            announce: None,
            pings: true,
            refusal: Refusal::Unauthorized,
            lose_authentications: 0,
            loss: Loss::Close,
            lose_after_authenticated: None,
        }
    }
}

#[derive(Clone, Debug)]
enum Command {
    /// Send this text frame to every authenticated socket.
    Frame(String),
    /// Send this text message in that many frames to every authenticated socket.
    Fragmented(String, usize),
    /// Close every socket.
    DropAll,
}

/// A running fake server.
#[derive(Clone)]
pub struct FakeRtm {
    pub url: String,
    commands: broadcast::Sender<Command>,
    behaviour: Arc<Mutex<Behaviour>>,
    connections: Arc<AtomicUsize>,
    authenticated: Arc<AtomicUsize>,
    open: Arc<AtomicUsize>,
    received: Arc<Mutex<Vec<String>>>,
    stopped: Arc<AtomicBool>,
    /// Authentications lost so far (see [`Behaviour::lose_authentications`]).
    lost_authentications: Arc<AtomicUsize>,
}

impl FakeRtm {
    pub async fn start(behaviour: Behaviour) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let (commands, _) = broadcast::channel(1024);
        let server = FakeRtm {
            url,
            commands,
            behaviour: Arc::new(Mutex::new(behaviour)),
            connections: Arc::new(AtomicUsize::new(0)),
            authenticated: Arc::new(AtomicUsize::new(0)),
            open: Arc::new(AtomicUsize::new(0)),
            received: Arc::new(Mutex::new(Vec::new())),
            stopped: Arc::new(AtomicBool::new(false)),
            lost_authentications: Arc::new(AtomicUsize::new(0)),
        };
        let accept = server.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                if accept.stopped.load(Ordering::SeqCst) {
                    drop(stream);
                    continue;
                }
                let connection = accept.clone();
                tokio::spawn(async move { connection.serve(stream).await });
            }
        });
        server
    }

    pub fn set_behaviour(&self, behaviour: Behaviour) {
        *self.behaviour.lock().unwrap() = behaviour;
    }

    /// Refuse new connections (existing ones stay).
    pub fn refuse_new(&self, refuse: bool) {
        self.stopped.store(refuse, Ordering::SeqCst);
    }

    /// Sends an event to every authenticated socket.
    pub fn emit(&self, name: &str, data: &serde_json::Value) {
        let frame = format!("42{}", serde_json::json!([name, data]));
        let _ = self.commands.send(Command::Frame(frame));
    }

    /// Sends a raw text frame to every authenticated socket.
    pub fn send_raw(&self, frame: &str) {
        let _ = self.commands.send(Command::Frame(frame.to_owned()));
    }

    /// Sends one text message to every authenticated socket as `fragments` WebSocket
    /// frames (a first frame, then continuations).
    pub fn send_fragmented(&self, text: &str, fragments: usize) {
        let _ = self
            .commands
            .send(Command::Fragmented(text.to_owned(), fragments.max(1)));
    }

    pub fn drop_all(&self) {
        let _ = self.commands.send(Command::DropAll);
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    pub fn authenticated(&self) -> usize {
        self.authenticated.load(Ordering::SeqCst)
    }

    pub fn open_sockets(&self) -> usize {
        self.open.load(Ordering::SeqCst)
    }

    /// Every text frame received from clients, in order.
    pub fn received(&self) -> Vec<String> {
        self.received.lock().unwrap().clone()
    }

    /// The `authentication` payloads received.
    pub fn authentications(&self) -> Vec<serde_json::Value> {
        self.received()
            .iter()
            .filter_map(|frame| frame.strip_prefix("42"))
            .filter_map(|json| serde_json::from_str::<serde_json::Value>(json).ok())
            .filter(|value| value[0] == "authentication")
            .map(|value| value[1].clone())
            .collect()
    }

    async fn serve(self, stream: tokio::net::TcpStream) {
        let Ok(socket) = tokio_tungstenite::accept_async(stream).await else {
            return;
        };
        self.connections.fetch_add(1, Ordering::SeqCst);
        self.open.fetch_add(1, Ordering::SeqCst);
        let behaviour = self.behaviour.lock().unwrap().clone();
        let (mut sink, mut source) = socket.split();
        let mut commands = self.commands.subscribe();
        let (announce_interval, announce_timeout) = behaviour
            .announce
            .unwrap_or((behaviour.ping_interval_ms, behaviour.ping_timeout_ms));
        let open = format!(
            r#"0{{"sid":"sid-{}","upgrades":[],"pingInterval":{},"pingTimeout":{},"maxPayload":1000000}}"#,
            self.connections(),
            announce_interval,
            announce_timeout
        );
        let _ = sink.send(Message::text(open)).await;
        let mut authenticated = false;
        let mut ping =
            tokio::time::interval(Duration::from_millis(behaviour.ping_interval_ms.max(1)));
        ping.tick().await;
        // Far away until `authenticated`, when `lose_after_authenticated` is set.
        let lose_at = tokio::time::sleep(Duration::from_secs(86_400));
        tokio::pin!(lose_at);
        let mut loss = Loss::Close;
        loop {
            tokio::select! {
                () = &mut lose_at => {
                    loss = behaviour.loss;
                    break;
                }
                frame = source.next() => {
                    let Some(Ok(frame)) = frame else { break };
                    let Message::Text(text) = frame else {
                        if matches!(frame, Message::Close(_)) { break }
                        continue;
                    };
                    let text = text.to_string();
                    self.received.lock().unwrap().push(text.clone());
                    if text == "40" || text.starts_with("40{") {
                        let _ = sink.send(Message::text(r#"40{"sid":"socket-sid"}"#)).await;
                    } else if let Some(json) = text.strip_prefix("42") {
                        let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else { continue };
                        if value[0] == "authentication" {
                            let ok = value[1]["username"] == IDENTIFIER && value[1]["password"] == KEY;
                            if ok
                                && self.lost_authentications.load(Ordering::SeqCst)
                                    < behaviour.lose_authentications
                            {
                                self.lost_authentications.fetch_add(1, Ordering::SeqCst);
                                loss = behaviour.loss;
                                break;
                            }
                            if ok {
                                authenticated = true;
                                self.authenticated.fetch_add(1, Ordering::SeqCst);
                                let _ = sink.send(Message::text(r#"42["authenticated",true]"#)).await;
                                if let Some(after) = behaviour.lose_after_authenticated {
                                    lose_at.as_mut().reset(tokio::time::Instant::now() + after);
                                }
                                continue;
                            }
                            let refusal = match behaviour.refusal {
                                Refusal::Unauthorized => r#"42["unauthorized",{"message":"Invalid credentials"}]"#,
                                Refusal::AuthenticatedFalse => r#"42["authenticated",false]"#,
                                Refusal::ConnectError => r#"44{"message":"Invalid credentials"}"#,
                                Refusal::Disconnect => break,
                            };
                            let _ = sink.send(Message::text(refusal)).await;
                        }
                    }
                }
                command = commands.recv() => {
                    match command {
                        Ok(Command::Frame(frame)) if authenticated => {
                            if sink.send(Message::text(frame)).await.is_err() { break }
                        }
                        Ok(Command::Fragmented(text, fragments)) if authenticated => {
                            if send_fragmented(&mut sink, &text, fragments).await.is_err() { break }
                        }
                        Ok(Command::Frame(_) | Command::Fragmented(..)) => {}
                        Ok(Command::DropAll) => break,
                        Err(broadcast::error::RecvError::Lagged(_)) => {}
                        Err(broadcast::error::RecvError::Closed) => break,
                    }
                }
                _ = ping.tick(), if behaviour.pings => {
                    if sink.send(Message::text("2")).await.is_err() { break }
                }
            }
        }
        match loss {
            Loss::Close => {
                let _ = sink.close().await;
            }
            Loss::Cut => {}
            Loss::EngineClose => {
                let _ = sink.send(Message::text("1")).await;
                // Keep the socket open: the client must act on the packet itself.
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Loss::SocketDisconnect => {
                let _ = sink.send(Message::text("41")).await;
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            Loss::BadFrame => {
                // Opcode 0x3 is reserved: the client's WebSocket layer must refuse it.
                let _ = sink
                    .send(Message::Frame(Frame::from_payload(
                        FrameHeader {
                            opcode: OpCode::Data(Data::Reserved(3)),
                            ..FrameHeader::default()
                        },
                        Vec::new().into(),
                    )))
                    .await;
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
        }
        drop(sink);
        drop(source);
        self.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Sends `text` as one message in `fragments` frames.
async fn send_fragmented<S>(sink: &mut S, text: &str, fragments: usize) -> Result<(), S::Error>
where
    S: futures_util::Sink<Message> + Unpin,
{
    let bytes = text.as_bytes();
    let chunk = bytes.len().div_ceil(fragments).max(1);
    let chunks: Vec<&[u8]> = bytes.chunks(chunk).collect();
    for (index, part) in chunks.iter().enumerate() {
        let opcode = if index == 0 {
            OpCode::Data(Data::Text)
        } else {
            OpCode::Data(Data::Continue)
        };
        let frame = Frame::message(part.to_vec(), opcode, index + 1 == chunks.len());
        sink.send(Message::Frame(frame)).await?;
    }
    Ok(())
}
