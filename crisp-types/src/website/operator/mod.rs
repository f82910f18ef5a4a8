//! Operators of a website.
