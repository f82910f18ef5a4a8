//! Reader feedback on helpdesk articles: ratings and comments.

use serde::{Deserialize, Serialize};

use crate::id::{ArticleId, SessionId};
use crate::website::conversation::{Assignee, Geolocation};

crate::string_enum! {
    /// A reader's rating of an article (`rating`).
    pub enum FeedbackRating {
        /// The article helped.
        Helpful = "helpful",
        /// The article did not help.
        Unhelpful = "unhelpful",
    }
}

/// Response of "map helpdesk locale feedback ratings".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskLocaleFeedbackRatings {
    /// Rating counts over the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ratings: Option<RatingCounts>,
}

/// Rating counts (`ratings`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RatingCounts {
    /// Number of "helpful" ratings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helpful: Option<u64>,
    /// Number of "unhelpful" ratings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unhelpful: Option<u64>,
}

/// One reader feedback (list helpdesk locale feedbacks).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskLocaleFeedback {
    /// The rating.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<FeedbackRating>,
    /// The reader's comment, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The article rated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<HelpdeskLocaleFeedbackArticle>,
    /// The reader's chat session, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<HelpdeskLocaleFeedbackSession>,
    /// Time of the feedback, in epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<u64>,
}

/// The article a feedback is about (`article`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskLocaleFeedbackArticle {
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

/// The chat session of the reader who left a feedback (`session`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HelpdeskLocaleFeedbackSession {
    /// Conversation session identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<SessionId>,
    /// Reader nickname.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Reader email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Reader avatar URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// Reader location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<Geolocation>,
    /// Operator the conversation is assigned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assigned: Option<Assignee>,
}
