//! Website visitors methods.
