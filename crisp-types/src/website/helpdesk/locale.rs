//! Helpdesk locales: one per language the helpdesk is written in.

use serde::{Deserialize, Serialize};

/// A helpdesk locale (list and resolve helpdesk locales).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskLocale {
    /// Locale identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale_id: Option<String>,
    /// Language code (e.g. `en`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Public URL of the locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Number of articles in the locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub articles: Option<u32>,
    /// Number of categories in the locale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<u32>,
}
