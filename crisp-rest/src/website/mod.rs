//! The `website` service: `client.website().<method>(…)`.
//!
//! Each method is one short definition: the Crisp label and tiers in its doc line, then
//! the verb and route template, its parameters in order, query and body, and the output.
//! Its doc says what each argument is and what the awaited call resolves to, and its
//! `# Errors` line links the error kinds shared by every call ([`Call`](crate::Call#errors)).
//! Arguments follow one rule: ids by reference, bodies the API takes whole (`message`,
//! `metas`…) by reference, and bodies Crisp builds from a few keys as typed values
//! (`impl Into<StateChange>` accepts a bare `ConversationState`).

#[cfg(feature = "analytics")]
mod analytics;
#[cfg(feature = "availability")]
mod availability;
#[cfg(feature = "base")]
mod base;
#[cfg(feature = "batch")]
mod batch;
#[cfg(feature = "campaign")]
mod campaign;
#[cfg(feature = "connect")]
mod connect;
#[cfg(feature = "conversation")]
#[cfg_attr(docsrs, doc(cfg(feature = "conversation")))]
pub mod conversation;
#[cfg(feature = "helpdesk")]
#[cfg_attr(docsrs, doc(cfg(feature = "helpdesk")))]
pub mod helpdesk;
#[cfg(feature = "helpdesk-tree")]
#[cfg_attr(docsrs, doc(cfg(feature = "helpdesk-tree")))]
pub mod helpdesk_tree;
#[cfg(feature = "inbox")]
mod inbox;
#[cfg(feature = "operator")]
mod operator;
#[cfg(feature = "people")]
#[cfg_attr(docsrs, doc(cfg(feature = "people")))]
pub mod people;
#[cfg(feature = "settings")]
mod settings;
#[cfg(feature = "team")]
mod team;
#[cfg(feature = "verify")]
mod verify;
#[cfg(feature = "visitors")]
#[cfg_attr(docsrs, doc(cfg(feature = "visitors")))]
pub mod visitors;

crate::service::service! {
    /// The methods of the `website` service. Get one with [`Client::website`](crate::Client::website).
    WebsiteApi
}
