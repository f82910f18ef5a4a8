//! Website base methods.
