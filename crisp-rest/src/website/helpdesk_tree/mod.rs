//! The helpdesk content API of node client 11.3+ (`WebsiteHelpdesk`, 20 methods): the
//! content tree of a locale and [`HelpdeskContentType`](crisp_types::website::helpdesk_tree::HelpdeskContentType),
//! its public pages, the change history, and the feedback, import and export routes that
//! moved under `/{locale}/{content_type}`.
//!
//! Tree routes take a tree path such as `guides/setup.md`: it spans several URL
//! segments, each percent-encoded on its own; a path with an empty, `.` or `..` segment
//! (`a//b`, `/a`, `a/`, `../x`) fails with
//! [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) before any request is
//! sent.

mod by_content_type;
mod history;
mod options;
mod pages;
mod tree;

pub use options::{ListHelpdeskHistoryChanges, ListHelpdeskTree};
