//! Helpdesk categories of a locale (articles are filed in categories, and optionally in
//! sections of them).

use serde::{Deserialize, Serialize};

use crate::id::CategoryId;

crate::model! {
    /// A helpdesk category (list and resolve helpdesk locale categories).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleCategory {
        /// Category identifier.
        pub category_id: Option<CategoryId>,
        /// Name.
        pub name: Option<String>,
        /// Description (`Some(None)`: sent as `null`, no description).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub description: Option<Option<String>>,
        /// Color, as a hex code (e.g. `#377FEA`).
        pub color: Option<String>,
        /// Image URL (`Some(None)`: sent as `null`, no image).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub image: Option<Option<String>>,
        /// Position among the categories.
        pub order: Option<u32>,
        /// Public URL.
        pub url: Option<String>,
        /// Creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
    }
}

crate::model! {
    /// Body of "save helpdesk locale category" (whole category) and "update helpdesk locale
    /// category" (only the fields set are sent).
    ///
    /// ```
    /// use crisp_types::website::helpdesk::HelpdeskLocaleCategoryUpdate;
    /// let save = HelpdeskLocaleCategoryUpdate::new("Chatbox").color("#377FEA").order(1);
    /// let update = HelpdeskLocaleCategoryUpdate::default().image(None);
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[must_use]
    pub struct HelpdeskLocaleCategoryUpdate {
        /// Name.
        pub name: Option<String>,
        /// Description (`Some(None)`: sent as `null`, removes it).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub description: Option<Option<String>>,
        /// Color, as a hex code (e.g. `#377FEA`).
        pub color: Option<String>,
        /// Image URL (`Some(None)`: sent as `null`, removes it).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub image: Option<Option<String>>,
        /// Position among the categories.
        pub order: Option<u32>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl HelpdeskLocaleCategoryUpdate {
    /// A whole category with its name (for "save helpdesk locale category").
    pub fn new(name: impl Into<String>) -> Self {
        HelpdeskLocaleCategoryUpdate::default().name(name)
    }
}

crate::setters! {
    impl HelpdeskLocaleCategoryUpdate {
        /// Sets the name.
        name: impl Into<String>,
        /// Sets the description; `None` removes it (sent as `null`).
        description: Option<String>,
        /// Sets the color (hex code).
        color: impl Into<String>,
        /// Sets the image URL; `None` removes it (sent as `null`).
        image: Option<String>,
        /// Sets the position among the categories.
        order: u32,
    }
}

crate::model! {
    /// Response of "add helpdesk locale category".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleCategoryNew {
        /// Identifier of the new category.
        pub category_id: Option<CategoryId>,
    }
}
