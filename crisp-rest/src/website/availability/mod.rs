//! Website availability methods.

use crisp_types::WebsiteId;
use crisp_types::website::availability::{OperatorAvailability, WebsiteAvailabilityStatus};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Website Availability Status* — tiers: user, plugin. Whether visitors see the
    /// chatbox as online or away.
    pub fn get_website_availability_status(
        &self,
        website_id: &WebsiteId,
    ) -> Call<WebsiteAvailabilityStatus> {
        self.get("/website/{website_id}/availability/status")
            .param(website_id)
            .data()
    }

    /// *List Website Operator Availabilities* — tiers: user, plugin.
    pub fn list_website_operator_availabilities(
        &self,
        website_id: &WebsiteId,
    ) -> Call<Vec<OperatorAvailability>> {
        self.get("/website/{website_id}/availability/operators")
            .param(website_id)
            .data()
    }
}
