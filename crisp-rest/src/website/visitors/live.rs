//! Visitors on the website now, and the session behind a visitor token.

use crisp_types::website::visitors::{Visitor, VisitorToken, VisitorsCount};
use crisp_types::{TokenId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Count Visitors* — tiers: user, plugin.
    pub fn count_visitors(&self, website_id: &WebsiteId) -> Call<VisitorsCount> {
        self.get("/website/{website_id}/visitors/count")
            .param(website_id)
            .data()
    }

    /// *List Visitors* — tiers: user, plugin.
    pub fn list_visitors(&self, website_id: &WebsiteId, page_number: u32) -> Call<Page<Visitor>> {
        self.get("/website/{website_id}/visitors/list/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Get Session Identifier From Token* — tiers: user, plugin. `token_id` is the
    /// visitor token given to the chatbox (`CRISP_TOKEN_ID`).
    pub fn get_session_identifier_from_token(
        &self,
        website_id: &WebsiteId,
        token_id: &TokenId,
    ) -> Call<VisitorToken> {
        self.get("/website/{website_id}/visitors/token/{token_id}")
            .param(website_id)
            .param(token_id)
            .data()
    }
}
