//! Counts of visitors blocked by the website's blocking rules.

use crisp_types::WebsiteId;
use crisp_types::website::visitors::{BlockedVisitorsCounts, BlockedVisitorsInRule};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Count Blocked Visitors* — tiers: user.
    ///
    /// `website_id` is the website. Resolves to the [`BlockedVisitorsCounts`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn count_blocked_visitors(&self, website_id: &WebsiteId) -> Call<BlockedVisitorsCounts> {
        self.get("/website/{website_id}/visitors/blocked")
            .param(website_id)
            .data()
    }

    /// *Count Blocked Visitors In Rule* — tiers: user. `rule` names the blocking rule.
    ///
    /// `website_id` is the website. Resolves to the [`BlockedVisitorsInRule`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn count_blocked_visitors_in_rule(
        &self,
        website_id: &WebsiteId,
        rule: &str,
    ) -> Call<BlockedVisitorsInRule> {
        self.get("/website/{website_id}/visitors/blocked/{rule}")
            .param(website_id)
            .param(rule)
            .data()
    }

    /// *Clear Blocked Visitors In Rule* — tiers: user.
    ///
    /// `website_id` is the website and `rule` the blocking rule. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn clear_blocked_visitors_in_rule(&self, website_id: &WebsiteId, rule: &str) -> Call<()> {
        self.delete("/website/{website_id}/visitors/blocked/{rule}")
            .param(website_id)
            .param(rule)
            .unit()
    }
}
