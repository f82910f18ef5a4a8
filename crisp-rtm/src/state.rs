//! The connection state machine, public so callers can show and react to it.

use std::fmt;
use std::time::Duration;

/// Where the realtime connection is. Watch it with
/// [`RtmHandle::watch_state`](crate::RtmHandle::watch_state).
///
/// ```text
///   Connecting ──▶ Authenticating ──▶ Active
///       ▲               │   │             │ socket closed, watchdog, oversized message
///       │               │   └─ refused (`unauthorized`, `authenticated: false`,
///       │               │      connect error), or lost before `authenticated`
///       │               │      `auth_drop_limit` times in a row ──▶ Failed (no retry)
///       │               ▼ lost          ▼
///   Reconnecting ◀──────┴─────────────────┘
///       │ close()  (from any state)
///       ▼
///     Closed
/// ```
///
/// A failure of the connection task itself (a bug) also ends in `Failed`, with
/// [`RtmError::Internal`](crate::RtmError::Internal) on the stream.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConnectionState {
    /// Opening the WebSocket and the Engine.IO / Socket.IO handshake (`attempt` counts from 1
    /// since the last session that stayed active for
    /// [`RtmConfig::stable_after`](crate::RtmConfig::stable_after)).
    Connecting {
        /// Attempt number.
        attempt: u32,
    },
    /// Handshake done, `authentication` sent, waiting for `authenticated`.
    Authenticating,
    /// Authenticated: events flow.
    Active,
    /// Waiting before the next attempt.
    Reconnecting {
        /// The attempt that will follow.
        attempt: u32,
        /// How long until it starts.
        delay: Duration,
        /// Why the previous connection ended.
        reason: DisconnectReason,
    },
    /// Closed by the caller; the stream has ended.
    Closed,
    /// Stopped for good on an error that retrying cannot fix (bad credentials, or a failure
    /// of the connection task); the stream yields that error, then ends.
    Failed {
        /// What went wrong.
        reason: FailureReason,
    },
}

impl ConnectionState {
    /// A short lowercase name: `connecting`, `authenticating`, `active`, `reconnecting`,
    /// `closed`, `failed`.
    #[must_use]
    pub fn name(&self) -> &'static str {
        match self {
            ConnectionState::Connecting { .. } => "connecting",
            ConnectionState::Authenticating => "authenticating",
            ConnectionState::Active => "active",
            ConnectionState::Reconnecting { .. } => "reconnecting",
            ConnectionState::Closed => "closed",
            ConnectionState::Failed { .. } => "failed",
        }
    }

    /// Whether the connection is over for good (closed or failed).
    #[must_use]
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            ConnectionState::Closed | ConnectionState::Failed { .. }
        )
    }
}

impl fmt::Display for ConnectionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConnectionState::Connecting { attempt } => write!(f, "connecting (attempt {attempt})"),
            ConnectionState::Reconnecting {
                attempt,
                delay,
                reason,
            } => write!(
                f,
                "reconnecting in {} ms (attempt {attempt}): {reason}",
                delay.as_millis()
            ),
            ConnectionState::Failed { reason } => write!(f, "failed: {reason}"),
            other => f.write_str(other.name()),
        }
    }
}

/// Why a connection, or a connection attempt, ended: the reason of
/// [`ConnectionState::Reconnecting`] and [`RtmError::Disconnected`](crate::RtmError::Disconnected).
/// The client reconnects after each of them.
///
/// Texts (`error`, `message`) are the underlying error's own words, for people; match on
/// the variant. [`Display`](fmt::Display) writes one line without credentials.
///
/// ```
/// use crisp_rtm::DisconnectReason;
///
/// fn worth_an_alert(reason: &DisconnectReason) -> bool {
///     match reason.cause() {
///         // The server restarts or drops idle connections: routine.
///         DisconnectReason::ServerClosed
///         | DisconnectReason::EngineClose
///         | DisconnectReason::ServerDisconnect => false,
///         _ => true,
///     }
/// }
/// assert!(!worth_an_alert(&DisconnectReason::ServerClosed));
/// let lost = DisconnectReason::BeforeAuthenticated(Box::new(DisconnectReason::ServerClosed));
/// assert!(lost.during_authentication() && !worth_an_alert(&lost));
/// assert_eq!(
///     lost.to_string(),
///     "disconnected before `authenticated`: the server closed the connection"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DisconnectReason {
    /// Endpoint discovery through the REST API failed in a way worth retrying (a transport
    /// failure, a timeout, a 5xx, a rate limit, an undecodable answer).
    Discovery {
        /// What kind of failure it was (its status, `Retry-After`…); boxed, as it is
        /// large and rare.
        kind: Box<crisp_core::ErrorKind>,
        /// The error's text.
        message: String,
    },
    /// The WebSocket could not be opened (DNS, TCP, TLS, or the HTTP upgrade refused).
    Connect {
        /// The error's text.
        error: String,
    },
    /// Opening the WebSocket took longer than
    /// [`RtmConfig::connect_timeout`](crate::RtmConfig::connect_timeout).
    ConnectTimeout,
    /// The Engine.IO open or the Socket.IO namespace connect did not come within
    /// [`RtmConfig::connect_timeout`](crate::RtmConfig::connect_timeout).
    HandshakeTimeout,
    /// `authentication` got no answer within
    /// [`RtmConfig::connect_timeout`](crate::RtmConfig::connect_timeout). Not counted as a
    /// refusal: a slow server is retried for as long as it takes.
    AuthenticationTimeout,
    /// The server sent no ping for longer than its announced interval plus timeout
    /// (clamped, capped at [`RtmConfig::max_silence`](crate::RtmConfig::max_silence)): the
    /// watchdog gave up on it.
    PingTimeout {
        /// How long the client waited.
        silence: Duration,
    },
    /// The server closed the WebSocket (a close frame, or the end of the stream).
    ServerClosed,
    /// The server closed the Engine.IO session (a close packet, `1`).
    EngineClose,
    /// The server disconnected the Socket.IO socket (a `DISCONNECT` packet, `41`).
    ServerDisconnect,
    /// The server refused the namespace (`CONNECT_ERROR`) after the session was active:
    /// the namespace is gone, not the credentials.
    NamespaceError {
        /// What the server said, if anything.
        message: String,
    },
    /// The server sent a message (or frame) over
    /// [`RtmConfig::max_message_size`](crate::RtmConfig::max_message_size); it was not read.
    MessageTooLarge {
        /// Its size in bytes, as far as it was known.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Reading from the WebSocket failed (an I/O error, a TLS error, a frame that breaks
    /// the WebSocket protocol).
    Transport {
        /// The error's text.
        error: String,
    },
    /// Writing to the WebSocket failed (a pong, the namespace connect, `authentication`,
    /// a subscription change).
    Send {
        /// The error's text.
        error: String,
    },
    /// The connection was lost between `authentication` and `authenticated`, for the
    /// reason inside. Crisp refuses bad credentials this way, so such losses count towards
    /// [`RtmConfig::auth_drop_limit`](crate::RtmConfig::auth_drop_limit) (timeouts do
    /// not: they are [`AuthenticationTimeout`](DisconnectReason::AuthenticationTimeout)).
    BeforeAuthenticated(Box<DisconnectReason>),
}

impl DisconnectReason {
    /// The reason itself: the one inside
    /// [`BeforeAuthenticated`](DisconnectReason::BeforeAuthenticated), else `self`.
    #[must_use]
    pub fn cause(&self) -> &DisconnectReason {
        let mut reason = self;
        while let DisconnectReason::BeforeAuthenticated(inner) = reason {
            reason = inner;
        }
        reason
    }

    /// Whether the connection was lost between `authentication` and `authenticated`.
    #[must_use]
    pub fn during_authentication(&self) -> bool {
        matches!(self, DisconnectReason::BeforeAuthenticated(_))
    }
}

impl fmt::Display for DisconnectReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DisconnectReason::Discovery { message, .. } => {
                write!(f, "endpoint discovery failed: {message}")
            }
            DisconnectReason::Connect { error } => write!(f, "cannot connect: {error}"),
            DisconnectReason::ConnectTimeout => f.write_str("connection timed out"),
            DisconnectReason::HandshakeTimeout => f.write_str("handshake timed out"),
            DisconnectReason::AuthenticationTimeout => f.write_str("no answer to authentication"),
            DisconnectReason::PingTimeout { silence } => write!(
                f,
                "no ping from the server for {} ms (watchdog)",
                silence.as_millis()
            ),
            DisconnectReason::ServerClosed => f.write_str("the server closed the connection"),
            DisconnectReason::EngineClose => f.write_str("the server closed the session"),
            DisconnectReason::ServerDisconnect => f.write_str("the server disconnected the socket"),
            DisconnectReason::NamespaceError { message } if message.is_empty() => {
                f.write_str("connect error while active")
            }
            DisconnectReason::NamespaceError { message } => {
                write!(f, "connect error while active: {message}")
            }
            DisconnectReason::MessageTooLarge { size, limit } => write!(
                f,
                "the server sent a message of {size} bytes, over the limit of {limit}"
            ),
            DisconnectReason::Transport { error } => write!(f, "connection error: {error}"),
            DisconnectReason::Send { error } => write!(f, "cannot send: {error}"),
            DisconnectReason::BeforeAuthenticated(reason) => {
                write!(f, "disconnected before `authenticated`: {reason}")
            }
        }
    }
}

/// Why the client stopped for good: the reason of [`ConnectionState::Failed`] and
/// [`RtmError::Failed`](crate::RtmError::Failed). The stream yields the error itself
/// (the [`RtmError`](crate::RtmError) this reason is drawn from), then ends.
///
/// ```
/// use crisp_rtm::FailureReason;
///
/// let reason = FailureReason::Unauthorized { message: "Invalid credentials".to_owned() };
/// assert_eq!(reason.to_string(), "unauthorized: Invalid credentials");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FailureReason {
    /// Crisp refused the credentials: `unauthorized`, `authenticated: false`, or a
    /// namespace connect error before the session was active.
    Unauthorized {
        /// What the server said, if anything.
        message: String,
    },
    /// The connection was lost before `authenticated`
    /// [`RtmConfig::auth_drop_limit`](crate::RtmConfig::auth_drop_limit) times in a row:
    /// Crisp's way of refusing credentials is to disconnect.
    LostBeforeAuthenticated {
        /// How many times in a row.
        times: u32,
        /// The last loss.
        last: DisconnectReason,
    },
    /// Endpoint discovery was refused for good (a 4xx other than 408, 420 and 429, a
    /// redirect, an answer over the size limit, a request that cannot be sent, no HTTP
    /// backend).
    Discovery {
        /// What kind of failure it was; boxed, as it is large and rare.
        kind: Box<crisp_core::ErrorKind>,
        /// The error's text.
        message: String,
    },
    /// The endpoint URL cannot be used.
    InvalidUrl {
        /// The URL.
        url: String,
    },
    /// The connection task failed in a way it did not expect (a bug), e.g. it panicked.
    Internal {
        /// What happened (the panic message, when there was one).
        message: String,
    },
}

impl fmt::Display for FailureReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FailureReason::Unauthorized { message } if message.is_empty() => {
                f.write_str("unauthorized")
            }
            FailureReason::Unauthorized { message } => write!(f, "unauthorized: {message}"),
            FailureReason::LostBeforeAuthenticated { times, last } => write!(
                f,
                "unauthorized: the connection was lost before `authenticated` {times} times in \
                 a row (the last time: {})",
                last.cause()
            ),
            FailureReason::Discovery { message, .. } => {
                write!(f, "endpoint discovery failed: {message}")
            }
            FailureReason::InvalidUrl { url } => write!(f, "invalid realtime URL `{url}`"),
            FailureReason::Internal { message } => {
                write!(f, "the realtime connection task failed: {message}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_reason() -> Vec<DisconnectReason> {
        vec![
            DisconnectReason::Discovery {
                kind: Box::new(crisp_core::ErrorKind::Timeout { after: None }),
                message: "timed out".to_owned(),
            },
            DisconnectReason::Connect {
                error: "refused".to_owned(),
            },
            DisconnectReason::ConnectTimeout,
            DisconnectReason::HandshakeTimeout,
            DisconnectReason::AuthenticationTimeout,
            DisconnectReason::PingTimeout {
                silence: Duration::from_secs(45),
            },
            DisconnectReason::ServerClosed,
            DisconnectReason::EngineClose,
            DisconnectReason::ServerDisconnect,
            DisconnectReason::NamespaceError {
                message: String::new(),
            },
            DisconnectReason::MessageTooLarge { size: 2, limit: 1 },
            DisconnectReason::Transport {
                error: "reset".to_owned(),
            },
            DisconnectReason::Send {
                error: "broken pipe".to_owned(),
            },
            DisconnectReason::BeforeAuthenticated(Box::new(DisconnectReason::ServerClosed)),
        ]
    }

    #[test]
    fn each_disconnect_reason_reads_as_its_own_line() {
        let texts: Vec<String> = every_reason().iter().map(ToString::to_string).collect();
        for text in &texts {
            assert!(!text.is_empty() && !text.contains('\n'), "{text:?}");
        }
        let mut unique = texts.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), texts.len(), "{texts:?}");
        assert_eq!(
            DisconnectReason::PingTimeout {
                silence: Duration::from_secs(45)
            }
            .to_string(),
            "no ping from the server for 45000 ms (watchdog)"
        );
    }

    #[test]
    fn before_authenticated_names_its_cause() {
        let nested = DisconnectReason::BeforeAuthenticated(Box::new(
            DisconnectReason::BeforeAuthenticated(Box::new(DisconnectReason::EngineClose)),
        ));
        assert!(nested.during_authentication());
        assert_eq!(nested.cause(), &DisconnectReason::EngineClose);
        assert!(!DisconnectReason::EngineClose.during_authentication());
        assert_eq!(
            DisconnectReason::EngineClose.cause(),
            &DisconnectReason::EngineClose
        );
    }

    #[test]
    fn failure_reasons_read_like_the_errors_they_come_from() {
        let lost = FailureReason::LostBeforeAuthenticated {
            times: 5,
            last: DisconnectReason::BeforeAuthenticated(Box::new(DisconnectReason::ServerClosed)),
        };
        assert_eq!(
            lost.to_string(),
            "unauthorized: the connection was lost before `authenticated` 5 times in a row \
             (the last time: the server closed the connection)"
        );
        assert_eq!(
            FailureReason::Unauthorized {
                message: String::new()
            }
            .to_string(),
            "unauthorized"
        );
        let state = ConnectionState::Failed {
            reason: FailureReason::InvalidUrl {
                url: "ftp://x".to_owned(),
            },
        };
        assert_eq!(state.to_string(), "failed: invalid realtime URL `ftp://x`");
        let state = ConnectionState::Reconnecting {
            attempt: 2,
            delay: Duration::from_millis(250),
            reason: DisconnectReason::ServerClosed,
        };
        assert_eq!(
            state.to_string(),
            "reconnecting in 250 ms (attempt 2): the server closed the connection"
        );
    }
}
