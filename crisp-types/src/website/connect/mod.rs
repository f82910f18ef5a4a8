//! Connection endpoints of a website (realtime socket URLs).

use serde::{Deserialize, Serialize};

/// Response of "get connect endpoints" (website variant).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectEndpoints {
    /// Realtime endpoints to use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub socket: Option<ConnectSocket>,
    /// Fallback endpoints, for when the main ones fail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rescue: Option<ConnectRescue>,
}

/// Socket URLs of [`ConnectEndpoints`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectSocket {
    /// URL of the RTM (app) socket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
    /// URL of the stream socket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
}

/// Fallback endpoints of [`ConnectEndpoints`] (`rescue`). Follows node-crisp-api
/// (`rescue.socket`); go-crisp-api reads the same object from `rescue.app`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ConnectRescue {
    /// Fallback socket URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub socket: Option<ConnectSocket>,
}
