//! Payload of the `media:animation:listed` event.

use serde::{Deserialize, Serialize};

/// Payload of `media:animation:listed`: animations (GIFs) were found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MediaAnimationListed {
    /// Listing request identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<u64>,
    /// Identifier given with the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Animations found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<Vec<MediaAnimationResult>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// An animation found (`results`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MediaAnimationResult {
    /// MIME type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Animation URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

payload_ids!(none:
    MediaAnimationListed,
);
