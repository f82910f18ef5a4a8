//! People profiles: what a profile holds, and the body that creates or changes one.

use serde::{Deserialize, Serialize};

use super::person::{PeopleActive, PeopleCompany, PeoplePerson};
use crate::id::PeopleId;

crate::string_enum! {
    /// Order of a profile listing (`sort_order`).
    pub enum PeopleSortOrder {
        /// Smallest first.
        Ascending = "ascending",
        /// Largest first.
        Descending = "descending",
    }
}

/// A people (contact) profile: response of "get people profile", item of "list people
/// profiles".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleProfile {
    /// Profile identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_id: Option<PeopleId>,
    /// Email address (unique per website).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The person: name, avatar, contact details, employment, location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PeoplePerson>,
    /// The company the person works for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<PeopleCompany>,
    /// Segments (tags) of the profile.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub segments: Vec<String>,
    /// Operator notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notepad: Option<String>,
    /// Activity of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<PeopleActive>,
    /// Engagement score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<u32>,
    /// Creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<u64>,
}

/// Response of "add new people profile": the identifier of the created profile.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NewPeopleProfile {
    /// Identifier of the new profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_id: Option<PeopleId>,
}

/// Body of "add new people profile", "save people profile" (replaces the whole profile)
/// and "update people profile" (changes only the fields sent). Fields left `None` are
/// not sent.
///
/// ```
/// use crisp_types::website::people::PeopleProfileUpdate;
///
/// let profile = PeopleProfileUpdate::new()
///     .email("valerian@crisp.chat")
///     .nickname("Valerian Saliou")
///     .segments(["customer"]);
/// assert_eq!(
///     serde_json::to_value(&profile).unwrap(),
///     serde_json::json!({
///         "email": "valerian@crisp.chat",
///         "person": {"nickname": "Valerian Saliou"},
///         "segments": ["customer"]
///     })
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[must_use]
pub struct PeopleProfileUpdate {
    /// Email address (required by Crisp to create a profile).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PeoplePerson>,
    /// The company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<PeopleCompany>,
    /// Segments; `Some(vec![])` sends an empty list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// Operator notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notepad: Option<String>,
    /// Last activity time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<u64>,
}

impl PeopleProfileUpdate {
    /// An empty body: set the fields to send.
    pub fn new() -> Self {
        PeopleProfileUpdate::default()
    }

    /// Sets the email address.
    pub fn email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// Sets the whole `person` block.
    pub fn person(mut self, person: PeoplePerson) -> Self {
        self.person = Some(person);
        self
    }

    /// Sets the person's name (`person.nickname`), keeping the rest of `person`.
    pub fn nickname(mut self, nickname: impl Into<String>) -> Self {
        self.person
            .get_or_insert_with(PeoplePerson::default)
            .nickname = Some(nickname.into());
        self
    }

    /// Sets the `company` block.
    pub fn company(mut self, company: PeopleCompany) -> Self {
        self.company = Some(company);
        self
    }

    /// Sets the segments.
    pub fn segments<I, S>(mut self, segments: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.segments = Some(segments.into_iter().map(Into::into).collect());
        self
    }

    /// Sets the operator notes.
    pub fn notepad(mut self, notepad: impl Into<String>) -> Self {
        self.notepad = Some(notepad.into());
        self
    }

    /// Sets the last activity time, in epoch milliseconds.
    pub fn active(mut self, timestamp: u64) -> Self {
        self.active = Some(timestamp);
        self
    }
}
