//! Typing indicators: "compose a message in conversation".

use serde::{Deserialize, Serialize};

use super::origin::MessageFrom;

crate::string_enum! {
    /// Whether composing starts or stops (`type`).
    pub enum ComposeAction {
        /// Started composing.
        Start = "start",
        /// Stopped composing.
        Stop = "stop",
    }
}

/// Body of "compose a message in conversation": `{type, from, excerpt?, stealth?, automated?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ComposeMessage {
    /// Whether composing starts or stops (`type`).
    #[serde(rename = "type")]
    pub kind: ComposeAction,
    /// Which side is composing.
    pub from: MessageFrom,
    /// Excerpt of the message being composed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    /// Whether to hide the indicator from the other side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stealth: Option<bool>,
    /// Whether an automation is composing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automated: Option<bool>,
}

impl ComposeMessage {
    /// A compose event.
    #[must_use]
    pub fn new(kind: ComposeAction, from: MessageFrom) -> Self {
        ComposeMessage {
            kind,
            from,
            excerpt: None,
            stealth: None,
            automated: None,
        }
    }

    /// Composing starts.
    #[must_use]
    pub fn start(from: MessageFrom) -> Self {
        ComposeMessage::new(ComposeAction::Start, from)
    }

    /// Composing stops.
    #[must_use]
    pub fn stop(from: MessageFrom) -> Self {
        ComposeMessage::new(ComposeAction::Stop, from)
    }
}

crate::setters! {
    impl ComposeMessage {
        /// Sets the excerpt of the message being composed.
        #[must_use]
        excerpt: impl Into<String>,
        /// Sets whether to hide the indicator from the other side.
        #[must_use]
        stealth: bool,
        /// Sets whether an automation is composing.
        #[must_use]
        automated: bool,
    }
}
