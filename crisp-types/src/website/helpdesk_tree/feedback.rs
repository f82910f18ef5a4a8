//! Reader feedback, external import: the models of the routes that moved under
//! `/{locale}/{content_type}` in node client 11.3.

use serde::{Deserialize, Serialize};

use crate::id::{ArticleId, SessionId};
use crate::website::conversation::{Assignee, Geolocation};

crate::string_enum! {
    /// A reader's rating of a helpdesk page (`rating`).
    pub enum HelpdeskFeedbackRating {
        /// The page helped.
        Helpful = "helpful",
        /// The page did not help.
        Unhelpful = "unhelpful",
    }
}

/// How many readers found the pages helpful or not (`ratings`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskFeedbackRatingCounts {
    /// Helpful ratings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helpful: Option<u32>,
    /// Unhelpful ratings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unhelpful: Option<u32>,
}

/// Response of "map helpdesk locale feedback ratings" (content-type route).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskFeedbackRatings {
    /// Rating counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratings: Option<HelpdeskFeedbackRatingCounts>,
}

/// The page a feedback is about (`article`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskFeedbackArticle {
    /// Article identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_id: Option<ArticleId>,
    /// Title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Public URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The visitor who left a feedback (`session`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskFeedbackSession {
    /// Conversation session identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Visitor nickname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Visitor email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Visitor avatar URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Where the visitor was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Operator assigned to the visitor's conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned: Option<Assignee>,
}

/// One reader feedback (list helpdesk locale feedbacks, content-type route).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskFeedback {
    /// Rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<HelpdeskFeedbackRating>,
    /// Comment left with the rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Page rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<HelpdeskFeedbackArticle>,
    /// Visitor who rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<HelpdeskFeedbackSession>,
    /// Time of the feedback, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
}

/// Body of "import external helpdesk to locale" (content-type route):
/// `{helpdesk_url, detect_locales?, other_locales?}`.
///
/// ```
/// use crisp_types::website::helpdesk_tree::HelpdeskExternalImport;
/// let import = HelpdeskExternalImport::new("https://help.example.com/").detect_locales(true);
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskExternalImport {
    /// URL of the helpdesk to import.
    pub helpdesk_url: String,
    /// Whether to detect the other locales of the imported helpdesk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detect_locales: Option<bool>,
    /// Other locales to import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_locales: Option<Vec<String>>,
}

impl HelpdeskExternalImport {
    /// Imports the helpdesk at `helpdesk_url`.
    pub fn new(helpdesk_url: impl Into<String>) -> Self {
        HelpdeskExternalImport {
            helpdesk_url: helpdesk_url.into(),
            detect_locales: None,
            other_locales: None,
        }
    }

    /// Sets whether to detect other locales.
    #[must_use]
    pub fn detect_locales(mut self, detect: bool) -> Self {
        self.detect_locales = Some(detect);
        self
    }

    /// Sets the other locales to import.
    #[must_use]
    pub fn other_locales(mut self, locales: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.other_locales = Some(locales.into_iter().map(Into::into).collect());
        self
    }
}
