//! Models of the `website` service of the REST API, one module per API section.

#[cfg(feature = "analytics")]
#[cfg_attr(docsrs, doc(cfg(feature = "analytics")))]
pub mod analytics;
#[cfg(feature = "availability")]
#[cfg_attr(docsrs, doc(cfg(feature = "availability")))]
pub mod availability;
#[cfg(feature = "base")]
#[cfg_attr(docsrs, doc(cfg(feature = "base")))]
pub mod base;
#[cfg(feature = "batch")]
#[cfg_attr(docsrs, doc(cfg(feature = "batch")))]
pub mod batch;
#[cfg(feature = "campaign")]
#[cfg_attr(docsrs, doc(cfg(feature = "campaign")))]
pub mod campaign;
#[cfg(feature = "connect")]
#[cfg_attr(docsrs, doc(cfg(feature = "connect")))]
pub mod connect;
#[cfg(feature = "conversation")]
#[cfg_attr(docsrs, doc(cfg(feature = "conversation")))]
pub mod conversation;
pub mod filter;
#[cfg(feature = "helpdesk")]
#[cfg_attr(docsrs, doc(cfg(feature = "helpdesk")))]
pub mod helpdesk;
#[cfg(feature = "helpdesk-tree")]
#[cfg_attr(docsrs, doc(cfg(feature = "helpdesk-tree")))]
pub mod helpdesk_tree;
#[cfg(feature = "inbox")]
#[cfg_attr(docsrs, doc(cfg(feature = "inbox")))]
pub mod inbox;
#[cfg(feature = "operator")]
#[cfg_attr(docsrs, doc(cfg(feature = "operator")))]
pub mod operator;
#[cfg(feature = "people")]
#[cfg_attr(docsrs, doc(cfg(feature = "people")))]
pub mod people;
#[cfg(feature = "settings")]
#[cfg_attr(docsrs, doc(cfg(feature = "settings")))]
pub mod settings;
#[cfg(feature = "team")]
#[cfg_attr(docsrs, doc(cfg(feature = "team")))]
pub mod team;
#[cfg(feature = "verify")]
#[cfg_attr(docsrs, doc(cfg(feature = "verify")))]
pub mod verify;
#[cfg(feature = "visitors")]
#[cfg_attr(docsrs, doc(cfg(feature = "visitors")))]
pub mod visitors;

pub use filter::{FilterMatch, FilterOperator};
