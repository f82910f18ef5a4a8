//! Website connect methods.

use crisp_types::WebsiteId;
use crisp_types::website::connect::ConnectEndpoints;

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Connect Endpoints* — tiers: not documented. The realtime socket URLs of the
    /// website.
    pub fn get_connect_endpoints(&self, website_id: &WebsiteId) -> Call<ConnectEndpoints> {
        self.get("/website/{website_id}/connect/endpoints")
            .param(website_id)
            .data()
    }
}
