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

#[cfg(test)]
mod tests {
    use super::super::{
        BlockChange, CallAbort, CallInitiate, CallMode, ConversationState, Participant,
        ParticipantsSave, Reminder, StateChange,
    };
    use super::*;

    fn round_trip<T>(json: &str) -> T
    where
        T: Serialize + for<'de> Deserialize<'de>,
    {
        let value: T = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&value).unwrap(), json);
        value
    }

    #[test]
    fn every_action_body_round_trips_with_and_without_author() {
        let state: StateChange = round_trip(r#"{"state":"resolved"}"#);
        assert_eq!(state, StateChange::new(ConversationState::Resolved));
        let state: StateChange =
            round_trip(r#"{"state":"pending","user":{"nickname":"Ana"},"origin":"chat"}"#);
        assert_eq!(state.state, ConversationState::Pending);
        assert_eq!(state.origin, Some(Origin::Chat));

        let block: BlockChange = round_trip(r#"{"blocked":true,"origin":"email"}"#);
        assert_eq!(block, BlockChange::new(true).origin(Origin::Email));

        let call: CallInitiate = round_trip(r#"{"mode":"audio","user":{"user_id":"u1"}}"#);
        assert_eq!(
            call,
            CallInitiate::new(CallMode::Audio).user(MessageUser::default().user_id("u1"))
        );

        let abort: CallAbort = round_trip("{}");
        assert_eq!(abort, CallAbort::new());
        let abort: CallAbort = round_trip(r#"{"user":{"nickname":"Ana"},"origin":"chat"}"#);
        assert_eq!(abort.user, Some(MessageUser::named("Ana")));

        let save: ParticipantsSave = round_trip(r#"{"participants":[]}"#);
        assert_eq!(save, ParticipantsSave::new(Vec::new()));
        let save: ParticipantsSave =
            round_trip(r#"{"participants":[{"type":"email","target":"a@b.c"}],"origin":"chat"}"#);
        assert_eq!(save.participants, [Participant::email("a@b.c")]);

        let reminder: Reminder = round_trip(r#"{"date":"2026-12-01T09:00:00Z","note":"Call"}"#);
        assert_eq!(reminder.note, "Call");
        assert_eq!(reminder.into_action().date, "2026-12-01T09:00:00Z");
    }

    #[test]
    fn a_missing_action_field_is_refused() {
        assert!(serde_json::from_str::<StateChange>(r#"{"origin":"chat"}"#).is_err());
        assert!(serde_json::from_str::<BlockChange>("{}").is_err());
    }
}
