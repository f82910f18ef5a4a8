//! The `type` + `content` pair of a message, as one typed Rust enum.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value;

use super::content_types::{
    AnimationContent, AudioContent, CarouselContent, EventContent, FieldContent, FileContent,
    PickerContent,
};

crate::string_enum! {
    /// The type of a message (`type`).
    pub enum MessageType {
        /// Plain text.
        Text = "text",
        /// A private note between operators.
        Note = "note",
        /// A file.
        File = "file",
        /// An animated image.
        Animation = "animation",
        /// An audio clip.
        Audio = "audio",
        /// A question with choices.
        Picker = "picker",
        /// A question with a free-text answer.
        Field = "field",
        /// A list of cards.
        Carousel = "carousel",
        /// A timeline event.
        Event = "event",
    }
}

/// The content of a message, typed by its `type`.
///
/// On the wire this is two sibling keys of the message object: `"type"` and `"content"`.
/// Decoding never fails: a type this library does not know, or a known type whose content
/// does not have the expected shape, is kept as [`MessageContent::Other`] and re-encodes
/// unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum MessageContent {
    /// `text`: plain text.
    Text(String),
    /// `note`: a private note between operators.
    Note(String),
    /// `file`: a file.
    File(FileContent),
    /// `animation`: an animated image.
    Animation(AnimationContent),
    /// `audio`: an audio clip.
    Audio(AudioContent),
    /// `picker`: a question with choices.
    Picker(PickerContent),
    /// `field`: a question with a free-text answer.
    Field(FieldContent),
    /// `carousel`: a list of cards.
    Carousel(CarouselContent),
    /// `event`: a timeline event.
    Event(EventContent),
    /// Any other content, kept as sent: an unknown `type`, a known type whose content does
    /// not match its shape, or a message without `type` whose content is not a string.
    Other {
        /// The `type` as sent (empty when the message had none).
        kind: String,
        /// The `content` as sent (`Null` when the message had none).
        content: Value,
    },
}

impl Default for MessageContent {
    /// No content at all: `Other` with an empty kind and `Null` content, which writes
    /// neither `type` nor `content` (what a message without both decodes to).
    fn default() -> Self {
        MessageContent::Other {
            kind: String::new(),
            content: Value::Null,
        }
    }
}

impl MessageContent {
    /// Builds the content from the two wire keys `type` and `content`.
    ///
    /// Never fails: see [`MessageContent::Other`]. Without a `type`, a string content is
    /// taken as [`MessageContent::Text`].
    #[must_use]
    pub fn from_parts(kind: Option<MessageType>, content: Option<Value>) -> Self {
        let content = content.unwrap_or(Value::Null);
        let Some(kind) = kind else {
            return match content {
                Value::String(text) => MessageContent::Text(text),
                content => MessageContent::Other {
                    kind: String::new(),
                    content,
                },
            };
        };
        match kind {
            MessageType::Text => text_or_other(content, MessageType::Text, MessageContent::Text),
            MessageType::Note => text_or_other(content, MessageType::Note, MessageContent::Note),
            MessageType::File => typed(content, MessageType::File, MessageContent::File),
            MessageType::Animation => {
                typed(content, MessageType::Animation, MessageContent::Animation)
            }
            MessageType::Audio => typed(content, MessageType::Audio, MessageContent::Audio),
            MessageType::Picker => typed(content, MessageType::Picker, MessageContent::Picker),
            MessageType::Field => typed(content, MessageType::Field, MessageContent::Field),
            MessageType::Carousel => {
                typed(content, MessageType::Carousel, MessageContent::Carousel)
            }
            MessageType::Event => typed(content, MessageType::Event, MessageContent::Event),
            MessageType::Unknown(kind) => MessageContent::Other { kind, content },
        }
    }

    /// The message type this content is sent as. For [`MessageContent::Other`] this is
    /// the `type` as sent (possibly a known type whose content did not match its shape,
    /// or `Unknown("")` when the message had no type).
    #[must_use]
    pub fn kind(&self) -> MessageType {
        match self {
            MessageContent::Text(_) => MessageType::Text,
            MessageContent::Note(_) => MessageType::Note,
            MessageContent::File(_) => MessageType::File,
            MessageContent::Animation(_) => MessageType::Animation,
            MessageContent::Audio(_) => MessageType::Audio,
            MessageContent::Picker(_) => MessageType::Picker,
            MessageContent::Field(_) => MessageType::Field,
            MessageContent::Carousel(_) => MessageType::Carousel,
            MessageContent::Event(_) => MessageType::Event,
            MessageContent::Other { kind, .. } => MessageType::from(kind.as_str()),
        }
    }

    /// The text of a `text` or `note` message.
    #[must_use]
    pub fn as_text(&self) -> Option<&str> {
        match self {
            MessageContent::Text(text) | MessageContent::Note(text) => Some(text),
            _ => None,
        }
    }

    /// The `type` key to write, if any.
    pub(crate) fn wire_type(&self) -> Option<&str> {
        match self {
            MessageContent::Text(_) => Some("text"),
            MessageContent::Note(_) => Some("note"),
            MessageContent::File(_) => Some("file"),
            MessageContent::Animation(_) => Some("animation"),
            MessageContent::Audio(_) => Some("audio"),
            MessageContent::Picker(_) => Some("picker"),
            MessageContent::Field(_) => Some("field"),
            MessageContent::Carousel(_) => Some("carousel"),
            MessageContent::Event(_) => Some("event"),
            MessageContent::Other { kind, .. } if kind.is_empty() => None,
            MessageContent::Other { kind, .. } => Some(kind),
        }
    }

    /// The `content` key to write, if any.
    pub(crate) fn wire_content(&self) -> Option<ContentBody<'_>> {
        match self {
            MessageContent::Other {
                content: Value::Null,
                ..
            } => None,
            content => Some(ContentBody(content)),
        }
    }
}

/// Only the `content` value of a [`MessageContent`], for serialization.
#[derive(Debug)]
pub(crate) struct ContentBody<'a>(pub(crate) &'a MessageContent);

impl Serialize for ContentBody<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            MessageContent::Text(text) | MessageContent::Note(text) => text.serialize(serializer),
            MessageContent::File(content) => content.serialize(serializer),
            MessageContent::Animation(content) => content.serialize(serializer),
            MessageContent::Audio(content) => content.serialize(serializer),
            MessageContent::Picker(content) => content.serialize(serializer),
            MessageContent::Field(content) => content.serialize(serializer),
            MessageContent::Carousel(content) => content.serialize(serializer),
            MessageContent::Event(content) => content.serialize(serializer),
            MessageContent::Other { content, .. } => content.serialize(serializer),
        }
    }
}

fn text_or_other(
    content: Value,
    kind: MessageType,
    wrap: fn(String) -> MessageContent,
) -> MessageContent {
    match content {
        Value::String(text) => wrap(text),
        content => MessageContent::Other {
            kind: kind.as_str().to_owned(),
            content,
        },
    }
}

fn typed<T: DeserializeOwned>(
    content: Value,
    kind: MessageType,
    wrap: fn(T) -> MessageContent,
) -> MessageContent {
    // Decode from a borrow so that the value is still there for the fallback.
    match T::deserialize(&content) {
        Ok(typed) => wrap(typed),
        Err(_) => MessageContent::Other {
            kind: kind.as_str().to_owned(),
            content,
        },
    }
}

impl From<String> for MessageContent {
    fn from(text: String) -> Self {
        MessageContent::Text(text)
    }
}

impl From<&str> for MessageContent {
    fn from(text: &str) -> Self {
        MessageContent::Text(text.to_owned())
    }
}

impl From<FileContent> for MessageContent {
    fn from(content: FileContent) -> Self {
        MessageContent::File(content)
    }
}

impl From<AnimationContent> for MessageContent {
    fn from(content: AnimationContent) -> Self {
        MessageContent::Animation(content)
    }
}

impl From<AudioContent> for MessageContent {
    fn from(content: AudioContent) -> Self {
        MessageContent::Audio(content)
    }
}

impl From<PickerContent> for MessageContent {
    fn from(content: PickerContent) -> Self {
        MessageContent::Picker(content)
    }
}

impl From<FieldContent> for MessageContent {
    fn from(content: FieldContent) -> Self {
        MessageContent::Field(content)
    }
}

impl From<CarouselContent> for MessageContent {
    fn from(content: CarouselContent) -> Self {
        MessageContent::Carousel(content)
    }
}

impl From<EventContent> for MessageContent {
    fn from(content: EventContent) -> Self {
        MessageContent::Event(content)
    }
}

/// Decodes the `content` value alone (no `type`), as the message-update route takes it:
/// a string becomes [`MessageContent::Text`], anything else [`MessageContent::Other`]
/// with an empty kind.
pub(crate) fn untyped_content<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<MessageContent, D::Error> {
    let content = Value::deserialize(deserializer)?;
    Ok(MessageContent::from_parts(None, Some(content)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn known_types_decode_typed() {
        let content = MessageContent::from_parts(
            Some(MessageType::Audio),
            Some(json!({"url": "https://x/a.ogg", "type": "audio/ogg", "duration": 12})),
        );
        assert_eq!(
            content,
            MessageContent::Audio(AudioContent::new("https://x/a.ogg", "audio/ogg", 12))
        );
        assert_eq!(content.kind(), MessageType::Audio);
    }

    #[test]
    fn wrong_shape_falls_back_to_other() {
        let content =
            MessageContent::from_parts(Some(MessageType::Audio), Some(json!({"duration": "x"})));
        assert_eq!(
            content,
            MessageContent::Other {
                kind: "audio".to_owned(),
                content: json!({"duration": "x"})
            }
        );
        assert_eq!(content.kind(), MessageType::Audio);
        let text = MessageContent::from_parts(Some(MessageType::Text), Some(json!({"a": 1})));
        assert_eq!(text.wire_type(), Some("text"));
        assert!(text.as_text().is_none());
    }

    #[test]
    fn untyped_string_is_text() {
        let content = MessageContent::from_parts(None, Some(json!("hello")));
        assert_eq!(content, MessageContent::Text("hello".to_owned()));
        let other = MessageContent::from_parts(None, None);
        assert_eq!(other.wire_type(), None);
        assert!(other.wire_content().is_none());
    }
}
