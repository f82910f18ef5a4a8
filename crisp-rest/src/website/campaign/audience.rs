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
