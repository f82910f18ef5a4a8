//! Filters on people profiles, used to pick campaign recipients and to gate automated
//! campaigns.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::website::FilterOperator;

crate::model! {
    /// One filter on people profiles (`recipients.filter`, `flow.assert_filter`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignFilter {
        /// Model the field belongs to (e.g. `people`).
        pub model: Option<String>,
        /// Field to filter on (e.g. `segments`, `email`).
        pub criterion: Option<String>,
        /// Comparison.
        pub operator: Option<FilterOperator>,
        /// Values to compare with (text or numbers, depending on the field).
        pub query: Vec<Value>,
    }
}

impl CampaignFilter {
    /// A filter on `model`'s `criterion`, compared with `query` by `operator`.
    pub fn new(
        model: impl Into<String>,
        criterion: impl Into<String>,
        operator: FilterOperator,
        query: impl IntoIterator<Item = impl Into<Value>>,
    ) -> Self {
        CampaignFilter {
            model: Some(model.into()),
            criterion: Some(criterion.into()),
            operator: Some(operator),
            query: query.into_iter().map(Into::into).collect(),
        }
    }
}
