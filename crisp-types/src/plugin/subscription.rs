//! Plugin subscription models.
