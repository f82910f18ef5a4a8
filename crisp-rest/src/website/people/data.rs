//! Custom data and email subscription of a profile.

use crisp_types::website::people::{PeopleData, PeopleSubscription, PeopleSubscriptionUpdate};
use crisp_types::{PeopleId, WebsiteId};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get People Data* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `people_id` the people profile. Resolves to the
    /// [`PeopleData`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_people_data(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
    ) -> Call<PeopleData> {
        self.get("/website/{website_id}/people/data/{people_id}")
            .param(website_id)
            .param(people_id)
            .data()
    }

    /// *Save People Data* — tiers: user, plugin. Replaces every data key of the profile.
    ///
    /// `website_id` is the website, `people_id` the people profile and `data` every data
    /// key of the profile ([`PeopleData`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn save_people_data(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        data: &PeopleData,
    ) -> Call<()> {
        self.put("/website/{website_id}/people/data/{people_id}")
            .param(website_id)
            .param(people_id)
            .json(data)
            .unit()
    }

    /// *Update People Data* — tiers: user, plugin. Changes only the keys sent.
    ///
    /// `website_id` is the website, `people_id` the people profile and `data` the keys to
    /// change ([`PeopleData`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::people::PeopleData;
    /// use crisp::types::{PeopleId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let people = PeopleId::new("c6a6fa3a-dd4c-4e31-a3ef-bf5b8b5f3b3d");
    /// let data = PeopleData::new().set("plan", "pro").set("seats", 12);
    /// client.website().update_people_data(&website, &people, &data).await?;
    /// # Ok(()) }
    /// ```
    pub fn update_people_data(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        data: &PeopleData,
    ) -> Call<()> {
        self.patch("/website/{website_id}/people/data/{people_id}")
            .param(website_id)
            .param(people_id)
            .json(data)
            .unit()
    }

    /// *Get People Subscription Status* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `people_id` the people profile. Resolves to the
    /// [`PeopleSubscription`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_people_subscription_status(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
    ) -> Call<PeopleSubscription> {
        self.get("/website/{website_id}/people/subscription/{people_id}")
            .param(website_id)
            .param(people_id)
            .data()
    }

    /// *Update People Subscription Status* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `people_id` the people profile and `subscription` the
    /// subscription to set ([`PeopleSubscriptionUpdate`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn update_people_subscription_status(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        subscription: &PeopleSubscriptionUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/people/subscription/{people_id}")
            .param(website_id)
            .param(people_id)
            .json(subscription)
            .unit()
    }
}
