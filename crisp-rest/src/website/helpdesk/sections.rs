//! Sections of a helpdesk category.

use crisp_types::website::helpdesk::{
    HelpdeskLocaleSection, HelpdeskLocaleSectionNew, HelpdeskLocaleSectionUpdate,
};
use crisp_types::{CategoryId, SectionId, WebsiteId};
use serde_json::json;

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Locale Sections* — tiers: user, plugin.
    pub fn list_helpdesk_locale_sections(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        page_number: u32,
    ) -> Call<Page<HelpdeskLocaleSection>> {
        self.get(
            "/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/sections/{page_number}",
        )
        .param(website_id)
        .param(locale)
        .param(category_id)
        .page(page_number)
        .paged()
    }

    /// *Add Helpdesk Locale Section* — tiers: user, plugin. Returns the new section id.
    pub fn add_helpdesk_locale_section(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        name: &str,
    ) -> Call<HelpdeskLocaleSectionNew> {
        self.post("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section")
            .param(website_id)
            .param(locale)
            .param(category_id)
            .json(&json!({ "name": name }))
            .data()
    }

    /// *Check If Helpdesk Locale Section Exists* — tiers: user, plugin. `true` if it
    /// exists.
    pub fn check_helpdesk_locale_section_exists(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        section_id: &SectionId,
    ) -> Call<bool> {
        self.head(
            "/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}",
        )
        .param(website_id)
        .param(locale)
        .param(category_id)
        .param(section_id)
        .exists()
    }

    /// *Resolve Helpdesk Locale Section* — tiers: user, plugin.
    pub fn resolve_helpdesk_locale_section(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        section_id: &SectionId,
    ) -> Call<HelpdeskLocaleSection> {
        self.get(
            "/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}",
        )
        .param(website_id)
        .param(locale)
        .param(category_id)
        .param(section_id)
        .data()
    }

    /// *Save Helpdesk Locale Section* — tiers: user, plugin. Replaces the section (see
    /// [`HelpdeskLocaleSectionUpdate::new`]).
    pub fn save_helpdesk_locale_section(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        section_id: &SectionId,
        section: &HelpdeskLocaleSectionUpdate,
    ) -> Call<()> {
        self.put(
            "/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}",
        )
        .param(website_id)
        .param(locale)
        .param(category_id)
        .param(section_id)
        .json(section)
        .unit()
    }

    /// *Update Helpdesk Locale Section* — tiers: user, plugin. Changes only the fields
    /// set.
    pub fn update_helpdesk_locale_section(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        section_id: &SectionId,
        section: &HelpdeskLocaleSectionUpdate,
    ) -> Call<()> {
        self.patch(
            "/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}",
        )
        .param(website_id)
        .param(locale)
        .param(category_id)
        .param(section_id)
        .json(section)
        .unit()
    }

    /// *Delete Helpdesk Locale Section* — tiers: user, plugin.
    pub fn delete_helpdesk_locale_section(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        category_id: &CategoryId,
        section_id: &SectionId,
    ) -> Call<()> {
        self.delete(
            "/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}",
        )
        .param(website_id)
        .param(locale)
        .param(category_id)
        .param(section_id)
        .unit()
    }
}
