//! Website availability methods.
