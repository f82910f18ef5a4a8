//! Website inbox methods.
