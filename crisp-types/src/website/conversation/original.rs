//! Original (raw) messages, e.g. the source of an email.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::{OriginalId, SessionId, WebsiteId};

/// Response of "get an original message in conversation".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OriginalMessage {
    /// Website the conversation belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Conversation the message belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Original message identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_id: Option<OriginalId>,
    /// Content type (`type`, e.g. `text/html`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Headers (e.g. email headers).
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub headers: Map<String, Value>,
    /// Raw content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Time of the message, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<u64>,
}
