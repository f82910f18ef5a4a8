//! Website connect methods.

use crisp_types::WebsiteId;
use crisp_types::website::connect::ConnectEndpoints;

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Connect Endpoints* — tiers: not documented. The realtime socket URLs of the
    /// website.
    ///
    /// `website_id` is the website. Resolves to the [`ConnectEndpoints`].
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
    /// let endpoints = client.website().get_connect_endpoints(&website).await?;
    /// println!("{:?}", endpoints.socket);
    /// # Ok(()) }
    /// ```
    pub fn get_connect_endpoints(&self, website_id: &WebsiteId) -> Call<ConnectEndpoints> {
        self.get("/website/{website_id}/connect/endpoints")
            .param(website_id)
            .data()
    }
}
