//! Models of the `plan` service: plan subscriptions.

pub mod subscription;
