//! Helpdesk settings and domain.

use crisp_types::WebsiteId;
use crisp_types::website::helpdesk::{HelpdeskDomain, HelpdeskDomainSetupFlow, HelpdeskSettings};
use serde::Serialize;

use crate::call::Call;
use crate::website::WebsiteApi;

/// Body of *Request Helpdesk Domain Change*: each key only when given.
#[derive(Serialize)]
struct DomainChangeBody<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    basic: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    custom: Option<&'a str>,
}

impl WebsiteApi<'_> {
    /// *Resolve Helpdesk Settings* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to the [`HelpdeskSettings`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resolve_helpdesk_settings(&self, website_id: &WebsiteId) -> Call<HelpdeskSettings> {
        self.get("/website/{website_id}/helpdesk/settings")
            .param(website_id)
            .data()
    }

    /// *Save Helpdesk Settings* — tiers: user, plugin. Changes only the fields set.
    ///
    /// `website_id` is the website and `settings` the settings to send
    /// ([`HelpdeskSettings`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn save_helpdesk_settings(
        &self,
        website_id: &WebsiteId,
        settings: &HelpdeskSettings,
    ) -> Call<()> {
        self.patch("/website/{website_id}/helpdesk/settings")
            .param(website_id)
            .json(settings)
            .unit()
    }

    /// *Resolve Helpdesk Domain* — tiers: user.
    ///
    /// `website_id` is the website. Resolves to the [`HelpdeskDomain`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resolve_helpdesk_domain(&self, website_id: &WebsiteId) -> Call<HelpdeskDomain> {
        self.get("/website/{website_id}/helpdesk/domain")
            .param(website_id)
            .data()
    }

    /// *Request Helpdesk Domain Change* — tiers: user. Changes the basic subdomain
    /// (`basic`, e.g. `acme`) and / or the custom domain (`custom`, e.g.
    /// `help.acme.com`); `None` leaves that one unchanged.
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn request_helpdesk_domain_change(
        &self,
        website_id: &WebsiteId,
        basic: Option<&str>,
        custom: Option<&str>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/helpdesk/domain")
            .param(website_id)
            .json(&DomainChangeBody { basic, custom })
            .unit()
    }

    /// *Generate Helpdesk Domain Setup Flow* — tiers: user. The DNS records to create
    /// for the custom domain `custom` (or the one already requested when `None`).
    ///
    /// `website_id` is the website. Resolves to the [`HelpdeskDomainSetupFlow`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn generate_helpdesk_domain_setup_flow(
        &self,
        website_id: &WebsiteId,
        custom: Option<&str>,
    ) -> Call<HelpdeskDomainSetupFlow> {
        self.get("/website/{website_id}/helpdesk/domain/setup")
            .param(website_id)
            .query("custom", custom)
            .data()
    }
}
