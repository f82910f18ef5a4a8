//! Website analytics methods.

use crisp_types::WebsiteId;
use crisp_types::website::analytics::{AnalyticsPoint, AnalyticsQuery};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Generate Analytics* — tiers: user. The points of `query`, one per period (and per
    /// value of the split dimension, when the query has one).
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
