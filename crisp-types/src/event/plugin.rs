//! Payloads of the `plugin:*` events.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::PluginId;

payload! {
    /// Payload of `plugin:channel`: a message on a plugin channel.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginChannel: Website {
        /// Plugin the message is for.
        pub plugin_id: Option<PluginId>,
        /// Channel identifier.
        pub identifier: Option<String>,
        /// Message namespace.
        pub namespace: Option<String>,
        /// Free-form message.
        pub payload: Option<Value>,
    }
}

payload! {
    /// Payload of `plugin:event`: a plugin pushed a custom event.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginEvent: Website {
        /// Plugin that pushed the event.
        pub plugin_id: Option<PluginId>,
        /// Plugin URN.
        pub urn: Option<String>,
        /// Event name.
        pub name: Option<String>,
        /// Free-form event data.
        pub data: Option<Map<String, Value>>,
    }
}

payload! {
    /// Payload of `plugin:subscription:updated`: a plugin was installed on or removed from
    /// a website.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginSubscriptionUpdated: Website {
        /// Plugin concerned.
        pub plugin_id: Option<PluginId>,
        /// Whether the plugin is installed now.
        pub bound: Option<bool>,
        /// What the subscription is bound to.
        pub target: Option<String>,
    }
}

payload! {
    /// Payload of `plugin:settings:saved`: plugin settings were saved for a website.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginSettingsSaved: Website {
        /// Plugin concerned.
        pub plugin_id: Option<PluginId>,
        /// The settings, free-form.
        pub settings: Option<Map<String, Value>>,
    }
}
