//! Suggested conversation segments and data keys.

use crisp_types::WebsiteId;
use crisp_types::website::conversation::{SuggestedDataKey, SuggestedSegment};

use crate::body::field;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Suggested Conversation Segments* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`SuggestedSegment`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_suggested_conversation_segments(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<SuggestedSegment>> {
        self.get("/website/{website_id}/conversations/suggest/segments/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Delete Suggested Conversation Segment* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `segment` the suggested segment. Resolves to `()`
    /// once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_suggested_conversation_segment(
        &self,
        website_id: &WebsiteId,
        segment: &str,
    ) -> Call<()> {
        self.delete("/website/{website_id}/conversations/suggest/segment")
            .param(website_id)
            .json(&field("segment", segment))
            .unit()
    }

    /// *List Suggested Conversation Data Keys* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`SuggestedDataKey`] (empty past the end);
    /// [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_suggested_conversation_data_keys(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<SuggestedDataKey>> {
        self.get("/website/{website_id}/conversations/suggest/data/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Delete Suggested Conversation Data Key* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `key` the suggested data key. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn delete_suggested_conversation_data_key(
        &self,
        website_id: &WebsiteId,
        key: &str,
    ) -> Call<()> {
        self.delete("/website/{website_id}/conversations/suggest/data")
            .param(website_id)
            .json(&field("key", key))
            .unit()
    }
}
