//! Website operator methods.
