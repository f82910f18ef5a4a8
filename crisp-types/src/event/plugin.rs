//! Payloads of the `plugin:*` events.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::{PluginId, WebsiteId};

/// Payload of `plugin:channel`: a message on a plugin channel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PluginChannel {
    /// Website the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Plugin the message is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_id: Option<PluginId>,
    /// Channel identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Message namespace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// Free-form message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<Value>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `plugin:event`: a plugin pushed a custom event.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PluginEvent {
    /// Website the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Plugin that pushed the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_id: Option<PluginId>,
    /// Plugin URN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urn: Option<String>,
    /// Event name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Free-form event data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Map<String, Value>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `plugin:subscription:updated`: a plugin was installed on or removed from
/// a website.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PluginSubscriptionUpdated {
    /// Website the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Plugin concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_id: Option<PluginId>,
    /// Whether the plugin is installed now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound: Option<bool>,
    /// What the subscription is bound to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `plugin:settings:saved`: plugin settings were saved for a website.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PluginSettingsSaved {
    /// Website the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Plugin concerned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_id: Option<PluginId>,
    /// The settings, free-form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Map<String, Value>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

payload_ids!(website:
    PluginChannel,
    PluginEvent,
    PluginSubscriptionUpdated,
    PluginSettingsSaved,
);
