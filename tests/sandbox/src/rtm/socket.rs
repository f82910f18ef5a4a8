//! One realtime socket: the open packet, the heartbeat (the server pings, the client must
//! pong within the timeout), client frames, events out, and the drop switch.

use std::sync::atomic::Ordering;

use crisp_rtm::protocol::{EnginePacket, OpenInfo};
use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::broadcast::error::RecvError;
use tokio::time::{Instant, interval_at, sleep_until};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;

use super::session::Session;
use crate::app::App;
use crate::ids;

/// The largest payload announced in the open packet.
const MAX_PAYLOAD: u64 = 1_000_000;

/// Counts the socket as open while it lives.
struct OpenGuard(App);

impl OpenGuard {
    fn new(app: &App) -> Self {
        app.rtm.open.fetch_add(1, Ordering::SeqCst);
        OpenGuard(std::sync::Arc::clone(app))
    }
}

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.rtm.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Serves one socket until it closes, times out, is dropped, or the sandbox stops.
pub(crate) async fn run<S>(app: App, socket: WebSocketStream<S>)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let _open = OpenGuard::new(&app);
    // Subscribed before anything is sent: an `authenticated` client misses no event.
    let mut events = app.hub.subscribe();
    let mut drops = app.rtm.drops.subscribe();
    let shutdown = app.on_shutdown();
    tokio::pin!(shutdown);
    let (mut sink, mut source) = socket.split();
    let sid = ids::hex(20);
    let mut session = Session::new(ids::hex(20));
    let mut open = String::new();
    let _ = EnginePacket::Open(OpenInfo {
        sid,
        upgrades: Vec::new(),
        ping_interval: app.ping.interval,
        ping_timeout: app.ping.timeout,
        max_payload: Some(MAX_PAYLOAD),
    })
    .encode(&mut open);
    if sink.send(Message::text(open)).await.is_err() {
        return;
    }
    let mut ping = interval_at(Instant::now() + app.ping.interval, app.ping.interval);
    let mut pong_due: Option<Instant> = None;
    loop {
        let frames: Vec<String> = tokio::select! {
            frame = source.next() => match frame {
                Some(Ok(Message::Text(text))) => {
                    let heard = session.on_frame(&app.credentials, text.as_str());
                    if heard.pong {
                        pong_due = None;
                    }
                    if heard.authenticated {
                        app.rtm.authenticated.fetch_add(1, Ordering::SeqCst);
                    }
                    if heard.close {
                        for frame in heard.frames {
                            let _ = sink.send(Message::text(frame)).await;
                        }
                        break;
                    }
                    heard.frames
                }
                Some(Ok(Message::Close(_)) | Err(_)) | None => break,
                // Binary frames carry nothing Crisp uses; WebSocket pings are answered by
                // tungstenite.
                Some(Ok(_)) => Vec::new(),
            },
            event = events.recv() => match event {
                Ok(event) => session.frame_for(&event).into_iter().collect(),
                Err(RecvError::Lagged(_)) => Vec::new(),
                Err(RecvError::Closed) => break,
            },
            _ = drops.recv() => break,
            () = &mut shutdown => break,
            _ = ping.tick() => {
                pong_due.get_or_insert(Instant::now() + app.ping.timeout);
                vec!["2".to_owned()]
            }
            () = sleep_until(pong_due.unwrap_or_else(Instant::now)), if pong_due.is_some() => break,
        };
        for frame in frames {
            if sink.send(Message::text(frame)).await.is_err() {
                return;
            }
        }
    }
    let _ = sink.send(Message::Close(None)).await;
    let _ = sink.close().await;
}
