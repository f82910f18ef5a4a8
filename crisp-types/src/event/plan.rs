//! Payload of the `plan:subscription:updated` event.

use serde::{Deserialize, Serialize};
use serde_json::Number;

payload! {
    /// Payload of `plan:subscription:updated`: the website plan changed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PlanSubscriptionUpdated: Website {
        /// The plan now.
        pub plan: Option<SubscribedPlan>,
    }
}

/// The plan a website is subscribed to (`plan`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubscribedPlan {
    /// Plan identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Plan name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Plan price, as sent (integer or decimal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Number>,
    /// Whether the plan is in its trial period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trialing: Option<bool>,
}
