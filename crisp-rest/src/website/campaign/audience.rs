//! Who a campaign reaches: its recipients, and the profiles that opened, clicked or
//! unsubscribed.

use crisp_types::website::campaign::{
    CampaignRecipient, CampaignStatistic, CampaignStatisticAction,
};
use crisp_types::{CampaignId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Campaign Recipients* — tiers: user.
    ///
    /// `website_id` is the website, `campaign_id` the campaign and `page_number` the page
    /// number (from 1). Resolves to a [`Page`] of [`CampaignRecipient`] (empty past the
    /// end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_campaign_recipients(
        &self,
        website_id: &WebsiteId,
        campaign_id: &CampaignId,
        page_number: u32,
    ) -> Call<Page<CampaignRecipient>> {
        self.get("/website/{website_id}/campaign/{campaign_id}/recipients/{page_number}")
            .param(website_id)
            .param(campaign_id)
            .page(page_number)
            .paged()
    }

    /// *List Campaign Statistics* — tiers: user. The profiles that performed `action`
    /// (opened, clicked, unsubscribed) on the campaign.
    ///
    /// `website_id` is the website, `campaign_id` the campaign, `action` a
    /// [`CampaignStatisticAction`] and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`CampaignStatistic`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_campaign_statistics(
        &self,
        website_id: &WebsiteId,
        campaign_id: &CampaignId,
        action: CampaignStatisticAction,
        page_number: u32,
    ) -> Call<Page<CampaignStatistic>> {
        self.get("/website/{website_id}/campaign/{campaign_id}/statistics/{action}/{page_number}")
            .param(website_id)
            .param(campaign_id)
            .param(action)
            .page(page_number)
            .paged()
    }
}
