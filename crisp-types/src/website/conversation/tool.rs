//! Tool calls requested on a conversation.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Body of "request tool call for conversation": `{command, payload?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolCall {
    /// Tool command to run.
    pub command: String,
    /// Free-form command payload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<Value>,
}

impl ToolCall {
    /// A call of a command.
    pub fn new(command: impl Into<String>) -> Self {
        ToolCall {
            command: command.into(),
            payload: None,
        }
    }
}

crate::setters! {
    impl ToolCall {
        /// Sets the command payload.
        #[must_use]
        payload: Value,
    }
}

impl From<String> for ToolCall {
    fn from(command: String) -> Self {
        ToolCall::new(command)
    }
}

impl From<&str> for ToolCall {
    fn from(command: &str) -> Self {
        ToolCall::new(command)
    }
}
