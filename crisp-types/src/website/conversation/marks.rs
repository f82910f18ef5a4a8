//! Read, delivered and unread marks.

use serde::{Deserialize, Serialize};

use super::origin::{MessageFrom, Origin};
use crate::id::Fingerprint;

/// Body of "mark messages as read in conversation" (and, as [`MessagesDelivered`], of
/// "mark messages as delivered"): `{from, origin, fingerprints?}`. Without fingerprints,
/// every message is marked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessagesRead {
    /// Which side read the messages.
    pub from: MessageFrom,
    /// Where the messages were read.
    pub origin: Origin,
    /// Messages to mark (all when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fingerprints: Vec<Fingerprint>,
}

/// Body of "mark messages as delivered in conversation": same shape as [`MessagesRead`].
pub type MessagesDelivered = MessagesRead;

impl MessagesRead {
    /// Marks every message.
    pub fn new(from: MessageFrom, origin: impl Into<Origin>) -> Self {
        MessagesRead {
            from,
            origin: origin.into(),
            fingerprints: Vec::new(),
        }
    }

    /// Marks only the given messages.
    #[must_use]
    pub fn fingerprints(mut self, fingerprints: Vec<Fingerprint>) -> Self {
        self.fingerprints = fingerprints;
        self
    }
}

/// Body of "mark conversation as unread": `{from}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UnreadMark {
    /// Which side the conversation becomes unread for.
    pub from: MessageFrom,
}

impl UnreadMark {
    /// Marks the conversation unread for one side.
    #[must_use]
    pub fn new(from: MessageFrom) -> Self {
        UnreadMark { from }
    }
}

impl From<MessageFrom> for UnreadMark {
    fn from(from: MessageFrom) -> Self {
        UnreadMark::new(from)
    }
}
