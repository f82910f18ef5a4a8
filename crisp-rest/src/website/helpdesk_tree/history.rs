//! The change history of helpdesk content.

use crisp_types::WebsiteId;
use crisp_types::id::ChangeId;
use crisp_types::website::helpdesk_tree::HelpdeskHistoryChange;

use super::ListHelpdeskHistoryChanges;
use crate::body::field;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Helpdesk History Changes* — tiers: not documented. One page (1-based) of
    /// changes, newest first, filtered by `options`.
    ///
    /// `website_id` is the website, `page_number` the page number (from 1) and `options` a
    /// [`ListHelpdeskHistoryChanges`]. Resolves to a [`Page`] of [`HelpdeskHistoryChange`]
    /// (empty past the end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_helpdesk_history_changes(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
        options: ListHelpdeskHistoryChanges,
    ) -> Call<Page<HelpdeskHistoryChange>> {
        let endpoint = self
            .get("/website/{website_id}/helpdesk/history/changes/{page_number}")
            .param(website_id)
            .page(page_number);
        options.apply(endpoint).paged()
    }

    /// *Resolve Helpdesk History Change* — tiers: not documented. The change with the
    /// files it touched.
    ///
    /// `website_id` is the website and `change_id` the history change. Resolves to the
    /// [`HelpdeskHistoryChange`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resolve_helpdesk_history_change(
        &self,
        website_id: &WebsiteId,
        change_id: &ChangeId,
    ) -> Call<HelpdeskHistoryChange> {
        self.get("/website/{website_id}/helpdesk/history/change/{change_id}")
            .param(website_id)
            .param(change_id)
            .data()
    }

    /// *Cancel Helpdesk History Change* — tiers: not documented. A DELETE with a body
    /// (`{action}`); the accepted `action` values are not listed by the official clients.
    ///
    /// `website_id` is the website and `change_id` the history change. Resolves to `()`
    /// once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn cancel_helpdesk_history_change(
        &self,
        website_id: &WebsiteId,
        change_id: &ChangeId,
        action: &str,
    ) -> Call<()> {
        self.delete("/website/{website_id}/helpdesk/history/change/{change_id}")
            .param(website_id)
            .param(change_id)
            .json(&field("action", action))
            .unit()
    }
}
