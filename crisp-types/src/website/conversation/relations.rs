//! Parent and child conversations.

use serde::{Deserialize, Serialize};

use crate::id::SessionId;

crate::model! {
    /// Response of "get conversation relations".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationRelations {
        /// Related conversations.
        pub conversations: Option<RelatedConversations>,
    }
}

crate::model! {
    /// Parent and children of a conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct RelatedConversations {
        /// Parent conversation (`null` or absent when none).
        pub parent: Option<SessionId>,
        /// Child conversations.
        pub children: Vec<SessionId>,
    }
}
