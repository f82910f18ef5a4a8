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

crate::model! {
    /// The plan a website is subscribed to (`plan`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SubscribedPlan {
        /// Plan identifier.
        pub id: Option<String>,
        /// Plan name.
        pub name: Option<String>,
        /// Plan price, as sent (integer or decimal).
        pub price: Option<Number>,
        /// Whether the plan is in its trial period.
        pub trialing: Option<bool>,
    }
}
