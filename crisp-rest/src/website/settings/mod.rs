//! Website settings methods.

use crisp_types::WebsiteId;
use crisp_types::website::settings::{WebsiteSettings, WebsiteSettingsUpdate};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Website Settings* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to the [`WebsiteSettings`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_website_settings(&self, website_id: &WebsiteId) -> Call<WebsiteSettings> {
        self.get("/website/{website_id}/settings")
            .param(website_id)
            .data()
    }

    /// *Update Website Settings* — tiers: user, plugin. Only the fields and sections set
    /// in `settings` are sent.
    ///
    /// `website_id` is the website and `settings` a [`WebsiteSettingsUpdate`]. Resolves to
    /// `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
