//! Public pages of the helpdesk.

use serde::{Deserialize, Serialize};

use crate::id::EntityId;

/// A publicly visible helpdesk page (list helpdesk pages, resolve helpdesk page entity).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskPage {
    /// Identifier of the entity behind the page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<EntityId>,
    /// Page title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Public URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Response of "resolve helpdesk tree page": the public page of a tree file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskTreePage {
    /// Page title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Public URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
