//! Inboxes.
