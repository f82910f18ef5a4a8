//! Payload of the `widget:action:processed` event.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::id::PluginId;

payload! {
    /// Payload of `widget:action:processed`: a plugin processed a widget action.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WidgetActionProcessed: Conversation {
        /// Plugin that processed the action.
        pub plugin_id: Option<PluginId>,
        /// Identifier of the action, as returned when it was delivered.
        pub correlation_id: Option<String>,
        /// Whether the action succeeded.
        pub outcome: Option<WidgetActionOutcome>,
        /// Free-form result.
        pub result: Option<Value>,
    }
}

crate::string_enum! {
    /// Outcome of a widget action (`outcome`).
    pub enum WidgetActionOutcome {
        /// The plugin processed the action.
        Success = "success",
        /// The plugin failed to process the action.
        Failure = "failure",
    }
}
