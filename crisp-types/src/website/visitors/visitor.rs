//! Visitors currently on a website.

use serde::{Deserialize, Serialize};

use crate::id::{InboxId, SessionId};
use crate::website::conversation::Geolocation;

/// Response of "count visitors".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VisitorsCount {
    /// Visitors on the website now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// Visitors active now (tab in the foreground).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<u64>,
    /// Whether the count was capped (too many visitors to count exactly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limited: Option<bool>,
}

/// A visitor on the website: item of "list visitors".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Visitor {
    /// Session of the visitor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Inbox of the conversation, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inbox_id: Option<InboxId>,
    /// Visitor name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Visitor email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Avatar URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Browser user agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub useragent: Option<String>,
    /// Whether the visitor has started a conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiated: Option<bool>,
    /// Whether the visitor is active now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Page the visitor is on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_page: Option<VisitorLastPage>,
    /// Where the visitor is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
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

/// The page a visitor is on (`last_page`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VisitorLastPage {
    /// Page title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_title: Option<String>,
    /// Page URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_url: Option<String>,
}

/// Response of "get session identifier from token": the session a visitor token (set
/// with the chatbox `CRISP_TOKEN_ID`) belongs to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VisitorToken {
    /// Session of the token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
}
