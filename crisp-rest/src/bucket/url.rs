//! Bucket URL methods.
