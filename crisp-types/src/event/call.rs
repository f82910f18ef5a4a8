//! Payloads of the `call:*` events (audio / video call requests).

use serde::{Deserialize, Serialize};

use crate::id::CallId;

payload! {
    /// Payload of `call:request:initiated`: the visitor accepted a call.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CallRequestInitiated: Conversation {
        /// Call started.
        pub call_id: Option<CallId>,
    }
}

payload! {
    /// Payload of `call:request:rejected`: the visitor rejected a call.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CallRequestRejected: Conversation {
        /// Call rejected.
        pub call_id: Option<CallId>,
    }
}
