//! Suggested people segments, data keys and events (autocomplete lists).

use serde::{Deserialize, Serialize};

/// A segment used on people profiles, with its use count.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleSuggestedSegment {
    /// Segment name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// Number of profiles with this segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

/// A custom data key used on people profiles, with its use count.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleSuggestedDataKey {
    /// Data key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Number of profiles with this key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

/// An event name pushed on people profiles, with its use count.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleSuggestedEvent {
    /// Event text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Number of times the event was pushed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}
