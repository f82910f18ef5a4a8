//! The helpdesk (knowledge base): the helpdesk itself, its locales, their articles,
//! categories and sections, reader feedback, redirections, settings and domain.
//!
//! Locales are plain language codes (`"en"`, `"fr"`), passed as `&str` by the REST
//! methods. The newer tree-path content API lives in
//! [`helpdesk_tree`](super::helpdesk_tree).

mod article;
mod base;
mod category;
mod domain;
mod feedback;
mod locale;
mod redirection;
mod section;
mod settings;

pub use article::{
    ArticleStatus, ArticleVisibility, HelpdeskLocaleArticle, HelpdeskLocaleArticleAlternate,
    HelpdeskLocaleArticleCategory, HelpdeskLocaleArticleNew, HelpdeskLocaleArticlePage,
    HelpdeskLocaleArticlePublish, HelpdeskLocaleArticleUpdate,
};
pub use base::Helpdesk;
pub use category::{
    HelpdeskLocaleCategory, HelpdeskLocaleCategoryNew, HelpdeskLocaleCategoryUpdate,
};
pub use domain::{
    HelpdeskDomain, HelpdeskDomainRecord, HelpdeskDomainSetup, HelpdeskDomainSetupFlow,
};
pub use feedback::{
    FeedbackRating, HelpdeskLocaleFeedback, HelpdeskLocaleFeedbackArticle,
    HelpdeskLocaleFeedbackRatings, HelpdeskLocaleFeedbackSession, RatingCounts,
};
pub use locale::HelpdeskLocale;
pub use redirection::{HelpdeskRedirection, HelpdeskRedirectionNew};
pub use section::{HelpdeskLocaleSection, HelpdeskLocaleSectionNew, HelpdeskLocaleSectionUpdate};
pub use settings::{
    HelpdeskSettings, HelpdeskSettingsAccess, HelpdeskSettingsAppearance, HelpdeskSettingsBehavior,
    HelpdeskSettingsInclude, HelpdeskSettingsLogos,
};
