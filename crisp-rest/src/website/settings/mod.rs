//! Website settings methods.

use crisp_types::WebsiteId;
use crisp_types::website::settings::{WebsiteSettings, WebsiteSettingsUpdate};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Website Settings* — tiers: user, plugin.
    pub fn get_website_settings(&self, website_id: &WebsiteId) -> Call<WebsiteSettings> {
        self.get("/website/{website_id}/settings")
            .param(website_id)
            .data()
    }

    /// *Update Website Settings* — tiers: user, plugin. Only the fields and sections set
    /// in `settings` are sent.
    pub fn update_website_settings(
        &self,
        website_id: &WebsiteId,
        settings: &WebsiteSettingsUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/settings")
            .param(website_id)
            .json(settings)
            .unit()
    }
}
