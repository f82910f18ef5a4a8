//! Payloads of the `email:*` events.

use serde::{Deserialize, Serialize};

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

payload! {
    /// Payload of `email:track:view`: an email was opened.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct EmailTrackView: Website {
        /// Email type (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Email identifier.
        pub identifier: Option<String>,
        /// Tracking mode.
        pub mode: Option<String>,
    }
}
