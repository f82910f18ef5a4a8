//! Payloads of the `spam:*` events.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::SpamId;
use crate::website::conversation::SpamDecision as SpamAction;

payload! {
    /// Payload of `spam:message`: a conversation was held as spam.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SpamMessage: Website {
        /// Spam identifier.
        pub spam_id: Option<SpamId>,
        /// Spam type (`type`, e.g. `email`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Why it was held.
        pub reason: Option<String>,
        /// Free-form metadata.
        pub metadata: Option<Map<String, Value>>,
        /// Headers (e.g. email headers).
        pub headers: Option<Map<String, Value>>,
        /// Time it was held, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}

payload! {
    /// Payload of `spam:decision`: a decision was made on a conversation held as spam.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SpamDecision: Website {
        /// Spam identifier.
        pub spam_id: Option<SpamId>,
        /// The decision.
        pub action: Option<SpamAction>,
    }
}
