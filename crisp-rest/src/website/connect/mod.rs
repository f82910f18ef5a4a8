//! Website connect methods.
