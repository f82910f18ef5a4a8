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

crate::model! {
    /// Response of "map helpdesk locale feedback ratings".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleFeedbackRatings {
        /// Rating counts over the period.
        pub ratings: Option<RatingCounts>,
    }
}

crate::model! {
    /// Rating counts (`ratings`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct RatingCounts {
        /// Number of "helpful" ratings.
        pub helpful: Option<u64>,
        /// Number of "unhelpful" ratings.
        pub unhelpful: Option<u64>,
    }
}

crate::model! {
    /// One reader feedback (list helpdesk locale feedbacks).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleFeedback {
        /// The rating.
        pub rating: Option<FeedbackRating>,
        /// The reader's comment, if any.
        pub comment: Option<String>,
        /// The article rated.
        pub article: Option<HelpdeskLocaleFeedbackArticle>,
        /// The reader's chat session, when known.
        pub session: Option<HelpdeskLocaleFeedbackSession>,
        /// Time of the feedback, in epoch milliseconds.
        pub created_at: Option<u64>,
    }
}

crate::model! {
    /// The article a feedback is about (`article`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleFeedbackArticle {
        /// Article identifier.
        pub article_id: Option<ArticleId>,
        /// Title.
        pub title: Option<String>,
        /// Public URL.
        pub url: Option<String>,
    }
}

crate::model! {
    /// The chat session of the reader who left a feedback (`session`).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleFeedbackSession {
        /// Conversation session identifier.
        pub session_id: Option<SessionId>,
        /// Reader nickname.
        pub nickname: Option<String>,
        /// Reader email.
        pub email: Option<String>,
        /// Reader avatar URL.
        pub avatar: Option<String>,
        /// Reader location.
        pub geolocation: Option<Geolocation>,
        /// Operator the conversation is assigned to.
        pub assigned: Option<Assignee>,
    }
}
