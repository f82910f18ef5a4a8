//! Optional query parameters of the tree and history list routes.

use crisp_types::website::helpdesk_tree::HelpdeskContentType;

use crate::call::RequestBuilder;

/// Filters of *List Helpdesk Tree*. Every field left unset is not sent.
///
/// ```
/// use crisp::rest::website::helpdesk_tree::ListHelpdeskTree;
/// let options = ListHelpdeskTree::new().sub_path("getting-started").search_title("setup");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct ListHelpdeskTree {
    sub_path: Option<String>,
    search_title: Option<String>,
    filter_date_start: Option<String>,
    filter_date_end: Option<String>,
}

impl ListHelpdeskTree {
    /// No filter: the whole tree.
    pub fn new() -> Self {
        ListHelpdeskTree::default()
    }

    /// Lists only the entries below this tree path (`sub_path`).
    pub fn sub_path(mut self, sub_path: impl Into<String>) -> Self {
        self.sub_path = Some(sub_path.into());
        self
    }

    /// Lists only the entries whose title matches (`search_title`).
    pub fn search_title(mut self, title: impl Into<String>) -> Self {
        self.search_title = Some(title.into());
        self
    }

    /// Lists only the entries changed since this date (`filter_date_start`, ISO 8601).
    pub fn filter_date_start(mut self, date: impl Into<String>) -> Self {
        self.filter_date_start = Some(date.into());
        self
    }

    /// Lists only the entries changed until this date (`filter_date_end`, ISO 8601).
    pub fn filter_date_end(mut self, date: impl Into<String>) -> Self {
        self.filter_date_end = Some(date.into());
        self
    }

    pub(crate) fn apply(self, endpoint: RequestBuilder) -> RequestBuilder {
        endpoint
            .query("sub_path", self.sub_path)
            .query("search_title", self.search_title)
            .query("filter_date_start", self.filter_date_start)
            .query("filter_date_end", self.filter_date_end)
    }
}

/// Filters of *List Helpdesk History Changes*. Every field left unset is not sent.
///
/// ```
/// use crisp::rest::website::helpdesk_tree::ListHelpdeskHistoryChanges;
/// use crisp::types::website::helpdesk_tree::HelpdeskContentType;
/// let options = ListHelpdeskHistoryChanges::new()
///     .filter_locale("en")
///     .filter_type(HelpdeskContentType::Guides)
///     .filter_tree_path("getting-started/setup.md");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct ListHelpdeskHistoryChanges {
    filter_locale: Option<String>,
    filter_type: Option<HelpdeskContentType>,
    filter_tree_path: Option<String>,
}

impl ListHelpdeskHistoryChanges {
    /// No filter: every change of the helpdesk.
    pub fn new() -> Self {
        ListHelpdeskHistoryChanges::default()
    }

    /// Changes of one locale (`filter_locale`).
    pub fn filter_locale(mut self, locale: impl Into<String>) -> Self {
        self.filter_locale = Some(locale.into());
        self
    }

    /// Changes of one content type (`filter_type`).
    pub fn filter_type(mut self, content_type: impl Into<HelpdeskContentType>) -> Self {
        self.filter_type = Some(content_type.into());
        self
    }

    /// Changes of one tree path (`filter_tree_path`).
    pub fn filter_tree_path(mut self, path: impl Into<String>) -> Self {
        self.filter_tree_path = Some(path.into());
        self
    }

    pub(crate) fn apply(self, endpoint: RequestBuilder) -> RequestBuilder {
        endpoint
            .query("filter_locale", self.filter_locale)
            .query(
                "filter_type",
                self.filter_type.as_ref().map(HelpdeskContentType::as_str),
            )
            .query("filter_tree_path", self.filter_tree_path)
    }
}
