//! Visitors on the website now, and the session behind a visitor token.

use crisp_types::website::visitors::{Visitor, VisitorToken, VisitorsCount};
use crisp_types::{TokenId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Count Visitors* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to the [`VisitorsCount`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let visitors = client.website().count_visitors(&website).await?;
    /// println!("{:?} visitors, {:?} active", visitors.count, visitors.active);
    /// # Ok(()) }
    /// ```
    pub fn count_visitors(&self, website_id: &WebsiteId) -> Call<VisitorsCount> {
        self.get("/website/{website_id}/visitors/count")
            .param(website_id)
            .data()
    }

    /// *List Visitors* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`Visitor`] (empty past the end); [`Call::items`](crate::Call::items)
    /// walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_visitors(&self, website_id: &WebsiteId, page_number: u32) -> Call<Page<Visitor>> {
        self.get("/website/{website_id}/visitors/list/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Get Session Identifier From Token* — tiers: user, plugin. `token_id` is the
    /// visitor token given to the chatbox (`CRISP_TOKEN_ID`).
    ///
    /// `website_id` is the website and `token_id` a [`TokenId`]. Resolves to a
    /// [`VisitorToken`] with the `session_id`.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
