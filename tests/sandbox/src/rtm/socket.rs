//! One realtime socket: the open packet, the heartbeat (the server pings, the client must
//! pong within the timeout), the authentication deadline, client frames, events out, and
//! the drop switch.

use std::sync::atomic::Ordering;
use std::time::Duration;

use crisp_rtm::protocol::{EnginePacket, OpenInfo};
use futures_util::{Sink, SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::broadcast::error::RecvError;
use tokio::time::{Instant, interval_at, sleep_until};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Error, Message};

use super::session::Session;
use crate::app::App;
use crate::ids;
use crate::trace::debug;

/// The WebSocket settings of a realtime socket: messages and frames capped at
/// [`RTM_MAX_PAYLOAD`](crate::RTM_MAX_PAYLOAD), before and after authentication.
pub(super) fn websocket_config() -> WebSocketConfig {
    WebSocketConfig::default()
        .max_message_size(Some(crate::RTM_MAX_PAYLOAD))
        .max_frame_size(Some(crate::RTM_MAX_PAYLOAD))
}

/// A close frame with `code` and `reason`.
fn close(code: CloseCode, reason: &'static str) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.into(),
    }))
}

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

/// Sends one frame, giving up (`Err`) when the client has not taken it within
/// `patience`: a client that stops reading cannot hold the socket task forever.
async fn send<S>(sink: &mut S, message: Message, patience: Duration) -> Result<(), ()>
where
    S: Sink<Message> + Unpin,
{
    match tokio::time::timeout(patience, sink.send(message)).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(_)) | Err(_) => Err(()),
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
    // As long as a client may take to answer a ping: no less for a frame.
    let patience = app.ping.timeout.max(Duration::from_secs(1));
    let sid = ids::hex(20);
    let mut session = Session::new(ids::hex(20));
    let mut open = String::new();
    let _ = EnginePacket::Open(OpenInfo {
        sid,
        upgrades: Vec::new(),
        ping_interval: app.ping.interval,
        ping_timeout: app.ping.timeout,
        max_payload: Some(crate::RTM_MAX_PAYLOAD as u64),
    })
    .encode(&mut open);
    if send(&mut sink, Message::text(open), patience)
        .await
        .is_err()
    {
        return;
    }
    let mut ping = interval_at(Instant::now() + app.ping.interval, app.ping.interval);
    let mut pong_due: Option<Instant> = None;
    // Unauthenticated sockets are closed at this deadline.
    let auth_deadline = Instant::now() + app.limits.rtm_auth_timeout;
    let mut authenticated = false;
    let mut goodbye = Message::Close(None);
    loop {
        let frames: Vec<String> = tokio::select! {
            frame = source.next() => match frame {
                Some(Ok(Message::Text(text))) => {
                    let heard = session.on_frame(&app.credentials, text.as_str());
                    if heard.pong {
                        pong_due = None;
                    }
                    if heard.authenticated {
                        debug!("sandbox: realtime socket authenticated");
                        authenticated = true;
                        app.rtm.authenticated.fetch_add(1, Ordering::SeqCst);
                    }
                    if heard.bind {
                        let hidden = app
                            .read(|store| Ok(store.subscriptions.not_subscribed(store.websites.keys())))
                            .unwrap_or_default();
                        debug!(not_subscribed = hidden.len(), "sandbox: realtime socket bound");
                        session.bound(hidden);
                    }
                    if heard.bind_refused {
                        debug!("sandbox: socket:bind refused, sooner than 2.5 s after the previous bind");
                    }
                    if heard.close {
                        debug!("sandbox: realtime authentication refused");
                        for frame in heard.frames {
                            let _ = send(&mut sink, Message::text(frame), patience).await;
                        }
                        break;
                    }
                    heard.frames
                }
                // Over `RTM_MAX_PAYLOAD`: refused from the frame header, nothing buffered.
                Some(Err(Error::Capacity(_))) => {
                    goodbye = close(CloseCode::Size, "message too big");
                    break;
                }
                Some(Ok(Message::Close(_)) | Err(_)) | None => break,
                // Binary frames carry nothing Crisp uses; WebSocket pings are answered by
                // tungstenite.
                Some(Ok(_)) => Vec::new(),
            },
            event = events.recv() => match event {
                Ok(event) => {
                    let frame = session.frame_for(&event);
                    #[cfg(feature = "tracing")]
                    if frame.is_some() {
                        debug!(event = %event.name, "sandbox: realtime emit");
                    }
                    frame.into_iter().collect()
                }
                Err(RecvError::Lagged(_)) => Vec::new(),
                Err(RecvError::Closed) => break,
            },
            _ = drops.recv() => {
                debug!("sandbox: realtime socket dropped (fault)");
                break;
            }
            () = &mut shutdown => break,
            _ = ping.tick() => {
                pong_due.get_or_insert(Instant::now() + app.ping.timeout);
                vec!["2".to_owned()]
            }
            () = sleep_until(pong_due.unwrap_or_else(Instant::now)), if pong_due.is_some() => {
                debug!("sandbox: realtime socket closed, no pong in time");
                break;
            }
            () = sleep_until(auth_deadline), if !authenticated => {
                debug!("sandbox: realtime socket closed, no authentication in time");
                goodbye = close(CloseCode::Policy, "authentication timeout");
                break;
            }
        };
        for frame in frames {
            if send(&mut sink, Message::text(frame), patience)
                .await
                .is_err()
            {
                return;
            }
        }
    }
    if send(&mut sink, goodbye, patience).await.is_ok() {
        let _ = tokio::time::timeout(patience, sink.close()).await;
    }
}
