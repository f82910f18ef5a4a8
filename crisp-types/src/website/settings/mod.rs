//! Website settings.
