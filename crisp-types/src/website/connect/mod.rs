//! Website connect endpoints.
