//! Website analytics methods.

use crisp_types::WebsiteId;
use crisp_types::website::analytics::{AnalyticsPoint, AnalyticsQuery};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Generate Analytics* — tiers: user. The points of `query`, one per period (and per
    /// value of the split dimension, when the query has one).
    ///
    /// `website_id` is the website and `query` an [`AnalyticsQuery`]. Resolves to a `Vec`
    /// of [`AnalyticsPoint`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn generate_analytics(
        &self,
        website_id: &WebsiteId,
        query: &AnalyticsQuery,
    ) -> Call<Vec<AnalyticsPoint>> {
        self.post("/website/{website_id}/analytics/generate")
            .param(website_id)
            .json(query)
            .data()
    }
}
