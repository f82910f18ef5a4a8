//! Conversations held as spam.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::id::SpamId;

crate::string_enum! {
    /// Decision on a conversation held as spam (`action`).
    pub enum SpamDecision {
        /// Not spam: deliver the conversation.
        Accept = "accept",
        /// Spam: drop the conversation.
        Reject = "reject",
    }
}

crate::model! {
    /// A conversation held as spam (list spam conversations).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Spam {
        /// Spam identifier.
        pub spam_id: Option<SpamId>,
        /// Spam type (`type`, e.g. `email`).
        #[serde(rename = "type")]
        pub kind: Option<String>,
        /// Why it was held.
        pub reason: Option<String>,
        /// Free-form metadata.
        pub metadata: Map<String, Value>,
        /// Headers (e.g. email headers).
        pub headers: Map<String, Value>,
        /// Time it was held, in epoch milliseconds.
        pub timestamp: Option<u64>,
    }
}

crate::model! {
    /// Response of "resolve spam conversation content": a [`Spam`] with its content.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct SpamContent {
        /// The held conversation (same keys, at the top level), read through `Deref`.
        #[serde(flatten)]
        pub spam: Spam,
        /// The held content, as sent (an object per node-crisp-api, a string per go-crisp-api).
        pub content: Option<Value>,
    }
}

crate::extends!(SpamContent => spam: Spam);

/// Body of "submit spam conversation decision": `{action}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpamDecisionBody {
    /// The decision.
    pub action: SpamDecision,
}

impl SpamDecisionBody {
    /// A decision.
    #[must_use]
    pub fn new(action: SpamDecision) -> Self {
        SpamDecisionBody { action }
    }
}

impl From<SpamDecision> for SpamDecisionBody {
    fn from(action: SpamDecision) -> Self {
        SpamDecisionBody::new(action)
    }
}
