//! Helpdesk redirections: old paths sent to new ones.

use serde::{Deserialize, Serialize};

use crate::id::RedirectionId;

crate::model! {
    /// A helpdesk redirection (list and resolve helpdesk redirections).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskRedirection {
        /// Redirection identifier.
        pub redirection_id: Option<RedirectionId>,
        /// Path redirected from.
        pub path: Option<String>,
        /// Path or URL redirected to.
        pub target: Option<String>,
        /// Creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
    }
}

crate::model! {
    /// Response of "add helpdesk redirection".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskRedirectionNew {
        /// Identifier of the new redirection.
        pub redirection_id: Option<RedirectionId>,
    }
}
