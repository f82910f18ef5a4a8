//! Optional query parameters of the people profile listing.

use crisp_core::Json;
use crisp_types::website::conversation::{FilterMatch, FilterSearchQuery};
use crisp_types::website::people::PeopleSortOrder;

use crate::call::RequestBuilder;

/// Sorting and search of *List People Profiles*. Every field left unset is not sent.
///
/// ```
/// use crisp::rest::website::people::ListPeopleProfiles;
/// use crisp::types::website::conversation::{FilterSearchQuery, FilterMatch};
/// use crisp::types::website::people::PeopleSortOrder;
///
/// let options = ListPeopleProfiles::new()
///     .sort_field("created_at")
///     .sort_order(PeopleSortOrder::Descending)
///     .search_filter(vec![FilterSearchQuery::new(
///         "segments",
///         vec!["customer".to_owned()],
///         "people",
///         "eq",
///     )])
///     .search_operator(FilterMatch::And);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ListPeopleProfiles {
    sort_field: Option<String>,
    sort_order: Option<PeopleSortOrder>,
    search_operator: Option<FilterMatch>,
    search_filter: Vec<FilterSearchQuery>,
    search_text: Option<String>,
}

impl ListPeopleProfiles {
    /// No sorting nor search: the defaults of Crisp.
    pub fn new() -> Self {
        ListPeopleProfiles::default()
    }

    /// Profile field to sort on (`sort_field`, e.g. `nickname`, `email`, `created_at`).
    pub fn sort_field(mut self, field: impl Into<String>) -> Self {
        self.sort_field = Some(field.into());
        self
    }

    /// Sorting order (`sort_order`).
    pub fn sort_order(mut self, order: impl Into<PeopleSortOrder>) -> Self {
        self.sort_order = Some(order.into());
        self
    }

    /// Structured filters, sent as JSON (`search_filter`); an empty list is not sent.
    pub fn search_filter(mut self, filters: Vec<FilterSearchQuery>) -> Self {
        self.search_filter = filters;
        self
    }

    /// How the filters combine (`search_operator`).
    pub fn search_operator(mut self, operator: impl Into<FilterMatch>) -> Self {
        self.search_operator = Some(operator.into());
        self
    }

    /// Full-text search (`search_text`).
    pub fn search_text(mut self, text: impl Into<String>) -> Self {
        self.search_text = Some(text.into());
        self
    }

    pub(crate) fn apply(self, endpoint: RequestBuilder) -> RequestBuilder {
        let filter = (!self.search_filter.is_empty()).then_some(Json(self.search_filter));
        endpoint
            .query("sort_field", self.sort_field)
            .query(
                "sort_order",
                self.sort_order.as_ref().map(PeopleSortOrder::as_str),
            )
            .query(
                "search_operator",
                self.search_operator.as_ref().map(FilterMatch::as_str),
            )
            .query("search_filter", filter)
            .query("search_text", self.search_text)
    }
}
