//! Statistics on the people of a website.

use serde::{Deserialize, Serialize};

crate::model! {
    /// Response of "get people statistics".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct PeopleStatistics {
        /// Number of people profiles of the website.
        pub total: Option<u64>,
    }
}
