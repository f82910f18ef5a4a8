//! Payloads of the `session:*` events: a conversation and its visitor changed.

use std::fmt;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::id::{InboxId, UserId};
use crate::website::conversation::{
    Availability, ConversationEvent, ConversationPage, ConversationState, DeviceSystem,
    Geolocation, MetaConnection, Origin, Participant, Verification,
};

payload! {
    /// Payload of `session:update_availability`: the visitor went online or offline.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionUpdateAvailability: Conversation {
        /// Visitor availability.
        pub availability: Option<Availability>,
    }
}

payload! {
    /// Payload of `session:update_verify`: the identity verification status changed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionUpdateVerify: Conversation {
        /// Whether the visitor identity is verified.
        pub is_verified: Option<bool>,
        /// Identity verifications done.
        pub verifications: Option<Vec<Verification>>,
    }
}

payload! {
    /// Payload of `session:request:initiated`: a conversation was started.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionRequestInitiated: Conversation {
    }
}

payload! {
    /// Payload of `session:set_email`: the visitor email was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetEmail: Conversation {
        /// Visitor email.
        pub email: Option<String>,
    }
}

payload! {
    /// Payload of `session:set_phone`: the visitor phone number was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetPhone: Conversation {
        /// Visitor phone number.
        pub phone: Option<String>,
    }
}

payload! {
    /// Payload of `session:set_address`: the visitor postal address was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetAddress: Conversation {
        /// Visitor postal address.
        pub address: Option<String>,
    }
}

payload! {
    /// Payload of `session:set_subject`: the conversation subject was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetSubject: Conversation {
        /// Conversation subject.
        pub subject: Option<String>,
    }
}

payload! {
    /// Payload of `session:set_avatar`: the visitor avatar was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetAvatar: Conversation {
        /// Visitor avatar URL.
        pub avatar: Option<String>,
    }
}

payload! {
    /// Payload of `session:set_nickname`: the visitor name was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetNickname: Conversation {
        /// Visitor name.
        pub nickname: Option<String>,
    }
}

payload! {
    /// Payload of `session:set_origin`: the conversation origin was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetOrigin: Conversation {
        /// Channel the conversation comes from.
        pub origin: Option<Origin>,
    }
}

payload! {
    /// Payload of `session:set_data`: the conversation custom data was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetData: Conversation {
        /// Custom data (values are strings, numbers or booleans).
        pub data: Option<Map<String, Value>>,
    }
}

payload! {
    /// Payload of `session:sync:pages`: the visitor browsed pages.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncPages: Conversation {
        /// Pages browsed.
        pub pages: Option<Vec<ConversationPage>>,
    }
}

payload! {
    /// Payload of `session:sync:events`: custom events were pushed for the visitor.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncEvents: Conversation {
        /// Events pushed.
        pub events: Option<Vec<ConversationEvent>>,
    }
}

payload! {
    /// Payload of `session:sync:capabilities`: the visitor device capabilities.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncCapabilities: Conversation {
        /// Device capabilities (e.g. `call`, `browsing`).
        pub capabilities: Option<SessionCapabilities>,
    }
}

payload! {
    /// Payload of `session:sync:geolocation`: where the visitor is.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncGeolocation: Conversation {
        /// Visitor location.
        pub geolocation: Option<Geolocation>,
    }
}

payload! {
    /// Payload of `session:sync:system`: the visitor operating system and browser.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncSystem: Conversation {
        /// Operating system and browser.
        pub system: Option<DeviceSystem>,
    }
}

payload! {
    /// Payload of `session:sync:network`: the network the visitor connects from.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncNetwork: Conversation {
        /// Visitor network.
        pub network: Option<SessionNetwork>,
    }
}

payload! {
    /// Payload of `session:sync:timezone`: the visitor time zone.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncTimezone: Conversation {
        /// Visitor time zone.
        pub timezone: Option<SessionTimezone>,
    }
}

payload! {
    /// Payload of `session:sync:locales`: the visitor preferred locales.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncLocales: Conversation {
        /// Visitor locales.
        pub locales: Option<SessionLocales>,
    }
}

payload! {
    /// Payload of `session:sync:rating`: the visitor rated the conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncRating: Conversation {
        /// The rating.
        pub rating: Option<SessionRating>,
    }
}

payload! {
    /// Payload of `session:sync:topic`: the conversation topic was set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSyncTopic: Conversation {
        /// Conversation topic.
        pub topic: Option<String>,
    }
}

payload! {
    /// Payload of `session:set_state`: the conversation state changed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetState: Conversation {
        /// New conversation state.
        pub state: Option<ConversationState>,
    }
}

payload! {
    /// Payload of `session:set_block`: incoming messages were blocked or unblocked.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetBlock: Conversation {
        /// Whether incoming messages are blocked.
        pub is_blocked: Option<bool>,
    }
}

payload! {
    /// Payload of `session:set_segments`: the conversation segments were set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetSegments: Conversation {
        /// Segments (tags) of the conversation.
        pub segments: Option<Vec<String>>,
    }
}

payload! {
    /// Payload of `session:set_opened`: an operator opened the conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetOpened: Conversation {
        /// Operator who opened the conversation.
        pub operator: Option<EventOperator>,
    }
}

payload! {
    /// Payload of `session:set_closed`: an operator closed the conversation.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetClosed: Conversation {
        /// Operator who closed the conversation.
        pub operator: Option<EventOperator>,
    }
}

payload! {
    /// Payload of `session:set_participants`: the extra participants were set.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetParticipants: Conversation {
        /// Extra participants (e.g. email CCs).
        pub participants: Option<Vec<Participant>>,
    }
}

payload! {
    /// Payload of `session:set_mentions`: operators were mentioned.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetMentions: Conversation {
        /// Operators mentioned in the conversation.
        pub mentions: Option<Vec<UserId>>,
    }
}

payload! {
    /// Payload of `session:set_routing`: the conversation routing changed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetRouting: Conversation {
        /// New routing identifier (`Some(None)`: sent as `null`).
        #[serde(deserialize_with = "crate::event::nullable")]
        pub routing_id: Option<Option<String>>,
        /// Previous routing identifier (`Some(None)`: sent as `null`).
        #[serde(deserialize_with = "crate::event::nullable")]
        pub previous_routing_id: Option<Option<String>>,
    }
}

payload! {
    /// Payload of `session:set_inbox`: the conversation moved to another inbox.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionSetInbox: Conversation {
        /// Previous inbox (`Some(None)`: sent as `null`, no inbox).
        #[serde(deserialize_with = "crate::event::nullable")]
        pub previous_inbox_id: Option<Option<InboxId>>,
    }
}

payload! {
    /// Payload of `session:removed`: the conversation was removed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionRemoved: Conversation {
    }
}

payload! {
    /// Payload of `session:error`: a conversation update was refused.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionError: Conversation {
        /// Error type (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Value that was refused.
        pub value: Option<String>,
        /// Value kept instead.
        pub previous_value: Option<String>,
    }
}

crate::model! {
    /// The operator who opened or closed a conversation (`operator`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct EventOperator {
        /// Operator user identifier.
        pub user_id: Option<UserId>,
        /// Operator avatar URL (`Some(None)`: sent as `null`).
        #[serde(deserialize_with = "crate::event::nullable")]
        pub avatar: Option<Option<String>>,
        /// Operator name.
        pub nickname: Option<String>,
    }
}

crate::model! {
    /// Network a visitor connects from (`network` of `session:sync:network`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionNetwork {
        /// Visitor IP address.
        pub ip: Option<String>,
        /// Internet service provider details.
        pub connection: Option<MetaConnection>,
    }
}

crate::model! {
    /// Visitor time zone (`timezone` of `session:sync:timezone`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionTimezone {
        /// Offset from UTC, in minutes.
        pub offset: Option<i32>,
    }
}

crate::model! {
    /// Visitor locales (`locales` of `session:sync:locales`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionLocales {
        /// Preferred locales, most preferred first.
        pub locales: Option<Vec<String>>,
    }
}

crate::model! {
    /// A conversation rating (`rating` of `session:sync:rating`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SessionRating {
        /// Number of stars given.
        pub stars: Option<u8>,
        /// Comment left with the rating.
        pub comment: Option<String>,
    }
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
