//! Payloads of the `campaign:*` events.

use serde::{Deserialize, Serialize};

use crate::id::CampaignId;

payload! {
    /// Payload of `campaign:progress`: a campaign is being sent.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignProgress: Website {
        /// Campaign being sent.
        pub campaign_id: Option<CampaignId>,
        /// Progress, in percent.
        pub progress: Option<u8>,
    }
}

payload! {
    /// Payload of `campaign:dispatched`: a campaign was sent.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignDispatched: Website {
        /// Campaign sent.
        pub campaign_id: Option<CampaignId>,
    }
}

payload! {
    /// Payload of `campaign:running`: a campaign was started or paused.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignRunning: Website {
        /// Campaign started or paused.
        pub campaign_id: Option<CampaignId>,
        /// Whether the campaign runs.
        pub running: Option<bool>,
    }
}
