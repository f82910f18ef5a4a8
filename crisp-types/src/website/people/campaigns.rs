//! Campaigns a people profile received.

use serde::{Deserialize, Serialize};

use crate::id::CampaignId;
use crate::website::campaign::CampaignType;

crate::model! {
    /// A campaign sent to a profile: item of "list people campaigns".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleCampaign {
        /// Campaign identifier.
        pub campaign_id: Option<CampaignId>,
        /// Campaign kind (`type`).
        #[serde(rename = "type")]
        pub kind: Option<CampaignType>,
        /// Campaign name.
        pub name: Option<String>,
        /// Campaign creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Campaign last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
        /// When the campaign was dispatched, in epoch milliseconds.
        pub dispatched_at: Option<u64>,
        /// When the campaign reached this contact, in epoch milliseconds.
        pub occurred_at: Option<u64>,
        /// What happened to the campaign for this contact (e.g. `delivered`, `opened`,
        /// `clicked`).
        pub statistics: Vec<String>,
    }
}
