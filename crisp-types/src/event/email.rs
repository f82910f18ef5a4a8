//! Payloads of the `email:*` events.

use serde::{Deserialize, Serialize};

use crate::id::WebsiteId;

payload! {
    /// Payload of `email:subscribe`: an email address subscribed or unsubscribed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct EmailSubscribe: Website {
        /// Email address.
        pub email: Option<String>,
        /// Whether it is subscribed now.
        pub subscribed: Option<bool>,
    }
}

crate::model! {
    /// Payload of `email:track:view`: an email was opened.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct EmailTrackView {
        /// Website the event is about.
        pub website_id: Option<WebsiteId>,
        /// Email type (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Email identifier.
        pub identifier: Option<String>,
        /// Tracking mode.
        pub mode: Option<String>,
        /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
        pub routing_ids: Option<Vec<String>>,
    }
}

payload_ids!(website:
    EmailTrackView,
);
