//! What a visitor did around a conversation: pages visited, events, files.

use crisp_types::website::conversation::{ConversationEvent, ConversationFile, ConversationPage};
use crisp_types::{SessionId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Conversation Pages* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation and `page_number` the
    /// page number (from 1). Resolves to a [`Page`] of [`ConversationPage`] (empty past the
    /// end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `page_number` the
    /// page number (from 1). Resolves to a [`Page`] of [`ConversationEvent`] (empty past
    /// the end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `page_number` the
    /// page number (from 1). Resolves to a [`Page`] of [`ConversationFile`] (empty past the
    /// end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
