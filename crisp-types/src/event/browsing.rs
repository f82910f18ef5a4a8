//! Payloads of the `browsing:*` events (co-browsing requests).

use serde::{Deserialize, Serialize};

use crate::id::{BrowsingId, InboxId, SessionId, WebsiteId};

/// Payload of `browsing:request:initiated`: the visitor accepted a co-browsing request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BrowsingRequestInitiated {
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
    /// Browsing session started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub browsing_id: Option<BrowsingId>,
    /// Token to join the stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub browsing_token: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

/// Payload of `browsing:request:rejected`: the visitor rejected a co-browsing request.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BrowsingRequestRejected {
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
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

payload_ids!(website, session:
    BrowsingRequestInitiated,
    BrowsingRequestRejected,
);
