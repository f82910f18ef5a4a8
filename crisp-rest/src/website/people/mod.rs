//! Website people methods.
