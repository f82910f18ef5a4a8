//! The helpdesk of a website: resolve, initialize, delete. Deleting it takes the same
//! identity challenge as deleting a website: [`VerifyChallenge`](crate::website::base::VerifyChallenge).

use serde::{Deserialize, Serialize};

crate::model! {
    /// Response of "resolve helpdesk".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Helpdesk {
        /// Helpdesk name.
        pub name: Option<String>,
        /// Public URL of the helpdesk.
        pub url: Option<String>,
    }
}
