//! Routing: which operator a conversation is assigned to.

use serde::{Deserialize, Serialize};

use crate::id::UserId;

crate::model! {
    /// An operator a conversation is assigned to (`assigned`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Assignee {
        /// Operator user identifier.
        pub user_id: Option<UserId>,
    }
}

impl Assignee {
    /// The given operator.
    pub fn new(user_id: impl Into<UserId>) -> Self {
        Assignee {
            user_id: Some(user_id.into()),
        }
    }
}

crate::model! {
    /// Response of "get conversation routing assign".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct RoutingAssign {
        /// Assigned operator, if any.
        pub assigned: Option<Assignee>,
    }
}

/// Body of "assign conversation routing": `{assigned, silent?}`. `assigned` is always
/// sent: `null` unassigns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoutingAssignUpdate {
    /// Operator to assign, or `None` (sent as `null`) to unassign.
    #[serde(default)]
    pub assigned: Option<Assignee>,
    /// Whether to assign without notifying.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub silent: Option<bool>,
}

impl RoutingAssignUpdate {
    /// Assigns the conversation to an operator.
    pub fn assign(user_id: impl Into<UserId>) -> Self {
        RoutingAssignUpdate {
            assigned: Some(Assignee::new(user_id)),
            silent: None,
        }
    }

    /// Unassigns the conversation.
    #[must_use]
    pub fn unassign() -> Self {
        RoutingAssignUpdate {
            assigned: None,
            silent: None,
        }
    }
}

crate::setters! {
    impl RoutingAssignUpdate {
        /// Sets whether to assign without notifying.
        #[must_use]
        silent: bool,
    }
}
