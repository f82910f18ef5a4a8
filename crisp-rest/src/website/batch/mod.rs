//! Website batch methods.
