//! Visitors placed on a map.

use serde::{Deserialize, Serialize};

use super::VisitorLastPage;
use crate::id::SessionId;
use crate::website::conversation::Geolocation;

/// A place on the map and the visitors there: item of "pinpoint visitors on a map".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VisitorsMapPoint {
    /// The visitors at this point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visitors: Option<MapPointVisitors>,
    /// Where the point is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
}

/// The visitors at one map point (`visitors`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MapPointVisitors {
    /// Number of visitors at this point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// Above this count, the sessions are not listed one by one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<u64>,
    /// The visitors' sessions (node-crisp-api shape).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sessions: Vec<MapPointSession>,
    /// The visitors' session identifiers (go-crisp-api shape).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub session_ids: Vec<SessionId>,
}

/// A visitor at a map point.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MapPointSession {
    /// Session of the visitor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Visitor name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Visitor email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Avatar URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Whether the visitor has started a conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiated: Option<bool>,
    /// Whether the visitor is active now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Page the visitor is on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_page: Option<VisitorLastPage>,
    /// Time zone offset, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<i32>,
    /// Device capabilities (e.g. `call`, `browsing`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub capabilities: Vec<String>,
    /// Preferred locales.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locales: Vec<String>,
}
