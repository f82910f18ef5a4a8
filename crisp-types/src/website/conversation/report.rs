//! Reporting a conversation.

use serde::{Deserialize, Serialize};

crate::string_enum! {
    /// Why a conversation is reported (`flag`).
    pub enum ReportFlag {
        /// Spam.
        Spam = "spam",
    }
}

/// Body of "report conversation": `{flag}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportBody {
    /// Why the conversation is reported.
    pub flag: ReportFlag,
}

impl ReportBody {
    /// A report with a flag.
    #[must_use]
    pub fn new(flag: ReportFlag) -> Self {
        ReportBody { flag }
    }
}

impl From<ReportFlag> for ReportBody {
    fn from(flag: ReportFlag) -> Self {
        ReportBody::new(flag)
    }
}
