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
    ///
    /// `website_id` is the website. Resolves to the [`PeopleStatistics`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_people_statistics(&self, website_id: &WebsiteId) -> Call<PeopleStatistics> {
        self.get("/website/{website_id}/people/stats")
            .param(website_id)
            .data()
    }

    /// *List People Profiles* — tiers: user, plugin. One page (1-based) of profiles,
    /// sorted and searched by `options`.
    ///
    /// `website_id` is the website, `page_number` the page number (from 1) and `options` a
    /// [`ListPeopleProfiles`]. Resolves to a [`Page`] of [`PeopleProfile`] (empty past the
    /// end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::rest::website::people::ListPeopleProfiles;
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let search = ListPeopleProfiles::new().search_text("jane@example.com");
    /// for profile in client.website().list_people_profiles(&website, 1, search).await? {
    ///     println!("{:?} {:?}", profile.people_id, profile.email);
    /// }
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website and `profile` the profile fields
    /// ([`PeopleProfileUpdate`]). Resolves to a [`NewPeopleProfile`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::people::PeopleProfileUpdate;
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let profile = PeopleProfileUpdate::new()
    ///     .email("jane@example.com")
    ///     .nickname("Jane Doe")
    ///     .segments(["trial"]);
    /// let created = client.website().add_new_people_profile(&website, &profile).await?;
    /// println!("new profile {:?}", created.people_id);
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website and `people_id` the people profile.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{PeopleId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let people = PeopleId::new("c6a6fa3a-dd4c-4e31-a3ef-bf5b8b5f3b3d");
    /// let exists = client.website().check_people_profile_exists(&website, &people).await?;
    /// println!("exists: {exists}");
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website and `people_id` the people profile. Resolves to the
    /// [`PeopleProfile`].
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
    /// let profile = client.website().get_people_profile(&website, &people).await?;
    /// println!("{:?}, segments {:?}", profile.email, profile.segments);
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `people_id` the people profile and `profile` the
    /// profile fields ([`PeopleProfileUpdate`]). Resolves to `()` once Crisp has accepted
    /// the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `people_id` the people profile and `profile` the
    /// profile fields ([`PeopleProfileUpdate`]). Resolves to `()` once Crisp has accepted
    /// the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::people::PeopleProfileUpdate;
    /// use crisp::types::{PeopleId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let people = PeopleId::new("c6a6fa3a-dd4c-4e31-a3ef-bf5b8b5f3b3d");
    /// // Only the fields set here change; the rest of the profile stays as it is.
    /// let change = PeopleProfileUpdate::new().segments(["customer"]);
    /// client
    ///     .website()
    ///     .update_people_profile(&website, &people, &change)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website and `people_id` the people profile. Resolves to `()`
    /// once Crisp has accepted the request.
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
    /// client.website().remove_people_profile(&website, &people).await?;
    /// # Ok(()) }
    /// ```
    pub fn remove_people_profile(&self, website_id: &WebsiteId, people_id: &PeopleId) -> Call<()> {
        self.delete("/website/{website_id}/people/profile/{people_id}")
            .param(website_id)
            .param(people_id)
            .unit()
    }
}
