//! Payloads of the `message:*` events. `message:send` and `message:received` carry a
//! [`Message`](crate::website::conversation::Message) and have no type of their own.

use serde::{Deserialize, Serialize};

use crate::id::{Fingerprint, InboxId, SessionId, WebsiteId};
use crate::website::conversation::{
    ComposeAction, MessageContent, MessageIgnored, MessageUser, Origin,
};

crate::model! {
    /// Payload of `message:updated`: a message was edited.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageUpdated {
        /// Website the conversation belongs to.
        pub website_id: Option<WebsiteId>,
        /// Conversation the event is about.
        pub session_id: Option<SessionId>,
        /// Inbox of the conversation (`Some(None)`: sent as `null`, no inbox).
        #[serde(deserialize_with = "crate::event::nullable")]
        pub inbox_id: Option<Option<InboxId>>,
        /// Fingerprint of the message edited.
        pub fingerprint: Option<Fingerprint>,
        /// New content: a string for text and note messages ([`MessageContent::Text`]); other
        /// content is kept as sent in [`MessageContent::Other`] (the event carries no `type`).
        #[serde(with = "updated_content")]
        pub content: Option<MessageContent>,
        /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
        pub routing_ids: Option<Vec<String>>,
    }
}

payload! {
    /// Payload of `message:removed`: a message was removed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageRemoved: Conversation {
        /// Fingerprint of the message removed.
        pub fingerprint: Option<Fingerprint>,
    }
}

crate::model! {
    /// Payload of `message:compose:send`: the visitor is typing, or stopped.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageComposeSend {
        /// Website the conversation belongs to.
        pub website_id: Option<WebsiteId>,
        /// Conversation the event is about.
        pub session_id: Option<SessionId>,
        /// Inbox of the conversation (`Some(None)`: sent as `null`, no inbox).
        #[serde(deserialize_with = "crate::event::nullable")]
        pub inbox_id: Option<Option<InboxId>>,
        /// Whether composing started or stopped (`type`).
        #[serde(rename = "type")]
        pub kind: Option<ComposeAction>,
        /// Excerpt of the message being composed.
        pub excerpt: Option<String>,
        /// Time of the event, in epoch milliseconds.
        pub timestamp: Option<u64>,
        /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
        pub routing_ids: Option<Vec<String>>,
    }
}

crate::model! {
    /// Payload of `message:compose:receive`: an operator is typing, or stopped.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageComposeReceive {
        /// Website the conversation belongs to.
        pub website_id: Option<WebsiteId>,
        /// Conversation the event is about.
        pub session_id: Option<SessionId>,
        /// Inbox of the conversation (`Some(None)`: sent as `null`, no inbox).
        #[serde(deserialize_with = "crate::event::nullable")]
        pub inbox_id: Option<Option<InboxId>>,
        /// Whether composing started or stopped (`type`).
        #[serde(rename = "type")]
        pub kind: Option<ComposeAction>,
        /// Excerpt of the message being composed.
        pub excerpt: Option<String>,
        /// Time of the event, in epoch milliseconds.
        pub timestamp: Option<u64>,
        /// Operator composing.
        pub user: Option<MessageUser>,
        /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
        pub routing_ids: Option<Vec<String>>,
    }
}

payload! {
    /// Payload of the `message:acknowledge:read:send`, `message:acknowledge:read:received`,
    /// `message:acknowledge:unread:send` and `message:acknowledge:delivered` events: messages
    /// were read, marked unread or delivered.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageAcknowledge: Conversation {
        /// Where the messages were acknowledged.
        pub origin: Option<Origin>,
        /// Messages acknowledged.
        pub fingerprints: Option<Vec<Fingerprint>>,
    }
}

payload! {
    /// Payload of `message:acknowledge:ignored`: messages were not delivered.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageAcknowledgeIgnored: Conversation {
        /// Where the messages were ignored.
        pub origin: Option<Origin>,
        /// Messages ignored.
        pub fingerprints: Option<Vec<Fingerprint>>,
        /// Why the messages were ignored.
        pub details: Option<MessageIgnored>,
    }
}

payload! {
    /// Payload of `message:notify:unread:send` and `message:notify:unread:received`:
    /// unread messages are waiting in the conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageNotifyUnread: Conversation {
    }
}

/// (De)serializes the `content` of `message:updated`, which comes without a `type`.
mod updated_content {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::Value;

    use crate::website::conversation::MessageContent;

    pub(super) fn serialize<S: Serializer>(
        content: &Option<MessageContent>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match content.as_ref().and_then(MessageContent::wire_content) {
            Some(body) => body.serialize(serializer),
            None => serializer.serialize_unit(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<MessageContent>, D::Error> {
        let content = Value::deserialize(deserializer)?;
        Ok(Some(MessageContent::from_parts(None, Some(content))))
    }
}

payload_ids!(website, session:
    MessageUpdated,
    MessageComposeSend,
    MessageComposeReceive,
);
