//! The error type of the realtime client.

use std::fmt;

use crate::protocol::ProtocolError;

/// An error reported by the realtime stream or its handle.
///
/// Only two kinds end the stream: [`Unauthorized`](RtmError::Unauthorized) and
/// [`Discovery`](RtmError::Discovery) with a client error (4xx), since retrying cannot fix
/// them. Dropped connections are not errors: the client reconnects and reports it through
/// [`ConnectionState`](crate::ConnectionState).
#[derive(Debug)]
#[non_exhaustive]
pub enum RtmError {
    /// Crisp refused the credentials (`unauthorized`, `authenticated: false`, a namespace
    /// connect error, or a disconnect before `authenticated`). Fatal.
    Unauthorized {
        /// What the server said, if anything.
        message: String,
    },
    /// A frame the client does not understand; it was skipped and the connection goes on.
    Protocol(ProtocolError),
    /// Endpoint discovery through the REST API failed.
    Discovery(crisp_core::Error),
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
            RtmError::Unauthorized { .. } | RtmError::InvalidUrl { .. } | RtmError::Closed => true,
            RtmError::Discovery(e) => e.status().is_some_and(|s| s.is_client_error()),
            RtmError::Protocol(_) => false,
        }
    }
}

impl fmt::Display for RtmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RtmError::Unauthorized { message } if message.is_empty() => f.write_str("unauthorized"),
            RtmError::Unauthorized { message } => write!(f, "unauthorized: {message}"),
            RtmError::Protocol(e) => write!(f, "protocol error: {e}"),
            RtmError::Discovery(e) => write!(f, "endpoint discovery failed: {e}"),
            RtmError::InvalidUrl { url } => write!(f, "invalid realtime URL `{url}`"),
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
