//! Media animation methods.
