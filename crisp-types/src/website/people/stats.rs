//! Statistics on the people of a website.

use serde::{Deserialize, Serialize};

/// Response of "get people statistics".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PeopleStatistics {
    /// Number of people profiles of the website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u64>,
}
