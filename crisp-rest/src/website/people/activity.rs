//! What a profile did and received: its conversations, campaigns and events.

use crisp_types::website::people::{NewPeopleEvent, PeopleCampaign, PeopleEvent};
use crisp_types::{PeopleId, SessionId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List People Conversations* — tiers: user, plugin. The sessions of the
    /// conversations linked to the profile.
    ///
    /// `website_id` is the website, `people_id` the people profile and `page_number` the
    /// page number (from 1). Resolves to a [`Page`] of [`SessionId`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{PeopleId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let people = PeopleId::new("c6a6fa3a-dd4c-4e31-a3ef-bf5b8b5f3b3d");
    /// let sessions = client
    ///     .website()
    ///     .list_people_conversations(&website, &people, 1)
    ///     .await?;
    /// for session in sessions {
    ///     println!("{session}");
    /// }
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `people_id` the people profile and `page_number` the
    /// page number (from 1). Resolves to a [`Page`] of [`PeopleCampaign`] (empty past the
    /// end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `people_id` the people profile and `event` the event:
    /// text, data and color ([`NewPeopleEvent`]). Resolves to `()` once Crisp has accepted
    /// the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::people::NewPeopleEvent;
    /// use crisp::types::{PeopleId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let people = PeopleId::new("c6a6fa3a-dd4c-4e31-a3ef-bf5b8b5f3b3d");
    /// let event = NewPeopleEvent::new("Upgraded plan").data_entry("plan", "pro");
    /// client.website().add_people_event(&website, &people, &event).await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `people_id` the people profile and `page_number` the
    /// page number (from 1). Resolves to a [`Page`] of [`PeopleEvent`] (empty past the
    /// end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
