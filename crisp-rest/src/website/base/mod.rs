//! Website base methods: check, create, get, delete a website.

use crisp_types::WebsiteId;
use crisp_types::website::base::{NewWebsite, VerifyChallenge, Website};
use serde_json::json;

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Check If Website Exists* — tiers: user, plugin. `true` if a website exists with
    /// this domain.
    pub fn check_website_exists(&self, domain: &str) -> Call<bool> {
        self.head("/website").query("domain", domain).exists()
    }

    /// *Create Website* — tiers: user.
    pub fn create_website(&self, website: &NewWebsite) -> Call<Website> {
        self.post("/website").json(website).data()
    }

    /// *Get A Website* — tiers: user, plugin.
    pub fn get_website(&self, website_id: &WebsiteId) -> Call<Website> {
        self.get("/website/{website_id}").param(website_id).data()
    }

    /// *Delete A Website* — tiers: user. The deletion is scheduled, not immediate (see
    /// [`abort_website_deletion`](Self::abort_website_deletion)); `verify` proves the
    /// user's identity.
    pub fn delete_website(&self, website_id: &WebsiteId, verify: &VerifyChallenge) -> Call<()> {
        self.delete("/website/{website_id}")
            .param(website_id)
            .json(&json!({ "verify": verify }))
            .unit()
    }

    /// *Abort Website Deletion* — tiers: user.
    pub fn abort_website_deletion(&self, website_id: &WebsiteId) -> Call<()> {
        self.delete("/website/{website_id}/expunge")
            .param(website_id)
            .unit()
    }
}
