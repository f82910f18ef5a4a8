//! Identity verification settings.
