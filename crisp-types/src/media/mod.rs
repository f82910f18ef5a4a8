//! Models of the `media` service: animations.

pub mod animation;
