//! Optional query parameters of the helpdesk article list.

use crisp_types::{CategoryId, SectionId};

use crate::call::RequestBuilder;

/// Filters, search and ordering of *List Helpdesk Locale Articles*. Every field left
/// unset is not sent; booleans go out as `1` / `0`.
///
/// The official clients pass this query through untyped; the names below are those of
/// Crisp's reference. [`other`](Self::other) sends any parameter not modelled here.
///
/// ```
/// use crisp::rest::website::helpdesk::ListHelpdeskLocaleArticles;
/// let options = ListHelpdeskLocaleArticles::new()
///     .filter_status_published(true)
///     .search_title("chatbox");
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use]
pub struct ListHelpdeskLocaleArticles {
    search_title: Option<String>,
    filter_category_id: Option<CategoryId>,
    filter_section_id: Option<SectionId>,
    filter_status_published: Option<bool>,
    filter_status_draft: Option<bool>,
    filter_visibility_visible: Option<bool>,
    filter_visibility_hidden: Option<bool>,
    order_visits: Option<bool>,
    other: Vec<(String, String)>,
}

impl ListHelpdeskLocaleArticles {
    /// No filter: every article, in Crisp's default order.
    pub fn new() -> Self {
        ListHelpdeskLocaleArticles::default()
    }

    /// Only articles whose title contains this text (`search_title`).
    pub fn search_title(mut self, title: impl Into<String>) -> Self {
        self.search_title = Some(title.into());
        self
    }

    /// Only articles of this category (`filter_category_id`).
    pub fn filter_category_id(mut self, category_id: impl Into<CategoryId>) -> Self {
        self.filter_category_id = Some(category_id.into());
        self
    }

    /// Only articles of this section (`filter_section_id`).
    pub fn filter_section_id(mut self, section_id: impl Into<SectionId>) -> Self {
        self.filter_section_id = Some(section_id.into());
        self
    }

    /// Only published articles (`filter_status_published`).
    pub fn filter_status_published(mut self, value: bool) -> Self {
        self.filter_status_published = Some(value);
        self
    }

    /// Only draft articles (`filter_status_draft`).
    pub fn filter_status_draft(mut self, value: bool) -> Self {
        self.filter_status_draft = Some(value);
        self
    }

    /// Only visible articles (`filter_visibility_visible`).
    pub fn filter_visibility_visible(mut self, value: bool) -> Self {
        self.filter_visibility_visible = Some(value);
        self
    }

    /// Only hidden articles (`filter_visibility_hidden`).
    pub fn filter_visibility_hidden(mut self, value: bool) -> Self {
        self.filter_visibility_hidden = Some(value);
        self
    }

    /// Order by number of visits (`order_visits`).
    pub fn order_visits(mut self, value: bool) -> Self {
        self.order_visits = Some(value);
        self
    }

    /// Any other query parameter, sent as given (after the modelled ones).
    pub fn other(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.other.push((name.into(), value.into()));
        self
    }

    pub(crate) fn apply(self, endpoint: RequestBuilder) -> RequestBuilder {
        let endpoint = endpoint
            .query("search_title", self.search_title)
            .query(
                "filter_category_id",
                self.filter_category_id.as_ref().map(CategoryId::as_str),
            )
            .query(
                "filter_section_id",
                self.filter_section_id.as_ref().map(SectionId::as_str),
            )
            .query("filter_status_published", self.filter_status_published)
            .query("filter_status_draft", self.filter_status_draft)
            .query("filter_visibility_visible", self.filter_visibility_visible)
            .query("filter_visibility_hidden", self.filter_visibility_hidden)
            .query("order_visits", self.order_visits);
        self.other.iter().fold(endpoint, |endpoint, (name, value)| {
            endpoint.query(name, value)
        })
    }
}
