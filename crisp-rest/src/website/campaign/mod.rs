//! Website campaign methods.
