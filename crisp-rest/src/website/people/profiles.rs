//! People statistics, and listing, creating, reading, changing and removing profiles.

use crisp_types::website::people::{
    NewPeopleProfile, PeopleProfile, PeopleProfileUpdate, PeopleStatistics,
};
use crisp_types::{PeopleId, WebsiteId};

use super::ListPeopleProfiles;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get People Statistics* — tiers: user, plugin.
    pub fn get_people_statistics(&self, website_id: &WebsiteId) -> Call<PeopleStatistics> {
        self.get("/website/{website_id}/people/stats")
            .param(website_id)
            .data()
    }

    /// *List People Profiles* — tiers: user, plugin. One page (1-based) of profiles,
    /// sorted and searched by `options`.
    pub fn list_people_profiles(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
        options: ListPeopleProfiles,
    ) -> Call<Page<PeopleProfile>> {
        let endpoint = self
            .get("/website/{website_id}/people/profiles/{page_number}")
            .param(website_id)
            .page(page_number);
        options.apply(endpoint).paged()
    }

    /// *Add New People Profile* — tiers: user, plugin. Crisp requires an email address;
    /// returns the identifier of the new profile.
    pub fn add_new_people_profile(
        &self,
        website_id: &WebsiteId,
        profile: &PeopleProfileUpdate,
    ) -> Call<NewPeopleProfile> {
        self.post("/website/{website_id}/people/profile")
            .param(website_id)
            .json(profile)
            .data()
    }

    /// *Check If People Profile Exists* — tiers: user, plugin. `true` if it exists.
    pub fn check_people_profile_exists(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
    ) -> Call<bool> {
        self.head("/website/{website_id}/people/profile/{people_id}")
            .param(website_id)
            .param(people_id)
            .exists()
    }

    /// *Get People Profile* — tiers: user, plugin.
    pub fn get_people_profile(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
    ) -> Call<PeopleProfile> {
        self.get("/website/{website_id}/people/profile/{people_id}")
            .param(website_id)
            .param(people_id)
            .data()
    }

    /// *Save People Profile* — tiers: user, plugin. Replaces the whole profile.
    pub fn save_people_profile(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        profile: &PeopleProfileUpdate,
    ) -> Call<()> {
        self.put("/website/{website_id}/people/profile/{people_id}")
            .param(website_id)
            .param(people_id)
            .json(profile)
            .unit()
    }

    /// *Update People Profile* — tiers: user, plugin. Changes only the fields sent.
    pub fn update_people_profile(
        &self,
        website_id: &WebsiteId,
        people_id: &PeopleId,
        profile: &PeopleProfileUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/people/profile/{people_id}")
            .param(website_id)
            .param(people_id)
            .json(profile)
            .unit()
    }

    /// *Remove People Profile* — tiers: user, plugin.
    pub fn remove_people_profile(&self, website_id: &WebsiteId, people_id: &PeopleId) -> Call<()> {
        self.delete("/website/{website_id}/people/profile/{people_id}")
            .param(website_id)
            .param(people_id)
            .unit()
    }
}
