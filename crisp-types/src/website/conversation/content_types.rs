//! The typed `content` of every non-text message type.

use serde::{Deserialize, Serialize};

crate::model! {
    /// Content of a `file` message.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct FileContent {
        /// File name.
        pub name: Option<String>,
        /// File URL.
        pub url: Option<String>,
        /// MIME type (`type`).
        #[serde(rename = "type")]
        pub mime: Option<String>,
    }
}

impl FileContent {
    /// A file with its name, URL and MIME type.
    pub fn new(name: impl Into<String>, url: impl Into<String>, mime: impl Into<String>) -> Self {
        FileContent {
            name: Some(name.into()),
            url: Some(url.into()),
            mime: Some(mime.into()),
        }
    }
}

crate::model! {
    /// Content of an `animation` message (an animated image).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct AnimationContent {
        /// Animation URL.
        pub url: Option<String>,
        /// MIME type (`type`).
        #[serde(rename = "type")]
        pub mime: Option<String>,
    }
}

impl AnimationContent {
    /// An animation with its URL and MIME type.
    pub fn new(url: impl Into<String>, mime: impl Into<String>) -> Self {
        AnimationContent {
            url: Some(url.into()),
            mime: Some(mime.into()),
        }
    }
}

crate::model! {
    /// Content of an `audio` message.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct AudioContent {
        /// Audio URL.
        pub url: Option<String>,
        /// MIME type (`type`).
        #[serde(rename = "type")]
        pub mime: Option<String>,
        /// Duration in seconds.
        pub duration: Option<u32>,
    }
}

impl AudioContent {
    /// An audio clip with its URL, MIME type and duration in seconds.
    pub fn new(url: impl Into<String>, mime: impl Into<String>, duration: u32) -> Self {
        AudioContent {
            url: Some(url.into()),
            mime: Some(mime.into()),
            duration: Some(duration),
        }
    }
}

crate::model! {
    /// Content of a `picker` message: a question with choices.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PickerContent {
        /// Picker identifier.
        pub id: Option<String>,
        /// Question text.
        pub text: Option<String>,
        /// Choices offered.
        pub choices: Vec<PickerChoice>,
        /// Whether a choice is required.
        pub required: Option<bool>,
    }
}

crate::model! {
    /// One choice of a [`PickerContent`].
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PickerChoice {
        /// Choice value.
        pub value: Option<String>,
        /// Choice icon (an emoji).
        pub icon: Option<String>,
        /// Choice label.
        pub label: Option<String>,
        /// Whether the choice is selected.
        pub selected: Option<bool>,
        /// Action run when the choice is picked.
        pub action: Option<PickerAction>,
    }
}

crate::model! {
    /// Action attached to a [`PickerChoice`].
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PickerAction {
        /// Action type (`type`, e.g. `frame`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Action target (e.g. a URL).
        pub target: Option<String>,
    }
}

crate::model! {
    /// Content of a `field` message: a question with a free-text answer.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct FieldContent {
        /// Field identifier.
        pub id: Option<String>,
        /// Question text.
        pub text: Option<String>,
        /// Explanation shown in the input.
        pub explain: Option<String>,
        /// Answer value.
        pub value: Option<String>,
        /// Whether an answer is required.
        pub required: Option<bool>,
    }
}

crate::model! {
    /// Content of a `carousel` message: a list of cards.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CarouselContent {
        /// Text shown above the cards.
        pub text: Option<String>,
        /// The cards.
        pub targets: Vec<CarouselTarget>,
    }
}

crate::model! {
    /// One card of a [`CarouselContent`].
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CarouselTarget {
        /// Card title.
        pub title: Option<String>,
        /// Card description.
        pub description: Option<String>,
        /// Card image URL.
        pub image: Option<String>,
        /// Card buttons.
        pub actions: Vec<CarouselAction>,
    }
}

crate::model! {
    /// A button of a [`CarouselTarget`].
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CarouselAction {
        /// Button label.
        pub label: Option<String>,
        /// Button URL.
        pub url: Option<String>,
    }
}

crate::model! {
    /// Content of an `event` message (e.g. a state change shown in the timeline).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct EventContent {
        /// Event namespace (e.g. `state:resolved`).
        pub namespace: Option<String>,
        /// Event text.
        pub text: Option<String>,
    }
}

impl EventContent {
    /// An event in a namespace.
    pub fn new(namespace: impl Into<String>) -> Self {
        EventContent {
            namespace: Some(namespace.into()),
            text: None,
        }
    }
}

crate::setters! {
    impl EventContent {
        /// Sets the event text.
        #[must_use]
        text: impl Into<String>,
    }
}
