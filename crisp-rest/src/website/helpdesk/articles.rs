//! Helpdesk articles of a locale: listing, content, publication, category and
//! alternates (translations).

use crisp_types::website::helpdesk::{
    HelpdeskLocaleArticle, HelpdeskLocaleArticleAlternate, HelpdeskLocaleArticleCategory,
    HelpdeskLocaleArticleNew, HelpdeskLocaleArticlePage, HelpdeskLocaleArticlePublish,
    HelpdeskLocaleArticleUpdate,
};
use crisp_types::{ArticleId, CategoryId, SectionId, WebsiteId};
use serde::Serialize;

use super::ListHelpdeskLocaleArticles;
use crate::body::field;
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `page_number` the page number (from 1) and `options` a
    /// [`ListHelpdeskLocaleArticles`]. Resolves to a [`Page`] of [`HelpdeskLocaleArticle`]
    /// (empty past the end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::rest::website::helpdesk::ListHelpdeskLocaleArticles;
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let published = ListHelpdeskLocaleArticles::new().filter_status_published(true);
    /// for article in client
    ///     .website()
    ///     .list_helpdesk_locale_articles(&website, "en", 1, published)
    ///     .await?
    /// {
    ///     println!("{:?} {:?}", article.article_id, article.title);
    /// }
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `title` its title. Resolves to a [`HelpdeskLocaleArticleNew`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let created = client
    ///     .website()
    ///     .add_new_helpdesk_locale_article(&website, "en", "Getting started")
    ///     .await?;
    /// println!("new article {:?}", created.article_id);
    /// # Ok(()) }
    /// ```
    pub fn add_new_helpdesk_locale_article(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        title: &str,
    ) -> Call<HelpdeskLocaleArticleNew> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/article")
            .param(website_id)
            .param(locale)
            .json(&field("title", title))
            .data()
    }

    /// *Check If Helpdesk Locale Article Exists* — tiers: user, plugin. `true` if it
    /// exists.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article. Resolves to the [`HelpdeskLocaleArticle`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{ArticleId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let id = ArticleId::new("9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e");
    /// let article = client
    ///     .website()
    ///     .resolve_helpdesk_locale_article(&website, "en", &id)
    ///     .await?;
    /// println!("{:?}: {:?}", article.title, article.status);
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `article_id` the article and `article` the article fields
    /// ([`HelpdeskLocaleArticleUpdate`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `article_id` the article and `article` the article fields
    /// ([`HelpdeskLocaleArticleUpdate`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article. Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article. Resolves to the [`HelpdeskLocaleArticlePage`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article. Resolves to the
    /// [`HelpdeskLocaleArticleCategory`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `article_id` the article and `category_id` the category. Resolves to `()`
    /// once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article. Resolves to a `Vec` of
    /// [`HelpdeskLocaleArticleAlternate`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `article_id` the article and `locale_linked` the locale of the translation.
    /// Resolves to the [`HelpdeskLocaleArticleAlternate`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `article_id` the article and `article_id_linked` an [`ArticleId`]. Resolves
    /// to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
        .json(&field("article_id", article_id_linked))
        .unit()
    }

    /// *Delete Helpdesk Locale Article Alternate* — tiers: user, plugin. Unlinks the
    /// translation in `locale_linked`.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article. Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article. Resolves to a [`HelpdeskLocaleArticlePublish`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `article_id` the article. Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
