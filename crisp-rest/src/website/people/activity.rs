//! What a profile did and received: its conversations, campaigns and events.

use crisp_types::website::people::{NewPeopleEvent, PeopleCampaign, PeopleEvent};
use crisp_types::{PeopleId, SessionId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List People Conversations* — tiers: user, plugin. The sessions of the
    /// conversations linked to the profile.
    pub fn list_people_conversations(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        page_number: u32,
    ) -> Call<Page<SessionId>> {
        self.get("/website/{website_id}/people/conversations/{people_id}/list/{page_number}")
            .param(website_id)
            .param(people_id)
            .page(page_number)
            .paged()
    }

    /// *List People Campaigns* — tiers: user.
    pub fn list_people_campaigns(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        page_number: u32,
    ) -> Call<Page<PeopleCampaign>> {
        self.get("/website/{website_id}/people/campaigns/{people_id}/list/{page_number}")
            .param(website_id)
            .param(people_id)
            .page(page_number)
            .paged()
    }

    /// *Add A People Event* — tiers: user, plugin.
    pub fn add_people_event(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        event: &NewPeopleEvent,
    ) -> Call<()> {
        self.post("/website/{website_id}/people/events/{people_id}")
            .param(website_id)
            .param(people_id)
            .json(event)
            .unit()
    }

    /// *List People Events* — tiers: user, plugin.
    pub fn list_people_events(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        page_number: u32,
    ) -> Call<Page<PeopleEvent>> {
        self.get("/website/{website_id}/people/events/{people_id}/list/{page_number}")
            .param(website_id)
            .param(people_id)
            .page(page_number)
            .paged()
    }
}
