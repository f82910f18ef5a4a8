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
}

crate::setters! {
    impl MessageUser {
        /// Sets the author type.
        #[must_use]
        kind: impl Into<String>,
        /// Sets the author identifier.
        #[must_use]
        user_id: impl Into<UserId>,
        /// Sets the display name.
        #[must_use]
        nickname: impl Into<String>,
        /// Sets the avatar URL.
        #[must_use]
        avatar: impl Into<String>,
    }
}
