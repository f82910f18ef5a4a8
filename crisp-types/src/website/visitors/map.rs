//! Visitors placed on a map.

use serde::{Deserialize, Serialize};

use super::VisitorLastPage;
use crate::id::SessionId;
use crate::website::conversation::Geolocation;

crate::model! {
    /// A place on the map and the visitors there: item of "pinpoint visitors on a map".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct VisitorsMapPoint {
        /// The visitors at this point.
        pub visitors: Option<MapPointVisitors>,
        /// Where the point is.
        pub geolocation: Option<Geolocation>,
    }
}

crate::model! {
    /// The visitors at one map point (`visitors`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MapPointVisitors {
        /// Number of visitors at this point.
        pub count: Option<u64>,
        /// Above this count, the sessions are not listed one by one.
        pub threshold: Option<u64>,
        /// The visitors' sessions (node-crisp-api shape).
        pub sessions: Vec<MapPointSession>,
        /// The visitors' session identifiers (go-crisp-api shape).
        pub session_ids: Vec<SessionId>,
    }
}

crate::model! {
    /// A visitor at a map point.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct MapPointSession {
        /// Session of the visitor.
        pub session_id: Option<SessionId>,
        /// Visitor name.
        pub nickname: Option<String>,
        /// Visitor email.
        pub email: Option<String>,
        /// Avatar URL.
        pub avatar: Option<String>,
        /// Whether the visitor has started a conversation.
        pub initiated: Option<bool>,
        /// Whether the visitor is active now.
        pub active: Option<bool>,
        /// Page the visitor is on.
        pub last_page: Option<VisitorLastPage>,
        /// Time zone offset, in minutes.
        pub timezone: Option<i32>,
        /// Device capabilities (e.g. `call`, `browsing`).
        pub capabilities: Vec<String>,
        /// Preferred locales.
        pub locales: Vec<String>,
    }
}
