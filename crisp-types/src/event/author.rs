//! The message of a message event, and which one a bot answers: the event side of
//! [`Author`](crate::website::conversation::Author) and
//! [`SelfFilter`] (the website models never import the events).

use super::Event;
use crate::website::conversation::{Message, SelfFilter};

impl Event {
    /// The message of a `message:send` (the visitor wrote) or `message:received` (an
    /// operator, a bot or a plugin answered) event; `None` for other events.
    #[must_use]
    pub fn message(&self) -> Option<&Message> {
        match self {
            Event::MessageSend(message) | Event::MessageReceived(message) => Some(message),
            _ => None,
        }
    }
}

impl SelfFilter {
    /// The message of a `message:send` event the bot should answer, if `event` is one
    /// ([`should_answer`](Self::should_answer)); `None` for every other event, the bot's
    /// own messages and `message:received` (answers, never to be answered).
    #[must_use]
    pub fn to_answer<'e>(&self, event: &'e Event) -> Option<&'e Message> {
        match event {
            Event::MessageSend(message) if self.should_answer(message) => Some(message),
            _ => None,
        }
    }
}
