//! Request bodies that send or edit a message.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use super::content::{ContentBody, MessageContent, MessageType, untyped_content};
use super::message::{MessageOriginal, MessageReference};
use super::origin::{MessageFrom, Origin};
use super::user::MessageUser;
use crate::id::{Fingerprint, UserId};

/// Body of "send a message in conversation".
///
/// `content` is written as the two wire keys `type` and `content`.
///
/// ```
/// use crisp_types::website::conversation::{MessageFrom, NewMessage, Origin};
///
/// let body = NewMessage::text(MessageFrom::Operator, Origin::Chat, "Hey there! Need help?");
/// assert_eq!(
///     serde_json::to_value(&body).unwrap(),
///     serde_json::json!({
///         "type": "text",
///         "from": "operator",
///         "origin": "chat",
///         "content": "Hey there! Need help?"
///     })
/// );
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct NewMessage {
    /// Message content (and type).
    pub content: MessageContent,
    /// Which side sends the message.
    pub from: MessageFrom,
    /// Channel the message is sent through (`chat`, `email`, `urn:…`).
    pub origin: Origin,
    /// Fingerprint to give the message (Crisp picks one if unset).
    pub fingerprint: Option<Fingerprint>,
    /// Author shown for the message.
    pub user: Option<MessageUser>,
    /// References attached to the message.
    pub references: Vec<MessageReference>,
    /// Raw original of the message (e.g. an email).
    pub original: Option<MessageOriginal>,
    /// Free-form message properties.
    pub properties: Option<Map<String, Value>>,
    /// Time of the message, in epoch milliseconds (Crisp uses now if unset).
    pub timestamp: Option<u64>,
    /// Whether to send without notifying the other side.
    pub stealth: Option<bool>,
    /// Whether the message is a translation.
    pub translated: Option<bool>,
    /// Whether the message is sent by an automation.
    pub automated: Option<bool>,
    /// Operators mentioned (for notes).
    pub mentions: Vec<UserId>,
}

impl NewMessage {
    /// A message with any content.
    pub fn new(
        from: MessageFrom,
        origin: impl Into<Origin>,
        content: impl Into<MessageContent>,
    ) -> Self {
        NewMessage {
            content: content.into(),
            from,
            origin: origin.into(),
            fingerprint: None,
            user: None,
            references: Vec::new(),
            original: None,
            properties: None,
            timestamp: None,
            stealth: None,
            translated: None,
            automated: None,
            mentions: Vec::new(),
        }
    }

    /// A `text` message.
    pub fn text(from: MessageFrom, origin: impl Into<Origin>, text: impl Into<String>) -> Self {
        NewMessage::new(from, origin, MessageContent::Text(text.into()))
    }

    /// A `note` message (private between operators).
    pub fn note(from: MessageFrom, origin: impl Into<Origin>, text: impl Into<String>) -> Self {
        NewMessage::new(from, origin, MessageContent::Note(text.into()))
    }

    /// Sets the references attached to the message.
    #[must_use]
    pub fn references(mut self, references: Vec<MessageReference>) -> Self {
        self.references = references;
        self
    }

    /// Sets the operators mentioned (for notes).
    #[must_use]
    pub fn mentions(mut self, mentions: Vec<UserId>) -> Self {
        self.mentions = mentions;
        self
    }
}

crate::setters! {
    impl NewMessage {
        /// Sets the fingerprint to give the message.
        #[must_use]
        fingerprint: impl Into<Fingerprint>,
        /// Sets the author shown for the message.
        #[must_use]
        user: MessageUser,
        /// Sets the raw original of the message.
        #[must_use]
        original: MessageOriginal,
        /// Sets the message properties.
        #[must_use]
        properties: Map<String, Value>,
        /// Sets the time of the message, in epoch milliseconds.
        #[must_use]
        timestamp: u64,
        /// Sets whether to send without notifying the other side.
        #[must_use]
        stealth: bool,
        /// Sets whether the message is a translation.
        #[must_use]
        translated: bool,
        /// Sets whether the message is sent by an automation.
        #[must_use]
        automated: bool,
    }
}

#[derive(Serialize)]
struct NewMessageOut<'a> {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<&'a str>,
    from: &'a MessageFrom,
    origin: &'a Origin,
    #[serde(skip_serializing_if = "Option::is_none")]
    content: Option<ContentBody<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<Fingerprint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    user: Option<&'a MessageUser>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    references: &'a [MessageReference],
    #[serde(skip_serializing_if = "Option::is_none")]
    original: Option<&'a MessageOriginal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<&'a Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamp: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stealth: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    automated: Option<bool>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    mentions: &'a [UserId],
}

#[derive(Deserialize)]
struct NewMessageIn {
    #[serde(rename = "type", default)]
    kind: Option<MessageType>,
    from: MessageFrom,
    origin: Origin,
    #[serde(default)]
    content: Option<Value>,
    #[serde(default)]
    fingerprint: Option<Fingerprint>,
    #[serde(default)]
    user: Option<MessageUser>,
    #[serde(default)]
    references: Vec<MessageReference>,
    #[serde(default)]
    original: Option<MessageOriginal>,
    #[serde(default)]
    properties: Option<Map<String, Value>>,
    #[serde(default)]
    timestamp: Option<u64>,
    #[serde(default)]
    stealth: Option<bool>,
    #[serde(default)]
    translated: Option<bool>,
    #[serde(default)]
    automated: Option<bool>,
    #[serde(default)]
    mentions: Vec<UserId>,
}

impl Serialize for NewMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        NewMessageOut {
            kind: self.content.wire_type(),
            from: &self.from,
            origin: &self.origin,
            content: self.content.wire_content(),
            fingerprint: self.fingerprint,
            user: self.user.as_ref(),
            references: &self.references,
            original: self.original.as_ref(),
            properties: self.properties.as_ref(),
            timestamp: self.timestamp,
            stealth: self.stealth,
            translated: self.translated,
            automated: self.automated,
            mentions: &self.mentions,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for NewMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = NewMessageIn::deserialize(deserializer)?;
        Ok(NewMessage {
            content: MessageContent::from_parts(wire.kind, wire.content),
            from: wire.from,
            origin: wire.origin,
            fingerprint: wire.fingerprint,
            user: wire.user,
            references: wire.references,
            original: wire.original,
            properties: wire.properties,
            timestamp: wire.timestamp,
            stealth: wire.stealth,
            translated: wire.translated,
            automated: wire.automated,
            mentions: wire.mentions,
        })
    }
}

/// Body of "update a message in conversation": `{"content": …}`, the new content only
/// (the message keeps its type).
///
/// Decoding (for mocks) has no `type` to go by: a string becomes
/// [`MessageContent::Text`], anything else [`MessageContent::Other`] with an empty kind.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MessageUpdate {
    /// New content of the message.
    #[serde(deserialize_with = "untyped_content")]
    pub content: MessageContent,
}

impl MessageUpdate {
    /// An update to the given content.
    pub fn new(content: impl Into<MessageContent>) -> Self {
        MessageUpdate {
            content: content.into(),
        }
    }

    /// An update of a `text` or `note` message to the given text.
    pub fn text(text: impl Into<String>) -> Self {
        MessageUpdate::new(MessageContent::Text(text.into()))
    }
}

impl From<MessageContent> for MessageUpdate {
    fn from(content: MessageContent) -> Self {
        MessageUpdate { content }
    }
}

#[derive(Serialize)]
struct MessageUpdateOut<'a> {
    content: ContentBody<'a>,
}

impl Serialize for MessageUpdate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MessageUpdateOut {
            content: ContentBody(&self.content),
        }
        .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::website::conversation::FileContent;
    use serde_json::json;

    #[test]
    fn file_message_body() {
        let body = NewMessage::new(
            MessageFrom::Operator,
            "urn:crisp.im:slack:0",
            FileContent::new(
                "invoice.pdf",
                "https://files.example.com/invoice.pdf",
                "application/pdf",
            ),
        )
        .stealth(true)
        .fingerprint(42u64);
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            json!({
                "type": "file",
                "from": "operator",
                "origin": "urn:crisp.im:slack:0",
                "content": {
                    "name": "invoice.pdf",
                    "url": "https://files.example.com/invoice.pdf",
                    "type": "application/pdf"
                },
                "fingerprint": 42,
                "stealth": true
            })
        );
        let back: NewMessage =
            serde_json::from_value(serde_json::to_value(&body).unwrap()).unwrap();
        assert_eq!(back, body);
    }

    #[test]
    fn update_writes_content_only() {
        assert_eq!(
            serde_json::to_string(&MessageUpdate::text("new text")).unwrap(),
            r#"{"content":"new text"}"#
        );
        let back: MessageUpdate = serde_json::from_str(r#"{"content":"new text"}"#).unwrap();
        assert_eq!(back, MessageUpdate::text("new text"));
    }
}
