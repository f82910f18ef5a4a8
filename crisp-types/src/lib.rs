//! Serde data types of the [Crisp](https://crisp.chat) API.
//!
//! This crate depends on `serde` and `serde_json` only, so shared model crates can use it
//! without pulling an HTTP stack. It holds:
//!
//! - [`id`](mod@id): identifier newtypes ([`WebsiteId`], [`SessionId`], …) that cannot be swapped;
//! - [`website`], [`plugin`], [`plan`], [`media`], [`bucket`]: the REST models, one module
//!   per API section;
//! - [`event`]: the realtime events (RTM and web hooks), typed by name;
//!
//! # Forward compatibility
//! Every closed set of strings is a `#[non_exhaustive]` enum with an `Unknown(String)`
//! variant that keeps the value as sent, so a value Crisp adds tomorrow never fails a
//! response. Fields Crisp may omit are `Option`s or default to empty collections; fields
//! that are not set are not serialized, so a decoded payload re-encodes to the same JSON.
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

pub use event::{Event, EventData, EventName};
pub use id::{
    ArticleId, BrowsingId, CallId, CampaignId, CategoryId, ChangeId, EntityId, Fingerprint,
    InboxId, OperatorId, OriginalId, PeopleId, PluginId, RedirectionId, SectionId, SessionId,
    SpamId, TeamId, TemplateId, TokenId, UserId, WebsiteId,
};
