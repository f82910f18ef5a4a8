//! Sections of a helpdesk category.

use crisp_types::website::helpdesk::{
    HelpdeskLocaleSection, HelpdeskLocaleSectionNew, HelpdeskLocaleSectionUpdate,
};
use crisp_types::{CategoryId, SectionId, WebsiteId};

use crate::body::field;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Locale Sections* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category and `page_number` the page number (from 1).
    /// Resolves to a [`Page`] of [`HelpdeskLocaleSection`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category and `name` its name. Resolves to a
    /// [`HelpdeskLocaleSectionNew`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
            .json(&field("name", name))
            .data()
    }

    /// *Check If Helpdesk Locale Section Exists* — tiers: user, plugin. `true` if it
    /// exists.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category and `section_id` the section.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category and `section_id` the section. Resolves to the
    /// [`HelpdeskLocaleSection`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category, `section_id` the section and `section` the
    /// section fields ([`HelpdeskLocaleSectionUpdate`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category, `section_id` the section and `section` the
    /// section fields ([`HelpdeskLocaleSectionUpdate`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `category_id` the category and `section_id` the section. Resolves to `()`
    /// once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
