//! Search parameters of "list conversations".

use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// How `search_query` is read (`search_type`).
    pub enum SearchType {
        /// Full-text search.
        Text = "text",
        /// Search by segment.
        Segment = "segment",
        /// Structured filters ([`FilterSearchQuery`] list).
        Filter = "filter",
    }
}

crate::string_enum! {
    /// How filters combine (`search_operator`, for [`SearchType::Filter`]).
    pub enum SearchOperator {
        /// Every filter must match (the default).
        And = "and",
        /// Any filter may match.
        Or = "or",
    }
}

/// One filter of a filter search; the list is sent JSON-encoded in `search_query`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FilterSearchQuery {
    /// Field to filter on (e.g. `segments`).
    pub criterion: String,
    /// Values to compare with.
    pub query: Vec<String>,
    /// Model the field belongs to (e.g. `conversation`).
    pub model: String,
    /// Comparison (e.g. `eq`).
    pub operator: String,
}

impl FilterSearchQuery {
    /// A filter.
    pub fn new(
        criterion: impl Into<String>,
        query: Vec<String>,
        model: impl Into<String>,
        operator: impl Into<String>,
    ) -> Self {
        FilterSearchQuery {
            criterion: criterion.into(),
            query,
            model: model.into(),
            operator: operator.into(),
        }
    }
}
