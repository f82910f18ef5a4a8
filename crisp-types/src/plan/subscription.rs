//! Plan subscription models.
