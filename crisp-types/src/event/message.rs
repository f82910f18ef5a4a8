//! Payloads of the `message:*` events. `message:send` and `message:received` carry a
//! [`Message`](crate::website::conversation::Message) and have no type of their own.

use serde::{Deserialize, Serialize};

use crate::id::Fingerprint;
use crate::website::conversation::{
    ComposeAction, MessageContent, MessageIgnored, MessageUser, Origin,
};

payload! {
    /// Payload of `message:updated`: a message was edited.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageUpdated: Conversation {
        /// Fingerprint of the message edited.
        pub fingerprint: Option<Fingerprint>,
        /// New content: a string for text and note messages ([`MessageContent::Text`]); other
        /// content is kept as sent in [`MessageContent::Other`] (the event carries no `type`).
        #[serde(with = "updated_content")]
        pub content: Option<MessageContent>,
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

payload! {
    /// Payload of `message:compose:send`: the visitor is typing, or stopped.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageComposeSend: Conversation {
        /// Whether composing started or stopped (`type`).
        #[serde(rename = "type")]
        pub kind: Option<ComposeAction>,
        /// Excerpt of the message being composed.
        pub excerpt: Option<String>,
        /// Time of the event, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}

payload! {
    /// Payload of `message:compose:receive`: an operator is typing, or stopped.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageComposeReceive: Conversation {
        /// Whether composing started or stopped (`type`).
        #[serde(rename = "type")]
        pub kind: Option<ComposeAction>,
        /// Excerpt of the message being composed.
        pub excerpt: Option<String>,
        /// Time of the event, in epoch milliseconds.
        pub timestamp: Option<u64>,
        /// Operator composing.
        pub user: Option<MessageUser>,
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
