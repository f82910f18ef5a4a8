//! Reader feedback on the articles of a locale.

use crisp_types::WebsiteId;
use crisp_types::website::helpdesk::{HelpdeskLocaleFeedback, HelpdeskLocaleFeedbackRatings};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Map Helpdesk Locale Feedback Ratings* — tiers: user, plugin. Rating counts
    /// between `filter_date_start` and `filter_date_end` (ISO 8601 dates); `None`
    /// leaves a bound open.
    pub fn map_helpdesk_locale_feedback_ratings(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        filter_date_start: Option<&str>,
        filter_date_end: Option<&str>,
    ) -> Call<HelpdeskLocaleFeedbackRatings> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}/feedback/ratings")
            .param(website_id)
            .param(locale)
            .query("filter_date_start", filter_date_start)
            .query("filter_date_end", filter_date_end)
            .data()
    }

    /// *List Helpdesk Locale Feedbacks* — tiers: user, plugin. One page of feedbacks
    /// left between `filter_date_start` and `filter_date_end` (ISO 8601 dates); `None`
    /// leaves a bound open.
    pub fn list_helpdesk_locale_feedbacks(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        page_number: u32,
        filter_date_start: Option<&str>,
        filter_date_end: Option<&str>,
    ) -> Call<Page<HelpdeskLocaleFeedback>> {
        self.get("/website/{website_id}/helpdesk/locale/{locale}/feedback/list/{page_number}")
            .param(website_id)
            .param(locale)
            .page(page_number)
            .query("filter_date_start", filter_date_start)
            .query("filter_date_end", filter_date_end)
            .paged()
    }
}
