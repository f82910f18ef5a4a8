//! The change history of helpdesk content.

use serde::{Deserialize, Serialize};

use super::HelpdeskTreeMetadata;
use crate::id::ChangeId;

/// Who made a change (`author`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskHistoryAuthor {
    /// Author email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Author name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Size of a change, in lines (`edits`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskHistoryEdits {
    /// Lines added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insertions: Option<u32>,
    /// Lines removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deletions: Option<u32>,
}

/// One file touched by a change (`files`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskHistoryFile {
    /// What happened to the file, as sent (the clients do not list the values).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<String>,
    /// Tree path of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Metadata of the file after the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<HelpdeskTreeMetadata>,
    /// Content of the file after the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// A change of helpdesk content (list helpdesk history changes, resolve helpdesk history
/// change).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskHistoryChange {
    /// Change identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_id: Option<ChangeId>,
    /// Change message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Who made the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<HelpdeskHistoryAuthor>,
    /// Size of the change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edits: Option<HelpdeskHistoryEdits>,
    /// Time of the change, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Files touched (filled when resolving one change).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<HelpdeskHistoryFile>,
}
