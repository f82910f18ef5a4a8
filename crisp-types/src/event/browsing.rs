//! Payloads of the `browsing:*` events (co-browsing requests).

use serde::{Deserialize, Serialize};

use crate::id::BrowsingId;

payload! {
    /// Payload of `browsing:request:initiated`: the visitor accepted a co-browsing request.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BrowsingRequestInitiated: Conversation {
        /// Browsing session started.
        pub browsing_id: Option<BrowsingId>,
        /// Token to join the stream.
        pub browsing_token: Option<String>,
    }
}

payload! {
    /// Payload of `browsing:request:rejected`: the visitor rejected a co-browsing request.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BrowsingRequestRejected: Conversation {
    }
}
