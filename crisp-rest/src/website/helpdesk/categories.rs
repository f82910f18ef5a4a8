//! Helpdesk categories of a locale.

use crisp_types::website::helpdesk::{
    HelpdeskLocaleCategory, HelpdeskLocaleCategoryNew, HelpdeskLocaleCategoryUpdate,
};
use crisp_types::{CategoryId, WebsiteId};

use crate::body::field;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Locale Categories* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `page_number` the page number (from 1). Resolves to a [`Page`] of
    /// [`HelpdeskLocaleCategory`] (empty past the end); [`Call::items`](crate::Call::items)
    /// walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_helpdesk_locale_categories(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        page_number: u32,
    ) -> Call<Page<HelpdeskLocaleCategory>> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}/categories/{page_number}")
            .param(website_id)
            .param(locale)
            .page(page_number)
            .paged()
    }

    /// *Add Helpdesk Locale Category* — tiers: user, plugin. Returns the new category id.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `name` its name. Resolves to a [`HelpdeskLocaleCategoryNew`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn add_helpdesk_locale_category(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        name: &str,
    ) -> Call<HelpdeskLocaleCategoryNew> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/category")
            .param(website_id)
            .param(locale)
            .json(&field("name", name))
            .data()
    }

    /// *Check If Helpdesk Locale Category Exists* — tiers: user, plugin. `true` if it
    /// exists.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `category_id` the category.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_helpdesk_locale_category_exists(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
    ) -> Call<bool> {
        self.head("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .param(website_id)
            .param(locale)
            .param(category_id)
            .exists()
    }

    /// *Resolve Helpdesk Locale Category* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `category_id` the category. Resolves to the [`HelpdeskLocaleCategory`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resolve_helpdesk_locale_category(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
    ) -> Call<HelpdeskLocaleCategory> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .param(website_id)
            .param(locale)
            .param(category_id)
            .data()
    }

    /// *Save Helpdesk Locale Category* — tiers: user, plugin. Replaces the category (see
    /// [`HelpdeskLocaleCategoryUpdate::new`]).
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category and `category` the category fields
    /// ([`HelpdeskLocaleCategoryUpdate`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn save_helpdesk_locale_category(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        category: &HelpdeskLocaleCategoryUpdate,
    ) -> Call<()> {
        self.put("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .param(website_id)
            .param(locale)
            .param(category_id)
            .json(category)
            .unit()
    }

    /// *Update Helpdesk Locale Category* — tiers: user, plugin. Changes only the fields
    /// set.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category and `category` the category fields
    /// ([`HelpdeskLocaleCategoryUpdate`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn update_helpdesk_locale_category(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        category: &HelpdeskLocaleCategoryUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .param(website_id)
            .param(locale)
            .param(category_id)
            .json(category)
            .unit()
    }

    /// *Delete Helpdesk Locale Category* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `category_id` the category. Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_helpdesk_locale_category(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
    ) -> Call<()> {
        self.delete("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}")
            .param(website_id)
            .param(locale)
            .param(category_id)
            .unit()
    }
}
