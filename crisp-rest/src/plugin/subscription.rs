//! Plugin subscription methods.
