//! Email transcripts of a conversation.

use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// Who receives an email transcript (`to`).
    pub enum TranscriptTo {
        /// The visitor.
        User = "user",
        /// The operator(s).
        Operator = "operator",
    }
}

/// Body of "request email transcript for conversation": `{to, email?}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranscriptRequest {
    /// Who receives the transcript.
    pub to: TranscriptTo,
    /// Email address to send to (defaults to the recipient's known address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl TranscriptRequest {
    /// A transcript for a recipient.
    #[must_use]
    pub fn new(to: TranscriptTo) -> Self {
        TranscriptRequest { to, email: None }
    }
}

crate::setters! {
    impl TranscriptRequest {
        /// Sets the email address to send to.
        #[must_use]
        email: impl Into<String>,
    }
}

impl From<TranscriptTo> for TranscriptRequest {
    fn from(to: TranscriptTo) -> Self {
        TranscriptRequest::new(to)
    }
}
