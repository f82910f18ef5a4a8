//! The conditions that route conversations into an inbox.

use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// What an [`InboxCondition`] looks at (`model`).
    pub enum InboxConditionModel {
        /// The conversation session.
        Session = "session",
    }
}

crate::string_enum! {
    /// How an [`InboxCondition`] compares the field with its values (`operator`).
    pub enum InboxConditionOperator {
        /// Equal to one of the values.
        Eq = "eq",
        /// Equal to none of the values.
        Neq = "neq",
        /// Greater than or equal.
        Gte = "gte",
        /// Less than or equal.
        Lte = "lte",
        /// Greater than.
        Gt = "gt",
        /// Less than.
        Lt = "lt",
    }
}

crate::string_enum! {
    /// How the conditions of an inbox combine (inbox `operator`).
    pub enum InboxConditionsMatch {
        /// Every condition must hold.
        And = "and",
        /// Any condition may hold.
        Or = "or",
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
        pub operator: Option<InboxConditionOperator>,
        /// Values to compare with.
        pub query: Vec<String>,
    }
}

impl InboxCondition {
    /// A condition on the session field `criterion`, compared with `query` by
    /// `operator`.
    pub fn session(
        criterion: impl Into<String>,
        operator: InboxConditionOperator,
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
