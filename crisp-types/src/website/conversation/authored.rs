//! The shape shared by the action bodies of a conversation: the action's own fields, and
//! who acts (`user`) and where from (`origin`).

use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Serialize};

use super::origin::Origin;
use super::user::MessageUser;

/// A request body made of an action (`T`, its fields written inline) and, optionally, who
/// acts (`user`) and where from (`origin`): `{...action, user?, origin?}`.
///
/// The conversation action bodies are this type around their own fields:
/// [`StateChange`](super::StateChange), [`BlockChange`](super::BlockChange),
/// [`CallInitiate`](super::CallInitiate), [`CallAbort`](super::CallAbort) (no fields of its
/// own), [`ParticipantsSave`](super::ParticipantsSave) and [`Reminder`](super::Reminder).
/// Each has its own `new`; [`user`](Self::user) and [`origin`](Self::origin) are shared,
/// and the action's fields read through `Deref` (`change.state`).
///
/// ```
/// use crisp_types::website::conversation::{
///     ConversationState, MessageUser, Origin, StateChange,
/// };
///
/// let change = StateChange::new(ConversationState::Resolved)
///     .user(MessageUser::named("Ana"))
///     .origin(Origin::Chat);
/// assert_eq!(change.state, ConversationState::Resolved);
/// assert_eq!(
///     serde_json::to_string(&change).unwrap(),
///     r#"{"state":"resolved","user":{"nickname":"Ana"},"origin":"chat"}"#
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Authored<T> {
    /// The action's own fields (written inline, before `user` and `origin`).
    #[serde(flatten)]
    pub action: T,
    /// Who acts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<MessageUser>,
    /// Where the action comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl<T> Authored<T> {
    /// Sets who acts.
    #[must_use]
    pub fn user(mut self, user: MessageUser) -> Self {
        self.user = Some(user);
        self
    }

    /// Sets where the action comes from.
    #[must_use]
    pub fn origin(mut self, origin: impl Into<Origin>) -> Self {
        self.origin = Some(origin.into());
        self
    }

    /// The action, without who and where.
    #[must_use]
    pub fn into_action(self) -> T {
        self.action
    }
}

impl<T> From<T> for Authored<T> {
    /// The action with no author and no origin.
    fn from(action: T) -> Self {
        Authored {
            action,
            user: None,
            origin: None,
        }
    }
}

impl<T> Deref for Authored<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.action
    }
}

impl<T> DerefMut for Authored<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.action
    }
}
