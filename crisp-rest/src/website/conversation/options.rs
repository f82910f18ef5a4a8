//! Optional query parameters of the conversation list and message history routes.

use crisp_core::Json;
use crisp_types::website::conversation::{FilterMatch, FilterSearchQuery};
use crisp_types::{InboxId, UserId};

use crate::call::RequestBuilder;

/// Filters, ordering and search of *List Conversations*. Every field left unset is not
/// sent; booleans go out as `1` / `0`.
///
/// ```
/// use crisp::rest::website::conversation::ListConversations;
/// let options = ListConversations::new().per_page(50).filter_unread(true).search_text("refund");
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ListConversations {
    per_page: Option<u32>,
    include_empty: Option<bool>,
    filter_inbox_id: Option<InboxId>,
    filter_unread: Option<bool>,
    filter_resolved: Option<bool>,
    filter_not_resolved: Option<bool>,
    filter_mention: Option<bool>,
    filter_assigned: Option<UserId>,
    filter_unassigned: Option<bool>,
    filter_date_start: Option<String>,
    filter_date_end: Option<String>,
    order_date_created: Option<bool>,
    order_date_updated: Option<bool>,
    order_date_waiting: Option<bool>,
    search: Option<ConversationSearch>,
}

/// The search of *List Conversations* (`search_type`, `search_query`, `search_operator`).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ConversationSearch {
    /// Full-text search (`search_type=text`).
    Text(String),
    /// Conversations in a segment (`search_type=segment`).
    Segment(String),
    /// Structured filters, sent as JSON (`search_type=filter`), combined with `operator`.
    Filter {
        /// The filters.
        filters: Vec<FilterSearchQuery>,
        /// How filters combine (`and` / `or`); Crisp's default when `None`.
        operator: Option<FilterMatch>,
    },
}

/// Setters taking exactly the field type (`bool`, `u32`), or anything convertible into
/// it (ids, text).
macro_rules! setters {
    (exact: $($(#[$doc:meta])* $name:ident: $ty:ty),* $(,)?) => {$(
        $(#[$doc])*
        pub fn $name(mut self, value: $ty) -> Self {
            self.$name = Some(value);
            self
        }
    )*};
    (into: $($(#[$doc:meta])* $name:ident: $ty:ty),* $(,)?) => {$(
        $(#[$doc])*
        pub fn $name(mut self, value: impl Into<$ty>) -> Self {
            self.$name = Some(value.into());
            self
        }
    )*};
}

impl ListConversations {
    /// No filter: the defaults of Crisp.
    pub fn new() -> Self {
        ListConversations::default()
    }

    setters! {
        exact:
        /// Conversations per page (`per_page`).
        per_page: u32,
        /// Include conversations without messages (`include_empty`).
        include_empty: bool,
        /// Only unread conversations (`filter_unread`).
        filter_unread: bool,
        /// Only resolved conversations (`filter_resolved`).
        filter_resolved: bool,
        /// Only conversations not resolved (`filter_not_resolved`).
        filter_not_resolved: bool,
        /// Only conversations mentioning the user (`filter_mention`).
        filter_mention: bool,
        /// Only unassigned conversations (`filter_unassigned`).
        filter_unassigned: bool,
        /// Order by creation date (`order_date_created`).
        order_date_created: bool,
        /// Order by last update (`order_date_updated`).
        order_date_updated: bool,
        /// Order by waiting time (`order_date_waiting`).
        order_date_waiting: bool,
    }

    setters! {
        into:
        /// Only conversations of this inbox (`filter_inbox_id`).
        filter_inbox_id: InboxId,
        /// Only conversations assigned to this operator (`filter_assigned`).
        filter_assigned: UserId,
        /// Only conversations created on or after this date (`filter_date_start`, ISO 8601).
        filter_date_start: String,
        /// Only conversations created on or before this date (`filter_date_end`, ISO 8601).
        filter_date_end: String,
    }

    /// Full-text search.
    pub fn search_text(mut self, text: impl Into<String>) -> Self {
        self.search = Some(ConversationSearch::Text(text.into()));
        self
    }

    /// Conversations in a segment.
    pub fn search_segment(mut self, segment: impl Into<String>) -> Self {
        self.search = Some(ConversationSearch::Segment(segment.into()));
        self
    }

    /// Structured filter search.
    pub fn search_filter(
        mut self,
        filters: Vec<FilterSearchQuery>,
        operator: Option<FilterMatch>,
    ) -> Self {
        self.search = Some(ConversationSearch::Filter { filters, operator });
        self
    }

    pub(crate) fn apply(self, endpoint: RequestBuilder) -> RequestBuilder {
        let endpoint = endpoint
            .query("per_page", self.per_page)
            .query("include_empty", self.include_empty)
            .query("filter_inbox_id", self.filter_inbox_id)
            .query("filter_unread", self.filter_unread)
            .query("filter_resolved", self.filter_resolved)
            .query("filter_not_resolved", self.filter_not_resolved)
            .query("filter_mention", self.filter_mention)
            .query("filter_assigned", self.filter_assigned)
            .query("filter_unassigned", self.filter_unassigned)
            .query("filter_date_start", self.filter_date_start)
            .query("filter_date_end", self.filter_date_end)
            .query("order_date_created", self.order_date_created)
            .query("order_date_updated", self.order_date_updated)
            .query("order_date_waiting", self.order_date_waiting);
        match self.search {
            None => endpoint,
            Some(ConversationSearch::Text(text)) => endpoint
                .query("search_type", "text")
                .query("search_query", text),
            Some(ConversationSearch::Segment(segment)) => endpoint
                .query("search_type", "segment")
                .query("search_query", segment),
            Some(ConversationSearch::Filter { filters, operator }) => endpoint
                .query("search_type", "filter")
                .query("search_query", Json(filters))
                .query(
                    "search_operator",
                    operator.as_ref().map(FilterMatch::as_str),
                ),
        }
    }
}

/// Which messages *Get Messages In Conversation* returns: the last ones by default, or
/// those before, after or around a timestamp (epoch milliseconds), or a window (after one
/// timestamp and before another). Every bound given is sent, as the official node client
/// does.
///
/// Crisp answers a page at a time and says whether more messages match: see
/// [`MessagesPage::more`](super::MessagesPage::more). To walk a whole history, use
/// [`WebsiteApi::message_history`](crate::website::WebsiteApi::message_history) rather
/// than passing timestamps by hand.
///
/// ```
/// use crisp_rest::website::conversation::MessagesQuery;
///
/// // The messages of the 1st of December 2026 (UTC), newest page first.
/// let day = MessagesQuery::between(1_796_083_200_000, 1_796_169_600_000);
/// assert_eq!(day.timestamp_after(), Some(1_796_083_200_000));
/// assert_eq!(day.timestamp_before(), Some(1_796_169_600_000));
/// assert_eq!(MessagesQuery::before(5).and_after(1), MessagesQuery::between(1, 5));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct MessagesQuery {
    pub(crate) timestamp_before: Option<u64>,
    pub(crate) timestamp_after: Option<u64>,
    pub(crate) timestamp_around: Option<u64>,
}

impl MessagesQuery {
    /// The last messages.
    pub fn latest() -> Self {
        MessagesQuery::default()
    }

    /// Messages before `timestamp`.
    pub fn before(timestamp: u64) -> Self {
        MessagesQuery::default().and_before(timestamp)
    }

    /// Messages after `timestamp`.
    pub fn after(timestamp: u64) -> Self {
        MessagesQuery::default().and_after(timestamp)
    }

    /// Messages around `timestamp`.
    pub fn around(timestamp: u64) -> Self {
        MessagesQuery::default().and_around(timestamp)
    }

    /// Messages after `after` and before `before`: a window of the history (both bounds
    /// are sent; Crisp answers the newest page of the window first).
    pub fn between(after: u64, before: u64) -> Self {
        MessagesQuery::default().and_after(after).and_before(before)
    }

    /// Adds (or replaces) the `timestamp_before` bound.
    pub fn and_before(mut self, timestamp: u64) -> Self {
        self.timestamp_before = Some(timestamp);
        self
    }

    /// Adds (or replaces) the `timestamp_after` bound.
    pub fn and_after(mut self, timestamp: u64) -> Self {
        self.timestamp_after = Some(timestamp);
        self
    }

    /// Adds (or replaces) the `timestamp_around` bound.
    pub fn and_around(mut self, timestamp: u64) -> Self {
        self.timestamp_around = Some(timestamp);
        self
    }

    /// The `timestamp_before` bound, if set.
    #[must_use]
    pub fn timestamp_before(&self) -> Option<u64> {
        self.timestamp_before
    }

    /// The `timestamp_after` bound, if set.
    #[must_use]
    pub fn timestamp_after(&self) -> Option<u64> {
        self.timestamp_after
    }

    /// The `timestamp_around` bound, if set.
    #[must_use]
    pub fn timestamp_around(&self) -> Option<u64> {
        self.timestamp_around
    }
}
