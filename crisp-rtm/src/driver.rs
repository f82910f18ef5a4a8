//! The task that owns the connection: connects, authenticates, answers pings, watches for
//! silence, forwards events, obeys commands, and reconnects. One task per client, whatever
//! happens; it ends when the client is closed or dropped, or on a fatal error.

use std::time::{Duration, SystemTime};

use crisp_types::event::{Event, EventName};
use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio::sync::{mpsc, watch};
use tokio::time::{Instant, sleep_until, timeout};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::error::{CapacityError, Error as WsError};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

use crate::config::{
    Endpoint, MIN_READ_BUFFER_SIZE, PING_INTERVAL_BOUNDS, PING_TIMEOUT_BOUNDS, RtmConfig,
};
use crate::error::RtmError;
use crate::protocol::{self, EnginePacket, Namespace, OpenInfo, SocketPacket, encode_pong};
use crate::state::{ConnectionState, DisconnectReason, FailureReason};
use crate::trace::{debug, error, info, trace, warn};

/// The shortest time between two `socket:bind` (rebind) emits; more frequent requests are
/// coalesced into one sent when the interval has passed.
pub(crate) const REBIND_INTERVAL: Duration = Duration::from_millis(2_500);

/// The longest `Retry-After` of a discovery answer that is honoured; a longer one (a
/// hostile or broken server) waits this long instead.
pub(crate) const MAX_RETRY_AFTER: Duration = Duration::from_secs(600);

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
    /// Reconnect.
    Dropped {
        /// Why, for [`ConnectionState::Reconnecting`]; lost between `authentication` and
        /// `authenticated` (not by a timeout), it counts towards
        /// [`RtmConfig::auth_drop_limit`].
        reason: DisconnectReason,
        /// The least delay the server asked for before the next attempt.
        retry_after: Option<Duration>,
    },
}

impl Ended {
    /// A drop to reconnect after, outside authentication.
    fn dropped(reason: DisconnectReason) -> Self {
        Ended::Dropped {
            reason,
            retry_after: None,
        }
    }
}

pub(crate) struct Driver {
    config: RtmConfig,
    events: mpsc::Sender<Result<Event, RtmError>>,
    commands: mpsc::UnboundedReceiver<Command>,
    state: watch::Sender<ConnectionState>,
    /// The events subscribed now (push and pop change it; reconnections re-authenticate
    /// with it).
    subscribed: Vec<EventName>,
    last_rebind: Option<Instant>,
    /// The REST client of endpoint discovery, built on first use and kept.
    rest: Option<crisp_rest::Client>,
    /// When the current session became active, if it did.
    active_since: Option<Instant>,
    /// When the last event was put on the stream.
    last_event_at: Option<SystemTime>,
    /// A live session was lost and none is live again yet.
    gap: Option<Gap>,
    /// Status items for the stream that found it full: they wait for room (the latest
    /// `Disconnected` replaces an older one), and go before the next event. Never more
    /// than one of each, so a stalled reader cannot make them pile up, nor block the
    /// driver on them.
    pending_disconnected: Option<RtmError>,
    pending_restored: Option<RtmError>,
    /// Who waits for an event ([`RtmHandle::wait_for`](crate::RtmHandle::wait_for)).
    waiters: std::sync::Arc<crate::waiter::Waiters>,
}

/// An open gap: since when events are missed.
struct Gap {
    lost_at: SystemTime,
    last_event_at: Option<SystemTime>,
    attempts: u32,
}

/// Waits for room in the stream, then sends the oldest pending status item (taken only
/// once there is room: cancelling this loses nothing); `false` when the reader is gone.
async fn send_pending(
    events: &mpsc::Sender<Result<Event, RtmError>>,
    disconnected: &mut Option<RtmError>,
    restored: &mut Option<RtmError>,
) -> bool {
    let Ok(permit) = events.reserve().await else {
        return false;
    };
    if let Some(item) = take_pending(disconnected, restored) {
        permit.send(Err(item));
    }
    true
}

/// The pending status items, oldest first (a `Disconnected` pending with a `Restored` is
/// always the older: a loss folds a pending `Restored` back into the open gap).
fn take_pending(
    disconnected: &mut Option<RtmError>,
    restored: &mut Option<RtmError>,
) -> Option<RtmError> {
    disconnected.take().or_else(|| restored.take())
}

impl Driver {
    pub(crate) fn new(
        config: RtmConfig,
        events: mpsc::Sender<Result<Event, RtmError>>,
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
            active_since: None,
            last_event_at: None,
            gap: None,
            pending_disconnected: None,
            pending_restored: None,
            waiters: std::sync::Arc::default(),
        }
    }

    /// Offers each event to these waiters before the stream.
    pub(crate) fn with_waiters(mut self, waiters: std::sync::Arc<crate::waiter::Waiters>) -> Self {
        self.waiters = waiters;
        self
    }

    pub(crate) async fn run(mut self) {
        let mut attempt: u32 = 1;
        // Connections lost during authentication since the last active session.
        let mut auth_drops: u32 = 0;
        loop {
            self.state
                .send_replace(ConnectionState::Connecting { attempt });
            debug!(attempt, "realtime: connecting");
            if let Some(gap) = &mut self.gap {
                gap.attempts = gap.attempts.saturating_add(1);
            }
            match self.connection().await {
                Ended::Closed => {
                    debug!("realtime: closed");
                    self.state.send_replace(ConnectionState::Closed);
                    return;
                }
                Ended::Fatal(error) => {
                    let reason = error.failure_reason();
                    self.fail(error, reason).await;
                    return;
                }
                Ended::Dropped {
                    reason,
                    retry_after,
                } => {
                    let session = self.active_since.take().map(|since| since.elapsed());
                    if session.is_some() {
                        auth_drops = 0;
                        self.open_gap();
                    }
                    if reason.during_authentication() {
                        auth_drops = auth_drops.saturating_add(1);
                        let limit = self.config.auth_drop_limit.max(1);
                        if auth_drops >= limit {
                            let message = format!(
                                "the connection was lost before `authenticated` {auth_drops} \
                                 times in a row (the last time: {})",
                                reason.cause()
                            );
                            let reason = FailureReason::LostBeforeAuthenticated {
                                times: auth_drops,
                                last: reason,
                            };
                            self.fail(RtmError::Unauthorized { message }, reason).await;
                            return;
                        }
                    }
                    // Only a session that lasted starts the backoff afresh: a server that
                    // accepts and drops at once gets ever longer delays, not a storm.
                    attempt = if session.is_some_and(|lasted| lasted >= self.config.stable_after) {
                        1
                    } else {
                        attempt.saturating_add(1)
                    };
                    let mut delay = self.config.backoff.delay(attempt, fastrand::f64());
                    if let Some(asked) = retry_after {
                        delay = delay.max(asked.min(MAX_RETRY_AFTER));
                    }
                    #[cfg(feature = "tracing")]
                    if session.is_some() {
                        warn!(
                            reason = %reason,
                            session_ms = session.map_or(0, crate::trace::millis),
                            attempt,
                            retry_in_ms = crate::trace::millis(delay),
                            "realtime session lost; reconnecting"
                        );
                    } else {
                        warn!(
                            reason = %reason,
                            attempt,
                            retry_in_ms = crate::trace::millis(delay),
                            "realtime connection attempt failed; retrying"
                        );
                    }
                    self.state.send_replace(ConnectionState::Reconnecting {
                        attempt,
                        delay,
                        reason: reason.clone(),
                    });
                    self.pending_disconnected = Some(RtmError::Disconnected {
                        reason,
                        attempt,
                        retry_in: delay,
                    });
                    if !self.try_flush() || self.wait(delay).await {
                        self.state.send_replace(ConnectionState::Closed);
                        return;
                    }
                }
            }
        }
    }

    /// Ends for good: the state becomes `Failed`, then the stream yields `error` (and ends
    /// when the task does).
    async fn fail(&mut self, error: RtmError, reason: FailureReason) {
        error!(reason = %reason, "realtime client stopped");
        self.state.send_replace(ConnectionState::Failed { reason });
        if self.flush().await {
            let _ = self.events.send(Err(error)).await;
        }
    }

    /// The live session was lost: a gap opens (or, when the `Restored` of the previous
    /// gap is still waiting for room, that gap goes on: the two become one).
    fn open_gap(&mut self) {
        if let Some(RtmError::Restored {
            lost_at,
            last_event_at,
            attempts,
            ..
        }) = self.pending_restored.take()
        {
            self.gap = Some(Gap {
                lost_at,
                last_event_at,
                attempts,
            });
        } else {
            self.gap = Some(Gap {
                lost_at: SystemTime::now(),
                last_event_at: self.last_event_at,
                attempts: 0,
            });
        }
    }

    /// Sends what status items fit in the stream now; `false` when the reader is gone.
    fn try_flush(&mut self) -> bool {
        while let Some(item) =
            take_pending(&mut self.pending_disconnected, &mut self.pending_restored)
        {
            match self.events.try_send(Err(item)) {
                Ok(()) => {}
                Err(mpsc::error::TrySendError::Full(Err(item))) => {
                    self.put_back(item);
                    return true;
                }
                Err(mpsc::error::TrySendError::Full(Ok(_))) => return true,
                Err(mpsc::error::TrySendError::Closed(_)) => return false,
            }
        }
        true
    }

    /// Returns a status item that found no room to the front of the queue.
    fn put_back(&mut self, item: RtmError) {
        if matches!(item, RtmError::Restored { .. }) {
            self.pending_restored = Some(item);
        } else {
            self.pending_disconnected = Some(item);
        }
    }

    /// Sends every pending status item, waiting for room as events do (before an event
    /// or a fatal error, which must come after them); `false` when the reader is gone.
    async fn flush(&mut self) -> bool {
        while let Some(item) =
            take_pending(&mut self.pending_disconnected, &mut self.pending_restored)
        {
            if self.events.send(Err(item)).await.is_err() {
                return false;
            }
        }
        true
    }

    /// Waits `delay` while still obeying commands; `true` when the client was closed.
    async fn wait(&mut self, delay: Duration) -> bool {
        let deadline = deadline_after(delay);
        loop {
            tokio::select! {
                () = sleep_until(deadline) => return false,
                () = self.events.closed() => return true,
                open = send_pending(&self.events, &mut self.pending_disconnected, &mut self.pending_restored),
                    if self.pending_disconnected.is_some() || self.pending_restored.is_some() =>
                {
                    if !open {
                        return true;
                    }
                }
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
                let client = crate::discovery::rest_client(&self.config)?;
                self.rest = Some(client.clone());
                client
            }
        };
        let url = crate::discovery::discover(&client, &self.config).await?;
        debug!(url = %without_userinfo(&url), "realtime: endpoint discovered");
        Ok(url)
    }

    /// One connection, from WebSocket to its end.
    async fn connection(&mut self) -> Ended {
        let url = match &self.config.endpoint {
            Endpoint::Url(url) => url.clone(),
            Endpoint::Discover => match self.discover().await {
                Ok(url) => url,
                Err(error) if error.is_fatal() => return Ended::Fatal(error),
                Err(RtmError::Discovery(cause)) => {
                    return Ended::Dropped {
                        reason: DisconnectReason::Discovery {
                            kind: Box::new(cause.kind().clone()),
                            message: cause.to_string(),
                        },
                        retry_after: cause.retry_after(),
                    };
                }
                Err(error) => return Ended::Fatal(error),
            },
        };
        let Some(ws_url) = engine_url(&url) else {
            return Ended::Fatal(RtmError::InvalidUrl { url });
        };
        let handshake_deadline = deadline_after(self.config.connect_timeout);
        // Messages and frames are capped: a larger one is refused from its header, before
        // its payload is buffered.
        let limit = self.config.max_message_size;
        let websocket = WebSocketConfig::default()
            .max_message_size(Some(limit))
            .max_frame_size(Some(limit))
            .read_buffer_size(self.config.read_buffer_size.max(MIN_READ_BUFFER_SIZE));
        let socket = match timeout(
            self.config.connect_timeout,
            tokio_tungstenite::connect_async_tls_with_config(
                ws_url.as_str(),
                Some(websocket),
                false,
                Some(tokio_tungstenite::Connector::Rustls(std::sync::Arc::new(
                    crisp_rest::backend::tls_config(),
                ))),
            ),
        )
        .await
        {
            Ok(Ok((socket, _))) => {
                debug!(url = %without_userinfo(&ws_url), "realtime: WebSocket open");
                socket
            }
            Ok(Err(error)) => {
                return Ended::dropped(DisconnectReason::Connect {
                    error: error.to_string(),
                });
            }
            Err(_) => return Ended::dropped(DisconnectReason::ConnectTimeout),
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
                            return Ended::dropped(reason);
                        }
                        continue;
                    }
                    let _ = socket.close(None).await;
                    #[cfg(feature = "tracing")]
                    if handshake {
                        info!("realtime: the handshake timed out");
                    } else {
                        info!(
                            silence_ms = crate::trace::millis(silence_limit),
                            "realtime watchdog fired: no ping from the server"
                        );
                    }
                    // A timeout is not a drop during authentication: a slow server is
                    // retried for as long as it takes.
                    return Ended::dropped(if handshake && matches!(phase, Phase::AwaitAuthenticated) {
                        DisconnectReason::AuthenticationTimeout
                    } else if handshake {
                        DisconnectReason::HandshakeTimeout
                    } else {
                        DisconnectReason::PingTimeout { silence: silence_limit }
                    });
                }
                () = self.events.closed() => {
                    let _ = socket.close(None).await;
                    return Ended::Closed;
                }
                open = send_pending(&self.events, &mut self.pending_disconnected, &mut self.pending_restored),
                    if self.pending_disconnected.is_some() || self.pending_restored.is_some() =>
                {
                    if !open {
                        let _ = socket.close(None).await;
                        return Ended::Closed;
                    }
                    continue;
                }
                command = self.commands.recv() => {
                    let command = command.unwrap_or(Command::Close);
                    match self.command(command, &mut socket, matches!(phase, Phase::Active), &mut rebind_at).await {
                        Ok(true) => continue,
                        Ok(false) => {
                            let _ = socket.close(None).await;
                            return Ended::Closed;
                        }
                        Err(reason) => return Ended::dropped(reason),
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
                    return self.lost(&phase, DisconnectReason::ServerClosed);
                }
                Some(Ok(_)) => continue,
                Some(Err(WsError::Capacity(CapacityError::MessageTooLong { size, max_size }))) => {
                    warn!(
                        size,
                        limit = max_size,
                        "realtime: message over the size limit"
                    );
                    self.flush().await;
                    let _ = self
                        .events
                        .send(Err(RtmError::MessageTooLarge {
                            size,
                            limit: max_size,
                        }))
                        .await;
                    let _ = socket.close(None).await;
                    return self.lost(
                        &phase,
                        DisconnectReason::MessageTooLarge {
                            size,
                            limit: max_size,
                        },
                    );
                }
                Some(Err(error)) => {
                    return self.lost(
                        &phase,
                        DisconnectReason::Transport {
                            error: error.to_string(),
                        },
                    );
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
                    silence_limit = self.silence_limit(&open);
                    debug!(
                        ping_interval_ms = crate::trace::millis(open.ping_interval),
                        ping_timeout_ms = crate::trace::millis(open.ping_timeout),
                        silence_limit_ms = crate::trace::millis(silence_limit),
                        "realtime: Engine.IO open"
                    );
                    watchdog = deadline_after(silence_limit);
                    let mut connect = String::new();
                    Namespace::ROOT.connect(&mut connect);
                    if let Err(reason) = send(&mut socket, connect).await {
                        return Ended::dropped(reason);
                    }
                    phase = Phase::AwaitConnect;
                }
                EnginePacket::Ping(probe) => {
                    watchdog = deadline_after(silence_limit);
                    let mut pong = String::new();
                    encode_pong(&mut pong, probe);
                    if let Err(reason) = send(&mut socket, pong).await {
                        return self.lost(&phase, reason);
                    }
                }
                EnginePacket::Close => return self.lost(&phase, DisconnectReason::EngineClose),
                EnginePacket::Message(payload) => {
                    // The usual frame once active, an event: typed in one pass straight
                    // from the frame. Anything else, or a failure, takes the full path
                    // below (from the same frame), which gives the exact answer or error.
                    let fast = if matches!(phase, Phase::Active) {
                        protocol::decode_event_with(payload, |name: &str| {
                            (name != "authenticated" && name != "unauthorized")
                                .then(|| Event::seed(name))
                        })
                    } else {
                        None
                    };
                    if let Some((_, event)) = fast {
                        trace!(event = %event.name(), "realtime event");
                        if !self.deliver(Ok(event)).await {
                            return Ended::Closed;
                        }
                        continue;
                    }
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
            // Only the answer to our namespace connect starts authentication: a stray
            // CONNECT later (a hostile or confused server) must not take an active session
            // back to `Authenticating`.
            SocketPacket::Connect { .. } if !matches!(phase, Phase::AwaitConnect) => {
                return Flow::Continue;
            }
            SocketPacket::Connect { .. } => {
                debug!(
                    events = %crate::trace::names(&self.subscribed),
                    "realtime: authenticating"
                );
                let authentication = self.authentication();
                if let Err(reason) = emit(socket, "authentication", &authentication).await {
                    return Flow::End(Ended::dropped(reason));
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
                // A refusal of our connect (or of the authentication that follows it) is
                // fatal; once active, the namespace is merely gone: reconnect.
                if matches!(phase, Phase::Active) {
                    return Flow::End(Ended::dropped(DisconnectReason::NamespaceError { message }));
                }
                return Flow::End(Ended::Fatal(RtmError::Unauthorized { message }));
            }
            SocketPacket::Disconnect { .. } => {
                return Flow::End(self.lost(phase, DisconnectReason::ServerDisconnect));
            }
            _ => return Flow::Continue,
        };
        trace!(event = %name, "realtime event");
        match name.as_ref() {
            "authenticated" => {
                let ok = args.first().is_some_and(|raw| raw.get() == "true");
                if ok && !matches!(phase, Phase::AwaitAuthenticated) {
                    // Not an answer to our `authentication`: a duplicate while active, or
                    // a server that claims success before it was asked.
                    return Flow::Continue;
                }
                if ok {
                    *phase = Phase::Active;
                    info!(
                        events = %crate::trace::names(&self.subscribed),
                        "realtime session active"
                    );
                    self.active_since = Some(Instant::now());
                    if let Some(gap) = self.gap.take() {
                        info!(
                            gap_ms = crate::trace::millis(
                                SystemTime::now()
                                    .duration_since(gap.lost_at)
                                    .unwrap_or_default()
                            ),
                            attempts = gap.attempts.max(1),
                            "realtime session restored; events sent meanwhile were missed"
                        );
                        self.pending_restored = Some(RtmError::Restored {
                            lost_at: gap.lost_at,
                            last_event_at: gap.last_event_at,
                            restored_at: SystemTime::now(),
                            attempts: gap.attempts.max(1),
                        });
                    }
                    self.state.send_replace(ConnectionState::Active);
                    if !self.try_flush() {
                        return Flow::End(Ended::Closed);
                    }
                    assert!(
                        !self.config.hooks.panic_when_active,
                        "test hook: the connection task panics when active"
                    );
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
                // A known event that does not fit its type is a non-fatal error item.
                let item = Event::decode(&name, args.first_or_null()).map_err(RtmError::Decode);
                if !self.deliver(item).await {
                    return Flow::End(Ended::Closed);
                }
                Flow::Continue
            }
            // Events before authentication are not ours to deliver.
            _ => Flow::Continue,
        }
    }

    /// Hands an event (or its decode error) to the client; `false` when the client is
    /// gone.
    async fn deliver(&mut self, item: Result<Event, RtmError>) -> bool {
        if let Ok(event) = &item {
            // Waiters first: they see the event whether or not the stream is read.
            self.waiters.offer(event);
        }
        if !self.flush().await || self.events.send(item).await.is_err() {
            return false;
        }
        self.last_event_at = Some(SystemTime::now());
        true
    }

    /// Applies a command; `Ok(false)` when the client is to close.
    async fn command(
        &mut self,
        command: Command,
        socket: &mut Socket,
        active: bool,
        rebind_at: &mut Option<Instant>,
    ) -> Result<bool, DisconnectReason> {
        match command {
            Command::Close => Ok(false),
            Command::Push(events) => {
                debug!(
                    events = %crate::trace::names(&events),
                    sent = active,
                    "realtime: subscribing (socket:bind:push)"
                );
                self.push(events.clone());
                if active {
                    emit(socket, "socket:bind:push", &json!({ "events": events })).await?;
                }
                Ok(true)
            }
            Command::Pop(events) => {
                debug!(
                    events = %crate::trace::names(&events),
                    sent = active,
                    "realtime: unsubscribing (socket:bind:pop)"
                );
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
                        debug!("realtime: rebind coalesced, sent when the interval has passed");
                        *rebind_at = Some(last + REBIND_INTERVAL)
                    }
                    _ => self.rebind_now(socket).await?,
                }
                Ok(true)
            }
        }
    }

    async fn rebind_now(&mut self, socket: &mut Socket) -> Result<(), DisconnectReason> {
        self.last_rebind = Some(Instant::now());
        debug!("realtime: rebinding (socket:bind)");
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
        warn!(code = error.code(), "realtime: unreadable frame skipped");
        if self.flush().await {
            let _ = self.events.send(Err(RtmError::Protocol(error))).await;
        }
    }

    /// The socket went away: a drop to reconnect after. Between `authentication` and
    /// `authenticated` it may also be Crisp's refusal, so it counts towards
    /// [`RtmConfig::auth_drop_limit`] (checked by [`run`](Self::run)).
    fn lost(&self, phase: &Phase, reason: DisconnectReason) -> Ended {
        match phase {
            Phase::AwaitAuthenticated => {
                Ended::dropped(DisconnectReason::BeforeAuthenticated(Box::new(reason)))
            }
            _ => Ended::dropped(reason),
        }
    }

    /// How long the session may stay silent: the server's `pingInterval` + `pingTimeout`,
    /// each clamped to its bounds, capped at [`RtmConfig::max_silence`].
    fn silence_limit(&self, open: &OpenInfo) -> Duration {
        let interval = open
            .ping_interval
            .clamp(PING_INTERVAL_BOUNDS.0, PING_INTERVAL_BOUNDS.1);
        let timeout = open
            .ping_timeout
            .clamp(PING_TIMEOUT_BOUNDS.0, PING_TIMEOUT_BOUNDS.1);
        interval
            .saturating_add(timeout)
            .min(self.config.max_silence)
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

/// `delay` from now; far in the future (without overflow) when `delay` is huge.
fn deadline_after(delay: Duration) -> Instant {
    let now = Instant::now();
    now.checked_add(delay)
        .or_else(|| now.checked_add(Duration::from_secs(86_400 * 365 * 30)))
        .unwrap_or(now)
}

/// Emits the Socket.IO event `name` with one argument on the root namespace.
async fn emit(
    socket: &mut Socket,
    name: &str,
    arg: &serde_json::Value,
) -> Result<(), DisconnectReason> {
    let mut frame = String::new();
    Namespace::ROOT
        .emit(&mut frame, name, None, arg)
        .map_err(|e| DisconnectReason::Send {
            error: e.to_string(),
        })?;
    send(socket, frame).await
}

async fn send(socket: &mut Socket, frame: String) -> Result<(), DisconnectReason> {
    socket
        .send(Message::text(frame))
        .await
        .map_err(|e| DisconnectReason::Send {
            error: e.to_string(),
        })
}

/// `url` without `user:password@`, for logs.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
fn without_userinfo(url: &str) -> std::borrow::Cow<'_, str> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.into();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://{}", &rest[at + 1..]).into(),
        None => url.into(),
    }
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
    use super::*;

    fn driver(config: RtmConfig) -> Driver {
        let (events, _) = mpsc::channel(1);
        let (_, commands) = mpsc::unbounded_channel();
        let (state, _) = watch::channel(ConnectionState::Connecting { attempt: 1 });
        Driver::new(config, events, commands, state)
    }

    fn open(interval_ms: u64, timeout_ms: u64) -> OpenInfo {
        OpenInfo {
            sid: "sid".to_owned(),
            upgrades: Vec::new(),
            ping_interval: Duration::from_millis(interval_ms),
            ping_timeout: Duration::from_millis(timeout_ms),
            max_payload: None,
        }
    }

    #[test]
    fn announced_heartbeats_are_clamped() {
        let config = RtmConfig::new(crisp_core::Credentials::plugin("id", "key"));
        let default = driver(config.clone());
        let secs = Duration::from_secs;
        // Crisp's 25 s + 20 s is kept.
        assert_eq!(default.silence_limit(&open(25_000, 20_000)), secs(45));
        // 0 cannot make the watchdog fire at once.
        assert_eq!(default.silence_limit(&open(0, 0)), secs(2));
        // Huge values still leave a watchdog: 5 min + 2 min.
        assert_eq!(default.silence_limit(&open(u64::MAX, u64::MAX)), secs(420));
        assert_eq!(default.silence_limit(&open(u64::MAX, 0)), secs(301));
        // `max_silence` caps the sum.
        let capped = driver(config.max_silence(secs(10)));
        assert_eq!(capped.silence_limit(&open(25_000, 20_000)), secs(10));
        assert_eq!(capped.silence_limit(&open(0, 0)), secs(2));
    }

    #[test]
    fn huge_deadlines_do_not_overflow() {
        let far = deadline_after(Duration::MAX);
        assert!(far > Instant::now() + Duration::from_secs(86_400 * 365));
        let near = deadline_after(Duration::from_millis(5));
        assert!(near <= Instant::now() + Duration::from_millis(5));
    }

    #[test]
    fn logged_urls_lose_their_userinfo() {
        assert_eq!(
            without_userinfo("wss://user:secret@host:1/?EIO=4"),
            "wss://host:1/?EIO=4"
        );
        assert_eq!(without_userinfo("ws://host/a@b"), "ws://host/a@b");
        assert_eq!(without_userinfo("not a url"), "not a url");
    }

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
