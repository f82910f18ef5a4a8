//! Tree entries (folders and files), their Markdown content and metadata.

use serde::{Deserialize, Serialize};

use crate::id::UserId;

crate::model! {
    /// Visibility flags of a tree entry (`state`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskTreeState {
        /// Whether the entry is published.
        pub published: Option<bool>,
        /// Whether the entry is hidden from listings.
        pub hidden: Option<bool>,
        /// Whether the entry is featured.
        pub featured: Option<bool>,
    }
}

crate::model! {
    /// One entry of a helpdesk tree (list helpdesk tree, resolve helpdesk tree path): a file
    /// or a folder, with its children when it is a folder.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskTreeEntry {
        /// Entry type (`type`), as sent (the clients do not list the values).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Last path segment of the entry (e.g. `setup.md`).
        pub slug: Option<String>,
        /// Title.
        pub title: Option<String>,
        /// Visibility flags.
        pub state: Option<HelpdeskTreeState>,
        /// Entries below this one.
        pub children: Vec<HelpdeskTreeEntry>,
    }
}

crate::model! {
    /// Response of "resolve helpdesk tree content": the Markdown body of a file.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskTreeContent {
        /// File body.
        pub content: Option<String>,
    }
}

crate::model! {
    /// Author of a tree entry (`author`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskTreeAuthor {
        /// Operator user identifier.
        pub user_id: Option<UserId>,
    }
}

crate::model! {
    /// Metadata of a tree entry: response of "resolve helpdesk tree metadata", and body of
    /// "update helpdesk tree metadata" (a `PATCH`: only the fields set are sent).
    ///
    /// ```
    /// use crisp_types::website::helpdesk_tree::HelpdeskTreeMetadata;
    /// let update = HelpdeskTreeMetadata::new().title("Set up the chatbox").published(true);
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskTreeMetadata {
        /// Content format, as sent (e.g. `markdown`).
        pub format: Option<String>,
        /// Title.
        pub title: Option<String>,
        /// Short description.
        pub description: Option<String>,
        /// Visibility flags.
        pub state: Option<HelpdeskTreeState>,
        /// Author.
        pub author: Option<HelpdeskTreeAuthor>,
        /// Accent color (e.g. `#1972f5`).
        pub color: Option<String>,
        /// Cover image URL.
        pub image: Option<String>,
    }
}

impl HelpdeskTreeMetadata {
    /// No field set.
    #[must_use]
    pub fn new() -> Self {
        HelpdeskTreeMetadata::default()
    }

    /// Sets `state.published`, keeping the other flags.
    #[must_use]
    pub fn published(mut self, published: bool) -> Self {
        self.state.get_or_insert_with(Default::default).published = Some(published);
        self
    }

    /// Sets `state.hidden`, keeping the other flags.
    #[must_use]
    pub fn hidden(mut self, hidden: bool) -> Self {
        self.state.get_or_insert_with(Default::default).hidden = Some(hidden);
        self
    }

    /// Sets `state.featured`, keeping the other flags.
    #[must_use]
    pub fn featured(mut self, featured: bool) -> Self {
        self.state.get_or_insert_with(Default::default).featured = Some(featured);
        self
    }

    /// Sets the author.
    #[must_use]
    pub fn author(mut self, user_id: impl Into<UserId>) -> Self {
        self.author = Some(HelpdeskTreeAuthor {
            user_id: Some(user_id.into()),
        });
        self
    }
}

crate::setters! {
    impl HelpdeskTreeMetadata {
        /// Sets the format.
        #[must_use]
        format: impl Into<String>,
        /// Sets the title.
        #[must_use]
        title: impl Into<String>,
        /// Sets the description.
        #[must_use]
        description: impl Into<String>,
        /// Sets the whole visibility state.
        #[must_use]
        state: HelpdeskTreeState,
        /// Sets the accent color.
        #[must_use]
        color: impl Into<String>,
        /// Sets the cover image URL.
        #[must_use]
        image: impl Into<String>,
    }
}

/// Where a tree path moves to (`path` of [`HelpdeskTreePathUpdate`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskTreePathTarget {
    /// The new tree path (e.g. `guides/install/setup.md`).
    pub to: String,
}

/// Body of "update helpdesk tree path": `{action, path?, position?}`, which moves a path
/// or changes its display order.
///
/// The values `action` accepts are not listed by the official clients; pass the one the
/// Crisp API documents for the change you make.
///
/// ```
/// use crisp_types::website::helpdesk_tree::HelpdeskTreePathUpdate;
/// let update = HelpdeskTreePathUpdate::new("move").to("guides/install/setup.md");
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskTreePathUpdate {
    /// What to do with the path.
    pub action: String,
    /// Destination, when moving.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<HelpdeskTreePathTarget>,
    /// Display position among its siblings, when reordering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i32>,
    /// Keys this version has no field for, written after the fields above, sorted by key
    /// (see [`Extra`](crate::body::Extra)).
    #[serde(flatten)]
    pub extra: crate::body::Extra,
}

impl HelpdeskTreePathUpdate {
    /// An update with only its action.
    pub fn new(action: impl Into<String>) -> Self {
        HelpdeskTreePathUpdate {
            action: action.into(),
            path: None,
            position: None,
            extra: crate::body::Extra::new(),
        }
    }

    /// Sets the destination path (`path.to`).
    #[must_use]
    pub fn to(mut self, to: impl Into<String>) -> Self {
        self.path = Some(HelpdeskTreePathTarget { to: to.into() });
        self
    }
}

crate::setters! {
    impl HelpdeskTreePathUpdate {
        /// Sets the display position.
        #[must_use]
        position: i32,
    }
}
