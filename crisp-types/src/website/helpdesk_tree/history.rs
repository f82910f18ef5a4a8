//! The change history of helpdesk content.

use serde::{Deserialize, Serialize};

use super::HelpdeskTreeMetadata;
use crate::id::ChangeId;

crate::model! {
    /// Who made a change (`author`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskHistoryAuthor {
        /// Author email.
        pub email: Option<String>,
        /// Author name.
        pub name: Option<String>,
    }
}

crate::model! {
    /// Size of a change, in lines (`edits`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskHistoryEdits {
        /// Lines added.
        pub insertions: Option<u32>,
        /// Lines removed.
        pub deletions: Option<u32>,
    }
}

crate::model! {
    /// One file touched by a change (`files`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskHistoryFile {
        /// What happened to the file, as sent (the clients do not list the values).
        pub change: Option<String>,
        /// Tree path of the file.
        pub path: Option<String>,
        /// Metadata of the file after the change.
        pub metadata: Option<HelpdeskTreeMetadata>,
        /// Content of the file after the change.
        pub content: Option<String>,
    }
}

crate::model! {
    /// A change of helpdesk content (list helpdesk history changes, resolve helpdesk history
    /// change).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskHistoryChange {
        /// Change identifier.
        pub change_id: Option<ChangeId>,
        /// Change message.
        pub message: Option<String>,
        /// Who made the change.
        pub author: Option<HelpdeskHistoryAuthor>,
        /// Size of the change.
        pub edits: Option<HelpdeskHistoryEdits>,
        /// Time of the change, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Files touched (filled when resolving one change).
        pub files: Vec<HelpdeskHistoryFile>,
    }
}
