//! The helpdesk itself: check, resolve, initialize, delete.

use crisp_types::WebsiteId;
use crisp_types::website::base::VerifyChallenge;
use crisp_types::website::helpdesk::Helpdesk;
use serde::Serialize;

use crate::body::field;
use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Check If Helpdesk Exists* — tiers: user, plugin. `true` if the website has a
    /// helpdesk.
    ///
    /// `website_id` is the website.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_helpdesk_exists(&self, website_id: &WebsiteId) -> Call<bool> {
        self.head("/website/{website_id}/helpdesk")
            .param(website_id)
            .exists()
    }

    /// *Resolve Helpdesk* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to the [`Helpdesk`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resolve_helpdesk(&self, website_id: &WebsiteId) -> Call<Helpdesk> {
        self.get("/website/{website_id}/helpdesk")
            .param(website_id)
            .data()
    }

    /// *Initialize Helpdesk* — tiers: user. `domain_basic` is the Crisp subdomain the
    /// helpdesk is served on (e.g. `acme`).
    ///
    /// `website_id` is the website and `name` its name. Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn initialize_helpdesk(
        &self,
        website_id: &WebsiteId,
        name: &str,
        domain_basic: &str,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk")
            .param(website_id)
            .json(&NewHelpdesk { domain_basic, name })
            .unit()
    }

    /// *Delete Helpdesk* — tiers: user. Deletion is double-authenticated by `verify`.
    ///
    /// `website_id` is the website and `verify` a [`VerifyChallenge`]. Resolves to `()`
    /// once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_helpdesk(&self, website_id: &WebsiteId, verify: &VerifyChallenge) -> Call<()> {
        self.delete("/website/{website_id}/helpdesk")
            .param(website_id)
            .json(&field("verify", verify))
            .unit()
    }
}

/// Body of "initialize helpdesk" (fields in the order they are sent).
#[derive(Serialize)]
struct NewHelpdesk<'a> {
    domain_basic: &'a str,
    name: &'a str,
}
