//! Batch operations on conversations and people.
//!
//! Conversation batches name their conversations by [`SessionId`]; people batches select
//! profiles with a [`PeopleSelection`] (a list of [`PeopleId`]s, or a search). Some routes
//! serve both (`batch/remove`, `batch/data`, `batch/segments`): the body tells them apart.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::FilterMatch;
use super::conversation::{Assignee, ReportFlag};
use crate::id::{InboxId, PeopleId, SessionId, UserId};

crate::model! {
    /// Body of the batch resolve, unresolve, read, unread and remove routes (conversation
    /// variant): `{sessions?, inbox_id?}`. An empty list of sessions is not sent, which Crisp
    /// reads as every conversation (of the inbox, when one is given).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BatchConversations {
        /// Conversations to act on.
        pub sessions: Vec<SessionId>,
        /// Inbox the conversations are in.
        pub inbox_id: Option<InboxId>,
    }
}

impl BatchConversations {
    /// The given conversations.
    pub fn sessions(sessions: impl IntoIterator<Item = impl Into<SessionId>>) -> Self {
        BatchConversations {
            sessions: sessions.into_iter().map(Into::into).collect(),
            inbox_id: None,
        }
    }

    /// Every conversation of an inbox.
    pub fn inbox(inbox_id: impl Into<InboxId>) -> Self {
        BatchConversations {
            sessions: Vec::new(),
            inbox_id: Some(inbox_id.into()),
        }
    }

    /// Sets the inbox.
    #[must_use]
    pub fn in_inbox(mut self, inbox_id: impl Into<InboxId>) -> Self {
        self.inbox_id = Some(inbox_id.into());
        self
    }
}

fn session_ids(sessions: impl IntoIterator<Item = impl Into<SessionId>>) -> Vec<SessionId> {
    sessions.into_iter().map(Into::into).collect()
}

/// Body of "batch report conversations": `{sessions, flag}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BatchReport {
    /// Conversations to report.
    pub sessions: Vec<SessionId>,
    /// Why they are reported.
    pub flag: ReportFlag,
}

impl BatchReport {
    /// Reports `sessions` with `flag`.
    pub fn new(sessions: impl IntoIterator<Item = impl Into<SessionId>>, flag: ReportFlag) -> Self {
        BatchReport {
            sessions: session_ids(sessions),
            flag,
        }
    }
}

/// Body of "batch block conversations": `{sessions, blocked}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BatchBlock {
    /// Conversations to block or unblock.
    pub sessions: Vec<SessionId>,
    /// Whether to block (`true`) or unblock (`false`) incoming messages.
    pub blocked: bool,
}

impl BatchBlock {
    /// Blocks (`true`) or unblocks (`false`) incoming messages of `sessions`.
    pub fn new(sessions: impl IntoIterator<Item = impl Into<SessionId>>, blocked: bool) -> Self {
        BatchBlock {
            sessions: session_ids(sessions),
            blocked,
        }
    }
}

/// Body of "batch routing conversations": `{sessions, assigned}`. `assigned` is always
/// sent: `null` unassigns.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BatchRouting {
    /// Conversations to route.
    pub sessions: Vec<SessionId>,
    /// Operator to assign, or `None` (sent as `null`) to unassign.
    #[serde(default)]
    pub assigned: Option<Assignee>,
}

impl BatchRouting {
    /// Assigns `sessions` to an operator.
    pub fn assign(
        sessions: impl IntoIterator<Item = impl Into<SessionId>>,
        user_id: impl Into<UserId>,
    ) -> Self {
        BatchRouting {
            sessions: session_ids(sessions),
            assigned: Some(Assignee::new(user_id)),
        }
    }

    /// Unassigns `sessions`.
    pub fn unassign(sessions: impl IntoIterator<Item = impl Into<SessionId>>) -> Self {
        BatchRouting {
            sessions: session_ids(sessions),
            assigned: None,
        }
    }
}

/// Body of "batch inbox conversations": `{sessions, inbox_id}`. `inbox_id` is always
/// sent: `null` moves the conversations back to the default inbox.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BatchInbox {
    /// Conversations to move.
    pub sessions: Vec<SessionId>,
    /// Target inbox, or `None` (sent as `null`) for the default inbox.
    #[serde(default)]
    pub inbox_id: Option<InboxId>,
}

impl BatchInbox {
    /// Moves `sessions` to an inbox, or to the default inbox when `inbox_id` is `None`.
    pub fn new(
        sessions: impl IntoIterator<Item = impl Into<SessionId>>,
        inbox_id: Option<InboxId>,
    ) -> Self {
        BatchInbox {
            sessions: session_ids(sessions),
            inbox_id,
        }
    }
}

/// Body of "batch update conversations data": `{sessions, data}`; the data keys given are
/// set on every conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BatchConversationsData {
    /// Conversations to update.
    pub sessions: Vec<SessionId>,
    /// Data keys and values to set (free-form).
    pub data: Map<String, Value>,
}

impl BatchConversationsData {
    /// Sets `data` on `sessions`.
    pub fn new(
        sessions: impl IntoIterator<Item = impl Into<SessionId>>,
        data: Map<String, Value>,
    ) -> Self {
        BatchConversationsData {
            sessions: session_ids(sessions),
            data,
        }
    }
}

/// Body of "batch update conversations segments": `{sessions, segments}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BatchConversationsSegments {
    /// Conversations to update.
    pub sessions: Vec<SessionId>,
    /// Segments to set.
    pub segments: Vec<String>,
}

impl BatchConversationsSegments {
    /// Sets `segments` on `sessions`.
    pub fn new(
        sessions: impl IntoIterator<Item = impl Into<SessionId>>,
        segments: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        BatchConversationsSegments {
            sessions: session_ids(sessions),
            segments: segments.into_iter().map(Into::into).collect(),
        }
    }
}

crate::model! {
    /// Which people profiles a people batch acts on (`people`): given profiles, or the
    /// profiles matching a search.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleSelection {
        /// Profiles to act on.
        pub profiles: Vec<PeopleId>,
        /// Search selecting the profiles to act on.
        pub search: Option<PeopleSearch>,
    }
}

impl PeopleSelection {
    /// The given profiles.
    pub fn profiles(profiles: impl IntoIterator<Item = impl Into<PeopleId>>) -> Self {
        PeopleSelection {
            profiles: profiles.into_iter().map(Into::into).collect(),
            search: None,
        }
    }

    /// The profiles matching a search.
    #[must_use]
    pub fn search(search: PeopleSearch) -> Self {
        PeopleSelection {
            profiles: Vec::new(),
            search: Some(search),
        }
    }
}

crate::model! {
    /// A filter search over people profiles (`people.search`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleSearch {
        /// Filters.
        pub filter: Vec<PeopleFilter>,
        /// How filters combine (`and` / `or`); Crisp's default (`and`) when `None`.
        pub operator: Option<FilterMatch>,
    }
}

impl PeopleSearch {
    /// A search with `filter`, combined by Crisp's default operator.
    #[must_use]
    pub fn new(filter: Vec<PeopleFilter>) -> Self {
        PeopleSearch {
            filter,
            operator: None,
        }
    }
}

crate::setters! {
    impl PeopleSearch {
        /// Sets how filters combine.
        #[must_use]
        operator: FilterMatch,
    }
}

crate::model! {
    /// One filter of a [`PeopleSearch`].
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleFilter {
        /// Model the field belongs to (e.g. `people`).
        pub model: Option<String>,
        /// Field to filter on (e.g. `segments`, `email`).
        pub criterion: Option<String>,
        /// Comparison (e.g. `eq`, `has`).
        pub operator: Option<String>,
        /// Values to compare with (strings or numbers, as the criterion needs).
        pub query: Vec<Value>,
    }
}

impl PeopleFilter {
    /// A filter on `model`.`criterion` with `operator` and `query` values.
    pub fn new(
        model: impl Into<String>,
        criterion: impl Into<String>,
        operator: impl Into<String>,
        query: Vec<Value>,
    ) -> Self {
        PeopleFilter {
            model: Some(model.into()),
            criterion: Some(criterion.into()),
            operator: Some(operator.into()),
            query,
        }
    }
}
