//! Actions on plugin widgets shown next to a conversation.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Body of "deliver widget button action for conversation":
/// `{section_id, item_id, data, value?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WidgetButtonAction {
    /// Widget section identifier.
    pub section_id: String,
    /// Widget item identifier.
    pub item_id: String,
    /// Free-form data attached to the button.
    #[serde(default)]
    pub data: Value,
    /// Value of the item, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl WidgetButtonAction {
    /// A button action on an item.
    pub fn new(section_id: impl Into<String>, item_id: impl Into<String>, data: Value) -> Self {
        WidgetButtonAction {
            section_id: section_id.into(),
            item_id: item_id.into(),
            data,
            value: None,
        }
    }
}

crate::setters! {
    impl WidgetButtonAction {
        /// Sets the value of the item.
        #[must_use]
        value: impl Into<String>,
    }
}

/// Body of "deliver widget data fetch action for conversation":
/// `{section_id, item_id, data}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WidgetDataFetch {
    /// Widget section identifier.
    pub section_id: String,
    /// Widget item identifier.
    pub item_id: String,
    /// Free-form data attached to the fetch.
    #[serde(default)]
    pub data: Value,
}

impl WidgetDataFetch {
    /// A data fetch on an item.
    pub fn new(section_id: impl Into<String>, item_id: impl Into<String>, data: Value) -> Self {
        WidgetDataFetch {
            section_id: section_id.into(),
            item_id: item_id.into(),
            data,
        }
    }
}

/// Body of "deliver widget data edit action for conversation":
/// `{section_id, item_id, value}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WidgetDataEdit {
    /// Widget section identifier.
    pub section_id: String,
    /// Widget item identifier.
    pub item_id: String,
    /// New value of the item.
    pub value: String,
}

impl WidgetDataEdit {
    /// A data edit on an item.
    pub fn new(
        section_id: impl Into<String>,
        item_id: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        WidgetDataEdit {
            section_id: section_id.into(),
            item_id: item_id.into(),
            value: value.into(),
        }
    }
}

crate::model! {
    /// Response of the widget action routes (typed by go-crisp-api; node-crisp-api returns
    /// it untyped).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WidgetAction {
        /// Identifier to correlate the plugin's reply with the action.
        pub correlation_id: Option<String>,
        /// How the action is delivered to the plugin.
        pub strategy: Option<WidgetActionStrategy>,
    }
}

crate::model! {
    /// Delivery strategy of a [`WidgetAction`].
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WidgetActionStrategy {
        /// Number of delivery attempts.
        pub attempts: Option<u32>,
        /// Time after which delivery gives up.
        pub exhaustion: Option<u32>,
    }
}
