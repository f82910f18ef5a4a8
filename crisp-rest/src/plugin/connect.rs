//! Plugin connect methods.
