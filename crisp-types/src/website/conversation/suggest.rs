//! Suggested segments and data keys (autocomplete lists).

use serde::{Deserialize, Serialize};

crate::model! {
    /// A segment used in conversations, with its use count.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SuggestedSegment {
        /// Segment name.
        pub segment: Option<String>,
        /// Number of conversations with this segment.
        pub count: Option<u64>,
    }
}

crate::model! {
    /// A custom data key used in conversations, with its use count.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SuggestedDataKey {
        /// Data key.
        pub key: Option<String>,
        /// Number of conversations with this key.
        pub count: Option<u64>,
    }
}
