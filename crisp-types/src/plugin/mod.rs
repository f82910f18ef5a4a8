//! Models of the `plugin` service: plugin connect and subscriptions.

pub mod connect;
pub mod subscription;
