//! The helpdesk itself: check, resolve, initialize, delete.

use crisp_types::WebsiteId;
use crisp_types::website::base::VerifyChallenge;
use crisp_types::website::helpdesk::Helpdesk;
use serde_json::json;

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Check If Helpdesk Exists* — tiers: user, plugin. `true` if the website has a
    /// helpdesk.
    pub fn check_helpdesk_exists(&self, website_id: &WebsiteId) -> Call<bool> {
        self.head("/website/{website_id}/helpdesk")
            .param(website_id)
            .exists()
    }

    /// *Resolve Helpdesk* — tiers: user, plugin.
    pub fn resolve_helpdesk(&self, website_id: &WebsiteId) -> Call<Helpdesk> {
        self.get("/website/{website_id}/helpdesk")
            .param(website_id)
            .data()
    }

    /// *Initialize Helpdesk* — tiers: user. `domain_basic` is the Crisp subdomain the
    /// helpdesk is served on (e.g. `acme`).
    pub fn initialize_helpdesk(
        &self,
        website_id: &WebsiteId,
        name: &str,
        domain_basic: &str,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk")
            .param(website_id)
            .json(&json!({ "name": name, "domain_basic": domain_basic }))
            .unit()
    }

    /// *Delete Helpdesk* — tiers: user. Deletion is double-authenticated by `verify`.
    pub fn delete_helpdesk(&self, website_id: &WebsiteId, verify: &VerifyChallenge) -> Call<()> {
        self.delete("/website/{website_id}/helpdesk")
            .param(website_id)
            .json(&json!({ "verify": verify }))
            .unit()
    }
}
