//! Helpdesk locales, and import / export of a locale's articles.

use crisp_types::WebsiteId;
use crisp_types::website::helpdesk::HelpdeskLocale;

use crate::body::field;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Locales* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`HelpdeskLocale`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_helpdesk_locales(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<HelpdeskLocale>> {
        self.get("/website/{website_id}/helpdesk/locales/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Add Helpdesk Locale* — tiers: user, plugin. `locale` is a language code (`en`).
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn add_helpdesk_locale(&self, website_id: &WebsiteId, locale: &str) -> Call<()> {
        self.post("/website/{website_id}/helpdesk/locale")
            .param(website_id)
            .json(&field("locale", locale))
            .unit()
    }

    /// *Check If Helpdesk Locale Exists* — tiers: user, plugin. `true` if it exists.
    ///
    /// `website_id` is the website and `locale` the helpdesk locale (a language code, e.g.
    /// `en`).
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_helpdesk_locale_exists(&self, website_id: &WebsiteId, locale: &str) -> Call<bool> {
        self.head("/website/{website_id}/helpdesk/locale/{locale}")
            .param(website_id)
            .param(locale)
            .exists()
    }

    /// *Resolve Helpdesk Locale* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `locale` the helpdesk locale (a language code, e.g.
    /// `en`). Resolves to the [`HelpdeskLocale`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resolve_helpdesk_locale(
        &self,
        website_id: &WebsiteId,
        locale: &str,
    ) -> Call<HelpdeskLocale> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}")
            .param(website_id)
            .param(locale)
            .data()
    }

    /// *Delete Helpdesk Locale* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `locale` the helpdesk locale (a language code, e.g.
    /// `en`). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_helpdesk_locale(&self, website_id: &WebsiteId, locale: &str) -> Call<()> {
        self.delete("/website/{website_id}/helpdesk/locale/{locale}")
            .param(website_id)
            .param(locale)
            .unit()
    }

    /// *Import External Helpdesk To Locale* — tiers: user. Imports the articles of the helpdesk
    /// found at `helpdesk_url` (another provider's) into this locale.
    ///
    /// `website_id` is the website and `locale` the helpdesk locale (a language code, e.g.
    /// `en`). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn import_external_helpdesk_to_locale(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        helpdesk_url: &str,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/import")
            .param(website_id)
            .param(locale)
            .json(&field("helpdesk_url", helpdesk_url))
            .unit()
    }

    /// *Export Helpdesk Locale Articles* — tiers: user. Requests an export of every
    /// article of the locale.
    ///
    /// `website_id` is the website and `locale` the helpdesk locale (a language code, e.g.
    /// `en`). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn export_helpdesk_locale_articles(
        &self,
        website_id: &WebsiteId,
        locale: &str,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/export")
            .param(website_id)
            .param(locale)
            .unit()
    }
}
