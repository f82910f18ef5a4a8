//! The `website` service: `client.website().<method>(…)`.
//!
//! Each method is one short definition: the Crisp label and tiers in its doc line, then
//! the verb and route template, its parameters in order, query and body, and the output.
//! Its doc says what each argument is and what the awaited call resolves to, and its
//! `# Errors` line links the error kinds shared by every call ([`Call`](crate::Call#errors)).
//! Arguments follow one rule: ids by reference, bodies the API takes whole (`message`,
//! `metas`…) by reference, and bodies Crisp builds from a few keys as typed values
//! (`impl Into<StateChange>` accepts a bare `ConversationState`).

mod analytics;
mod availability;
mod base;
mod batch;
mod campaign;
mod connect;
pub mod conversation;
pub mod helpdesk;
pub mod helpdesk_tree;
mod inbox;
mod operator;
pub mod people;
mod settings;
mod team;
mod verify;
pub mod visitors;

crate::service::service! {
    /// The methods of the `website` service. Get one with [`Client::website`](crate::Client::website).
    WebsiteApi
}
