//! Parent and child conversations.

use serde::{Deserialize, Serialize};

use crate::id::SessionId;

/// Response of "get conversation relations".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationRelations {
    /// Related conversations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversations: Option<RelatedConversations>,
}

/// Parent and children of a conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RelatedConversations {
    /// Parent conversation (`null` or absent when none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<SessionId>,
    /// Child conversations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<SessionId>,
}
