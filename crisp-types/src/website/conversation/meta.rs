//! Conversation metas: what is known about the visitor.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::origin::Origin;

crate::model! {
    /// Conversation metas (get metas, and `meta` of a conversation).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationMeta {
        /// Visitor name.
        pub nickname: Option<String>,
        /// Visitor email.
        pub email: Option<String>,
        /// Visitor phone number.
        pub phone: Option<String>,
        /// Visitor IP address.
        pub ip: Option<String>,
        /// Visitor avatar URL.
        pub avatar: Option<String>,
        /// Free-form custom data (values are strings, numbers or booleans).
        pub data: Map<String, Value>,
        /// Network the visitor connects from.
        pub connection: Option<MetaConnection>,
        /// Visitor device.
        pub device: Option<MetaDevice>,
        /// Segments (tags) of the conversation.
        pub segments: Vec<String>,
        /// Visitor postal address.
        pub address: Option<String>,
        /// Conversation subject (e.g. of an email).
        pub subject: Option<String>,
        /// Channel the conversation started from.
        pub origin: Option<Origin>,
    }
}

crate::model! {
    /// Network a visitor connects from (`connection`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MetaConnection {
        /// Internet service provider.
        pub isp: Option<String>,
        /// Autonomous system number.
        pub asn: Option<String>,
    }
}

crate::model! {
    /// A visitor device (`device`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MetaDevice {
        /// Device capabilities (e.g. `call`, `browsing`).
        pub capabilities: Vec<String>,
        /// Where the device is.
        pub geolocation: Option<Geolocation>,
        /// Operating system and browser.
        pub system: Option<DeviceSystem>,
        /// Time zone offset, in minutes.
        pub timezone: Option<i32>,
        /// Preferred locales.
        pub locales: Vec<String>,
    }
}

crate::model! {
    /// Where a visitor device is (`geolocation`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Geolocation {
        /// Country code.
        pub country: Option<String>,
        /// Region.
        pub region: Option<String>,
        /// City.
        pub city: Option<String>,
        /// Coordinates.
        pub coordinates: Option<Coordinates>,
    }
}

crate::model! {
    /// Geographic coordinates (`coordinates`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Coordinates {
        /// Latitude, in degrees.
        pub latitude: Option<f64>,
        /// Longitude, in degrees.
        pub longitude: Option<f64>,
    }
}

crate::model! {
    /// Operating system and browser of a device (`system`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct DeviceSystem {
        /// Operating system.
        pub os: Option<SoftwareInfo>,
        /// Browser engine.
        pub engine: Option<SoftwareInfo>,
        /// Browser.
        pub browser: Option<SoftwareInfo>,
        /// Raw user agent.
        pub useragent: Option<String>,
    }
}

crate::model! {
    /// Name and version of an operating system, engine or browser.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SoftwareInfo {
        /// Name.
        pub name: Option<String>,
        /// Full version.
        pub version: Option<String>,
        /// Major version (browsers).
        pub major: Option<String>,
    }
}

crate::model! {
    /// Body of "update conversation metas": only the keys set are sent.
    ///
    /// An empty `segments` list or `data` map is sent as such (it clears them).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConversationMetaUpdate {
        /// Visitor name.
        pub nickname: Option<String>,
        /// Visitor email.
        pub email: Option<String>,
        /// Visitor phone number.
        pub phone: Option<String>,
        /// Visitor IP address.
        pub ip: Option<String>,
        /// Visitor avatar URL.
        pub avatar: Option<String>,
        /// Free-form custom data.
        pub data: Option<Map<String, Value>>,
        /// Network the visitor connects from.
        pub connection: Option<MetaConnection>,
        /// Visitor device.
        pub device: Option<MetaDevice>,
        /// Segments (tags) of the conversation.
        pub segments: Option<Vec<String>>,
        /// Visitor postal address.
        pub address: Option<String>,
        /// Conversation subject.
        pub subject: Option<String>,
        /// Channel the conversation started from.
        pub origin: Option<Origin>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl ConversationMetaUpdate {
    /// An update that changes nothing yet.
    #[must_use]
    pub fn new() -> Self {
        ConversationMetaUpdate::default()
    }
}

crate::setters! {
    impl ConversationMetaUpdate {
        /// Sets the visitor name.
        #[must_use]
        nickname: impl Into<String>,
        /// Sets the visitor email.
        #[must_use]
        email: impl Into<String>,
        /// Sets the visitor phone number.
        #[must_use]
        phone: impl Into<String>,
        /// Sets the visitor IP address.
        #[must_use]
        ip: impl Into<String>,
        /// Sets the visitor avatar URL.
        #[must_use]
        avatar: impl Into<String>,
        /// Sets the custom data (replaces all of it).
        #[must_use]
        data: Map<String, Value>,
        /// Sets the network the visitor connects from.
        #[must_use]
        connection: MetaConnection,
        /// Sets the visitor device.
        #[must_use]
        device: MetaDevice,
        /// Sets the segments (replaces all of them).
        #[must_use]
        segments: Vec<String>,
        /// Sets the visitor postal address.
        #[must_use]
        address: impl Into<String>,
        /// Sets the conversation subject.
        #[must_use]
        subject: impl Into<String>,
        /// Sets the channel the conversation started from.
        #[must_use]
        origin: impl Into<Origin>,
    }
}
