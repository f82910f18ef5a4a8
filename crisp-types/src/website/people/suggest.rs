//! Suggested people segments, data keys and events (autocomplete lists).

use serde::{Deserialize, Serialize};

crate::model! {
    /// A segment used on people profiles, with its use count.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleSuggestedSegment {
        /// Segment name.
        pub segment: Option<String>,
        /// Number of profiles with this segment.
        pub count: Option<u64>,
    }
}

crate::model! {
    /// A custom data key used on people profiles, with its use count.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleSuggestedDataKey {
        /// Data key.
        pub key: Option<String>,
        /// Number of profiles with this key.
        pub count: Option<u64>,
    }
}

crate::model! {
    /// An event name pushed on people profiles, with its use count.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleSuggestedEvent {
        /// Event text.
        pub text: Option<String>,
        /// Number of times the event was pushed.
        pub count: Option<u64>,
    }
}
