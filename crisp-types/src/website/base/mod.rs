//! Websites themselves: create, get, delete.
