//! Feedback, import and export of a locale and content type: the 4 methods whose routes
//! moved under `/{locale}/{content_type}` in node client 11.3. Their per-locale routes of
//! earlier clients are served by the methods with the catalog names
//! ([`map_helpdesk_locale_feedback_ratings`](WebsiteApi::map_helpdesk_locale_feedback_ratings),
//! [`list_helpdesk_locale_feedbacks`](WebsiteApi::list_helpdesk_locale_feedbacks),
//! [`import_external_helpdesk_to_locale`](WebsiteApi::import_external_helpdesk_to_locale),
//! [`export_helpdesk_locale_articles`](WebsiteApi::export_helpdesk_locale_articles)); the
//! feedback answers are the same models on both generations.

use crisp_types::WebsiteId;
use crisp_types::website::helpdesk::{HelpdeskLocaleFeedback, HelpdeskLocaleFeedbackRatings};
use crisp_types::website::helpdesk_tree::{HelpdeskContentType, HelpdeskExternalImport};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

/// A date filter as node sends it: left out when absent or empty.
fn date(value: Option<&str>) -> Option<&str> {
    value.filter(|date| !date.is_empty())
}

impl WebsiteApi<'_> {
    /// *Map Helpdesk Locale Feedback Ratings* — tiers: not documented.
    /// Content-type API generation (node client 11.3+, route
    /// `…/helpdesk/feedback/ratings/{locale}/{content_type}`); the per-locale route of
    /// earlier clients is `map_helpdesk_locale_feedback_ratings`. Dates are ISO 8601;
    /// `None` leaves a bound open.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and
    /// `filter_date_start` and `filter_date_end` the date bounds. Resolves to the
    /// [`HelpdeskLocaleFeedbackRatings`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn map_helpdesk_feedback_ratings_by_content_type(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        filter_date_start: Option<&str>,
        filter_date_end: Option<&str>,
    ) -> Call<HelpdeskLocaleFeedbackRatings> {
        self.get("/website/{website_id}/helpdesk/feedback/ratings/{locale}/{content_type}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .query("filter_date_start", date(filter_date_start))
            .query("filter_date_end", date(filter_date_end))
            .data()
    }

    /// *List Helpdesk Locale Feedbacks* — tiers: not documented.
    /// Content-type API generation (node client 11.3+, route
    /// `…/helpdesk/feedback/list/{locale}/{content_type}/{page_number}`); the per-locale
    /// route of earlier clients is `list_helpdesk_locale_feedbacks`. Dates are ISO 8601;
    /// `None` leaves a bound open.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]), `page_number`
    /// the page number (from 1) and `filter_date_start` and `filter_date_end` the date
    /// bounds. Resolves to a [`Page`] of [`HelpdeskLocaleFeedback`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_helpdesk_feedbacks_by_content_type(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        page_number: u32,
        filter_date_start: Option<&str>,
        filter_date_end: Option<&str>,
    ) -> Call<Page<HelpdeskLocaleFeedback>> {
        self.get(
            "/website/{website_id}/helpdesk/feedback/list/{locale}/{content_type}/{page_number}",
        )
        .param(website_id)
        .param(locale)
        .param(content_type)
        .page(page_number)
        .query("filter_date_start", date(filter_date_start))
        .query("filter_date_end", date(filter_date_end))
        .paged()
    }

    /// *Import External Helpdesk To Locale* — tiers: not documented.
    /// Content-type API generation (node client 11.3+, route
    /// `…/helpdesk/import/{locale}/{content_type}`, body [`HelpdeskExternalImport`]); the
    /// per-locale route of earlier clients is `import_external_helpdesk_to_locale`.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`), `content_type` the kind of content ([`HelpdeskContentType`]) and `import` the
    /// helpdesk to import ([`HelpdeskExternalImport`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn import_external_helpdesk_by_content_type(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
        import: &HelpdeskExternalImport,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk/import/{locale}/{content_type}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .json(import)
            .unit()
    }

    /// *Export Helpdesk Locale Articles* — tiers: not documented.
    /// Content-type API generation (node client 11.3+, route
    /// `…/helpdesk/export/{locale}/{content_type}`); the per-locale route of earlier
    /// clients is `export_helpdesk_locale_articles`.
    ///
    /// `website_id` is the website, `locale` the helpdesk locale (a language code, e.g.
    /// `en`) and `content_type` the kind of content ([`HelpdeskContentType`]). Resolves to
    /// `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn export_helpdesk_by_content_type(
        &self,
        website_id: &WebsiteId,
        locale: &str,
        content_type: &HelpdeskContentType,
    ) -> Call<()> {
        self.post("/website/{website_id}/helpdesk/export/{locale}/{content_type}")
            .param(website_id)
            .param(locale)
            .param(content_type)
            .unit()
    }
}
