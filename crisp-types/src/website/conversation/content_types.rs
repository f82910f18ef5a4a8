//! The typed `content` of every non-text message type.

use serde::{Deserialize, Serialize};

/// Content of a `file` message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FileContent {
    /// File name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// File URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// MIME type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
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

/// Content of an `animation` message (an animated image).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AnimationContent {
    /// Animation URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// MIME type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
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

/// Content of an `audio` message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AudioContent {
    /// Audio URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// MIME type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
    /// Duration in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<u32>,
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

/// Content of a `picker` message: a question with choices.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PickerContent {
    /// Picker identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Question text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Choices offered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<PickerChoice>,
    /// Whether a choice is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
}

/// One choice of a [`PickerContent`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PickerChoice {
    /// Choice value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Choice icon (an emoji).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// Choice label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Whether the choice is selected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<bool>,
    /// Action run when the choice is picked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<PickerAction>,
}

/// Action attached to a [`PickerChoice`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PickerAction {
    /// Action type (`type`, e.g. `frame`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Action target (e.g. a URL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// Content of a `field` message: a question with a free-text answer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldContent {
    /// Field identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Question text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Explanation shown in the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explain: Option<String>,
    /// Answer value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Whether an answer is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
}

/// Content of a `carousel` message: a list of cards.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CarouselContent {
    /// Text shown above the cards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The cards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<CarouselTarget>,
}

/// One card of a [`CarouselContent`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CarouselTarget {
    /// Card title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Card description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Card image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Card buttons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<CarouselAction>,
}

/// A button of a [`CarouselTarget`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CarouselAction {
    /// Button label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Button URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Content of an `event` message (e.g. a state change shown in the timeline).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventContent {
    /// Event namespace (e.g. `state:resolved`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Event text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl EventContent {
    /// An event in a namespace.
    pub fn new(namespace: impl Into<String>) -> Self {
        EventContent {
            namespace: Some(namespace.into()),
            text: None,
        }
    }

    /// Sets the event text.
    #[must_use]
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.text = Some(text.into());
        self
    }
}
