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

    /// Sets the website name.
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the website domain.
    #[must_use]
    pub fn domain(mut self, domain: impl Into<String>) -> Self {
        self.domain = Some(domain.into());
        self
    }

    /// Sets the logo image URL.
    #[must_use]
    pub fn logo(mut self, logo: impl Into<String>) -> Self {
        self.logo = Some(logo.into());
        self
    }

    /// Sets the audit log settings.
    #[must_use]
    pub fn audit(mut self, audit: SettingsAudit) -> Self {
        self.audit = Some(audit);
        self
    }

    /// Sets the contact channels.
    #[must_use]
    pub fn contact(mut self, contact: SettingsContact) -> Self {
        self.contact = Some(contact);
        self
    }

    /// Sets the inbox settings.
    #[must_use]
    pub fn inbox(mut self, inbox: SettingsInbox) -> Self {
        self.inbox = Some(inbox);
        self
    }

    /// Sets the email settings.
    #[must_use]
    pub fn emails(mut self, emails: SettingsEmails) -> Self {
        self.emails = Some(emails);
        self
    }

    /// Sets the chatbox settings.
    #[must_use]
    pub fn chatbox(mut self, chatbox: SettingsChatbox) -> Self {
        self.chatbox = Some(chatbox);
        self
    }

    /// Sets a section this library does not type.
    #[must_use]
    pub fn section(mut self, name: impl Into<String>, value: Value) -> Self {
        self.other.insert(name.into(), value);
        self
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
