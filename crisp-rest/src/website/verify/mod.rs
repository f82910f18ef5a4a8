//! Website identity verification methods: settings and secret key.

use crisp_types::WebsiteId;
use crisp_types::website::verify::{VerifyKey, VerifySettings, VerifySettingsUpdate};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Verify Settings* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to the [`VerifySettings`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_verify_settings(&self, website_id: &WebsiteId) -> Call<VerifySettings> {
        self.get("/website/{website_id}/verify/settings")
            .param(website_id)
            .data()
    }

    /// *Update Verify Settings* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `settings` the settings to send
    /// ([`VerifySettingsUpdate`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn update_verify_settings(
        &self,
        website_id: &WebsiteId,
        settings: &VerifySettingsUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/verify/settings")
            .param(website_id)
            .json(settings)
            .unit()
    }

    /// *Get Verify Key* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to the [`VerifyKey`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_verify_key(&self, website_id: &WebsiteId) -> Call<VerifyKey> {
        self.get("/website/{website_id}/verify/key")
            .param(website_id)
            .data()
    }

    /// *Roll Verify Key* — tiers: user, plugin. Replaces the secret key; read the new one
    /// with [`get_verify_key`](Self::get_verify_key).
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn roll_verify_key(&self, website_id: &WebsiteId) -> Call<()> {
        self.post("/website/{website_id}/verify/key")
            .param(website_id)
            .unit()
    }
}
