//! A conversation as listed and fetched, with its parts.

use serde::{Deserialize, Serialize};

use super::compose::ComposeAction;
use super::content::MessageType;
use super::meta::ConversationMeta;
use super::origin::MessageFrom;
use super::participants::Participant;
use super::routing::Assignee;
use super::state::ConversationState;
use super::user::MessageUser;
use super::verify::Verification;
use crate::id::{Fingerprint, InboxId, PeopleId, SessionId, UserId, WebsiteId};

crate::string_enum! {
    /// Whether the visitor of a conversation is reachable (`availability`).
    pub enum Availability {
        /// The visitor is online.
        Online = "online",
        /// The visitor is offline.
        Offline = "offline",
    }
}

/// A conversation (list and get routes).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    /// Conversation identifier.
    pub session_id: SessionId,
    /// Website the conversation belongs to.
    pub website_id: WebsiteId,
    /// Inbox the conversation is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<InboxId>,
    /// Contact profile linked to the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_id: Option<PeopleId>,
    /// Conversation state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ConversationState>,
    /// Numeric status (0 pending, 1 unresolved, 2 resolved).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u8>,
    /// Whether the visitor identity is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_verified: Option<bool>,
    /// Whether incoming messages are blocked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_blocked: Option<bool>,
    /// Visitor availability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<Availability>,
    /// Visitor activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<ConversationActive>,
    /// Excerpt of the last message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_message: Option<String>,
    /// Preview of the last message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preview_message: Option<PreviewMessage>,
    /// Conversation topic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Identity verifications done in the conversation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verifications: Vec<Verification>,
    /// Extra participants (e.g. email CCs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
    /// Operators mentioned in the conversation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<UserId>,
    /// Who is composing a message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compose: Option<ConversationCompose>,
    /// Unread message counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread: Option<ConversationUnread>,
    /// Operator the conversation is assigned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned: Option<Assignee>,
    /// Conversation metas (visitor information).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<ConversationMeta>,
    /// Creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<u64>,
    /// Time since when the visitor waits for a reply, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting_since: Option<u64>,
}

crate::model! {
    /// Visitor activity in a conversation (`active`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationActive {
        /// Whether the visitor is active now.
        pub now: Option<bool>,
        /// Last activity time, in epoch milliseconds.
        pub last: Option<u64>,
    }
}

crate::model! {
    /// Preview of the last message of a conversation (`preview_message`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PreviewMessage {
        /// Message type (`type`).
        #[serde(rename = "type")]
        pub kind: Option<MessageType>,
        /// Which side sent the message.
        pub from: Option<MessageFrom>,
        /// Message excerpt.
        pub excerpt: Option<String>,
        /// Message fingerprint.
        pub fingerprint: Option<Fingerprint>,
    }
}

crate::model! {
    /// Who is composing a message in a conversation (`compose`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationCompose {
        /// Operator side.
        pub operator: Option<ComposeStatus>,
        /// Visitor side.
        pub visitor: Option<ComposeStatus>,
    }
}

crate::model! {
    /// Compose status of one side of a conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ComposeStatus {
        /// Whether composing started or stopped (`type`).
        #[serde(rename = "type")]
        pub kind: Option<ComposeAction>,
        /// Excerpt of the message being composed.
        pub excerpt: Option<String>,
        /// Time of the status, in epoch milliseconds.
        pub timestamp: Option<u64>,
        /// Who is composing.
        pub user: Option<MessageUser>,
        /// Whether an automation is composing.
        pub automated: Option<bool>,
    }
}

crate::model! {
    /// Unread message counts of a conversation (`unread`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationUnread {
        /// Messages the operators have not read.
        pub operator: Option<u32>,
        /// Messages the visitor has not read.
        pub visitor: Option<u32>,
    }
}

/// Response of "create a new conversation".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewConversation {
    /// Identifier of the conversation created.
    pub session_id: SessionId,
}
