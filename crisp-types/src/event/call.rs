//! Payloads of the `call:*` events (audio / video call requests).

use serde::{Deserialize, Serialize};

use crate::id::{CallId, InboxId, SessionId, WebsiteId};

/// Payload of `call:request:initiated`: the visitor accepted a call.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CallRequestInitiated {
    /// Website the conversation belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Conversation the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Inbox of the conversation (`Some(None)`: sent as `null`, no inbox).
    #[serde(
        default,
        deserialize_with = "crate::event::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub inbox_id: Option<Option<InboxId>>,
    /// Call started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_id: Option<CallId>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `call:request:rejected`: the visitor rejected a call.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CallRequestRejected {
    /// Website the conversation belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Conversation the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Inbox of the conversation (`Some(None)`: sent as `null`, no inbox).
    #[serde(
        default,
        deserialize_with = "crate::event::nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub inbox_id: Option<Option<InboxId>>,
    /// Call rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_id: Option<CallId>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

payload_ids!(website, session:
    CallRequestInitiated,
    CallRequestRejected,
);
