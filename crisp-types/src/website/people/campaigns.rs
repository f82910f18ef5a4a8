//! Campaigns a people profile received.

use serde::{Deserialize, Serialize};

use crate::id::CampaignId;
use crate::website::campaign::CampaignType;

/// A campaign sent to a profile: item of "list people campaigns".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleCampaign {
    /// Campaign identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<CampaignId>,
    /// Campaign kind (`type`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CampaignType>,
    /// Campaign name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Campaign creation time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
    /// Campaign last update time, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<u64>,
    /// When the campaign was dispatched, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispatched_at: Option<u64>,
    /// When the campaign reached this contact, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurred_at: Option<u64>,
    /// What happened to the campaign for this contact (e.g. `delivered`, `opened`,
    /// `clicked`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statistics: Vec<String>,
}
