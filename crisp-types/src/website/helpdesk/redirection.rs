//! Helpdesk redirections: old paths sent to new ones.

use serde::{Deserialize, Serialize};

use crate::id::RedirectionId;

/// A helpdesk redirection (list and resolve helpdesk redirections).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskRedirection {
    /// Redirection identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirection_id: Option<RedirectionId>,
    /// Path redirected from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Path or URL redirected to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<u64>,
}

/// Response of "add helpdesk redirection".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskRedirectionNew {
    /// Identifier of the new redirection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirection_id: Option<RedirectionId>,
}
