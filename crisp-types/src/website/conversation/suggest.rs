//! Suggested segments and data keys (autocomplete lists).

use serde::{Deserialize, Serialize};

/// A segment used in conversations, with its use count.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SuggestedSegment {
    /// Segment name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// Number of conversations with this segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}

/// A custom data key used in conversations, with its use count.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SuggestedDataKey {
    /// Data key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Number of conversations with this key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
}
