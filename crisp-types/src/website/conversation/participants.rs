//! Extra participants of a conversation (e.g. email CCs).

use serde::{Deserialize, Serialize};

use super::authored::Authored;

crate::string_enum! {
    /// The kind of a participant (`type`).
    pub enum ParticipantType {
        /// An email address.
        Email = "email",
    }
}

crate::model! {
    /// An extra participant of a conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Participant {
        /// Participant kind (`type`).
        #[serde(rename = "type")]
        pub kind: Option<ParticipantType>,
        /// Participant address (e.g. an email address).
        pub target: Option<String>,
    }
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

crate::model! {
    /// Response of "get conversation participants".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationParticipants {
        /// The participants.
        pub participants: Vec<Participant>,
    }
}

/// The action of "save conversation participants": the new list (`participants`), sent
/// even when empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ParticipantList {
    /// The new participant list.
    #[serde(default)]
    pub participants: Vec<Participant>,
}

/// Body of "save conversation participants": `{participants, user?, origin?}`. The list
/// replaces the current one (an empty list removes every participant).
pub type ParticipantsSave = Authored<ParticipantList>;

impl ParticipantsSave {
    /// Saves the given participant list.
    #[must_use]
    pub fn new(participants: Vec<Participant>) -> Self {
        Authored::from(ParticipantList { participants })
    }
}

impl From<Vec<Participant>> for ParticipantsSave {
    fn from(participants: Vec<Participant>) -> Self {
        ParticipantsSave::new(participants)
    }
}
