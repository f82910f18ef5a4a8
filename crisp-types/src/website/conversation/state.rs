//! Conversation state: read and change it.

use serde::{Deserialize, Serialize};

use super::origin::Origin;
use super::user::MessageUser;

crate::string_enum! {
    /// The state of a conversation (`state`).
    pub enum ConversationState {
        /// Not answered yet.
        Pending = "pending",
        /// Ongoing.
        Unresolved = "unresolved",
        /// Done.
        Resolved = "resolved",
    }
}

/// Response of "get conversation state".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationStateData {
    /// Conversation state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ConversationState>,
}

/// Body of "change conversation state": `{state, user?, origin?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StateChange {
    /// New state.
    pub state: ConversationState,
    /// Who changes the state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<MessageUser>,
    /// Where the change comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl StateChange {
    /// A change to the given state.
    #[must_use]
    pub fn new(state: ConversationState) -> Self {
        StateChange {
            state,
            user: None,
            origin: None,
        }
    }

    /// Sets who changes the state.
    #[must_use]
    pub fn user(mut self, user: MessageUser) -> Self {
        self.user = Some(user);
        self
    }

    /// Sets where the change comes from.
    #[must_use]
    pub fn origin(mut self, origin: impl Into<Origin>) -> Self {
        self.origin = Some(origin.into());
        self
    }
}

impl From<ConversationState> for StateChange {
    fn from(state: ConversationState) -> Self {
        StateChange::new(state)
    }
}
