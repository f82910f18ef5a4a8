//! Original (raw) messages, e.g. the source of an email.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::{OriginalId, SessionId, WebsiteId};

crate::model! {
    /// Response of "get an original message in conversation".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct OriginalMessage {
        /// Website the conversation belongs to.
        pub website_id: Option<WebsiteId>,
        /// Conversation the message belongs to.
        pub session_id: Option<SessionId>,
        /// Original message identifier.
        pub original_id: Option<OriginalId>,
        /// Content type (`type`, e.g. `text/html`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Headers (e.g. email headers).
        pub headers: Map<String, Value>,
        /// Raw content.
        pub content: Option<String>,
        /// Time of the message, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}
