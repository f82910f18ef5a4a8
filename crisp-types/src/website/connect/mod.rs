//! Connection endpoints of a website (realtime socket URLs).

use serde::{Deserialize, Serialize};

crate::model! {
    /// Response of "get connect endpoints" (website variant).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConnectEndpoints {
        /// Realtime endpoints to use.
        pub socket: Option<ConnectSocket>,
        /// Fallback endpoints, for when the main ones fail.
        pub rescue: Option<ConnectRescue>,
    }
}

crate::model! {
    /// Socket URLs of [`ConnectEndpoints`].
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConnectSocket {
        /// URL of the RTM (app) socket.
        pub app: Option<String>,
        /// URL of the stream socket.
        pub stream: Option<String>,
    }
}

crate::model! {
    /// Fallback endpoints of [`ConnectEndpoints`] (`rescue`). Follows node-crisp-api
    /// (`rescue.socket`); go-crisp-api reads the same object from `rescue.app`.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct ConnectRescue {
        /// Fallback socket URLs.
        pub socket: Option<ConnectSocket>,
    }
}
