//! Messages of a conversation: read, send, edit, remove, compose, read and delivery marks.

use crisp_types::website::conversation::{
    ComposeMessage, Message, MessageUpdate, MessagesRead, NewMessage, OriginalMessage, SentMessage,
    UnreadMark,
};
use crisp_types::{Fingerprint, OriginalId, SessionId, WebsiteId};

use super::MessagesQuery;
use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Messages In Conversation* — tiers: user, plugin. The last messages, or those
    /// before / after / around a timestamp (see [`MessagesQuery`]).
    pub fn get_messages_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        query: MessagesQuery,
    ) -> Call<Vec<Message>> {
        self.get("/website/{website_id}/conversation/{session_id}/messages")
            .param(website_id)
            .param(session_id)
            .query("timestamp_before", query.timestamp_before)
            .query("timestamp_after", query.timestamp_after)
            .query("timestamp_around", query.timestamp_around)
            .data()
    }

    /// *Send A Message In Conversation* — tiers: user, plugin. Returns the fingerprint.
    pub fn send_message_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        message: &NewMessage,
    ) -> Call<SentMessage> {
        self.post("/website/{website_id}/conversation/{session_id}/message")
            .param(website_id)
            .param(session_id)
            .json(message)
            .data()
    }

    /// *Get A Message In Conversation* — tiers: user, plugin.
    pub fn get_message_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        fingerprint: Fingerprint,
    ) -> Call<Message> {
        self.get("/website/{website_id}/conversation/{session_id}/message/{fingerprint}")
            .param(website_id)
            .param(session_id)
            .param(fingerprint)
            .data()
    }

    /// *Update A Message In Conversation* — tiers: user, plugin. Replaces the content.
    pub fn update_message_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        fingerprint: Fingerprint,
        update: impl Into<MessageUpdate>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/message/{fingerprint}")
            .param(website_id)
            .param(session_id)
            .param(fingerprint)
            .json(&update.into())
            .unit()
    }

    /// *Remove A Message In Conversation* — tiers: user, plugin.
    pub fn remove_message_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        fingerprint: Fingerprint,
    ) -> Call<()> {
        self.delete("/website/{website_id}/conversation/{session_id}/message/{fingerprint}")
            .param(website_id)
            .param(session_id)
            .param(fingerprint)
            .unit()
    }

    /// *Compose A Message In Conversation* — tiers: user, plugin. Typing indicators.
    pub fn compose_message_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        compose: &ComposeMessage,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/compose")
            .param(website_id)
            .param(session_id)
            .json(compose)
            .unit()
    }

    /// *Mark Messages As Read In Conversation* — tiers: user, plugin.
    pub fn mark_messages_read_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        read: &MessagesRead,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/read")
            .param(website_id)
            .param(session_id)
            .json(read)
            .unit()
    }

    /// *Mark Conversation As Unread* — tiers: user, plugin.
    pub fn mark_conversation_as_unread(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        unread: &UnreadMark,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/unread")
            .param(website_id)
            .param(session_id)
            .json(unread)
            .unit()
    }

    /// *Mark Messages As Delivered In Conversation* — tiers: user, plugin.
    pub fn mark_messages_delivered_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        delivered: &MessagesRead,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/delivered")
            .param(website_id)
            .param(session_id)
            .json(delivered)
            .unit()
    }

    /// *Get An Original Message In Conversation* — tiers: user, plugin. The raw original
    /// (e.g. the email) a message was made from.
    pub fn get_original_message_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        original_id: &OriginalId,
    ) -> Call<OriginalMessage> {
        self.get("/website/{website_id}/conversation/{session_id}/original/{original_id}")
            .param(website_id)
            .param(session_id)
            .param(original_id)
            .data()
    }
}
