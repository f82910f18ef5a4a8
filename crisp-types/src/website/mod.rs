//! Models of the `website` service of the REST API.

pub mod conversation;
