//! What a visitor did around a conversation: pages visited, events, files.

use crisp_types::website::conversation::{ConversationEvent, ConversationFile, ConversationPage};
use crisp_types::{SessionId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Conversation Pages* — tiers: user, plugin.
    pub fn list_conversation_pages(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        page_number: u32,
    ) -> Call<Page<ConversationPage>> {
        self.get("/website/{website_id}/conversation/{session_id}/pages/{page_number}")
            .param(website_id)
            .param(session_id)
            .page(page_number)
            .paged()
    }

    /// *List Conversation Events* — tiers: user, plugin.
    pub fn list_conversation_events(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        page_number: u32,
    ) -> Call<Page<ConversationEvent>> {
        self.get("/website/{website_id}/conversation/{session_id}/events/{page_number}")
            .param(website_id)
            .param(session_id)
            .page(page_number)
            .paged()
    }

    /// *List Conversation Files* — tiers: user, plugin.
    pub fn list_conversation_files(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        page_number: u32,
    ) -> Call<Page<ConversationFile>> {
        self.get("/website/{website_id}/conversation/{session_id}/files/{page_number}")
            .param(website_id)
            .param(session_id)
            .page(page_number)
            .paged()
    }
}
