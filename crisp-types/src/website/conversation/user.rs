//! The author attached to a message or to an action (`user`).

use serde::{Deserialize, Serialize};

use crate::id::UserId;

crate::model! {
    /// The author of a message, or of a state / block / call action (`user`).
    ///
    /// For operator messages `user_id` is the operator's user id; for visitor messages Crisp
    /// puts the session id there.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MessageUser {
        /// Author type, as sent by Crisp (`type`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Author identifier.
        pub user_id: Option<UserId>,
        /// Author display name.
        pub nickname: Option<String>,
        /// Author avatar URL.
        pub avatar: Option<String>,
    }
}

impl MessageUser {
    /// An author with a display name only.
    pub fn named(nickname: impl Into<String>) -> Self {
        MessageUser {
            nickname: Some(nickname.into()),
            ..MessageUser::default()
        }
    }

    /// Sets the author type.
    #[must_use]
    pub fn kind(mut self, kind: impl Into<String>) -> Self {
        self.kind = Some(kind.into());
        self
    }

    /// Sets the author identifier.
    #[must_use]
    pub fn user_id(mut self, user_id: impl Into<UserId>) -> Self {
        self.user_id = Some(user_id.into());
        self
    }

    /// Sets the display name.
    #[must_use]
    pub fn nickname(mut self, nickname: impl Into<String>) -> Self {
        self.nickname = Some(nickname.into());
        self
    }

    /// Sets the avatar URL.
    #[must_use]
    pub fn avatar(mut self, avatar: impl Into<String>) -> Self {
        self.avatar = Some(avatar.into());
        self
    }
}
