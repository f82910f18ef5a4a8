//! Sections of a helpdesk category.

use serde::{Deserialize, Serialize};

use crate::id::SectionId;

/// A section of a helpdesk category (list and resolve helpdesk locale sections).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskLocaleSection {
    /// Section identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_id: Option<SectionId>,
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Position in the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
    /// Creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<u64>,
}

/// Body of "save helpdesk locale section" (whole section) and "update helpdesk locale
/// section" (only the fields set are sent).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[must_use]
pub struct HelpdeskLocaleSectionUpdate {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Position in the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<u32>,
}

impl HelpdeskLocaleSectionUpdate {
    /// A whole section with its name (for "save helpdesk locale section").
    pub fn new(name: impl Into<String>) -> Self {
        HelpdeskLocaleSectionUpdate::default().name(name)
    }

    /// Sets the name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the position in the category.
    pub fn order(mut self, order: u32) -> Self {
        self.order = Some(order);
        self
    }
}

/// Response of "add helpdesk locale section".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskLocaleSectionNew {
    /// Identifier of the new section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section_id: Option<SectionId>,
}
