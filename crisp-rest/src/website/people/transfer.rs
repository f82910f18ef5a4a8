//! Bulk export and import of people profiles.

use crisp_types::WebsiteId;
use crisp_types::website::people::{PeopleImport, PeopleImportSetup};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Export People Profiles* — tiers: user. Starts an export of every profile; the
    /// file is not part of the response.
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn export_people_profiles(&self, website_id: &WebsiteId) -> Call<()> {
        self.post("/website/{website_id}/people/export/profiles")
            .param(website_id)
            .unit()
    }

    /// *Import People Profiles* — tiers: user. Starts an import of a CSV file; its
    /// progress comes as `people:import:progress` / `people:import:done` events.
    ///
    /// `website_id` is the website and `setup` the URL of the CSV file and how its columns
    /// map to profile fields ([`PeopleImportSetup`]). Resolves to a [`PeopleImport`] with
    /// the `import_id` the events carry.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn import_people_profiles(
        &self,
        website_id: &WebsiteId,
        setup: &PeopleImportSetup,
    ) -> Call<PeopleImport> {
        self.post("/website/{website_id}/people/import/profiles")
            .param(website_id)
            .json(setup)
            .data()
    }
}
