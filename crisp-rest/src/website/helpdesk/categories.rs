//! Helpdesk categories of a locale.

use crisp_types::website::helpdesk::{
    HelpdeskLocaleCategory, HelpdeskLocaleCategoryNew, HelpdeskLocaleCategoryUpdate,
};
use crisp_types::{CategoryId, WebsiteId};
use serde_json::json;

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Locale Categories* — tiers: user, plugin.
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
    pub fn add_helpdesk_locale_category(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        name: &str,
    ) -> Call<HelpdeskLocaleCategoryNew> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/category")
            .param(website_id)
            .param(locale)
            .json(&json!({ "name": name }))
            .data()
    }

    /// *Check If Helpdesk Locale Category Exists* — tiers: user, plugin. `true` if it
    /// exists.
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
