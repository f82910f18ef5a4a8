//! Events pushed on a people profile (its activity timeline).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

crate::string_enum! {
    /// Color of a people event in the timeline (`color`).
    pub enum EventColor {
        /// Red.
        Red = "red",
        /// Orange.
        Orange = "orange",
        /// Yellow.
        Yellow = "yellow",
        /// Green.
        Green = "green",
        /// Blue (the widget's default).
        Blue = "blue",
        /// Purple.
        Purple = "purple",
        /// Pink.
        Pink = "pink",
        /// Brown.
        Brown = "brown",
        /// Grey.
        Grey = "grey",
        /// Black.
        Black = "black",
    }
}

crate::model! {
    /// An event of a profile: item of "list people events".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleEvent {
        /// Event text (its name).
        pub text: Option<String>,
        /// Free-form data attached to the event.
        pub data: Map<String, Value>,
        /// Timeline color.
        pub color: Option<EventColor>,
        /// When the event was pushed, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}

/// Body of "add a people event".
///
/// ```
/// use crisp_types::website::people::{EventColor, NewPeopleEvent};
///
/// let event = NewPeopleEvent::new("Added item to basket")
///     .data_entry("price", 10.99)
///     .color(EventColor::Red);
/// assert_eq!(
///     serde_json::to_value(&event).unwrap(),
///     serde_json::json!({"text": "Added item to basket", "data": {"price": 10.99}, "color": "red"})
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub struct NewPeopleEvent {
    /// Event text (its name).
    pub text: String,
    /// Free-form data attached to the event; not sent when empty.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub data: Map<String, Value>,
    /// Timeline color; Crisp's default when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<EventColor>,
}

impl NewPeopleEvent {
    /// An event with its text.
    pub fn new(text: impl Into<String>) -> Self {
        NewPeopleEvent {
            text: text.into(),
            data: Map::new(),
            color: None,
        }
    }

    /// Sets the whole data object.
    pub fn data(mut self, data: Map<String, Value>) -> Self {
        self.data = data;
        self
    }

    /// Adds one data key.
    pub fn data_entry(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.data.insert(key.into(), value.into());
        self
    }
}

crate::setters! {
    impl NewPeopleEvent {
        /// Sets the timeline color.
        color: EventColor,
    }
}
