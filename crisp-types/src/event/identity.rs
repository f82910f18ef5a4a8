//! Payload of the `identity:verify:request` event.

use serde::{Deserialize, Serialize};

use crate::id::{PluginId, SessionId, WebsiteId};

crate::model! {
    /// Payload of `identity:verify:request`: a plugin is asked to deliver an identity
    /// verification code.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct IdentityVerifyRequest {
        /// Website the event is about.
        pub website_id: Option<WebsiteId>,
        /// Plugin asked to deliver the code.
        pub plugin_id: Option<PluginId>,
        /// Conversation the verification is for.
        pub session_id: Option<SessionId>,
        /// Where to send the code (e.g. a phone number).
        pub target: Option<String>,
        /// Verification code.
        pub code: Option<String>,
        /// URL confirming the verification.
        pub confirm_url: Option<String>,
        /// Routing identifiers the event was dispatched for (go-crisp-api `routing_ids`).
        pub routing_ids: Option<Vec<String>>,
    }
}

payload_ids!(website, session:
    IdentityVerifyRequest,
);
