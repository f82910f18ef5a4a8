//! Conversation state: read and change it.

use serde::{Deserialize, Serialize};

use super::authored::Authored;

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

crate::model! {
    /// Response of "get conversation state".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationStateData {
        /// Conversation state.
        pub state: Option<ConversationState>,
    }
}

/// The action of "change conversation state": the new state (`state`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewState {
    /// New state.
    pub state: ConversationState,
}

/// Body of "change conversation state": `{state, user?, origin?}`.
pub type StateChange = Authored<NewState>;

impl StateChange {
    /// A change to the given state.
    #[must_use]
    pub fn new(state: ConversationState) -> Self {
        Authored::from(NewState { state })
    }
}

impl From<ConversationState> for StateChange {
    fn from(state: ConversationState) -> Self {
        StateChange::new(state)
    }
}
