//! Plugin subscriptions: the plugins a website installed, their settings, usage billing,
//! provenance attestation, and the payloads and events a plugin pushes.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};

use crate::id::{PluginId, UserId, WebsiteId};
use crate::plan::subscription::BillPeriod;

crate::model! {
    /// A plugin a website is subscribed to (list all active subscriptions, list subscriptions
    /// for a website, get subscription details).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginSubscription {
        /// Plugin identifier.
        pub id: Option<PluginId>,
        /// Plugin URN (e.g. `urn:crisp.im:slack:0`).
        pub urn: Option<String>,
        /// Plugin type (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Marketplace category.
        pub category: Option<String>,
        /// Plugin name.
        pub name: Option<String>,
        /// One-line description.
        pub summary: Option<String>,
        /// Price, as sent (integer or decimal).
        pub price: Option<Number>,
        /// The plans the plugin offers.
        pub plans: Vec<PluginSubscriptionPlan>,
        /// Icon URL.
        pub icon: Option<String>,
        /// Plugin website URL.
        pub website_url: Option<String>,
        /// Contact URL of the plugin author.
        pub contact_url: Option<String>,
        /// Terms of service URL.
        pub terms_url: Option<String>,
        /// Privacy policy URL.
        pub privacy_url: Option<String>,
        /// Help URL.
        pub help_url: Option<String>,
        /// Presentation video URL.
        pub video_url: Option<String>,
        /// Whether the plugin has settings to configure.
        pub configurable: Option<bool>,
        /// When the website subscribed (ISO 8601 date).
        pub since: Option<String>,
        /// Whether the subscription is active.
        pub active: Option<bool>,
        /// How often the subscription is billed.
        pub bill_period: Option<BillPeriod>,
        /// Until when the current bill is paid for (ISO 8601 date).
        pub bill_valid_until: Option<String>,
        /// The website subscribed.
        pub website_id: Option<WebsiteId>,
        /// Payment card the subscription is billed to.
        pub card_id: Option<String>,
    }
}

crate::model! {
    /// A plan a plugin offers (`plans`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginSubscriptionPlan {
        /// Plan identifier.
        pub id: Option<String>,
        /// Plan name.
        pub name: Option<String>,
        /// Plan price, as sent (integer or decimal).
        pub price: Option<Number>,
    }
}

/// Settings of a plugin on a website: a free-form object whose keys the plugin defines
/// (its settings schema). Sent whole by "save subscription settings" (replaces) and
/// "update subscription settings" (merges).
///
/// Build it key by key, from a map, or from any serializable settings struct of your
/// plugin:
///
/// ```
/// use crisp_types::plugin::subscription::PluginSettings;
/// use serde_json::json;
///
/// let settings = PluginSettings::new().set("chatbox", json!({"25": "#bbbbbb"}));
/// assert_eq!(settings.get("chatbox"), Some(&json!({"25": "#bbbbbb"})));
///
/// #[derive(serde::Serialize)]
/// struct MySettings { api_key: String }
/// let settings = PluginSettings::from_serialize(&MySettings { api_key: "k".into() }).unwrap();
/// assert_eq!(settings.get("api_key"), Some(&json!("k")));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PluginSettings(pub Map<String, Value>);

impl PluginSettings {
    /// No settings.
    #[must_use]
    pub fn new() -> Self {
        PluginSettings::default()
    }

    /// Sets one key.
    #[must_use]
    pub fn set(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.0.insert(key.into(), value.into());
        self
    }

    /// The settings of a serializable value (a struct or map of your plugin).
    ///
    /// # Errors
    /// When `value` does not serialize to a JSON object.
    pub fn from_serialize<T: Serialize + ?Sized>(value: &T) -> Result<Self, serde_json::Error> {
        match serde_json::to_value(value)? {
            Value::Object(map) => Ok(PluginSettings(map)),
            other => Err(serde::de::Error::custom(format_args!(
                "plugin settings must be a JSON object, not {other}"
            ))),
        }
    }

    /// Decodes the settings into a type of your plugin.
    ///
    /// # Errors
    /// When the settings do not decode into `T`.
    pub fn to_typed<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_value(Value::Object(self.0.clone()))
    }

    /// The value of one key.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }

    /// Whether there is no setting.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The settings as a map.
    #[must_use]
    pub fn as_map(&self) -> &Map<String, Value> {
        &self.0
    }

    /// The settings as an owned map.
    #[must_use]
    pub fn into_map(self) -> Map<String, Value> {
        self.0
    }
}

impl crate::serde_util::Unset for PluginSettings {
    fn is_unset(&self) -> bool {
        self.is_empty()
    }
}

impl From<Map<String, Value>> for PluginSettings {
    fn from(map: Map<String, Value>) -> Self {
        PluginSettings(map)
    }
}

impl From<PluginSettings> for Map<String, Value> {
    fn from(settings: PluginSettings) -> Self {
        settings.0
    }
}

crate::model! {
    /// The settings of a plugin on a website, with what describes them (get subscription
    /// settings).
    #[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginSubscriptionSettings {
        /// Plugin identifier.
        pub plugin_id: Option<PluginId>,
        /// Website identifier.
        pub website_id: Option<WebsiteId>,
        /// Per-website token of the plugin.
        pub token: Option<String>,
        /// JSON schema of the settings (free-form).
        pub schema: Map<String, Value>,
        /// The settings.
        pub settings: PluginSettings,
        /// URL of the plugin's settings page.
        pub settings_form_url: Option<String>,
        /// URL Crisp calls back when the settings change.
        pub callback_url: Option<String>,
    }
}

crate::model! {
    /// A usage bill not settled yet (get plugin usage bills).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginUsageBill {
        /// What was used (e.g. `Paid messages sent`).
        pub name: Option<String>,
        /// Units used.
        pub units: Option<u64>,
        /// Price per unit, as sent (integer or decimal).
        pub price: Option<Number>,
    }
}

/// Body of "report plugin usage to bill": `{name, units, price}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PluginUsageReport {
    /// What was used (e.g. `Paid messages sent`).
    pub name: String,
    /// Units used.
    pub units: u64,
    /// Price per unit.
    pub price: f64,
}

impl PluginUsageReport {
    /// A usage of `units` units of `name`, at `price` per unit.
    pub fn new(name: impl Into<String>, units: u64, price: f64) -> Self {
        PluginUsageReport {
            name: name.into(),
            units,
            price,
        }
    }
}

crate::model! {
    /// An attestation, signed with the plugin's signature secret, of who is using the plugin
    /// (get plugin attest provenance).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginAttestProvenance {
        /// What is attested.
        pub payload: Option<ProvenancePayload>,
        /// Signature of the payload.
        pub signed: Option<String>,
    }
}

crate::model! {
    /// What a provenance attestation attests (`payload`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ProvenancePayload {
        /// The website.
        pub website: Option<ProvenanceWebsite>,
        /// The user.
        pub user: Option<ProvenanceUser>,
        /// The plugin.
        pub plugin: Option<ProvenancePlugin>,
    }
}

crate::model! {
    /// The website of a provenance attestation (`website`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ProvenanceWebsite {
        /// Website identifier.
        pub website_id: Option<WebsiteId>,
    }
}

crate::model! {
    /// The user of a provenance attestation (`user`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ProvenanceUser {
        /// User identifier.
        pub user_id: Option<UserId>,
        /// The user's role on the website (e.g. `owner`, `member`).
        pub role: Option<String>,
    }
}

crate::model! {
    /// The plugin of a provenance attestation (`plugin`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ProvenancePlugin {
        /// Plugin identifier.
        pub plugin_id: Option<PluginId>,
    }
}

/// Body of "forward plugin payload to channel": `{namespace, identifier?, payload}`. It
/// reaches the plugin's listeners as a `plugin:channel` event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PluginChannelForward {
    /// Namespace of the payload (e.g. `bot:step`).
    pub namespace: String,
    /// Identifier of the channel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The payload, free-form.
    pub payload: Value,
}

impl PluginChannelForward {
    /// A payload in a namespace.
    pub fn new(namespace: impl Into<String>, payload: impl Into<Value>) -> Self {
        PluginChannelForward {
            namespace: namespace.into(),
            identifier: None,
            payload: payload.into(),
        }
    }
}

crate::setters! {
    impl PluginChannelForward {
        /// Sets the channel identifier.
        #[must_use]
        identifier: impl Into<String>,
    }
}

/// Body of "dispatch plugin event": `{name, data}`. It reaches listeners as a
/// `plugin:event` event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PluginEventDispatch {
    /// Event name (e.g. `bot-is-running`).
    pub name: String,
    /// Event data, free-form.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub data: Map<String, Value>,
}

impl PluginEventDispatch {
    /// An event without data.
    pub fn new(name: impl Into<String>) -> Self {
        PluginEventDispatch {
            name: name.into(),
            data: Map::new(),
        }
    }

    /// Sets one key of the event data.
    #[must_use]
    pub fn data(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.data.insert(key.into(), value.into());
        self
    }
}

crate::redacted_debug!(PluginSubscriptionSettings { plugin_id, website_id, schema, settings, settings_form_url, callback_url; secret: token });
