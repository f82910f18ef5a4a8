//! Plugin connect: the account of the plugin token in use, the websites that installed
//! the plugin, and the realtime endpoints to connect to.

use serde::{Deserialize, Serialize};
use serde_json::Number;

use super::subscription::PluginSettings;
use crate::id::{PluginId, WebsiteId};

crate::model! {
    /// The plugin the authenticated token belongs to (get connect account).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginConnectAccount {
        /// Plugin identifier.
        pub plugin_id: Option<PluginId>,
    }
}

crate::string_enum! {
    /// How a website changed for the plugin since the given date (`difference`, list
    /// connect websites since).
    pub enum WebsiteDifference {
        /// The website installed the plugin.
        Added = "added",
        /// The website changed its plugin settings.
        Updated = "updated",
        /// The website removed the plugin.
        Removed = "removed",
    }
}

crate::model! {
    /// A website that installed the plugin (list all connect websites, list connect websites
    /// since).
    #[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginConnectWebsite {
        /// Website identifier.
        pub website_id: Option<WebsiteId>,
        /// Price the website pays for the plugin, as sent (integer or decimal).
        pub price: Option<Number>,
        /// Per-website token of the plugin.
        pub token: Option<String>,
        /// The plugin settings of this website (free-form, defined by the plugin).
        pub settings: PluginSettings,
        /// The website's Crisp plan (sent when `include_plan` is set).
        pub plan: Option<PluginConnectWebsitePlan>,
        /// How the website changed since the given date (list connect websites since only).
        pub difference: Option<WebsiteDifference>,
    }
}

crate::model! {
    /// The Crisp plan of a website that installed the plugin (`plan`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginConnectWebsitePlan {
        /// Plan identifier.
        pub id: Option<String>,
        /// Plan name.
        pub name: Option<String>,
        /// Whether the plan is in its trial period.
        pub trialing: Option<bool>,
    }
}

crate::model! {
    /// The realtime endpoints a plugin connects to (get connect endpoints).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PluginConnectEndpoints {
        /// The main RTM socket endpoint.
        pub socket: Option<ConnectSocketEndpoint>,
        /// Endpoints to fall back to when the main ones fail.
        pub rescue: Option<ConnectRescueEndpoints>,
    }
}

crate::model! {
    /// An RTM socket endpoint (`socket`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConnectSocketEndpoint {
        /// URL of the socket (e.g. `wss://plugin.relay.crisp.chat/`).
        pub app: Option<String>,
    }
}

crate::model! {
    /// Fallback endpoints (`rescue`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConnectRescueEndpoints {
        /// The fallback RTM socket endpoint.
        pub socket: Option<ConnectSocketEndpoint>,
    }
}

crate::redacted_debug!(PluginConnectWebsite { website_id, price, settings, plan, difference; secret: token });
