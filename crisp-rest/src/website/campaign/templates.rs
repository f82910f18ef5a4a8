//! Campaign templates.

use crisp_types::website::campaign::{
    CampaignFormat, CampaignTemplate, CampaignTemplateCreate, CampaignTemplateExcerpt,
    CampaignTemplateNew, CampaignTemplateUpdate,
};
use crisp_types::{TemplateId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Campaign Templates* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`CampaignTemplateExcerpt`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_campaign_templates(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<CampaignTemplateExcerpt>> {
        self.get("/website/{website_id}/campaigns/templates/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Create A New Campaign Template* — tiers: user, plugin. Returns the new template
    /// id.
    ///
    /// `website_id` is the website, `format` the template format ([`CampaignFormat`]) and
    /// `name` its name. Resolves to a [`CampaignTemplateNew`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn create_new_campaign_template(
        &self,
        website_id: &WebsiteId,
        format: CampaignFormat,
        name: &str,
    ) -> Call<CampaignTemplateNew> {
        self.post("/website/{website_id}/campaigns/template")
            .param(website_id)
            .json(&CampaignTemplateCreate::new(format, name))
            .data()
    }

    /// *Check If Campaign Template Exists* — tiers: user, plugin. `true` if it exists.
    ///
    /// `website_id` is the website and `template_id` the template.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_campaign_template_exists(
        &self,
        website_id: &WebsiteId,
        template_id: &TemplateId,
    ) -> Call<bool> {
        self.head("/website/{website_id}/campaigns/template/{template_id}")
            .param(website_id)
            .param(template_id)
            .exists()
    }

    /// *Get A Campaign Template* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `template_id` the template. Resolves to the
    /// [`CampaignTemplate`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_campaign_template(
        &self,
        website_id: &WebsiteId,
        template_id: &TemplateId,
    ) -> Call<CampaignTemplate> {
        self.get("/website/{website_id}/campaigns/template/{template_id}")
            .param(website_id)
            .param(template_id)
            .data()
    }

    /// *Save A Campaign Template* — tiers: user, plugin. Replaces the template with
    /// `template`.
    ///
    /// `website_id` is the website, `template_id` the template and `template` a
    /// [`CampaignTemplateUpdate`]. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn save_campaign_template(
        &self,
        website_id: &WebsiteId,
        template_id: &TemplateId,
        template: &CampaignTemplateUpdate,
    ) -> Call<()> {
        self.put("/website/{website_id}/campaigns/template/{template_id}")
            .param(website_id)
            .param(template_id)
            .json(template)
            .unit()
    }

    /// *Update A Campaign Template* — tiers: user, plugin. Changes only the fields set in
    /// `template`.
    ///
    /// `website_id` is the website, `template_id` the template and `template` a
    /// [`CampaignTemplateUpdate`]. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn update_campaign_template(
        &self,
        website_id: &WebsiteId,
        template_id: &TemplateId,
        template: &CampaignTemplateUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/campaigns/template/{template_id}")
            .param(website_id)
            .param(template_id)
            .json(template)
            .unit()
    }

    /// *Remove A Campaign Template* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `template_id` the template. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn remove_campaign_template(
        &self,
        website_id: &WebsiteId,
        template_id: &TemplateId,
    ) -> Call<()> {
        self.delete("/website/{website_id}/campaigns/template/{template_id}")
            .param(website_id)
            .param(template_id)
            .unit()
    }
}
