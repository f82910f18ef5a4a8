//! A message in a conversation, and what is attached to it.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::content::{ContentBody, MessageContent, MessageType};
use super::origin::{MessageFrom, Origin};
use super::user::MessageUser;
use crate::id::{Fingerprint, InboxId, OriginalId, SessionId, UserId, WebsiteId};

/// A message in a conversation (REST messages, and the payload of message events).
///
/// Serialized by hand: `content` is the two wire keys `type` and `content`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Message {
    /// Conversation the message belongs to.
    pub session_id: Option<SessionId>,
    /// Website the conversation belongs to.
    pub website_id: Option<WebsiteId>,
    /// Message content, typed by the message `type`.
    pub content: MessageContent,
    /// Which side sent the message.
    pub from: Option<MessageFrom>,
    /// Channel the message was sent through.
    pub origin: Option<Origin>,
    /// Link previews of URLs found in the message.
    pub preview: Vec<MessagePreview>,
    /// Operators mentioned in the message.
    pub mentions: Vec<UserId>,
    /// Where the message was read (an origin), if read.
    pub read: Option<String>,
    /// Where the message was delivered (an origin), if delivered.
    pub delivered: Option<String>,
    /// Why the message was not delivered, per channel.
    pub ignored: BTreeMap<String, MessageIgnored>,
    /// Whether the message was edited.
    pub edited: Option<bool>,
    /// Whether the message was translated.
    pub translated: Option<bool>,
    /// Whether the message was sent by an automation.
    pub automated: Option<bool>,
    /// Whether the message is stamped.
    pub stamped: Option<bool>,
    /// Message fingerprint, its identifier in the conversation.
    pub fingerprint: Option<Fingerprint>,
    /// Time the message was sent, in epoch milliseconds.
    pub timestamp: Option<u64>,
    /// Author of the message.
    pub user: Option<MessageUser>,
    /// References attached to the message.
    pub references: Vec<MessageReference>,
    /// Original (raw) message this message was made from, e.g. an email.
    pub original: Option<MessageOriginal>,
    /// Free-form message properties.
    pub properties: Map<String, Value>,
    /// Inbox of the conversation, in message events (`Some(None)`: sent as `null`, no inbox).
    pub inbox_id: Option<Option<InboxId>>,
    /// Routing identifiers the message was dispatched for, in message events.
    pub routing_ids: Option<Vec<String>>,
}

/// A link preview attached to a message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessagePreview {
    /// Previewed URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Website name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Page title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Preview details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preview: Option<PreviewDetails>,
    /// Whether the preview is stamped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stamped: Option<bool>,
}

/// Details of a [`MessagePreview`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PreviewDetails {
    /// Page excerpt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    /// Page image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Embeddable player URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embed: Option<String>,
}

/// Why a message was not delivered on a channel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageIgnored {
    /// Ignore type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Ignore reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A reference attached to a message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageReference {
    /// Reference type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Reference name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Reference target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// The original (raw) message a message was made from (`original`).
///
/// Messages read from Crisp carry `original_id`; when sending a message, `type` and
/// `content` give the raw original.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MessageOriginal {
    /// Identifier of the original message, to fetch it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_id: Option<OriginalId>,
    /// Type of the original (`type`, e.g. `text/html`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Raw content of the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// Response of "send a message": the fingerprint of the new message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SentMessage {
    /// Fingerprint of the message sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<Fingerprint>,
}

/// What a message decodes from; `content` is parsed once `type` is known.
#[derive(Deserialize)]
struct MessageIn {
    #[serde(default)]
    session_id: Option<SessionId>,
    #[serde(default)]
    website_id: Option<WebsiteId>,
    #[serde(rename = "type", default)]
    kind: Option<MessageType>,
    #[serde(default)]
    content: Option<Value>,
    #[serde(default)]
    from: Option<MessageFrom>,
    #[serde(default)]
    origin: Option<Origin>,
    #[serde(default)]
    preview: Vec<MessagePreview>,
    #[serde(default)]
    mentions: Vec<UserId>,
    #[serde(default)]
    read: Option<String>,
    #[serde(default)]
    delivered: Option<String>,
    #[serde(default)]
    ignored: BTreeMap<String, MessageIgnored>,
    #[serde(default)]
    edited: Option<bool>,
    #[serde(default)]
    translated: Option<bool>,
    #[serde(default)]
    automated: Option<bool>,
    #[serde(default)]
    stamped: Option<bool>,
    #[serde(default)]
    fingerprint: Option<Fingerprint>,
    #[serde(default)]
    timestamp: Option<u64>,
    #[serde(default)]
    user: Option<MessageUser>,
    #[serde(default)]
    references: Vec<MessageReference>,
    #[serde(default)]
    original: Option<MessageOriginal>,
    #[serde(default)]
    properties: Map<String, Value>,
    #[serde(default, deserialize_with = "crate::serde_util::nullable")]
    inbox_id: Option<Option<InboxId>>,
    #[serde(default)]
    routing_ids: Option<Vec<String>>,
}

/// What a message encodes to, borrowing from it.
#[derive(Serialize)]
struct MessageOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    session_id: Option<&'a SessionId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    website_id: Option<&'a WebsiteId>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content: Option<ContentBody<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<&'a MessageFrom>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<&'a Origin>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    preview: &'a [MessagePreview],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    mentions: &'a [UserId],
    #[serde(skip_serializing_if = "Option::is_none")]
    read: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    delivered: Option<&'a String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    ignored: &'a BTreeMap<String, MessageIgnored>,
    #[serde(skip_serializing_if = "Option::is_none")]
    edited: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    automated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stamped: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<Fingerprint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamp: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user: Option<&'a MessageUser>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    references: &'a [MessageReference],
    #[serde(skip_serializing_if = "Option::is_none")]
    original: Option<&'a MessageOriginal>,
    #[serde(skip_serializing_if = "Map::is_empty")]
    properties: &'a Map<String, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    inbox_id: Option<&'a Option<InboxId>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    routing_ids: Option<&'a Vec<String>>,
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = MessageIn::deserialize(deserializer)?;
        Ok(Message {
            session_id: wire.session_id,
            website_id: wire.website_id,
            content: MessageContent::from_parts(wire.kind, wire.content),
            from: wire.from,
            origin: wire.origin,
            preview: wire.preview,
            mentions: wire.mentions,
            read: wire.read,
            delivered: wire.delivered,
            ignored: wire.ignored,
            edited: wire.edited,
            translated: wire.translated,
            automated: wire.automated,
            stamped: wire.stamped,
            fingerprint: wire.fingerprint,
            timestamp: wire.timestamp,
            user: wire.user,
            references: wire.references,
            original: wire.original,
            properties: wire.properties,
            inbox_id: wire.inbox_id,
            routing_ids: wire.routing_ids,
        })
    }
}

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MessageOut {
            session_id: self.session_id.as_ref(),
            website_id: self.website_id.as_ref(),
            kind: self.content.wire_type(),
            content: self.content.wire_content(),
            from: self.from.as_ref(),
            origin: self.origin.as_ref(),
            preview: &self.preview,
            mentions: &self.mentions,
            read: self.read.as_ref(),
            delivered: self.delivered.as_ref(),
            ignored: &self.ignored,
            edited: self.edited,
            translated: self.translated,
            automated: self.automated,
            stamped: self.stamped,
            fingerprint: self.fingerprint,
            timestamp: self.timestamp,
            user: self.user.as_ref(),
            references: &self.references,
            original: self.original.as_ref(),
            properties: &self.properties,
            inbox_id: self.inbox_id.as_ref(),
            routing_ids: self.routing_ids.as_ref(),
        }
        .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_message_round_trips() {
        let input = json!({
            "session_id": "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
            "type": "text",
            "from": "user",
            "origin": "chat",
            "content": "Hello!",
            "fingerprint": 163408807614693u64,
            "timestamp": 1700000000000u64
        });
        let message: Message = serde_json::from_value(input.clone()).unwrap();
        assert_eq!(message.content.as_text(), Some("Hello!"));
        assert_eq!(message.from, Some(MessageFrom::User));
        assert_eq!(serde_json::to_value(&message).unwrap(), input);
    }

    #[test]
    fn type_after_content_is_fine() {
        let message: Message =
            serde_json::from_str(r#"{"content":{"namespace":"state:resolved"},"type":"event"}"#)
                .unwrap();
        assert_eq!(message.content.kind(), MessageType::Event);
    }
}
