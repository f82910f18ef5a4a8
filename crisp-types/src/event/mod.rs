//! Realtime events: what the RTM API (socket.io) and web hooks deliver.
//!
//! Both transports carry the same events: a name (`message:send`, …) and a `data`
//! object. [`Event::decode`] turns the pair into a typed [`Event`], borrowing the raw
//! `data` from the frame or body it came in; both transports call it. It is strict about
//! the events it knows, and lenient about the others:
//! - a known name whose payload fits its type gives the typed variant;
//! - a known name whose payload does not fit (a field of the wrong type, a payload that
//!   is not an object) is an [`EventError`] naming the event and the JSON path of the
//!   misfit, with the payload kept as received: nothing is dropped silently;
//! - a name this version does not know gives [`Event::Unknown`] with the data kept as
//!   sent: `Unknown` only ever means "an event name this version does not know".
//!
//! ```
//! use crisp_types::event::{Event, EventName};
//! use serde_json::value::RawValue;
//!
//! let data = RawValue::from_string(
//!     r#"{"website_id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc","session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","email":"jane@example.com"}"#
//!         .to_owned(),
//! )
//! .unwrap();
//! let event = Event::decode("session:set_email", &data)?;
//! assert_eq!(event.kind(), EventName::SessionSetEmail);
//! assert_eq!(
//!     event.session_id().map(|id| id.as_str()),
//!     Some("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881")
//! );
//! if let Event::SessionSetEmail(payload) = &event {
//!     assert_eq!(payload.email.as_deref(), Some("jane@example.com"));
//! }
//! // Re-emit the payload exactly as received.
//! let json = serde_json::to_string(&event.data()).unwrap();
//! assert_eq!(json, data.get());
//!
//! // A known event with a wrongly typed field is an error, not `Unknown`.
//! let bad = RawValue::from_string(r#"{"session_id":42}"#.to_owned()).unwrap();
//! let error = Event::decode("session:set_email", &bad).unwrap_err();
//! assert_eq!((error.name(), error.path()), ("session:set_email", "session_id"));
//!
//! // A name this version does not know is kept.
//! let later = Event::decode("session:set_mood", &bad)?;
//! assert!(matches!(later, Event::Unknown { .. }));
//! # Ok::<(), crisp_types::event::EventError>(())
//! ```
//!
//! # Payload conventions
//! Every payload field is optional: any JSON object whose fields have their documented types
//! decodes (a field of another type is an [`EventError`]), and a decoded payload
//! re-encodes to the same JSON (keys Crisp did not send are not written). Lists and maps
//! are `Option`s too, so that an empty `[]` / `{}` is written back as received. Fields
//! documented as nullable (`inbox_id`, `routing_id`, …) are `Option<Option<T>>`:
//! `None` = absent, `Some(None)` = `null`. Keys this library does not know are dropped.

/// Defines an event payload struct, writing its envelope fields once.
///
/// It is a [`model!`](crate::model!) with the envelope fields added: every field is an
/// `Option` left out of the JSON when `None`, and the container is `#[serde(default)]`, so
/// any subset of the fields decodes. The kind after the name adds
/// the envelope fields Crisp repeats across events, in the order Crisp writes them, and
/// implements [`Payload`]:
///
/// | kind | fields before the struct's own | after | [`Payload`] |
/// |---|---|---|---|
/// | `Conversation` | `website_id`, `session_id`, `inbox_id` (nullable) | `routing_ids` | website, session |
/// | `Website` | `website_id` | `routing_ids` | website |
/// | `Routed` | — | `routing_ids` | — |
///
/// Each entry keeps its own docs and attributes (a field that is nullable says
/// `#[serde(deserialize_with = "crate::event::nullable")]`). For example
///
/// ```text
/// payload! {
///     /// Payload of `session:set_email`: the visitor email was set.
///     #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
///     pub struct SessionSetEmail: Conversation {
///         /// Visitor email.
///         pub email: Option<String>,
///     }
/// }
/// ```
///
/// generates
///
/// ```text
/// crate::model! {
///     /// Payload of `session:set_email`: the visitor email was set.
///     #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
///     pub struct SessionSetEmail {
///         /// Website the conversation belongs to.
///         pub website_id: Option<WebsiteId>,
///         /// Conversation the event is about.
///         pub session_id: Option<SessionId>,
///         /// Inbox of the conversation (`Some(None)`: sent as `null`, no inbox).
///         #[serde(deserialize_with = "crate::event::nullable")]
///         pub inbox_id: Option<Option<InboxId>>,
///         /// Visitor email.
///         pub email: Option<String>,
///         /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
///         pub routing_ids: Option<Vec<String>>,
///     }
/// }
///
/// impl Payload for SessionSetEmail { /* website_id, session_id */ }
/// ```
macro_rules! payload {
    // Every kind: the struct, its own fields after the kind's envelope, `routing_ids` last.
    (@emit $(#[$meta:meta])* $name:ident ($($ids:tt)*) { $($fields:tt)* }) => {
        crate::model! {
            $(#[$meta])*
            pub struct $name {
                $($fields)*
                /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
                pub routing_ids: Option<Vec<String>>,
            }
        }

        payload_ids!($($ids)*: $name);
    };
    ($(#[$meta:meta])* pub struct $name:ident: Conversation { $($fields:tt)* }) => {
        payload!(@emit $(#[$meta])* $name (website, session) {
            /// Website the conversation belongs to.
            pub website_id: Option<$crate::id::WebsiteId>,
            /// Conversation the event is about.
            pub session_id: Option<$crate::id::SessionId>,
            /// Inbox of the conversation (`Some(None)`: sent as `null`, no inbox).
            #[serde(deserialize_with = "crate::event::nullable")]
            pub inbox_id: Option<Option<$crate::id::InboxId>>,
            $($fields)*
        });
    };
    ($(#[$meta:meta])* pub struct $name:ident: Website { $($fields:tt)* }) => {
        payload!(@emit $(#[$meta])* $name (website) {
            /// Website the event is about.
            pub website_id: Option<$crate::id::WebsiteId>,
            $($fields)*
        });
    };
    ($(#[$meta:meta])* pub struct $name:ident: Routed { $($fields:tt)* }) => {
        payload!(@emit $(#[$meta])* $name (none) { $($fields)* });
    };
}

/// Implements [`Payload`] for payload types, reading the given id fields.
macro_rules! payload_ids {
    (website, session: $($ty:ty),+ $(,)?) => {
        $(
            impl $crate::event::Payload for $ty {
                fn website_id(&self) -> Option<&$crate::id::WebsiteId> {
                    self.website_id.as_ref()
                }
                fn session_id(&self) -> Option<&$crate::id::SessionId> {
                    self.session_id.as_ref()
                }
            }
        )+
    };
    (website: $($ty:ty),+ $(,)?) => {
        $(
            impl $crate::event::Payload for $ty {
                fn website_id(&self) -> Option<&$crate::id::WebsiteId> {
                    self.website_id.as_ref()
                }
            }
        )+
    };
    (none: $($ty:ty),+ $(,)?) => {
        $(impl $crate::event::Payload for $ty {})+
    };
}

mod author;
mod browsing;
mod bucket;
mod call;
mod campaign;
mod email;
mod identity;
mod media;
mod message;
mod path;
mod people;
mod plan;
mod plugin;
mod registry;
mod session;
mod spam;
mod status;
mod website;
mod widget;

pub use browsing::{BrowsingRequestInitiated, BrowsingRequestRejected};
pub use bucket::{BucketUrl, BucketUrlGenerated, BucketUrlPolicy, BucketUrlResource};
pub use call::{CallRequestInitiated, CallRequestRejected};
pub use campaign::{CampaignDispatched, CampaignProgress, CampaignRunning};
pub use email::{EmailSubscribe, EmailTrackView};
pub use identity::IdentityVerifyRequest;
pub use media::{MediaAnimationListed, MediaAnimationResult};
pub use message::{
    MessageAcknowledge, MessageAcknowledgeIgnored, MessageComposeReceive, MessageComposeSend,
    MessageNotifyUnread, MessageRemoved, MessageUpdated,
};
pub use people::{
    PeopleActive, PeopleBindSession, PeopleCard, PeopleCompany, PeopleCompanyMetrics,
    PeopleEmployment, PeopleImportCount, PeopleImportDone, PeopleImportItem,
    PeopleImportItemGroups, PeopleImportItems, PeopleImportProgress, PeoplePerson,
    PeopleProfileCreated, PeopleProfileRemoved, PeopleProfileUpdated, PeopleSocialProfile,
    PeopleSyncProfile,
};
pub use plan::{PlanSubscriptionUpdated, SubscribedPlan};
pub use plugin::{PluginChannel, PluginEvent, PluginSettingsSaved, PluginSubscriptionUpdated};
pub use registry::{Event, EventData, EventError, EventName, EventSeed};
pub use session::{
    EventOperator, SessionCapabilities, SessionError, SessionLocales, SessionNetwork,
    SessionRating, SessionRemoved, SessionRequestInitiated, SessionSetAddress, SessionSetAvatar,
    SessionSetBlock, SessionSetClosed, SessionSetData, SessionSetEmail, SessionSetInbox,
    SessionSetMentions, SessionSetNickname, SessionSetOpened, SessionSetOrigin,
    SessionSetParticipants, SessionSetPhone, SessionSetRouting, SessionSetSegments,
    SessionSetState, SessionSetSubject, SessionSyncCapabilities, SessionSyncEvents,
    SessionSyncGeolocation, SessionSyncLocales, SessionSyncNetwork, SessionSyncPages,
    SessionSyncRating, SessionSyncSystem, SessionSyncTimezone, SessionSyncTopic, SessionTimezone,
    SessionUpdateAvailability, SessionUpdateVerify,
};
pub use spam::{SpamDecision, SpamMessage};
pub use status::{StatusHealth, StatusHealthChanged, StatusNode};
pub use website::{
    OperatorAvailability, WebsiteUpdateOperatorsAvailability, WebsiteUpdateVisitorsCount,
    WebsiteUsersAvailable,
};
pub use widget::{WidgetActionOutcome, WidgetActionProcessed};

/// What every event payload can tell about where it happened.
///
/// [`Event::website_id`] and [`Event::session_id`] read these; payloads without such a
/// field answer `None`.
pub trait Payload {
    /// The website the event is about, when the payload carries `website_id`.
    fn website_id(&self) -> Option<&crate::id::WebsiteId> {
        None
    }

    /// The conversation the event is about, when the payload carries `session_id`.
    fn session_id(&self) -> Option<&crate::id::SessionId> {
        None
    }
}

impl Payload for crate::website::conversation::Message {
    fn website_id(&self) -> Option<&crate::id::WebsiteId> {
        self.website_id.as_ref()
    }

    fn session_id(&self) -> Option<&crate::id::SessionId> {
        self.session_id.as_ref()
    }
}

/// The nullable-field decoder lives in `crate::serde_util` (shared with `website`).
pub(crate) use crate::serde_util::nullable;
