//! Serde data types of the [Crisp](https://crisp.chat) API.
//!
//! This crate depends on `serde` and `serde_json` only, so shared model crates can use it
//! without pulling an HTTP stack. Through the facade (`crisp-api`) it is `crisp::types`. It
//! holds:
//!
//! - [`id`](mod@id): identifier newtypes ([`WebsiteId`], [`SessionId`], …) that cannot be swapped;
//! - [`website`], [`plugin`], [`plan`], [`media`], [`bucket`]: the REST models, one module
//!   per API section;
//! - [`event`]: the realtime events (RTM and web hooks), typed by name;
//! - [`body`]: what request bodies share (keys a body type has no field for, `null`s);
//!
//! # Features: API sections
//! Each API section is a feature named after its module, all on by default (`full`):
//!
//! | feature | modules | also enables |
//! |---|---|---|
//! | `event` | [`event`] (and [`Event`], [`EventName`], [`EventData`] at the root) | `conversation`, `people` |
//! | `conversation` | `website::conversation` (conversations, messages) | |
//! | `people` | `website::people` | `campaign`, `conversation` |
//! | `campaign`, `batch`, `helpdesk`, `visitors` | `website::campaign`, … | `conversation` |
//! | `helpdesk-tree` | `website::helpdesk_tree` | |
//! | `operator` | `website::operator` | `availability` |
//! | `analytics`, `availability`, `base`, `connect`, `inbox`, `settings`, `team`, `verify` | `website::analytics`, … | |
//! | `plugin` | `plugin` | `plan` |
//! | `plan`, `media`, `bucket` | `plan`, `media`, `bucket` | |
//! | `full` (default) | all of the above | |
//!
//! [`id`](mod@id) and the `website` module itself are always there. A crate that needs some
//! sections only, say the conversation models, compiles a fraction of this crate with
//! `crisp-types = { version = "0.1", default-features = false, features = ["conversation"] }`.
//!
//! # Forward compatibility
//! Every closed set of strings is a `#[non_exhaustive]` enum with an `Unknown(String)`
//! variant that keeps the value as sent, so a value Crisp adds tomorrow never fails a
//! response. Fields Crisp may omit are `Option`s or default to empty collections; fields
//! that are not set are not serialized, so a decoded payload re-encodes to the same JSON.
//! Update bodies keep the keys they have no field for in an `extra` map, so a key Crisp
//! adds later can be sent, and a decoded body loses nothing (see [`body`]).
//!
//! # Example
//! ```
//! use crisp_types::event::{Event, EventName};
//!
//! let data = serde_json::json!({
//!     "website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc",
//!     "session_id": "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
//!     "type": "text",
//!     "content": "Hello!",
//!     "from": "user",
//!     "origin": "chat",
//!     "timestamp": 1718029573512_u64,
//!     "fingerprint": 171802957351245_u64
//! });
//! let event = Event::decode_value("message:send", data)?;
//! assert_eq!(event.kind(), EventName::MessageSend);
//! let Event::MessageSend(message) = &event else { unreachable!("a message:send event") };
//! assert_eq!(message.content.as_text(), Some("Hello!"));
//!
//! // An event this version does not know is kept, not refused.
//! let later = Event::decode_value("session:set_mood", serde_json::json!({"mood": "happy"}))?;
//! assert!(!later.is_typed());
//! assert_eq!(later.name(), "session:set_mood");
//! # Ok::<(), crisp_types::event::EventError>(())
//! ```
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Helpers for the models: a build with only some sections leaves some of them unused.
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_macros))]
mod macros;
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod serde_util;

pub mod body;
#[cfg(feature = "bucket")]
#[cfg_attr(docsrs, doc(cfg(feature = "bucket")))]
pub mod bucket;
#[cfg(feature = "event")]
#[cfg_attr(docsrs, doc(cfg(feature = "event")))]
pub mod event;
pub mod id;
#[cfg(feature = "media")]
#[cfg_attr(docsrs, doc(cfg(feature = "media")))]
pub mod media;
#[cfg(feature = "plan")]
#[cfg_attr(docsrs, doc(cfg(feature = "plan")))]
pub mod plan;
#[cfg(feature = "plugin")]
#[cfg_attr(docsrs, doc(cfg(feature = "plugin")))]
pub mod plugin;
pub mod website;

#[cfg_attr(not(feature = "full"), allow(unused_imports))]
pub(crate) use macros::{extends, id, model, redacted_debug, setters, string_enum};

#[cfg(feature = "event")]
#[cfg_attr(docsrs, doc(cfg(feature = "event")))]
pub use event::{Event, EventData, EventError, EventName};
pub use id::{
    ArticleId, BrowsingId, CallId, CampaignId, CategoryId, ChangeId, EntityId, Fingerprint,
    InboxId, OperatorId, OriginalId, PeopleId, PluginId, RedirectionId, SectionId, SessionId,
    SpamId, TeamId, TemplateId, TokenId, UserId, WebsiteId,
};
