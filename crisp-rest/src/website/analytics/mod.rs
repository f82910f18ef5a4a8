//! Website analytics methods.
