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

crate::model! {
    /// A people (contact) profile: response of "get people profile", item of "list people
    /// profiles".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleProfile {
        /// Profile identifier.
        pub people_id: Option<PeopleId>,
        /// Email address (unique per website).
        pub email: Option<String>,
        /// The person: name, avatar, contact details, employment, location.
        pub person: Option<PeoplePerson>,
        /// The company the person works for.
        pub company: Option<PeopleCompany>,
        /// Segments (tags) of the profile. `Some(vec![])` is an empty list as sent, which in
        /// the `update` of a `people:profile:updated` event means the segments were cleared;
        /// `None` means the key was absent (unchanged, in an event).
        pub segments: Option<Vec<String>>,
        /// Operator notes.
        pub notepad: Option<String>,
        /// Activity of the contact.
        pub active: Option<PeopleActive>,
        /// Engagement score.
        pub score: Option<u32>,
        /// Creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
    }
}

crate::model! {
    /// Response of "add new people profile": the identifier of the created profile.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct NewPeopleProfile {
        /// Identifier of the new profile.
        pub people_id: Option<PeopleId>,
    }
}

crate::model! {
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
        pub email: Option<String>,
        /// The person.
        pub person: Option<PeoplePerson>,
        /// The company.
        pub company: Option<PeopleCompany>,
        /// Segments; `Some(vec![])` sends an empty list.
        pub segments: Option<Vec<String>>,
        /// Operator notes.
        pub notepad: Option<String>,
        /// Last activity time, in epoch milliseconds.
        pub active: Option<u64>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl PeopleProfileUpdate {
    /// An empty body: set the fields to send.
    pub fn new() -> Self {
        PeopleProfileUpdate::default()
    }

    /// Sets the person's name (`person.nickname`), keeping the rest of `person`.
    pub fn nickname(mut self, nickname: impl Into<String>) -> Self {
        self.person
            .get_or_insert_with(PeoplePerson::default)
            .nickname = Some(nickname.into());
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
}

crate::setters! {
    impl PeopleProfileUpdate {
        /// Sets the email address.
        email: impl Into<String>,
        /// Sets the whole `person` block.
        person: PeoplePerson,
        /// Sets the `company` block.
        company: PeopleCompany,
        /// Sets the operator notes.
        notepad: impl Into<String>,
        /// Sets the last activity time, in epoch milliseconds.
        active: u64,
    }
}
