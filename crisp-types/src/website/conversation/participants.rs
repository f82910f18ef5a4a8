//! Extra participants of a conversation (e.g. email CCs).

use serde::{Deserialize, Serialize};

use super::origin::Origin;
use super::user::MessageUser;

crate::string_enum! {
    /// The kind of a participant (`type`).
    pub enum ParticipantType {
        /// An email address.
        Email = "email",
    }
}

/// An extra participant of a conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// Participant kind (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ParticipantType>,
    /// Participant address (e.g. an email address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

impl Participant {
    /// A participant of a kind at an address.
    pub fn new(kind: ParticipantType, target: impl Into<String>) -> Self {
        Participant {
            kind: Some(kind),
            target: Some(target.into()),
        }
    }

    /// An email participant.
    pub fn email(address: impl Into<String>) -> Self {
        Participant::new(ParticipantType::Email, address)
    }
}

/// Response of "get conversation participants".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationParticipants {
    /// The participants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Participant>,
}

/// Body of "save conversation participants": `{participants, user?, origin?}`. The list
/// replaces the current one (an empty list removes every participant).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ParticipantsSave {
    /// The new participant list.
    #[serde(default)]
    pub participants: Vec<Participant>,
    /// Who saves the participants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<MessageUser>,
    /// Where the change comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl ParticipantsSave {
    /// Saves the given participant list.
    #[must_use]
    pub fn new(participants: Vec<Participant>) -> Self {
        ParticipantsSave {
            participants,
            user: None,
            origin: None,
        }
    }

    /// Sets who saves the participants.
    #[must_use]
    pub fn user(mut self, user: MessageUser) -> Self {
        self.user = Some(user);
        self
    }

    /// Sets where the change comes from.
    #[must_use]
    pub fn origin(mut self, origin: impl Into<Origin>) -> Self {
        self.origin = Some(origin.into());
        self
    }
}

impl From<Vec<Participant>> for ParticipantsSave {
    fn from(participants: Vec<Participant>) -> Self {
        ParticipantsSave::new(participants)
    }
}
