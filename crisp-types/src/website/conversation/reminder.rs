//! Reminders scheduled on a conversation.

use serde::{Deserialize, Serialize};

use super::authored::Authored;

/// The action of "schedule a reminder for conversation": when, and what to remind
/// (`date`, `note`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReminderNote {
    /// When to remind, as an ISO 8601 date (e.g. `2018-05-29T09:00:00Z`).
    pub date: String,
    /// Reminder text.
    pub note: String,
}

/// Body of "schedule a reminder for conversation": `{date, note, user?, origin?}`.
pub type Reminder = Authored<ReminderNote>;

impl Reminder {
    /// A reminder at a date with a note.
    pub fn new(date: impl Into<String>, note: impl Into<String>) -> Self {
        Authored::from(ReminderNote {
            date: date.into(),
            note: note.into(),
        })
    }
}
