//! Co-browsing (MagicBrowse) sessions of a conversation.

use serde::{Deserialize, Serialize};

use crate::id::BrowsingId;

crate::string_enum! {
    /// Action sent to a browsing session (`action`).
    pub enum BrowsingAction {
        /// Start streaming the visitor screen.
        Start = "start",
        /// Stop streaming.
        Stop = "stop",
    }
}

crate::string_enum! {
    /// Assist action on a browsing session (`action` of [`BrowsingAssist`]).
    pub enum BrowsingAssistAction {
        /// Move the mouse.
        Mouse = "mouse",
        /// Click.
        Click = "click",
        /// Scroll.
        Scroll = "scroll",
    }
}

crate::model! {
    /// A browsing session (list browsing sessions for conversation).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BrowsingSession {
        /// Browsing session identifier.
        pub browsing_id: Option<BrowsingId>,
        /// Token to join the stream.
        pub browsing_token: Option<String>,
        /// Visitor user agent.
        pub useragent: Option<String>,
    }
}

/// Body of "send action to an existing browsing session": `{action}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BrowsingActionBody {
    /// The action.
    pub action: BrowsingAction,
}

impl BrowsingActionBody {
    /// An action.
    #[must_use]
    pub fn new(action: BrowsingAction) -> Self {
        BrowsingActionBody { action }
    }
}

impl From<BrowsingAction> for BrowsingActionBody {
    fn from(action: BrowsingAction) -> Self {
        BrowsingActionBody::new(action)
    }
}

crate::model! {
    /// A position on the visitor screen, in pixels.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
    pub struct BrowsingPoint {
        /// Horizontal position.
        pub x: Option<u32>,
        /// Vertical position.
        pub y: Option<u32>,
    }
}

impl BrowsingPoint {
    /// The point at `(x, y)`.
    #[must_use]
    pub fn new(x: u32, y: u32) -> Self {
        BrowsingPoint {
            x: Some(x),
            y: Some(y),
        }
    }
}

crate::model! {
    /// Body of "assist existing browsing session": `{action, mouse? | click? | scroll?}`.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct BrowsingAssist {
        /// Assist action.
        pub action: Option<BrowsingAssistAction>,
        /// Mouse position, for [`BrowsingAssistAction::Mouse`].
        pub mouse: Option<BrowsingPoint>,
        /// Click position, for [`BrowsingAssistAction::Click`].
        pub click: Option<BrowsingPoint>,
        /// Scroll position, for [`BrowsingAssistAction::Scroll`].
        pub scroll: Option<BrowsingPoint>,
    }
}

impl BrowsingAssist {
    /// Moves the mouse to `(x, y)`.
    #[must_use]
    pub fn mouse(x: u32, y: u32) -> Self {
        BrowsingAssist {
            action: Some(BrowsingAssistAction::Mouse),
            mouse: Some(BrowsingPoint::new(x, y)),
            ..BrowsingAssist::default()
        }
    }

    /// Clicks at `(x, y)`.
    #[must_use]
    pub fn click(x: u32, y: u32) -> Self {
        BrowsingAssist {
            action: Some(BrowsingAssistAction::Click),
            click: Some(BrowsingPoint::new(x, y)),
            ..BrowsingAssist::default()
        }
    }

    /// Scrolls to `(x, y)`.
    #[must_use]
    pub fn scroll(x: u32, y: u32) -> Self {
        BrowsingAssist {
            action: Some(BrowsingAssistAction::Scroll),
            scroll: Some(BrowsingPoint::new(x, y)),
            ..BrowsingAssist::default()
        }
    }
}
