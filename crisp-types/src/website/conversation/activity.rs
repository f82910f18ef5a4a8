//! What happened around a conversation: browsed pages, events and shared files.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::Fingerprint;

crate::model! {
    /// A page the visitor browsed (list conversation pages).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationPage {
        /// Page title.
        pub page_title: Option<String>,
        /// Page URL.
        pub page_url: Option<String>,
        /// Referrer URL.
        pub page_referrer: Option<String>,
        /// Time of the visit, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}

crate::model! {
    /// A custom event pushed for the visitor (list conversation events).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationEvent {
        /// Event text.
        pub text: Option<String>,
        /// Free-form event data.
        pub data: Map<String, Value>,
        /// Event color (e.g. `blue`).
        pub color: Option<String>,
        /// Time of the event, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}

crate::model! {
    /// A file shared in the conversation (list conversation files).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationFile {
        /// File name.
        pub name: Option<String>,
        /// MIME type (`type`).
        #[serde(rename = "type")]
        pub mime: Option<String>,
        /// File URL.
        pub url: Option<String>,
        /// Fingerprint of the message that shared the file.
        pub fingerprint: Option<Fingerprint>,
        /// Time the file was shared, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}
