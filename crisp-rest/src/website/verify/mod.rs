//! Website verify methods.
