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

pub const IDENTIFIER: &str = "plugin-identifier";
pub const KEY: &str = "plugin-key";

/// What the server does on every connection.
#[derive(Clone, Debug)]
pub struct Behaviour {
    pub ping_interval_ms: u64,
    pub ping_timeout_ms: u64,
    /// Send pings at all (false: the client's watchdog must notice).
    pub pings: bool,
    /// Answer `authentication` with `unauthorized` (true) or `authenticated` (false)
    /// when the credentials are wrong; right credentials are always accepted.
    pub reject_with_unauthorized: bool,
}

impl Default for Behaviour {
    fn default() -> Self {
        Behaviour {
            ping_interval_ms: 200,
            ping_timeout_ms: 200,
            pings: true,
            reject_with_unauthorized: true,
        }
    }
}

#[derive(Clone, Debug)]
enum Command {
    /// Send this text frame to every authenticated socket.
    Frame(String),
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
        let open = format!(
            r#"0{{"sid":"sid-{}","upgrades":[],"pingInterval":{},"pingTimeout":{},"maxPayload":1000000}}"#,
            self.connections(),
            behaviour.ping_interval_ms,
            behaviour.ping_timeout_ms
        );
        let _ = sink.send(Message::text(open)).await;
        let mut authenticated = false;
        let mut ping = tokio::time::interval(Duration::from_millis(behaviour.ping_interval_ms));
        ping.tick().await;
        loop {
            tokio::select! {
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
                            if ok {
                                authenticated = true;
                                self.authenticated.fetch_add(1, Ordering::SeqCst);
                                let _ = sink.send(Message::text(r#"42["authenticated",true]"#)).await;
                            } else if behaviour.reject_with_unauthorized {
                                let _ = sink.send(Message::text(r#"42["unauthorized",{"message":"Invalid credentials"}]"#)).await;
                            } else {
                                // Crisp's documented behaviour: just disconnect.
                                break;
                            }
                        }
                    }
                }
                command = commands.recv() => {
                    match command {
                        Ok(Command::Frame(frame)) if authenticated => {
                            if sink.send(Message::text(frame)).await.is_err() { break }
                        }
                        Ok(Command::Frame(_)) => {}
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
        let _ = sink.close().await;
        self.open.fetch_sub(1, Ordering::SeqCst);
    }
}
