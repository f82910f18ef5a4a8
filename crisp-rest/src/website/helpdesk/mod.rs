//! The 54 methods of the Helpdesk API (`WebsiteHelpdesk`): the helpdesk itself, its
//! locales, articles (with their category, alternates and publication), categories,
//! sections, reader feedback, import / export, redirections, settings and domain; and the
//! options of the article list.
//!
//! Locales are language codes passed as `&str` (`"en"`).

mod articles;
mod base;
mod categories;
mod feedback;
mod locales;
mod options;
mod redirections;
mod sections;
mod settings;

pub use options::ListHelpdeskLocaleArticles;
