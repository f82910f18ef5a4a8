//! Suggested conversation segments and data keys.

use crisp_types::WebsiteId;
use crisp_types::website::conversation::{SuggestedDataKey, SuggestedSegment};
use serde_json::json;

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Suggested Conversation Segments* — tiers: user, plugin.
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
    pub fn delete_suggested_conversation_segment(
        &self,
        website_id: &WebsiteId,
        segment: &str,
    ) -> Call<()> {
        self.delete("/website/{website_id}/conversations/suggest/segment")
            .param(website_id)
            .json(&json!({ "segment": segment }))
            .unit()
    }

    /// *List Suggested Conversation Data Keys* — tiers: user, plugin.
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
    pub fn delete_suggested_conversation_data_key(
        &self,
        website_id: &WebsiteId,
        key: &str,
    ) -> Call<()> {
        self.delete("/website/{website_id}/conversations/suggest/data")
            .param(website_id)
            .json(&json!({ "key": key }))
            .unit()
    }
}
