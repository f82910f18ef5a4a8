//! What happened around a conversation: browsed pages, events and shared files.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::Fingerprint;

/// A page the visitor browsed (list conversation pages).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationPage {
    /// Page title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_title: Option<String>,
    /// Page URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_url: Option<String>,
    /// Referrer URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_referrer: Option<String>,
    /// Time of the visit, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// A custom event pushed for the visitor (list conversation events).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationEvent {
    /// Event text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Free-form event data.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub data: Map<String, Value>,
    /// Event color (e.g. `blue`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Time of the event, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}

/// A file shared in the conversation (list conversation files).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConversationFile {
    /// File name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// MIME type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
    /// File URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Fingerprint of the message that shared the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<Fingerprint>,
    /// Time the file was shared, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}
