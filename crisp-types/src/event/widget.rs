//! Payload of the `widget:action:processed` event.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::id::{InboxId, PluginId, SessionId, WebsiteId};

/// Payload of `widget:action:processed`: a plugin processed a widget action.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WidgetActionProcessed {
    /// Website the conversation belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Conversation the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Inbox of the conversation (`Some(None)`: sent as `null`, no inbox).
    #[serde(
        default,
        deserialize_with = "crate::event::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub inbox_id: Option<Option<InboxId>>,
    /// Plugin that processed the action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_id: Option<PluginId>,
    /// Identifier of the action, as returned when it was delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Whether the action succeeded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<WidgetActionOutcome>,
    /// Free-form result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
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

payload_ids!(website, session:
    WidgetActionProcessed,
);
