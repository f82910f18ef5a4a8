//! Test support shared by the cross-crate integration tests.
