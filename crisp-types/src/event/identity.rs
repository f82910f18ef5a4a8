//! Payload of the `identity:verify:request` event.

use serde::{Deserialize, Serialize};

use crate::id::{PluginId, SessionId, WebsiteId};

/// Payload of `identity:verify:request`: a plugin is asked to deliver an identity
/// verification code.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct IdentityVerifyRequest {
    /// Website the event is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_id: Option<WebsiteId>,
    /// Plugin asked to deliver the code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plugin_id: Option<PluginId>,
    /// Conversation the verification is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Where to send the code (e.g. a phone number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Verification code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// URL confirming the verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm_url: Option<String>,
    /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routing_ids: Option<Vec<String>>,
}

payload_ids!(website, session:
    IdentityVerifyRequest,
);
