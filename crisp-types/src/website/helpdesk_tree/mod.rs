//! The newer helpdesk content API: tree paths, pages and change history.
//!
//! Since node client 11.3, helpdesk content is a tree of Markdown files per locale and
//! [`HelpdeskContentType`] (articles, guides, references, news), addressed by paths such
//! as `guides/setup.md`. This module holds the models of those routes, of the feedback,
//! import and export routes that moved under `/{locale}/{content_type}`, and of the
//! change history.

mod feedback;
mod history;
mod pages;
mod tree;

pub use feedback::HelpdeskExternalImport;
pub use history::{
    HelpdeskHistoryAuthor, HelpdeskHistoryChange, HelpdeskHistoryEdits, HelpdeskHistoryFile,
};
pub use pages::{HelpdeskPage, HelpdeskTreePage};
pub use tree::{
    HelpdeskTreeAuthor, HelpdeskTreeContent, HelpdeskTreeEntry, HelpdeskTreeMetadata,
    HelpdeskTreePathTarget, HelpdeskTreePathUpdate, HelpdeskTreeState,
};

crate::string_enum! {
    /// The kind of helpdesk content a tree holds (`content_type` route parameter).
    pub enum HelpdeskContentType {
        /// Help articles.
        Articles = "articles",
        /// Step-by-step guides.
        Guides = "guides",
        /// Reference pages.
        References = "references",
        /// News posts.
        News = "news",
    }
}
