//! The people profiles a campaign targets.

use serde::{Deserialize, Serialize};

use crate::id::PeopleId;

/// A profile targeted by a campaign (*List Campaign Recipients*).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignRecipient {
    /// People profile identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_id: Option<PeopleId>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Name and avatar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<CampaignRecipientPerson>,
    /// Whether the profile is subscribed to campaign emails.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribed: Option<bool>,
}

/// Name and avatar of a campaign recipient (`person`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CampaignRecipientPerson {
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Avatar image URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
}
