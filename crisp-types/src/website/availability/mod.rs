//! Availability of a website and of its operators.

use serde::{Deserialize, Serialize};

use crate::id::UserId;

crate::string_enum! {
    /// Whether a website or an operator is seen as reachable.
    pub enum AvailabilityType {
        /// Online: visitors see the chatbox as online.
        Online = "online",
        /// Away.
        Away = "away",
        /// Offline.
        Offline = "offline",
    }
}

crate::model! {
    /// Response of "get website availability status": whether the chatbox is seen as online
    /// or away by visitors.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct WebsiteAvailabilityStatus {
        /// Current status.
        pub status: Option<AvailabilityType>,
        /// Time the status started, in epoch milliseconds.
        pub since: Option<u64>,
    }
}

crate::model! {
    /// One operator of "list website operator availabilities".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct OperatorAvailability {
        /// Operator user identifier.
        pub user_id: Option<UserId>,
        /// Availability of the operator (`type`).
        #[serde(rename = "type")]
        pub kind: Option<AvailabilityType>,
        /// When the availability started and how long it lasts.
        pub time: Option<AvailabilityTime>,
    }
}

crate::model! {
    /// Timing of an [`OperatorAvailability`] (`time`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct AvailabilityTime {
        /// How long the availability lasts (`for`), as Crisp sends it.
        #[serde(rename = "for")]
        pub duration: Option<u64>,
        /// Time the availability started, in epoch milliseconds.
        pub since: Option<u64>,
    }
}
