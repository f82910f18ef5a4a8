//! Bulk export and import of people profiles.

use crisp_types::WebsiteId;
use crisp_types::website::people::{PeopleImport, PeopleImportSetup};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Export People Profiles* — tiers: user. Starts an export of every profile; the
    /// file is not part of the response.
    pub fn export_people_profiles(&self, website_id: &WebsiteId) -> Call<()> {
        self.post("/website/{website_id}/people/export/profiles")
            .param(website_id)
            .unit()
    }

    /// *Import People Profiles* — tiers: user. Starts an import of a CSV file; its
    /// progress comes as `people:import:progress` / `people:import:done` events.
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
