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
//!
//! It has no features.
//!
//! # Forward compatibility
//! Every closed set of strings is a `#[non_exhaustive]` enum with an `Unknown(String)`
//! variant that keeps the value as sent, so a value Crisp adds tomorrow never fails a
//! response. Fields Crisp may omit are `Option`s or default to empty collections; fields
//! that are not set are not serialized, so a decoded payload re-encodes to the same JSON.
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

#[doc(hidden)]
pub mod macros;

pub mod bucket;
pub mod event;
pub mod id;
pub mod media;
pub mod plan;
pub mod plugin;
pub mod website;

pub use event::{Event, EventData, EventError, EventName};
pub use id::{
    ArticleId, BrowsingId, CallId, CampaignId, CategoryId, ChangeId, EntityId, Fingerprint,
    InboxId, OperatorId, OriginalId, PeopleId, PluginId, RedirectionId, SectionId, SessionId,
    SpamId, TeamId, TemplateId, TokenId, UserId, WebsiteId,
};
