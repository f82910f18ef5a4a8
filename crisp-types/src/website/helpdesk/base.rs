//! The helpdesk of a website: resolve, initialize, delete. Deleting it takes the same
//! identity challenge as deleting a website: [`VerifyChallenge`](crate::website::base::VerifyChallenge).

use serde::{Deserialize, Serialize};

/// Response of "resolve helpdesk".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Helpdesk {
    /// Helpdesk name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Public URL of the helpdesk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
