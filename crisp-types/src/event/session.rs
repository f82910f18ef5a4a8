//! Payloads of the `session:*` events: a conversation and its visitor changed.

use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::id::{InboxId, SessionId, UserId, WebsiteId};
use crate::website::conversation::{
    Availability, ConversationEvent, ConversationPage, ConversationState, DeviceSystem,
    Geolocation, MetaConnection, Origin, Participant, Verification,
};

/// Payload of `session:update_availability`: the visitor went online or offline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionUpdateAvailability {
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
    /// Visitor availability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<Availability>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:update_verify`: the identity verification status changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionUpdateVerify {
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
    /// Whether the visitor identity is verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_verified: Option<bool>,
    /// Identity verifications done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verifications: Option<Vec<Verification>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:request:initiated`: a conversation was started.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionRequestInitiated {
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
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_email`: the visitor email was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetEmail {
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
    /// Visitor email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_phone`: the visitor phone number was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetPhone {
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
    /// Visitor phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_address`: the visitor postal address was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetAddress {
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
    /// Visitor postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_subject`: the conversation subject was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetSubject {
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
    /// Conversation subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_avatar`: the visitor avatar was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetAvatar {
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
    /// Visitor avatar URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_nickname`: the visitor name was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetNickname {
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
    /// Visitor name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_origin`: the conversation origin was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetOrigin {
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
    /// Channel the conversation comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_data`: the conversation custom data was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetData {
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
    /// Custom data (values are strings, numbers or booleans).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Map<String, Value>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:pages`: the visitor browsed pages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncPages {
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
    /// Pages browsed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<Vec<ConversationPage>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:events`: custom events were pushed for the visitor.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncEvents {
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
    /// Events pushed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<ConversationEvent>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:capabilities`: the visitor device capabilities.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncCapabilities {
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
    /// Device capabilities (e.g. `call`, `browsing`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capabilities: Option<SessionCapabilities>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:geolocation`: where the visitor is.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncGeolocation {
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
    /// Visitor location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:system`: the visitor operating system and browser.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncSystem {
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
    /// Operating system and browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<DeviceSystem>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:network`: the network the visitor connects from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncNetwork {
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
    /// Visitor network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<SessionNetwork>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:timezone`: the visitor time zone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncTimezone {
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
    /// Visitor time zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<SessionTimezone>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:locales`: the visitor preferred locales.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncLocales {
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
    /// Visitor locales.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locales: Option<SessionLocales>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:rating`: the visitor rated the conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncRating {
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
    /// The rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<SessionRating>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:sync:topic`: the conversation topic was set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSyncTopic {
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
    /// Conversation topic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_state`: the conversation state changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetState {
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
    /// New conversation state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<ConversationState>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_block`: incoming messages were blocked or unblocked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetBlock {
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
    /// Whether incoming messages are blocked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_blocked: Option<bool>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_segments`: the conversation segments were set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetSegments {
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
    /// Segments (tags) of the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_opened`: an operator opened the conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetOpened {
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
    /// Operator who opened the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<EventOperator>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_closed`: an operator closed the conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetClosed {
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
    /// Operator who closed the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<EventOperator>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_participants`: the extra participants were set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetParticipants {
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
    /// Extra participants (e.g. email CCs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<Vec<Participant>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_mentions`: operators were mentioned.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetMentions {
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
    /// Operators mentioned in the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentions: Option<Vec<UserId>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_routing`: the conversation routing changed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetRouting {
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
    /// New routing identifier (`Some(None)`: sent as `null`).
    #[serde(
        default,
        deserialize_with = "crate::event::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub routing_id: Option<Option<String>>,
    /// Previous routing identifier (`Some(None)`: sent as `null`).
    #[serde(
        default,
        deserialize_with = "crate::event::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_routing_id: Option<Option<String>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:set_inbox`: the conversation moved to another inbox.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionSetInbox {
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
    /// Previous inbox (`Some(None)`: sent as `null`, no inbox).
    #[serde(
        default,
        deserialize_with = "crate::event::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_inbox_id: Option<Option<InboxId>>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:removed`: the conversation was removed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionRemoved {
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
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `session:error`: a conversation update was refused.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionError {
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
    /// Error type (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Value that was refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Value kept instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_value: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// The operator who opened or closed a conversation (`operator`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventOperator {
    /// Operator user identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<UserId>,
    /// Operator avatar URL (`Some(None)`: sent as `null`).
    #[serde(
        default,
        deserialize_with = "crate::event::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub avatar: Option<Option<String>>,
    /// Operator name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
}

/// Network a visitor connects from (`network` of `session:sync:network`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionNetwork {
    /// Visitor IP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Internet service provider details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection: Option<MetaConnection>,
}

/// Visitor time zone (`timezone` of `session:sync:timezone`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionTimezone {
    /// Offset from UTC, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i32>,
}

/// Visitor locales (`locales` of `session:sync:locales`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionLocales {
    /// Preferred locales, most preferred first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locales: Option<Vec<String>>,
}

/// A conversation rating (`rating` of `session:sync:rating`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SessionRating {
    /// Number of stars given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stars: Option<u8>,
    /// Comment left with the rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// Capabilities of a visitor device (`capabilities` of `session:sync:capabilities`).
///
/// node-crisp-api types it as a list of strings, go-crisp-api as an object
/// `{"capabilities": [...]}`; both decode, and re-encode in the shape received.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionCapabilities {
    /// A plain list, e.g. `["call", "browsing"]`.
    List(Vec<String>),
    /// A list wrapped in an object: `{"capabilities": ["call", "browsing"]}`.
    Wrapped(Vec<String>),
}

impl Default for SessionCapabilities {
    fn default() -> Self {
        SessionCapabilities::List(Vec::new())
    }
}

impl SessionCapabilities {
    /// The capabilities, whatever the shape they came in.
    #[must_use]
    pub fn as_slice(&self) -> &[String] {
        match self {
            SessionCapabilities::List(list) | SessionCapabilities::Wrapped(list) => list,
        }
    }
}

/// The object shape of [`SessionCapabilities`].
#[derive(Serialize, Deserialize)]
struct WrappedCapabilities<L> {
    #[serde(default)]
    capabilities: L,
}

impl Serialize for SessionCapabilities {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            SessionCapabilities::List(list) => list.serialize(serializer),
            SessionCapabilities::Wrapped(list) => {
                WrappedCapabilities { capabilities: list }.serialize(serializer)
            }
        }
    }
}

impl<'de> Deserialize<'de> for SessionCapabilities {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CapabilitiesVisitor;

        impl<'de> Visitor<'de> for CapabilitiesVisitor {
            type Value = SessionCapabilities;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of capabilities, or an object holding one")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                Vec::deserialize(SeqAccessDeserializer::new(seq)).map(SessionCapabilities::List)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                WrappedCapabilities::<Vec<String>>::deserialize(MapAccessDeserializer::new(map))
                    .map(|wrapped| SessionCapabilities::Wrapped(wrapped.capabilities))
            }
        }

        deserializer.deserialize_any(CapabilitiesVisitor)
    }
}

payload_ids!(website, session:
    SessionUpdateAvailability,
    SessionUpdateVerify,
    SessionRequestInitiated,
    SessionSetEmail,
    SessionSetPhone,
    SessionSetAddress,
    SessionSetSubject,
    SessionSetAvatar,
    SessionSetNickname,
    SessionSetOrigin,
    SessionSetData,
    SessionSyncPages,
    SessionSyncEvents,
    SessionSyncCapabilities,
    SessionSyncGeolocation,
    SessionSyncSystem,
    SessionSyncNetwork,
    SessionSyncTimezone,
    SessionSyncLocales,
    SessionSyncRating,
    SessionSyncTopic,
    SessionSetState,
    SessionSetBlock,
    SessionSetSegments,
    SessionSetOpened,
    SessionSetClosed,
    SessionSetParticipants,
    SessionSetMentions,
    SessionSetRouting,
    SessionSetInbox,
    SessionRemoved,
    SessionError,
);
