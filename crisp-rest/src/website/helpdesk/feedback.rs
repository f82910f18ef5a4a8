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
    ///
    /// `website_id` is the website and `locale` the helpdesk locale (a language code, e.g.
    /// `en`). Resolves to the [`HelpdeskLocaleFeedbackRatings`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `page_number` the page number (from 1). Resolves to a [`Page`] of
    /// [`HelpdeskLocaleFeedback`] (empty past the end); [`Call::items`](crate::Call::items)
    /// walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
