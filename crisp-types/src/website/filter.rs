//! The two words every filter of the API shares: how a field is compared with its values,
//! and how several filters combine. Campaign recipients and flows
//! ([`CampaignFilter`](crate::website::campaign::CampaignFilter)), inbox routing
//! conditions, conversation and people searches and batch operations all use them, in
//! every API section.

crate::string_enum! {
    /// How a filter compares a field with its values (`operator` of a campaign filter or an
    /// inbox condition).
    pub enum FilterOperator {
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
    /// How several filters combine (`search_operator` of a search, `conditions_match` of an
    /// inbox).
    pub enum FilterMatch {
        /// Every filter must match (the default of a search).
        And = "and",
        /// Any filter may match.
        Or = "or",
    }
}
