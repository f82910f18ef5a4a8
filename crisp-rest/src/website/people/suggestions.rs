//! Suggested people segments, data keys and events.

use crisp_types::WebsiteId;
use crisp_types::website::people::{
    PeopleSuggestedDataKey, PeopleSuggestedEvent, PeopleSuggestedSegment,
};

use crate::body::field;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Suggested People Segments* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`PeopleSuggestedSegment`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_suggested_people_segments(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<PeopleSuggestedSegment>> {
        self.get("/website/{website_id}/people/suggest/segments/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Delete Suggested People Segment* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `segment` the suggested segment. Resolves to `()`
    /// once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_suggested_people_segment(
        &self,
        website_id: &WebsiteId,
        segment: &str,
    ) -> Call<()> {
        self.delete("/website/{website_id}/people/suggest/segment")
            .param(website_id)
            .json(&field("segment", segment))
            .unit()
    }

    /// *List Suggested People Data Keys* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`PeopleSuggestedDataKey`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_suggested_people_data_keys(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<PeopleSuggestedDataKey>> {
        self.get("/website/{website_id}/people/suggest/data/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Delete Suggested People Data Key* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `key` the suggested data key. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_suggested_people_data_key(&self, website_id: &WebsiteId, key: &str) -> Call<()> {
        self.delete("/website/{website_id}/people/suggest/data")
            .param(website_id)
            .json(&field("key", key))
            .unit()
    }

    /// *List Suggested People Events* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`PeopleSuggestedEvent`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_suggested_people_events(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<PeopleSuggestedEvent>> {
        self.get("/website/{website_id}/people/suggest/events/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Delete Suggested People Event* — tiers: user, plugin. `text` is the event text.
    ///
    /// `website_id` is the website. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_suggested_people_event(&self, website_id: &WebsiteId, text: &str) -> Call<()> {
        self.delete("/website/{website_id}/people/suggest/event")
            .param(website_id)
            .json(&field("text", text))
            .unit()
    }
}
