//! Website settings: identity, contact, inbox, emails and chatbox.
//!
//! The main sections are typed; any other section Crisp returns (or that a newer API
//! accepts) is kept in the `other` map of [`WebsiteSettings`] / [`WebsiteSettingsUpdate`]
//! (and of [`SettingsChatbox`] for chatbox options), so nothing is lost on a round trip.
//! Lists are `Option<Vec<…>>`: in an update, `Some(vec![])` clears a list while `None`
//! leaves it unchanged.

mod chatbox;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::WebsiteId;

pub use chatbox::SettingsChatbox;

crate::model! {
    /// Response of "get website settings".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WebsiteSettings {
        /// Website identifier.
        pub website_id: Option<WebsiteId>,
        /// Website name.
        pub name: Option<String>,
        /// Website domain.
        pub domain: Option<String>,
        /// URL of the custom logo image.
        pub logo: Option<String>,
        /// Audit log settings.
        pub audit: Option<SettingsAudit>,
        /// Public contact channels.
        pub contact: Option<SettingsContact>,
        /// Inbox settings.
        pub inbox: Option<SettingsInbox>,
        /// Email settings.
        pub emails: Option<SettingsEmails>,
        /// Chatbox settings.
        pub chatbox: Option<SettingsChatbox>,
        /// Sections this library does not type, by name, as sent.
        #[serde(flatten)]
        pub other: Map<String, Value>,
    }
}

crate::model! {
    /// Body of "update website settings": only the fields and sections set are sent, and
    /// only the options set within a section.
    ///
    /// ```
    /// use crisp_types::website::settings::{SettingsChatbox, SettingsEmails, WebsiteSettingsUpdate};
    /// let update = WebsiteSettingsUpdate::new()
    ///     .name("Crisp")
    ///     .emails(SettingsEmails { transcript: Some(true), ..Default::default() })
    ///     .chatbox(SettingsChatbox { color_theme: Some("blue".into()), ..Default::default() });
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WebsiteSettingsUpdate {
        /// New website name.
        pub name: Option<String>,
        /// New website domain.
        pub domain: Option<String>,
        /// New logo image URL.
        pub logo: Option<String>,
        /// Audit log settings.
        pub audit: Option<SettingsAudit>,
        /// Public contact channels.
        pub contact: Option<SettingsContact>,
        /// Inbox settings.
        pub inbox: Option<SettingsInbox>,
        /// Email settings.
        pub emails: Option<SettingsEmails>,
        /// Chatbox settings.
        pub chatbox: Option<SettingsChatbox>,
        /// Sections this library does not type, sent as given.
        #[serde(flatten)]
        pub other: Map<String, Value>,
    }
}

impl WebsiteSettingsUpdate {
    /// An empty update.
    #[must_use]
    pub fn new() -> Self {
        WebsiteSettingsUpdate::default()
    }

    /// Sets a section this library does not type.
    #[must_use]
    pub fn section(mut self, name: impl Into<String>, value: Value) -> Self {
        self.other.insert(name.into(), value);
        self
    }
}

crate::setters! {
    impl WebsiteSettingsUpdate {
        /// Sets the website name.
        #[must_use]
        name: impl Into<String>,
        /// Sets the website domain.
        #[must_use]
        domain: impl Into<String>,
        /// Sets the logo image URL.
        #[must_use]
        logo: impl Into<String>,
        /// Sets the audit log settings.
        #[must_use]
        audit: SettingsAudit,
        /// Sets the contact channels.
        #[must_use]
        contact: SettingsContact,
        /// Sets the inbox settings.
        #[must_use]
        inbox: SettingsInbox,
        /// Sets the email settings.
        #[must_use]
        emails: SettingsEmails,
        /// Sets the chatbox settings.
        #[must_use]
        chatbox: SettingsChatbox,
    }
}

crate::model! {
    /// Audit log settings (`audit`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SettingsAudit {
        /// Whether operator actions are logged.
        pub log: Option<bool>,
    }
}

crate::model! {
    /// Public contact channels shown to visitors (`contact`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SettingsContact {
        /// Contact email address.
        pub email: Option<String>,
        /// Contact phone number.
        pub phone: Option<String>,
        /// Messenger page.
        pub messenger: Option<String>,
        /// Telegram handle.
        pub telegram: Option<String>,
        /// Twitter (X) handle.
        pub twitter: Option<String>,
        /// WhatsApp number.
        pub whatsapp: Option<String>,
        /// Instagram handle.
        pub instagram: Option<String>,
    }
}

crate::model! {
    /// Inbox settings (`inbox`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SettingsInbox {
        /// Whether only owners may remove conversations.
        pub lock_removal: Option<bool>,
        /// Whether operators must use a personal token (two-factor) to sign in.
        pub force_operator_token: Option<bool>,
        /// Inbox locale (e.g. `en`).
        pub locale: Option<String>,
    }
}

crate::model! {
    /// Email settings (`emails`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SettingsEmails {
        /// Whether visitors are asked to rate conversations by email.
        pub rating: Option<bool>,
        /// Whether conversation transcripts are emailed.
        pub transcript: Option<bool>,
        /// Whether contacts are enriched from their email address.
        pub enrich: Option<bool>,
        /// Whether junk emails are filtered out.
        pub junk_filter: Option<bool>,
    }
}
