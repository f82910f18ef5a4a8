//! Helpdesk settings: name, appearance, behavior, custom HTML and access password.
//!
//! [`HelpdeskSettings`] is both the response of "resolve helpdesk settings" and the body
//! of "save helpdesk settings", which changes only the fields set. Fields that can be
//! removed are `Option<Option<_>>`: `Some(None)` is sent as `null` and removes the value.

use serde::{Deserialize, Serialize};

crate::model! {
    /// Helpdesk settings (resolve / save helpdesk settings).
    ///
    /// ```
    /// use crisp_types::website::helpdesk::{HelpdeskSettings, HelpdeskSettingsAccess, HelpdeskSettingsBehavior};
    /// // Show the chatbox on the helpdesk and remove its password.
    /// let settings = HelpdeskSettings {
    ///     behavior: Some(HelpdeskSettingsBehavior { show_chatbox: Some(true), ..Default::default() }),
    ///     access: Some(HelpdeskSettingsAccess { password: Some(None) }),
    ///     ..Default::default()
    /// };
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskSettings {
        /// Helpdesk name.
        pub name: Option<String>,
        /// Logos and banner.
        pub appearance: Option<HelpdeskSettingsAppearance>,
        /// Behavior switches.
        pub behavior: Option<HelpdeskSettingsBehavior>,
        /// Custom code included in the pages.
        pub include: Option<HelpdeskSettingsInclude>,
        /// Access restriction.
        pub access: Option<HelpdeskSettingsAccess>,
    }
}

crate::model! {
    /// Appearance of the helpdesk (`appearance`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskSettingsAppearance {
        /// Header and footer logos.
        pub logos: Option<HelpdeskSettingsLogos>,
        /// Banner image URL (`Some(None)`: `null`, no banner).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub banner: Option<Option<String>>,
    }
}

crate::model! {
    /// Logos of the helpdesk (`appearance.logos`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskSettingsLogos {
        /// Header logo URL (`Some(None)`: `null`, the default logo).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub header: Option<Option<String>>,
        /// Footer logo URL (`Some(None)`: `null`, the default logo).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub footer: Option<Option<String>>,
    }
}

crate::model! {
    /// Behavior switches of the helpdesk (`behavior`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskSettingsBehavior {
        /// Show the most read articles.
        pub frequently_read: Option<bool>,
        /// Show category images.
        pub show_category_images: Option<bool>,
        /// Show the chatbox on helpdesk pages.
        pub show_chatbox: Option<bool>,
        /// Ask readers whether an article helped.
        pub ask_feedback: Option<bool>,
        /// Show a locale picker.
        pub locale_picker: Option<bool>,
        /// Show the "powered by Crisp" referral link.
        pub refer_link: Option<bool>,
        /// Ask search engines not to index the helpdesk.
        pub forbid_indexing: Option<bool>,
        /// Show a notice when the status page reports an outage.
        pub status_health_dead: Option<bool>,
    }
}

crate::model! {
    /// Custom code included in the helpdesk pages (`include`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskSettingsInclude {
        /// HTML included in every page (`Some(None)`: `null`, none).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub html: Option<Option<String>>,
    }
}

crate::model! {
    /// Access restriction of the helpdesk (`access`).
    #[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskSettingsAccess {
        /// Password readers must enter (`Some(None)`: `null`, public helpdesk).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub password: Option<Option<String>>,
    }
}

crate::redacted_debug!(HelpdeskSettingsAccess { ; secret: password });
