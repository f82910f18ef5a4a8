//! Models of the `website` service of the REST API, one module per API section.

pub mod analytics;
pub mod availability;
pub mod base;
pub mod batch;
pub mod campaign;
pub mod connect;
pub mod conversation;
pub mod helpdesk;
pub mod helpdesk_tree;
pub mod inbox;
pub mod operator;
pub mod people;
pub mod settings;
pub mod team;
pub mod verify;
pub mod visitors;
