//! Helpdesk redirections.

use crisp_types::website::helpdesk::{HelpdeskRedirection, HelpdeskRedirectionNew};
use crisp_types::{RedirectionId, WebsiteId};
use serde::Serialize;

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk Redirections* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`HelpdeskRedirection`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_helpdesk_redirections(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<HelpdeskRedirection>> {
        self.get("/website/{website_id}/helpdesk/redirections/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Add Helpdesk Redirection* — tiers: user, plugin. Redirects `path` (e.g.
    /// `/en/article/old-name/`) to `target`; returns the new redirection id.
    ///
    /// `website_id` is the website. Resolves to a [`HelpdeskRedirectionNew`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn add_helpdesk_redirection(
        &self,
        website_id: &WebsiteId,
        path: &str,
        target: &str,
    ) -> Call<HelpdeskRedirectionNew> {
        self.post("/website/{website_id}/helpdesk/redirection")
            .param(website_id)
            .json(&NewRedirection { path, target })
            .data()
    }

    /// *Check If Helpdesk Redirection Exists* — tiers: user, plugin. `true` if it exists.
    ///
    /// `website_id` is the website and `redirection_id` the redirection.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    pub fn check_helpdesk_redirection_exists(
        &self,
        website_id: &WebsiteId,
        redirection_id: &RedirectionId,
    ) -> Call<bool> {
        self.head("/website/{website_id}/helpdesk/redirection/{redirection_id}")
            .param(website_id)
            .param(redirection_id)
            .exists()
    }

    /// *Resolve Helpdesk Redirection* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `redirection_id` the redirection. Resolves to the
    /// [`HelpdeskRedirection`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resolve_helpdesk_redirection(
        &self,
        website_id: &WebsiteId,
        redirection_id: &RedirectionId,
    ) -> Call<HelpdeskRedirection> {
        self.get("/website/{website_id}/helpdesk/redirection/{redirection_id}")
            .param(website_id)
            .param(redirection_id)
            .data()
    }

    /// *Delete Helpdesk Redirection* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `redirection_id` the redirection. Resolves to `()`
    /// once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_helpdesk_redirection(
        &self,
        website_id: &WebsiteId,
        redirection_id: &RedirectionId,
    ) -> Call<()> {
        self.delete("/website/{website_id}/helpdesk/redirection/{redirection_id}")
            .param(website_id)
            .param(redirection_id)
            .unit()
    }
}

/// Body of "add helpdesk redirection".
#[derive(Serialize)]
struct NewRedirection<'a> {
    path: &'a str,
    target: &'a str,
}
