//! Audio / video calls of a conversation.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::origin::Origin;
use super::user::MessageUser;
use crate::id::CallId;

crate::string_enum! {
    /// Call mode (`mode`).
    pub enum CallMode {
        /// Audio only.
        Audio = "audio",
        /// Audio and video.
        Video = "video",
    }
}

crate::string_enum! {
    /// Kind of a call signaling payload (`type`).
    pub enum CallSignalingType {
        /// A WebRTC session description.
        Sdp = "sdp",
        /// A WebRTC ICE candidate.
        Candidate = "candidate",
    }
}

/// Response of "get ongoing call session for conversation".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CallSession {
    /// Call identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_id: Option<CallId>,
}

/// Body of "initiate new call session for conversation": `{mode, user?, origin?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallInitiate {
    /// Call mode.
    pub mode: CallMode,
    /// Who starts the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<MessageUser>,
    /// Where the call comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl CallInitiate {
    /// A call in the given mode.
    #[must_use]
    pub fn new(mode: CallMode) -> Self {
        CallInitiate {
            mode,
            user: None,
            origin: None,
        }
    }

    /// Sets who starts the call.
    #[must_use]
    pub fn user(mut self, user: MessageUser) -> Self {
        self.user = Some(user);
        self
    }

    /// Sets where the call comes from.
    #[must_use]
    pub fn origin(mut self, origin: impl Into<Origin>) -> Self {
        self.origin = Some(origin.into());
        self
    }
}

impl From<CallMode> for CallInitiate {
    fn from(mode: CallMode) -> Self {
        CallInitiate::new(mode)
    }
}

/// Body of "abort ongoing call session for conversation": `{user?, origin?}`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CallAbort {
    /// Who aborts the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<MessageUser>,
    /// Where the abort comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
}

impl CallAbort {
    /// An abort with no author.
    #[must_use]
    pub fn new() -> Self {
        CallAbort::default()
    }

    /// Sets who aborts the call.
    #[must_use]
    pub fn user(mut self, user: MessageUser) -> Self {
        self.user = Some(user);
        self
    }

    /// Sets where the abort comes from.
    #[must_use]
    pub fn origin(mut self, origin: impl Into<Origin>) -> Self {
        self.origin = Some(origin.into());
        self
    }
}

/// Body of "transmit signaling on ongoing call session": `{type, payload}` (WebRTC).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallSignaling {
    /// Payload kind (`type`).
    #[serde(rename = "type")]
    pub kind: CallSignalingType,
    /// The WebRTC payload, free-form (omitted when `Null`).
    #[serde(default, skip_serializing_if = "Value::is_null")]
    pub payload: Value,
}

impl CallSignaling {
    /// A signaling payload.
    #[must_use]
    pub fn new(kind: CallSignalingType, payload: Value) -> Self {
        CallSignaling { kind, payload }
    }
}
