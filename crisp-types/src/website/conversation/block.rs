//! Blocking incoming messages of a conversation.

use serde::{Deserialize, Serialize};

use super::authored::Authored;

crate::model! {
    /// Response of "get block status for conversation".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BlockStatus {
        /// Whether incoming messages are blocked.
        pub blocked: Option<bool>,
    }
}

/// The action of "block incoming messages for conversation": whether to block
/// (`blocked`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Blocking {
    /// Whether to block incoming messages.
    pub blocked: bool,
}

/// Body of "block incoming messages for conversation": `{blocked, user?, origin?}`.
pub type BlockChange = Authored<Blocking>;

impl BlockChange {
    /// Blocks (`true`) or unblocks (`false`) incoming messages.
    #[must_use]
    pub fn new(blocked: bool) -> Self {
        Authored::from(Blocking { blocked })
    }
}

impl From<bool> for BlockChange {
    fn from(blocked: bool) -> Self {
        BlockChange::new(blocked)
    }
}
