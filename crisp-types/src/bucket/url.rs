//! Bucket url models.
