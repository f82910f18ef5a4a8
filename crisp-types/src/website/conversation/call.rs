//! Audio / video calls of a conversation.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::authored::Authored;
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

crate::model! {
    /// Response of "get ongoing call session for conversation".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct CallSession {
        /// Call identifier.
        pub call_id: Option<CallId>,
    }
}

/// The action of "initiate new call session for conversation": the call mode (`mode`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewCall {
    /// Call mode.
    pub mode: CallMode,
}

/// Body of "initiate new call session for conversation": `{mode, user?, origin?}`.
pub type CallInitiate = Authored<NewCall>;

impl CallInitiate {
    /// A call in the given mode.
    #[must_use]
    pub fn new(mode: CallMode) -> Self {
        Authored::from(NewCall { mode })
    }
}

impl From<CallMode> for CallInitiate {
    fn from(mode: CallMode) -> Self {
        CallInitiate::new(mode)
    }
}

/// Body of "abort ongoing call session for conversation": `{user?, origin?}` (the abort
/// has no fields of its own).
pub type CallAbort = Authored<()>;

impl CallAbort {
    /// An abort with no author.
    #[must_use]
    pub fn new() -> Self {
        Authored::from(())
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
