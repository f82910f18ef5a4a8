//! Payloads of the `website:*` events.

use serde::{Deserialize, Serialize};

use crate::id::UserId;
use crate::website::conversation::Availability;

payload! {
    /// Payload of `website:update_visitors_count`: the number of visitors changed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WebsiteUpdateVisitorsCount: Website {
        /// Visitors on the website now.
        pub visitors_count: Option<u32>,
    }
}

payload! {
    /// Payload of `website:update_operators_availability`: an operator went online or
    /// offline.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WebsiteUpdateOperatorsAvailability: Website {
        /// Operator whose availability changed.
        pub user_id: Option<UserId>,
        /// New availability.
        pub availability: Option<OperatorAvailability>,
    }
}

payload! {
    /// Payload of `website:users:available`: whether any operator is available changed.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WebsiteUsersAvailable: Website {
        /// Whether an operator is available.
        pub available: Option<bool>,
    }
}

crate::model! {
    /// Availability of an operator (`availability`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct OperatorAvailability {
        /// Whether the operator is online (`type`).
        #[serde(rename = "type")]
        pub kind: Option<Availability>,
    }
}
