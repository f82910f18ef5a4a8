//! Helpdesk articles of a locale, their category, alternates (translations) and
//! public page.

use serde::{Deserialize, Serialize};

use crate::id::{ArticleId, CategoryId, SectionId};

crate::string_enum! {
    /// Publication status of an article (`status`).
    pub enum ArticleStatus {
        /// Published: readable on the helpdesk.
        Published = "published",
        /// Draft: not published yet, or unpublished.
        Draft = "draft",
    }
}

crate::string_enum! {
    /// Whether a published article is listed on the helpdesk (`visibility`).
    pub enum ArticleVisibility {
        /// Listed.
        Visible = "visible",
        /// Not listed (still reachable by its URL).
        Hidden = "hidden",
    }
}

crate::model! {
    /// A helpdesk article (resolve helpdesk locale article; items of list helpdesk locale
    /// articles, which may leave out the content).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleArticle {
        /// Article identifier.
        pub article_id: Option<ArticleId>,
        /// Title.
        pub title: Option<String>,
        /// Short description (`Some(None)`: sent as `null`, no description).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub description: Option<Option<String>>,
        /// Content, in Markdown.
        pub content: Option<String>,
        /// Publication status.
        pub status: Option<ArticleStatus>,
        /// Visibility on the helpdesk.
        pub visibility: Option<ArticleVisibility>,
        /// Whether the article is featured.
        pub featured: Option<bool>,
        /// Number of visits.
        pub visits: Option<u64>,
        /// Position in its category or section.
        pub order: Option<u32>,
        /// Public URL.
        pub url: Option<String>,
        /// Creation time, in epoch milliseconds.
        pub created_at: Option<u64>,
        /// Last update time, in epoch milliseconds.
        pub updated_at: Option<u64>,
        /// Publication time, in epoch milliseconds.
        pub published_at: Option<u64>,
    }
}

crate::model! {
    /// Body of "save helpdesk locale article" (whole article) and "update helpdesk locale
    /// article" (only the fields set are sent).
    ///
    /// ```
    /// use crisp_types::website::helpdesk::HelpdeskLocaleArticleUpdate;
    /// let save = HelpdeskLocaleArticleUpdate::new("Install the chatbox", "Paste the **snippet**.")
    ///     .featured(true)
    ///     .order(1);
    /// let update = HelpdeskLocaleArticleUpdate::default().content("New content.");
    /// ```
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[must_use]
    pub struct HelpdeskLocaleArticleUpdate {
        /// Title.
        pub title: Option<String>,
        /// Short description (`Some(None)`: sent as `null`, removes it).
        #[serde(deserialize_with = "crate::serde_util::nullable")]
        pub description: Option<Option<String>>,
        /// Content, in Markdown.
        pub content: Option<String>,
        /// Whether the article is featured.
        pub featured: Option<bool>,
        /// Position in its category or section.
        pub order: Option<u32>,
        /// Visibility on the helpdesk.
        pub visibility: Option<ArticleVisibility>,
        /// Keys this version has no field for, written after the fields above, sorted by key
        /// (see [`Extra`](crate::body::Extra)).
        #[serde(flatten)]
        pub extra: crate::body::Extra,
    }
}

impl HelpdeskLocaleArticleUpdate {
    /// A whole article: title and content (for "save helpdesk locale article").
    pub fn new(title: impl Into<String>, content: impl Into<String>) -> Self {
        HelpdeskLocaleArticleUpdate::default()
            .title(title)
            .content(content)
    }
}

crate::setters! {
    impl HelpdeskLocaleArticleUpdate {
        /// Sets the title.
        title: impl Into<String>,
        /// Sets the description; `None` removes it (sent as `null`).
        description: Option<String>,
        /// Sets the content (Markdown).
        content: impl Into<String>,
        /// Sets whether the article is featured.
        featured: bool,
        /// Sets the position in its category or section.
        order: u32,
        /// Sets the visibility.
        visibility: ArticleVisibility,
    }
}

crate::model! {
    /// Response of "add a new helpdesk locale article".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleArticleNew {
        /// Identifier of the new article.
        pub article_id: Option<ArticleId>,
    }
}

crate::model! {
    /// Response of "resolve helpdesk locale article page": the public page of an article.
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleArticlePage {
        /// Page title.
        pub title: Option<String>,
        /// Page URL.
        pub url: Option<String>,
    }
}

crate::model! {
    /// Response of "publish helpdesk locale article".
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleArticlePublish {
        /// Public URL of the published article.
        pub url: Option<String>,
    }
}

crate::model! {
    /// Where an article is filed (resolve helpdesk locale article category).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleArticleCategory {
        /// Category of the article.
        pub category_id: Option<CategoryId>,
        /// Section of the article in that category, if any.
        pub section_id: Option<SectionId>,
    }
}

crate::model! {
    /// A translation of an article into another locale (list and resolve helpdesk locale
    /// article alternates).
    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    pub struct HelpdeskLocaleArticleAlternate {
        /// Language code of the translation.
        pub locale: Option<String>,
        /// The translated article, in that locale.
        pub article_id: Option<ArticleId>,
    }
}
