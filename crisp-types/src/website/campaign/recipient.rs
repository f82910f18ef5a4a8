//! The people profiles a campaign targets.

use serde::{Deserialize, Serialize};

use crate::id::PeopleId;

crate::model! {
    /// A profile targeted by a campaign (*List Campaign Recipients*).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignRecipient {
        /// People profile identifier.
        pub people_id: Option<PeopleId>,
        /// Email address.
        pub email: Option<String>,
        /// Name and avatar.
        pub person: Option<CampaignRecipientPerson>,
        /// Whether the profile is subscribed to campaign emails.
        pub subscribed: Option<bool>,
    }
}

crate::model! {
    /// Name and avatar of a campaign recipient (`person`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CampaignRecipientPerson {
        /// Display name.
        pub nickname: Option<String>,
        /// Avatar image URL.
        pub avatar: Option<String>,
    }
}
