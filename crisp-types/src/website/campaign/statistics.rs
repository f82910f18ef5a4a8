//! Per-profile campaign statistics: who opened, clicked or unsubscribed.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::PeopleId;
use crate::website::conversation::Geolocation;

crate::string_enum! {
    /// What a statistics list is about (`{action}` route segment of *List Campaign
    /// Statistics*).
    pub enum CampaignStatisticAction {
        /// Profiles that clicked a link.
        Clicked = "clicked",
        /// Profiles that opened the message.
        Opened = "opened",
        /// Profiles that unsubscribed.
        Unsubscribed = "unsubscribed",
    }
}

crate::model! {
    /// One profile's action on a campaign (*List Campaign Statistics*).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignStatistic {
        /// The profile that acted.
        pub profile: Option<CampaignStatisticProfile>,
        /// Details of the action (e.g. the clicked URL), as sent.
        pub data: Map<String, Value>,
        /// First time of the action, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last time of the action, in epoch milliseconds.
        pub updated_at: Option<u64>,
    }
}

crate::model! {
    /// The profile of a [`CampaignStatistic`] (`profile`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignStatisticProfile {
        /// People profile identifier.
        pub people_id: Option<PeopleId>,
        /// Email address.
        pub email: Option<String>,
        /// Name, avatar and location.
        pub person: Option<CampaignStatisticPerson>,
    }
}

crate::model! {
    /// Name, avatar and location of a [`CampaignStatisticProfile`] (`person`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignStatisticPerson {
        /// Display name.
        pub nickname: Option<String>,
        /// Avatar image URL.
        pub avatar: Option<String>,
        /// Where the profile is.
        pub geolocation: Option<Geolocation>,
    }
}
