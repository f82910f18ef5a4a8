//! Listing, creating, changing and sending campaigns.

use crisp_types::website::campaign::{
    Campaign, CampaignCreate, CampaignExcerpt, CampaignNew, CampaignType, CampaignUpdate,
};
use crisp_types::{CampaignId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Campaigns* — tiers: user.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`CampaignExcerpt`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_campaigns(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<CampaignExcerpt>> {
        self.get("/website/{website_id}/campaigns/list/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *List Campaign Tags* — tiers: user. The tags used by the website's campaigns.
    ///
    /// `website_id` is the website. Resolves to a `Vec<String>`.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_campaign_tags(&self, website_id: &WebsiteId) -> Call<Vec<String>> {
        self.get("/website/{website_id}/campaigns/tags")
            .param(website_id)
            .data()
    }

    /// *Create A New Campaign* — tiers: user. Returns the new campaign id.
    ///
    /// `website_id` is the website, `kind` the kind of campaign ([`CampaignType`]) and
    /// `name` its name. Resolves to a [`CampaignNew`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn create_new_campaign(
        &self,
        website_id: &WebsiteId,
        kind: CampaignType,
        name: &str,
    ) -> Call<CampaignNew> {
        self.post("/website/{website_id}/campaign")
            .param(website_id)
            .json(&CampaignCreate::new(kind, name))
            .data()
    }

    /// *Check If Campaign Exists* — tiers: user. `true` if it exists.
    ///
    /// `website_id` is the website and `campaign_id` the campaign.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_campaign_exists(
        &self,
        website_id: &WebsiteId,
        campaign_id: &CampaignId,
    ) -> Call<bool> {
        self.head("/website/{website_id}/campaign/{campaign_id}")
            .param(website_id)
            .param(campaign_id)
            .exists()
    }

    /// *Get A Campaign* — tiers: user.
    ///
    /// `website_id` is the website and `campaign_id` the campaign. Resolves to the
    /// [`Campaign`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_campaign(&self, website_id: &WebsiteId, campaign_id: &CampaignId) -> Call<Campaign> {
        self.get("/website/{website_id}/campaign/{campaign_id}")
            .param(website_id)
            .param(campaign_id)
            .data()
    }

    /// *Save A Campaign* — tiers: user. Replaces the campaign with `campaign`.
    ///
    /// `website_id` is the website, `campaign_id` the campaign and `campaign` a
    /// [`CampaignUpdate`]. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn save_campaign(
        &self,
        website_id: &WebsiteId,
        campaign_id: &CampaignId,
        campaign: &CampaignUpdate,
    ) -> Call<()> {
        self.put("/website/{website_id}/campaign/{campaign_id}")
            .param(website_id)
            .param(campaign_id)
            .json(campaign)
            .unit()
    }

    /// *Update A Campaign* — tiers: user. Changes only the fields set in `campaign`.
    ///
    /// `website_id` is the website, `campaign_id` the campaign and `campaign` a
    /// [`CampaignUpdate`]. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn update_campaign(
        &self,
        website_id: &WebsiteId,
        campaign_id: &CampaignId,
        campaign: &CampaignUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/campaign/{campaign_id}")
            .param(website_id)
            .param(campaign_id)
            .json(campaign)
            .unit()
    }

    /// *Remove A Campaign* — tiers: user.
    ///
    /// `website_id` is the website and `campaign_id` the campaign. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn remove_campaign(&self, website_id: &WebsiteId, campaign_id: &CampaignId) -> Call<()> {
        self.delete("/website/{website_id}/campaign/{campaign_id}")
            .param(website_id)
            .param(campaign_id)
            .unit()
    }

    /// *Dispatch A Campaign* — tiers: user. Starts sending a ready campaign.
    ///
    /// `website_id` is the website and `campaign_id` the campaign. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn dispatch_campaign(&self, website_id: &WebsiteId, campaign_id: &CampaignId) -> Call<()> {
        self.post("/website/{website_id}/campaign/{campaign_id}/dispatch")
            .param(website_id)
            .param(campaign_id)
            .unit()
    }

    /// *Resume A Campaign* — tiers: user. Resumes a paused campaign.
    ///
    /// `website_id` is the website and `campaign_id` the campaign. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resume_campaign(&self, website_id: &WebsiteId, campaign_id: &CampaignId) -> Call<()> {
        self.post("/website/{website_id}/campaign/{campaign_id}/resume")
            .param(website_id)
            .param(campaign_id)
            .unit()
    }

    /// *Pause A Campaign* — tiers: user. Pauses a dispatched campaign.
    ///
    /// `website_id` is the website and `campaign_id` the campaign. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn pause_campaign(&self, website_id: &WebsiteId, campaign_id: &CampaignId) -> Call<()> {
        self.post("/website/{website_id}/campaign/{campaign_id}/pause")
            .param(website_id)
            .param(campaign_id)
            .unit()
    }

    /// *Test A Campaign* — tiers: user. Sends a test of a ready campaign.
    ///
    /// `website_id` is the website and `campaign_id` the campaign. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn test_campaign(&self, website_id: &WebsiteId, campaign_id: &CampaignId) -> Call<()> {
        self.post("/website/{website_id}/campaign/{campaign_id}/test")
            .param(website_id)
            .param(campaign_id)
            .unit()
    }
}
