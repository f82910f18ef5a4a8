//! Availability of a website and its operators.
