//! Who wrote a message ([`Author`]), and the guard a bot keeps so that it never answers
//! itself ([`SelfFilter`]).
//!
//! # Which event to use for what
//! | you want to know that… | listen to | note |
//! |---|---|---|
//! | a visitor wrote | `message:send` (`Event::MessageSend`) | "send" is seen from the visitor's side: the visitor sent it |
//! | an operator, a bot or a plugin answered | `message:received` (`Event::MessageReceived`) | the visitor received it; **a bot's own answers arrive here**, so a bot that answers `message:received` talks to itself |
//! | a new conversation began | the first `message:send` of a session | `session:request:initiated` is **not** "a chat started": it is the "request to chat" of MagicMap (Crisp's live visitor map), rarely sent |
//!
//! A bot answers `message:send` and nothing else; when it also reads `message:received`
//! (to watch operators), [`SelfFilter`] tells its own messages apart
//! (`SelfFilter::to_answer` and `Event::message`, with the feature `event`, take events).

use super::message::Message;
use super::origin::{MessageFrom, Origin};
use crate::id::UserId;

/// Who wrote a message, from its `from`, `origin` and `automated` fields
/// ([`Message::author`]).
///
/// ```
/// use crisp_types::website::conversation::{Author, Message};
///
/// let message: Message = serde_json::from_str(
///     r#"{"type":"text","content":"Hi!","from":"operator","origin":"urn:acme:helper:0"}"#,
/// )?;
/// assert_eq!(message.author(), Author::Plugin("urn:acme:helper:0"));
/// assert!(message.is_from_plugin("urn:acme:helper:0"));
/// assert!(!message.is_from_visitor());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Author<'a> {
    /// The visitor (`from: user`), in the chatbox, by email or through any channel.
    Visitor,
    /// A person answering from the operator side (`from: operator`, not automated, not
    /// from a plugin origin).
    Operator,
    /// A plugin or an integration (`from: operator` with an `urn:…` origin): its URN,
    /// e.g. `urn:crisp.im:bot:0` (Crisp's chatbot) or your own plugin's.
    Plugin(&'a str),
    /// An automation of Crisp that is not a plugin (`from: operator`, `automated: true`:
    /// a triggered message, an auto-responder…).
    Automation,
    /// The message does not say (`from` missing or a value Crisp added later).
    Unknown,
}

impl Author<'_> {
    /// Whether a person wrote it: the visitor or a (human) operator.
    #[must_use]
    pub fn is_human(&self) -> bool {
        matches!(self, Author::Visitor | Author::Operator)
    }
}

impl Message {
    /// Who wrote this message (see [`Author`] for the rules).
    #[must_use]
    pub fn author(&self) -> Author<'_> {
        match &self.from {
            Some(MessageFrom::User) => Author::Visitor,
            Some(MessageFrom::Operator) => match &self.origin {
                Some(origin) if origin.is_urn() => Author::Plugin(origin.as_str()),
                _ if self.automated == Some(true) => Author::Automation,
                _ => Author::Operator,
            },
            _ => Author::Unknown,
        }
    }

    /// Whether the visitor wrote this message (`from: user`).
    #[must_use]
    pub fn is_from_visitor(&self) -> bool {
        self.from == Some(MessageFrom::User)
    }

    /// Whether the plugin with this URN wrote this message (its `origin` is `urn`, e.g.
    /// `urn:acme:helper:0`).
    #[must_use]
    pub fn is_from_plugin(&self, urn: &str) -> bool {
        self.origin.as_ref().is_some_and(|o| o.as_str() == urn)
    }
}

/// Recognises a bot's own messages, so that it never answers itself: by the origin URN its
/// messages are sent with ([`plugin_urn`](Self::plugin_urn)) and / or the operator
/// account it writes as ([`user_id`](Self::user_id)).
///
/// Keep one next to the client, and ask [`should_answer`](Self::should_answer) before
/// replying:
///
/// ```
/// use crisp_types::website::conversation::{Message, SelfFilter};
///
/// let guard = SelfFilter::new().plugin_urn("urn:acme:helper:0");
/// let visitor: Message =
///     serde_json::from_str(r#"{"type":"text","content":"Hello?","from":"user","origin":"chat"}"#)?;
/// let own: Message = serde_json::from_str(
///     r#"{"type":"text","content":"You said: Hello?","from":"operator","origin":"urn:acme:helper:0"}"#,
/// )?;
/// assert!(guard.should_answer(&visitor));
/// assert!(guard.is_own(&own));
/// assert!(!guard.should_answer(&own));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SelfFilter {
    urns: Vec<String>,
    user_ids: Vec<UserId>,
}

impl SelfFilter {
    /// A filter that recognises nothing yet: add the bot's URN or user id.
    #[must_use]
    pub fn new() -> Self {
        SelfFilter::default()
    }

    /// Messages with this origin are the bot's own (the URN it sends its messages with,
    /// e.g. `urn:acme:helper:0`; see [`SelfFilter::origin`]).
    #[must_use]
    pub fn plugin_urn(mut self, urn: impl Into<String>) -> Self {
        self.urns.push(urn.into());
        self
    }

    /// Messages whose author (`user.user_id`) is this operator account are the bot's own.
    #[must_use]
    pub fn user_id(mut self, user_id: impl Into<UserId>) -> Self {
        self.user_ids.push(user_id.into());
        self
    }

    /// The origin to send the bot's messages with, so that this filter recognises them:
    /// its first URN, or `None` when it has none.
    #[must_use]
    pub fn origin(&self) -> Option<Origin> {
        self.urns.first().map(|urn| Origin::from(urn.as_str()))
    }

    /// Whether the bot wrote `message`.
    #[must_use]
    pub fn is_own(&self, message: &Message) -> bool {
        let by_origin = self.urns.iter().any(|urn| message.is_from_plugin(urn));
        let by_user = message
            .user
            .as_ref()
            .and_then(|user| user.user_id.as_ref())
            .is_some_and(|id| self.user_ids.contains(id));
        by_origin || by_user
    }

    /// Whether a bot should answer `message`: the visitor wrote it (and so not the bot).
    #[must_use]
    pub fn should_answer(&self, message: &Message) -> bool {
        message.is_from_visitor() && !self.is_own(message)
    }
}
