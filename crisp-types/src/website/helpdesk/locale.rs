//! Helpdesk locales: one per language the helpdesk is written in.

use serde::{Deserialize, Serialize};

crate::model! {
    /// A helpdesk locale (list and resolve helpdesk locales).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocale {
        /// Locale identifier.
        pub locale_id: Option<String>,
        /// Language code (e.g. `en`).
        pub locale: Option<String>,
        /// Public URL of the locale.
        pub url: Option<String>,
        /// Number of articles in the locale.
        pub articles: Option<u32>,
        /// Number of categories in the locale.
        pub categories: Option<u32>,
    }
}
