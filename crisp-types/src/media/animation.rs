//! Animation medias (GIFs): the search sent to "list animation medias" and the medias
//! found.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

crate::model! {
    /// The search of "list animation medias", sent as JSON text in the `search_query` query
    /// parameter.
    ///
    /// The clients type it only as an object; `text` (the words searched) is the key this
    /// library knows, and [`other`](Self::other) carries any further key as is.
    ///
    /// ```
    /// use crisp_types::media::animation::AnimationSearchQuery;
    /// let query = AnimationSearchQuery::text("thumbs up");
    /// assert_eq!(serde_json::to_string(&query).unwrap(), r#"{"text":"thumbs up"}"#);
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct AnimationSearchQuery {
        /// Words to search for.
        pub text: Option<String>,
        /// Further keys, sent as they are.
        #[serde(flatten)]
        pub other: Map<String, Value>,
    }
}

impl AnimationSearchQuery {
    /// A search for some words.
    pub fn text(text: impl Into<String>) -> Self {
        AnimationSearchQuery {
            text: Some(text.into()),
            other: Map::new(),
        }
    }

    /// Adds a further key.
    #[must_use]
    pub fn with(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.other.insert(key.into(), value.into());
        self
    }
}

crate::model! {
    /// An animation media found (list animation medias).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct AnimationMedia {
        /// MIME type (`type`, e.g. `image/gif`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// URL of the animation.
        pub url: Option<String>,
    }
}
