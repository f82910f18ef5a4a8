//! Helpdesk settings: name, appearance, behavior, custom HTML and access password.
//!
//! [`HelpdeskSettings`] is both the response of "resolve helpdesk settings" and the body
//! of "save helpdesk settings", which changes only the fields set. Fields that can be
//! removed are `Option<Option<_>>`: `Some(None)` is sent as `null` and removes the value.

use serde::{Deserialize, Serialize};

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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Logos and banner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appearance: Option<HelpdeskSettingsAppearance>,
    /// Behavior switches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub behavior: Option<HelpdeskSettingsBehavior>,
    /// Custom code included in the pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include: Option<HelpdeskSettingsInclude>,
    /// Access restriction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<HelpdeskSettingsAccess>,
}

/// Appearance of the helpdesk (`appearance`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskSettingsAppearance {
    /// Header and footer logos.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logos: Option<HelpdeskSettingsLogos>,
    /// Banner image URL (`Some(None)`: `null`, no banner).
    #[serde(
        default,
        deserialize_with = "crate::serde_util::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub banner: Option<Option<String>>,
}

/// Logos of the helpdesk (`appearance.logos`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskSettingsLogos {
    /// Header logo URL (`Some(None)`: `null`, the default logo).
    #[serde(
        default,
        deserialize_with = "crate::serde_util::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub header: Option<Option<String>>,
    /// Footer logo URL (`Some(None)`: `null`, the default logo).
    #[serde(
        default,
        deserialize_with = "crate::serde_util::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub footer: Option<Option<String>>,
}

/// Behavior switches of the helpdesk (`behavior`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskSettingsBehavior {
    /// Show the most read articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequently_read: Option<bool>,
    /// Show category images.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_category_images: Option<bool>,
    /// Show the chatbox on helpdesk pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_chatbox: Option<bool>,
    /// Ask readers whether an article helped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask_feedback: Option<bool>,
    /// Show a locale picker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale_picker: Option<bool>,
    /// Show the "powered by Crisp" referral link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refer_link: Option<bool>,
    /// Ask search engines not to index the helpdesk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forbid_indexing: Option<bool>,
    /// Show a notice when the status page reports an outage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_health_dead: Option<bool>,
}

/// Custom code included in the helpdesk pages (`include`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskSettingsInclude {
    /// HTML included in every page (`Some(None)`: `null`, none).
    #[serde(
        default,
        deserialize_with = "crate::serde_util::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub html: Option<Option<String>>,
}

/// Access restriction of the helpdesk (`access`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskSettingsAccess {
    /// Password readers must enter (`Some(None)`: `null`, public helpdesk).
    #[serde(
        default,
        deserialize_with = "crate::serde_util::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Option<String>>,
}
