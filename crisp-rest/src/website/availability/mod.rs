//! Website availability methods.

use crisp_types::WebsiteId;
use crisp_types::website::availability::{OperatorAvailability, WebsiteAvailabilityStatus};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Website Availability Status* — tiers: user, plugin. Whether visitors see the
    /// chatbox as online or away.
    ///
    /// `website_id` is the website. Resolves to the [`WebsiteAvailabilityStatus`].
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
    /// let availability = client.website().get_website_availability_status(&website).await?;
    /// println!("{:?} since {:?}", availability.status, availability.since);
    /// # Ok(()) }
    /// ```
    pub fn get_website_availability_status(
        &self,
        website_id: &WebsiteId,
    ) -> Call<WebsiteAvailabilityStatus> {
        self.get("/website/{website_id}/availability/status")
            .param(website_id)
            .data()
    }

    /// *List Website Operator Availabilities* — tiers: user, plugin.
    ///
    /// `website_id` is the website. Resolves to a `Vec` of [`OperatorAvailability`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_website_operator_availabilities(
        &self,
        website_id: &WebsiteId,
    ) -> Call<Vec<OperatorAvailability>> {
        self.get("/website/{website_id}/availability/operators")
            .param(website_id)
            .data()
    }
}
