//! The error type of the realtime client.

use std::fmt;
use std::time::{Duration, SystemTime};

use crisp_core::ErrorKind;
use crisp_types::event::EventError;

use crate::protocol::ProtocolError;
use crate::state::{DisconnectReason, FailureReason};

/// An error reported by the realtime stream or its handle.
///
/// Only errors that retrying cannot fix end the stream ([`is_fatal`](RtmError::is_fatal)):
/// [`Unauthorized`](RtmError::Unauthorized), [`Discovery`](RtmError::Discovery) refused
/// for good (401, 403, 404…, not 408, 420 or 429; a redirect), [`InvalidUrl`](RtmError::InvalidUrl)
/// and [`Internal`](RtmError::Internal).
///
/// Dropped connections are not fatal: the client reconnects, reports it through
/// [`ConnectionState`](crate::ConnectionState), and tells the stream's reader too:
/// [`Disconnected`](RtmError::Disconnected) for each failed attempt and each loss of a live
/// session, then [`Restored`](RtmError::Restored) once a lost session is live again, with
/// the window in which events may have been missed (catch up on it through the REST API).
#[derive(Debug)]
#[non_exhaustive]
pub enum RtmError {
    /// Crisp refused the credentials (`unauthorized`, `authenticated: false`, a namespace
    /// connect error), or the connection was lost before `authenticated` on
    /// [`RtmConfig::auth_drop_limit`](crate::RtmConfig::auth_drop_limit) attempts in a row
    /// (Crisp's way of refusing is to disconnect). Fatal.
    Unauthorized {
        /// What the server said, if anything.
        message: String,
    },
    /// A frame the client does not understand; it was skipped and the connection goes on.
    Protocol(ProtocolError),
    /// Not fatal: an event this library knows whose payload does not fit its type (e.g.
    /// `message:send` with `"session_id": 42`). The error names the event and the JSON
    /// path of the misfit, and keeps the payload as received; the connection goes on.
    /// (An event name this library does not know is not an error: it arrives as
    /// [`Event::Unknown`](crisp_types::event::Event::Unknown).)
    Decode(EventError),
    /// Endpoint discovery through the REST API failed. Fatal when Crisp refused it for
    /// good (a 4xx other than 408, 420 and 429, or a request that cannot be sent);
    /// otherwise the client retries with backoff, waiting at least the `Retry-After` asked.
    Discovery(crisp_core::Error),
    /// The server sent a WebSocket message or frame larger than
    /// [`RtmConfig::max_message_size`](crate::RtmConfig::max_message_size). It was not
    /// read (nor buffered); the client reconnects.
    MessageTooLarge {
        /// The size of the message (or of its frame) in bytes, as far as it was known.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The connection task failed in a way it did not expect (a bug): the stream yields
    /// this once, then ends, and the state becomes
    /// [`Failed`](crate::ConnectionState::Failed). Fatal.
    Internal {
        /// What happened (the panic message, when there was one).
        message: String,
    },
    /// The endpoint URL cannot be used.
    InvalidUrl {
        /// The URL.
        url: String,
    },
    /// The client is closed; the command was not sent (or, from
    /// [`ready`](crate::RtmClient::ready), the client was closed before it became active).
    Closed,
    /// Not fatal: a connection attempt failed, or the live session was lost; the client
    /// waits `retry_in`, then makes attempt `attempt`. Yielded once per failed attempt
    /// (when the reader lags so far behind that the stream's buffer is full, the latest
    /// one waits for room and replaces the older ones: the driver never blocks on it).
    Disconnected {
        /// Why the connection (or the attempt) ended, as in
        /// [`ConnectionState::Reconnecting`](crate::ConnectionState::Reconnecting).
        reason: DisconnectReason,
        /// The attempt that will follow.
        attempt: u32,
        /// How long until it starts.
        retry_in: Duration,
    },
    /// Not fatal: a session that was live has been lost, and the client is live again
    /// (authenticated with the current events). Events Crisp sent between `lost_at` (or,
    /// safer, `last_event_at`) and `restored_at` were not delivered: catch up through the
    /// REST API, e.g. list the conversations updated since then (`list_conversations`
    /// sorted by `updated_at`, newest first, until one is older than the window) and read
    /// their messages. Yielded once per gap, before the first event after it; gaps that
    /// follow each other before the reader sees the first one are merged into one.
    Restored {
        /// When the live session was lost (the start of the gap).
        lost_at: SystemTime,
        /// When the last event before the gap was received, if one was.
        last_event_at: Option<SystemTime>,
        /// When the client was live again (the end of the gap).
        restored_at: SystemTime,
        /// How many connection attempts it took (1 when the first one succeeded).
        attempts: u32,
    },
    /// [`ready`](crate::RtmClient::ready) only: the client stopped for good; the stream
    /// yields (or yielded) the error that stopped it. Fatal.
    Failed {
        /// What went wrong, as in [`ConnectionState::Failed`](crate::ConnectionState::Failed).
        reason: FailureReason,
    },
}

impl RtmError {
    /// Whether the stream ends after this error.
    #[must_use]
    pub fn is_fatal(&self) -> bool {
        match self {
            RtmError::Unauthorized { .. }
            | RtmError::InvalidUrl { .. }
            | RtmError::Internal { .. }
            | RtmError::Closed
            | RtmError::Failed { .. } => true,
            RtmError::Discovery(e) => discovery_is_fatal(e),
            RtmError::Protocol(_)
            | RtmError::Decode(_)
            | RtmError::MessageTooLarge { .. }
            | RtmError::Disconnected { .. }
            | RtmError::Restored { .. } => false,
        }
    }
}

impl RtmError {
    /// The reason a fatal error gives [`ConnectionState::Failed`](crate::ConnectionState::Failed).
    pub(crate) fn failure_reason(&self) -> FailureReason {
        match self {
            RtmError::Unauthorized { message } => FailureReason::Unauthorized {
                message: message.clone(),
            },
            RtmError::Discovery(error) => FailureReason::Discovery {
                kind: Box::new(error.kind().clone()),
                message: error.to_string(),
            },
            RtmError::InvalidUrl { url } => FailureReason::InvalidUrl { url: url.clone() },
            RtmError::Internal { message } => FailureReason::Internal {
                message: message.clone(),
            },
            RtmError::Failed { reason } => reason.clone(),
            // Not fatal: never the end of a client (kept total rather than panicking).
            other => FailureReason::Internal {
                message: other.to_string(),
            },
        }
    }
}

/// Whether a discovery error is one retrying cannot fix: the request could not be sent
/// at all, the answer was a redirect or too large, or Crisp answered a client error that is not a timeout (408) or a rate limit
/// (420, 429). Transport failures, timeouts, 5xx and undecodable answers are retried.
fn discovery_is_fatal(error: &crisp_core::Error) -> bool {
    // A request that cannot be sent, a redirect (Crisp's API never redirects: the base URL
    // is wrong) and an answer over the size limit come back the same on every attempt.
    if matches!(
        error.kind(),
        ErrorKind::InvalidArgument { .. }
            | ErrorKind::Redirect { .. }
            | ErrorKind::ResponseTooLarge { .. }
    ) {
        return true;
    }
    if matches!(error.kind(), ErrorKind::RateLimited { .. }) {
        return false;
    }
    matches!(error.kind(), ErrorKind::Api(_))
        && error.status().is_some_and(|status| {
            status.is_client_error() && !matches!(status.as_u16(), 408 | 420 | 429)
        })
}

impl fmt::Display for RtmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RtmError::Unauthorized { message } if message.is_empty() => f.write_str("unauthorized"),
            RtmError::Unauthorized { message } => write!(f, "unauthorized: {message}"),
            RtmError::Protocol(e) => write!(f, "protocol error: {e}"),
            RtmError::Decode(e) => write!(f, "event not decoded: {e}"),
            RtmError::Discovery(e) => write!(f, "endpoint discovery failed: {e}"),
            RtmError::InvalidUrl { url } => write!(f, "invalid realtime URL `{url}`"),
            RtmError::MessageTooLarge { size, limit } => write!(
                f,
                "the server sent a message of {size} bytes, over the limit of {limit}"
            ),
            RtmError::Internal { message } => {
                write!(f, "the realtime connection task failed: {message}")
            }
            RtmError::Closed => f.write_str("the realtime client is closed"),
            RtmError::Disconnected {
                reason,
                attempt,
                retry_in,
            } => write!(
                f,
                "disconnected, reconnecting in {} ms (attempt {attempt}): {reason}",
                retry_in.as_millis()
            ),
            RtmError::Restored {
                lost_at,
                restored_at,
                attempts,
                ..
            } => {
                let gap = restored_at.duration_since(*lost_at).unwrap_or_default();
                write!(
                    f,
                    "the realtime session was restored after {} ms and {attempts} attempt{}; \
                     events sent meanwhile were missed",
                    gap.as_millis(),
                    if *attempts == 1 { "" } else { "s" }
                )
            }
            RtmError::Failed { reason } => write!(f, "the realtime client failed: {reason}"),
        }
    }
}

impl std::error::Error for RtmError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RtmError::Protocol(e) => Some(e),
            RtmError::Discovery(e) => Some(e),
            RtmError::Decode(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ProtocolError> for RtmError {
    fn from(error: ProtocolError) -> Self {
        RtmError::Protocol(error)
    }
}
