//! Reminders scheduled on a conversation.

use serde::{Deserialize, Serialize};

use super::origin::Origin;
use super::user::MessageUser;

/// Body of "schedule a reminder for conversation": `{date, note, user?, origin?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reminder {
    /// When to remind, as an ISO 8601 date (e.g. `2018-05-29T09:00:00Z`).
    pub date: String,
    /// Reminder text.
    pub note: String,
    /// Who schedules the reminder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<MessageUser>,
    /// Where the reminder comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl Reminder {
    /// A reminder at a date with a note.
    pub fn new(date: impl Into<String>, note: impl Into<String>) -> Self {
        Reminder {
            date: date.into(),
            note: note.into(),
            user: None,
            origin: None,
        }
    }

    /// Sets who schedules the reminder.
    #[must_use]
    pub fn user(mut self, user: MessageUser) -> Self {
        self.user = Some(user);
        self
    }

    /// Sets where the reminder comes from.
    #[must_use]
    pub fn origin(mut self, origin: impl Into<Origin>) -> Self {
        self.origin = Some(origin.into());
        self
    }
}
