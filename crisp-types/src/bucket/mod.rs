//! Models of the `bucket` service: upload URLs.

pub mod url;
