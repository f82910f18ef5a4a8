//! Batch operations on conversations and people.
