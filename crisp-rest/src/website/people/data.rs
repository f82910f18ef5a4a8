//! Custom data and email subscription of a profile.

use crisp_types::website::people::{PeopleData, PeopleSubscription, PeopleSubscriptionUpdate};
use crisp_types::{PeopleId, WebsiteId};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get People Data* — tiers: user, plugin.
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
