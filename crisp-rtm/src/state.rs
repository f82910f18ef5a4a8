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
        reason: String,
    },
    /// Closed by the caller; the stream has ended.
    Closed,
    /// Stopped for good on an error that retrying cannot fix (bad credentials, or a failure
    /// of the connection task); the stream yields that error, then ends.
    Failed {
        /// What went wrong.
        reason: String,
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
