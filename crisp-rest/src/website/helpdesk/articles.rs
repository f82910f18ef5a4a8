//! Helpdesk articles of a locale: listing, content, publication, category and
//! alternates (translations).

use crisp_types::website::helpdesk::{
    HelpdeskLocaleArticle, HelpdeskLocaleArticleAlternate, HelpdeskLocaleArticleCategory,
    HelpdeskLocaleArticleNew, HelpdeskLocaleArticlePage, HelpdeskLocaleArticlePublish,
    HelpdeskLocaleArticleUpdate,
};
use crisp_types::{ArticleId, CategoryId, SectionId, WebsiteId};
use serde::Serialize;
use serde_json::json;

use super::ListHelpdeskLocaleArticles;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

/// Body of *Update Helpdesk Locale Article Category*: `section_id` only when given.
#[derive(Serialize)]
struct ArticleCategoryBody<'a> {
    category_id: &'a CategoryId,
    #[serde(skip_serializing_if = "Option::is_none")]
    section_id: Option<&'a SectionId>,
}

impl WebsiteApi<'_> {
    /// *List Helpdesk Locale Articles* — tiers: user, plugin. One page (1-based) of the
    /// locale's articles, filtered and searched by `options`.
    pub fn list_helpdesk_locale_articles(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        page_number: u32,
        options: ListHelpdeskLocaleArticles,
    ) -> Call<Page<HelpdeskLocaleArticle>> {
        let endpoint = self
            .get("/website/{website_id}/helpdesk/locale/{locale}/articles/{page_number}")
            .param(website_id)
            .param(locale)
            .page(page_number);
        options.apply(endpoint).paged()
    }

    /// *Add A New Helpdesk Locale Article* — tiers: user, plugin. Creates an article
    /// with this title; returns its id.
    pub fn add_new_helpdesk_locale_article(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        title: &str,
    ) -> Call<HelpdeskLocaleArticleNew> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/article")
            .param(website_id)
            .param(locale)
            .json(&json!({ "title": title }))
            .data()
    }

    /// *Check If Helpdesk Locale Article Exists* — tiers: user, plugin. `true` if it
    /// exists.
    pub fn check_helpdesk_locale_article_exists(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
    ) -> Call<bool> {
        self.head("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .exists()
    }

    /// *Resolve Helpdesk Locale Article* — tiers: user, plugin.
    pub fn resolve_helpdesk_locale_article(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
    ) -> Call<HelpdeskLocaleArticle> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .data()
    }

    /// *Save Helpdesk Locale Article* — tiers: user, plugin. Replaces the article (see
    /// [`HelpdeskLocaleArticleUpdate::new`]).
    pub fn save_helpdesk_locale_article(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
        article: &HelpdeskLocaleArticleUpdate,
    ) -> Call<()> {
        self.put("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .json(article)
            .unit()
    }

    /// *Update Helpdesk Locale Article* — tiers: user, plugin. Changes only the fields
    /// set.
    pub fn update_helpdesk_locale_article(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
        article: &HelpdeskLocaleArticleUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .json(article)
            .unit()
    }

    /// *Delete Helpdesk Locale Article* — tiers: user, plugin.
    pub fn delete_helpdesk_locale_article(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
    ) -> Call<()> {
        self.delete("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .unit()
    }

    /// *Resolve Helpdesk Locale Article Page* — tiers: user, plugin. The public page of
    /// the article.
    pub fn resolve_helpdesk_locale_article_page(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
    ) -> Call<HelpdeskLocaleArticlePage> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/page")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .data()
    }

    /// *Resolve Helpdesk Locale Article Category* — tiers: user, plugin.
    pub fn resolve_helpdesk_locale_article_category(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
    ) -> Call<HelpdeskLocaleArticleCategory> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/category")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .data()
    }

    /// *Update Helpdesk Locale Article Category* — tiers: user, plugin. Files the
    /// article in a category, and in one of its sections when `section_id` is given.
    pub fn update_helpdesk_locale_article_category(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
        category_id: &CategoryId,
        section_id: Option<&SectionId>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/category")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .json(&ArticleCategoryBody {
                category_id,
                section_id,
            })
            .unit()
    }

    /// *List Helpdesk Locale Article Alternates* — tiers: user, plugin. The translations
    /// of the article linked to it.
    pub fn list_helpdesk_locale_article_alternates(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
    ) -> Call<Vec<HelpdeskLocaleArticleAlternate>> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternates")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .data()
    }

    /// *Check If Helpdesk Locale Article Alternate Exists* — tiers: user, plugin. `true`
    /// if the article has a translation linked in `locale_linked`.
    pub fn check_helpdesk_locale_article_alternate_exists(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
        locale_linked: &str,
    ) -> Call<bool> {
        self.head(
            "/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}",
        )
        .param(website_id)
        .param(locale)
        .param(article_id)
        .param(locale_linked)
        .exists()
    }

    /// *Resolve Helpdesk Locale Article Alternate* — tiers: user, plugin.
    pub fn resolve_helpdesk_locale_article_alternate(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
        locale_linked: &str,
    ) -> Call<HelpdeskLocaleArticleAlternate> {
        self.get(
            "/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}",
        )
        .param(website_id)
        .param(locale)
        .param(article_id)
        .param(locale_linked)
        .data()
    }

    /// *Save Helpdesk Locale Article Alternate* — tiers: user, plugin. Links
    /// `article_id_linked`, an article of `locale_linked`, as the translation of the
    /// article.
    pub fn save_helpdesk_locale_article_alternate(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
        locale_linked: &str,
        article_id_linked: &ArticleId,
    ) -> Call<()> {
        self.put(
            "/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}",
        )
        .param(website_id)
        .param(locale)
        .param(article_id)
        .param(locale_linked)
        .json(&json!({ "article_id": article_id_linked }))
        .unit()
    }

    /// *Delete Helpdesk Locale Article Alternate* — tiers: user, plugin. Unlinks the
    /// translation in `locale_linked`.
    pub fn delete_helpdesk_locale_article_alternate(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
        locale_linked: &str,
    ) -> Call<()> {
        self.delete(
            "/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}",
        )
        .param(website_id)
        .param(locale)
        .param(article_id)
        .param(locale_linked)
        .unit()
    }

    /// *Publish Helpdesk Locale Article* — tiers: user, plugin. Returns the public URL.
    pub fn publish_helpdesk_locale_article(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
    ) -> Call<HelpdeskLocaleArticlePublish> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/publish")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .data()
    }

    /// *Unpublish Helpdesk Locale Article* — tiers: user, plugin. Takes the article
    /// off the helpdesk.
    pub fn unpublish_helpdesk_locale_article(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        article_id: &ArticleId,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/unpublish")
            .param(website_id)
            .param(locale)
            .param(article_id)
            .unit()
    }
}
