//! Blocking incoming messages of a conversation.

use serde::{Deserialize, Serialize};

use super::origin::Origin;
use super::user::MessageUser;

/// Response of "get block status for conversation".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BlockStatus {
    /// Whether incoming messages are blocked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub blocked: Option<bool>,
}

/// Body of "block incoming messages for conversation": `{blocked, user?, origin?}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BlockChange {
    /// Whether to block incoming messages.
    pub blocked: bool,
    /// Who blocks or unblocks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<MessageUser>,
    /// Where the change comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl BlockChange {
    /// Blocks (`true`) or unblocks (`false`) incoming messages.
    #[must_use]
    pub fn new(blocked: bool) -> Self {
        BlockChange {
            blocked,
            user: None,
            origin: None,
        }
    }

    /// Sets who blocks or unblocks.
    #[must_use]
    pub fn user(mut self, user: MessageUser) -> Self {
        self.user = Some(user);
        self
    }

    /// Sets where the change comes from.
    #[must_use]
    pub fn origin(mut self, origin: impl Into<Origin>) -> Self {
        self.origin = Some(origin.into());
        self
    }
}

impl From<bool> for BlockChange {
    fn from(blocked: bool) -> Self {
        BlockChange::new(blocked)
    }
}
