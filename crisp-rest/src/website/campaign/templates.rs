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
