//! Website settings methods.
