//! Listing, creating, reading and removing conversations.

use crisp_types::SessionId;
use crisp_types::WebsiteId;
use crisp_types::website::conversation::{Conversation, NewConversation};

use super::ListConversations;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Conversations* — tiers: user, plugin. One page (1-based) of conversations,
    /// filtered and searched by `options`.
    pub fn list_conversations(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
        options: ListConversations,
    ) -> Call<Page<Conversation>> {
        let endpoint = self
            .get("/website/{website_id}/conversations/{page_number}")
            .param(website_id)
            .page(page_number);
        options.apply(endpoint).paged()
    }

    /// *Create A New Conversation* — tiers: user, plugin. Returns the new session id.
    pub fn create_new_conversation(&self, website_id: &WebsiteId) -> Call<NewConversation> {
        self.post("/website/{website_id}/conversation")
            .param(website_id)
            .data()
    }

    /// *Check If Conversation Exists* — tiers: user, plugin. `true` if it exists.
    pub fn check_conversation_exists(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<bool> {
        self.head("/website/{website_id}/conversation/{session_id}")
            .param(website_id)
            .param(session_id)
            .exists()
    }

    /// *Get A Conversation* — tiers: user, plugin.
    pub fn get_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<Conversation> {
        self.get("/website/{website_id}/conversation/{session_id}")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Remove A Conversation* — tiers: user, plugin.
    pub fn remove_conversation(&self, website_id: &WebsiteId, session_id: &SessionId) -> Call<()> {
        self.delete("/website/{website_id}/conversation/{session_id}")
            .param(website_id)
            .param(session_id)
            .unit()
    }

    /// *Initiate A Conversation With Existing Session* — tiers: user, plugin.
    pub fn initiate_conversation_with_existing_session(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/initiate")
            .param(website_id)
            .param(session_id)
            .unit()
    }
}
