//! Visitors currently on a website.

use serde::{Deserialize, Serialize};

use crate::id::{InboxId, SessionId};
use crate::website::conversation::Geolocation;

crate::model! {
    /// Response of "count visitors".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct VisitorsCount {
        /// Visitors on the website now.
        pub count: Option<u64>,
        /// Visitors active now (tab in the foreground).
        pub active: Option<u64>,
        /// Whether the count was capped (too many visitors to count exactly).
        pub limited: Option<bool>,
    }
}

crate::model! {
    /// A visitor on the website: item of "list visitors".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct Visitor {
        /// Session of the visitor.
        pub session_id: Option<SessionId>,
        /// Inbox of the conversation, if any.
        pub inbox_id: Option<InboxId>,
        /// Visitor name.
        pub nickname: Option<String>,
        /// Visitor email.
        pub email: Option<String>,
        /// Avatar URL.
        pub avatar: Option<String>,
        /// Browser user agent.
        pub useragent: Option<String>,
        /// Whether the visitor has started a conversation.
        pub initiated: Option<bool>,
        /// Whether the visitor is active now.
        pub active: Option<bool>,
        /// Page the visitor is on.
        pub last_page: Option<VisitorLastPage>,
        /// Where the visitor is.
        pub geolocation: Option<Geolocation>,
        /// Time zone offset, in minutes.
        pub timezone: Option<i32>,
        /// Device capabilities (e.g. `call`, `browsing`).
        pub capabilities: Vec<String>,
        /// Preferred locales.
        pub locales: Vec<String>,
    }
}

crate::model! {
    /// The page a visitor is on (`last_page`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct VisitorLastPage {
        /// Page title.
        pub page_title: Option<String>,
        /// Page URL.
        pub page_url: Option<String>,
    }
}

crate::model! {
    /// Response of "get session identifier from token": the session a visitor token (set
    /// with the chatbox `CRISP_TOKEN_ID`) belongs to.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct VisitorToken {
        /// Session of the token.
        pub session_id: Option<SessionId>,
    }
}
