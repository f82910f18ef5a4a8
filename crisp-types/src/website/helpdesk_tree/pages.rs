//! Public pages of the helpdesk.

use serde::{Deserialize, Serialize};

use crate::id::EntityId;

crate::model! {
    /// A publicly visible helpdesk page (list helpdesk pages, resolve helpdesk page entity).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskPage {
        /// Identifier of the entity behind the page.
        pub entity_id: Option<EntityId>,
        /// Page title.
        pub title: Option<String>,
        /// Public URL.
        pub url: Option<String>,
    }
}

crate::model! {
    /// Response of "resolve helpdesk tree page": the public page of a tree file.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskTreePage {
        /// Page title.
        pub title: Option<String>,
        /// Public URL.
        pub url: Option<String>,
    }
}
