//! Payload of the `media:animation:listed` event.

use serde::{Deserialize, Serialize};

payload! {
    /// Payload of `media:animation:listed`: animations (GIFs) were found.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MediaAnimationListed: Routed {
        /// Listing request identifier.
        pub id: Option<u64>,
        /// Identifier given with the request.
        pub identifier: Option<String>,
        /// Animations found.
        pub results: Option<Vec<MediaAnimationResult>>,
    }
}

crate::model! {
    /// An animation found (`results`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MediaAnimationResult {
        /// MIME type (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Animation URL.
        pub url: Option<String>,
    }
}
