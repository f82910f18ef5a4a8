//! The public face: [`RtmClient`], a `Stream` of events, and [`RtmHandle`], to steer it
//! from other tasks.

use std::any::Any;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use crisp_types::event::{Event, EventName};
use futures_core::Stream;
use futures_util::FutureExt;
use tokio::sync::{mpsc, watch};

use crate::config::RtmConfig;
use crate::driver::{Command, Driver};
use crate::error::RtmError;
use crate::state::ConnectionState;
use crate::waiter::{EventWaiter, WaitError, Waiters};

/// A realtime connection to Crisp, as a `Stream` of typed events.
///
/// `connect` spawns one task that owns the WebSocket: it authenticates, answers pings,
/// reconnects with backoff after drops (re-authenticating with the current event set), and
/// reconnects when the server falls silent for longer than its announced ping interval plus
/// timeout. Wait for the subscription to be live with [`ready`](RtmClient::ready).
///
/// The stream yields `Ok(event)` for every event, and `Err` for what the reader should
/// know, telling apart with [`RtmError::is_fatal`] what ends it:
/// - not fatal, the stream goes on: frames it could not read ([`RtmError::Protocol`],
///   [`RtmError::MessageTooLarge`]); a known event whose payload does not fit its type
///   ([`RtmError::Decode`], naming the event and the JSON path, with the payload); each failed connection attempt and each loss of a
///   live session ([`RtmError::Disconnected`], with the reason and the next retry delay);
///   and once a lost session is live again, the window in which events were missed
///   ([`RtmError::Restored`]: catch up on it through the REST API);
/// - fatal, the stream ends after it: bad credentials, discovery refused for good, a
///   failure of the connection task itself ([`RtmError::Internal`]). The stream also ends,
///   without an error, after [`close`].
///
/// # Back-pressure
/// Up to [`RtmConfig::buffer`] items wait for the reader; past that the connection task
/// waits too before the next event, and so do its answers to the server's pings. It never
/// waits for room for a [`Disconnected`](RtmError::Disconnected) or
/// [`Restored`](RtmError::Restored): those wait aside (the latest `Disconnected` replaces
/// an older one; gaps not yet announced merge into one) and go before the next event. A reader that stalls for longer
/// than the server's ping timeout gets the connection dropped by the server, then
/// re-established by the client (events sent meanwhile are lost, as with any reconnect).
///
/// # Cancel safety
/// `next()` on this stream is cancel-safe: used in a `tokio::select!` branch that loses,
/// no event is lost; it is still queued for the next call. Dropping the client closes the
/// connection and ends its task.
///
/// [`close`]: RtmHandle::close
///
/// ```no_run
/// # async fn run() {
/// use crisp_core::Credentials;
/// use crisp_rtm::{RtmClient, RtmConfig, RtmError};
/// use futures_util::StreamExt;
///
/// let mut client = RtmClient::connect(RtmConfig::new(Credentials::plugin("identifier", "key")));
/// while let Some(item) = client.next().await {
///     match item {
///         Ok(event) => println!("{} from {:?}", event.name(), event.website_id()),
///         Err(RtmError::Restored { last_event_at, lost_at, .. }) => {
///             let since = last_event_at.unwrap_or(lost_at);
///             println!("live again; catch up through REST on what changed since {since:?}");
///         }
///         // `Disconnected` (with the reason and the next retry), unreadable frames…
///         Err(error) if !error.is_fatal() => eprintln!("{error}"),
///         Err(error) => eprintln!("stopped: {error}"),
///     }
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct RtmClient {
    events: mpsc::Receiver<Result<Event, RtmError>>,
    handle: RtmHandle,
}

/// Steers a [`RtmClient`] from any task. Cheap to clone.
#[derive(Clone, Debug)]
pub struct RtmHandle {
    commands: mpsc::UnboundedSender<Command>,
    state: watch::Receiver<ConnectionState>,
    waiters: Arc<Waiters>,
}

impl RtmClient {
    /// Starts connecting in the background (needs a tokio runtime) and returns at once.
    #[must_use]
    pub fn connect(config: RtmConfig) -> Self {
        // tokio refuses (panics on) a bound of 0 or above `MAX_PERMITS`.
        let buffer = config.buffer.clamp(1, tokio::sync::Semaphore::MAX_PERMITS);
        let (events_tx, events) = mpsc::channel(buffer);
        let (commands, commands_rx) = mpsc::unbounded_channel();
        let (state_tx, state) = watch::channel(ConnectionState::Connecting { attempt: 1 });
        let waiters = Arc::new(Waiters::default());
        tokio::spawn(supervise(
            Driver::new(config, events_tx.clone(), commands_rx, state_tx.clone())
                .with_waiters(Arc::clone(&waiters)),
            events_tx,
            state_tx,
            Arc::clone(&waiters),
        ));
        RtmClient {
            events,
            handle: RtmHandle {
                commands,
                state,
                waiters,
            },
        }
    }

    /// A handle to steer this client from other tasks.
    #[must_use]
    pub fn handle(&self) -> RtmHandle {
        self.handle.clone()
    }

    /// The connection state now.
    #[must_use]
    pub fn state(&self) -> ConnectionState {
        self.handle.state()
    }

    /// Waits until the subscription is live: see [`RtmHandle::ready`].
    ///
    /// # Errors
    /// [`RtmError::Failed`] or [`RtmError::Closed`] when the client stopped first.
    pub async fn ready(&self) -> Result<(), RtmError> {
        self.handle.ready().await
    }
}

/// Runs the connection task and makes sure it cannot die silently: if it panics, the state
/// becomes [`Failed`](ConnectionState::Failed) with the panic message, the stream yields
/// [`RtmError::Internal`], then ends (the last senders are dropped here).
async fn supervise(
    driver: Driver,
    events: mpsc::Sender<Result<Event, RtmError>>,
    state: watch::Sender<ConnectionState>,
    waiters: Arc<Waiters>,
) {
    // However the task ends, nobody waits for an event that cannot come.
    struct CloseWaiters(Arc<Waiters>);
    impl Drop for CloseWaiters {
        fn drop(&mut self) {
            self.0.close();
        }
    }
    let _close = CloseWaiters(waiters);
    // The driver owns nothing shared with other tasks that a panic could leave half
    // updated: the channels stay consistent, so asserting unwind safety is sound.
    if let Err(panic) = AssertUnwindSafe(driver.run()).catch_unwind().await {
        let error = RtmError::Internal {
            message: panic_message(panic.as_ref()),
        };
        crate::trace::error!(error = %error, "realtime connection task panicked");
        state.send_replace(ConnectionState::Failed {
            reason: error.failure_reason(),
        });
        let _ = events.send(Err(error)).await;
    }
}

/// The message of a panic payload (`panic!("…")` gives a `&str` or a `String`).
fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_owned()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "panic".to_owned()
    }
}

impl Stream for RtmClient {
    type Item = Result<Event, RtmError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.events.poll_recv(cx)
    }
}

impl RtmHandle {
    fn send(&self, command: Command) -> Result<(), RtmError> {
        self.commands.send(command).map_err(|_| RtmError::Closed)
    }

    /// Asks Crisp to bind the socket again (`socket:bind`), e.g. after the plugin was
    /// installed on a new website. At most one rebind is sent every 2.5 s: requests in
    /// between are coalesced into one sent when the interval has passed.
    ///
    /// # Errors
    /// [`RtmError::Closed`] when the client is closed.
    pub fn rebind(&self) -> Result<(), RtmError> {
        self.send(Command::Rebind)
    }

    /// Subscribes to more events (`socket:bind:push`); kept across reconnections.
    ///
    /// # Errors
    /// [`RtmError::Closed`] when the client is closed.
    pub fn push(&self, events: impl IntoIterator<Item = EventName>) -> Result<(), RtmError> {
        self.send(Command::Push(events.into_iter().collect()))
    }

    /// Unsubscribes from events (`socket:bind:pop`); kept across reconnections.
    ///
    /// # Errors
    /// [`RtmError::Closed`] when the client is closed.
    pub fn pop(&self, events: impl IntoIterator<Item = EventName>) -> Result<(), RtmError> {
        self.send(Command::Pop(events.into_iter().collect()))
    }

    /// Closes the connection; the stream ends once the events already received are read.
    pub fn close(&self) {
        let _ = self.send(Command::Close);
    }

    /// The connection state now.
    #[must_use]
    pub fn state(&self) -> ConnectionState {
        self.state.borrow().clone()
    }

    /// Waits until the connection is [`Active`](ConnectionState::Active): authenticated,
    /// with the requested events subscribed, so that whatever Crisp sends from now on
    /// reaches the stream. Returns at once when it is active already (also after a
    /// reconnection: it waits for the next active session when called while reconnecting).
    ///
    /// There is no timeout: a client that cannot connect keeps retrying (and says why on
    /// the stream, as [`RtmError::Disconnected`]), so wrap the call in
    /// `tokio::time::timeout` to bound the wait. Cancel-safe; it does not consume any
    /// stream item, and the stream keeps the events received meanwhile.
    ///
    /// ```no_run
    /// # async fn run(client: crisp_rtm::RtmClient) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    ///
    /// tokio::time::timeout(Duration::from_secs(10), client.ready()).await??;
    /// // Live: a message sent from now on is on the stream.
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`RtmError::Failed`] with the reason when the client stopped for good before it was
    /// active (the stream yields the error itself), [`RtmError::Closed`] when it was
    /// closed.
    pub async fn ready(&self) -> Result<(), RtmError> {
        let mut state = self.state.clone();
        let waited = state
            .wait_for(|state| matches!(state, ConnectionState::Active) || state.is_terminal())
            .await
            .map(|state| state.clone());
        // When the task is gone, its last word is the state it left behind.
        let outcome = waited.unwrap_or_else(|_| state.borrow().clone());
        match outcome {
            ConnectionState::Active => Ok(()),
            ConnectionState::Failed { reason } => Err(RtmError::Failed { reason }),
            _ => Err(RtmError::Closed),
        }
    }

    /// A receiver that sees every state change (`changed().await`, then `borrow()`).
    #[must_use]
    pub fn watch_state(&self) -> watch::Receiver<ConnectionState> {
        self.state.clone()
    }

    /// Registers a wait for the first event that `filter` accepts, while the stream is
    /// read as usual elsewhere (the event reaches the stream too). Register it *before*
    /// doing what causes the event (a REST call), then await the [`EventWaiter`] (or
    /// [`EventWaiter::wait`] with a timeout); dropping it unregisters it.
    ///
    /// # Ordering
    /// The connection task hands each event it receives to the matching waiters first,
    /// then puts it on the stream. So a waiter gets every matching event that arrives after
    /// `wait_for` returned (never an earlier one), whether or not the stream was read up to
    /// it, and is woken before the stream's reader can see that event. It cannot outrun
    /// back-pressure: while the stream is full ([`RtmConfig::buffer`](crate::RtmConfig))
    /// the connection task waits, and reads no further event for anyone, so keep reading the
    /// stream. Events sent while the connection is down are missed by waiters as by the
    /// stream. `filter` runs on the connection task: keep it short, without I/O.
    ///
    /// With no waiter registered, the connection task pays one atomic load per event. At
    /// most [`MAX_WAITERS`](crate::MAX_WAITERS) waiters are registered at once.
    ///
    /// ```no_run
    /// # async fn run(client: crisp_rtm::RtmClient) -> Result<(), Box<dyn std::error::Error>> {
    /// use std::time::Duration;
    /// use crisp_types::event::Event;
    ///
    /// let waiter = client.handle().wait_for(|event| {
    ///     matches!(event, Event::BucketUrlUploadGenerated(url) if url.id.as_deref() == Some("upload-42"))
    /// })?;
    /// // … the REST call that makes Crisp send the event …
    /// let event = waiter.wait(Duration::from_secs(20)).await?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`WaitError::Closed`] when the client has stopped, [`WaitError::TooManyWaiters`]
    /// past the limit.
    pub fn wait_for<F>(&self, filter: F) -> Result<EventWaiter, WaitError>
    where
        F: Fn(&Event) -> bool + Send + Sync + 'static,
    {
        self.waiters.register(Box::new(filter))
    }
}
