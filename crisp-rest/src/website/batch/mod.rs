//! Website batch methods: act on many conversations, or many people profiles, at once.
//!
//! Three routes serve both conversations and people (`batch/remove`, `batch/data`,
//! `batch/segments`); each has one method per variant, with its own body.

mod conversations;
mod people;
