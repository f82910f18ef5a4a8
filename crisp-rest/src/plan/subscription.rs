//! Plan subscription methods.
