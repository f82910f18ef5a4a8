//! Sections of a helpdesk category.

use serde::{Deserialize, Serialize};

use crate::id::SectionId;

crate::model! {
    /// A section of a helpdesk category (list and resolve helpdesk locale sections).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleSection {
        /// Section identifier.
        pub section_id: Option<SectionId>,
        /// Name.
        pub name: Option<String>,
        /// Position in the category.
        pub order: Option<u32>,
        /// Creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
    }
}

crate::model! {
    /// Body of "save helpdesk locale section" (whole section) and "update helpdesk locale
    /// section" (only the fields set are sent).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[must_use]
    pub struct HelpdeskLocaleSectionUpdate {
        /// Name.
        pub name: Option<String>,
        /// Position in the category.
        pub order: Option<u32>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl HelpdeskLocaleSectionUpdate {
    /// A whole section with its name (for "save helpdesk locale section").
    pub fn new(name: impl Into<String>) -> Self {
        HelpdeskLocaleSectionUpdate::default().name(name)
    }
}

crate::setters! {
    impl HelpdeskLocaleSectionUpdate {
        /// Sets the name.
        name: impl Into<String>,
        /// Sets the position in the category.
        order: u32,
    }
}

crate::model! {
    /// Response of "add helpdesk locale section".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleSectionNew {
        /// Identifier of the new section.
        pub section_id: Option<SectionId>,
    }
}
