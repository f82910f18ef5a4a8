//! The conditions that route conversations into an inbox.

use serde::{Deserialize, Serialize};

use crate::website::FilterOperator;

crate::string_enum! {
    /// What an [`InboxCondition`] looks at (`model`).
    pub enum InboxConditionModel {
        /// The conversation session.
        Session = "session",
    }
}

crate::model! {
    /// One routing condition of an inbox (`conditions`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct InboxCondition {
        /// What the condition looks at.
        pub model: Option<InboxConditionModel>,
        /// Field to test (e.g. `segments`, `email`).
        pub criterion: Option<String>,
        /// Comparison.
        pub operator: Option<FilterOperator>,
        /// Values to compare with.
        pub query: Vec<String>,
    }
}

impl InboxCondition {
    /// A condition on the session field `criterion`, compared with `query` by
    /// `operator`.
    pub fn session(
        criterion: impl Into<String>,
        operator: FilterOperator,
        query: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        InboxCondition {
            model: Some(InboxConditionModel::Session),
            criterion: Some(criterion.into()),
            operator: Some(operator),
            query: query.into_iter().map(Into::into).collect(),
        }
    }
}
