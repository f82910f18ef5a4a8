//! The error type of the realtime client.

use std::fmt;

use crisp_core::ErrorKind;

use crate::protocol::ProtocolError;

/// An error reported by the realtime stream or its handle.
///
/// Only errors that retrying cannot fix end the stream ([`is_fatal`](RtmError::is_fatal)):
/// [`Unauthorized`](RtmError::Unauthorized), [`Discovery`](RtmError::Discovery) refused
/// for good (401, 403, 404…, not 408, 420 or 429; a redirect), [`InvalidUrl`](RtmError::InvalidUrl)
/// and [`Internal`](RtmError::Internal). Dropped connections are not errors: the client
/// reconnects and reports it through [`ConnectionState`](crate::ConnectionState).
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
    /// The client is closed; the command was not sent.
    Closed,
}

impl RtmError {
    /// Whether the stream ends after this error.
    #[must_use]
    pub fn is_fatal(&self) -> bool {
        match self {
            RtmError::Unauthorized { .. }
            | RtmError::InvalidUrl { .. }
            | RtmError::Internal { .. }
            | RtmError::Closed => true,
            RtmError::Discovery(e) => discovery_is_fatal(e),
            RtmError::Protocol(_) | RtmError::MessageTooLarge { .. } => false,
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
        }
    }
}

impl std::error::Error for RtmError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RtmError::Protocol(e) => Some(e),
            RtmError::Discovery(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ProtocolError> for RtmError {
    fn from(error: ProtocolError) -> Self {
        RtmError::Protocol(error)
    }
}
