//! The state of a conversation: open, routing, inbox, metas, state, relations,
//! participants, block.

use crisp_types::website::conversation::{
    BlockChange, BlockStatus, ConversationMeta, ConversationMetaUpdate, ConversationParticipants,
    ConversationRelations, ConversationStateData, ParticipantsSave, RoutingAssign,
    RoutingAssignUpdate, StateChange,
};
use crisp_types::{InboxId, SessionId, WebsiteId};
use serde_json::json;

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Update Conversation Open State* — tiers: user, plugin.
    pub fn update_conversation_open_state(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        opened: bool,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/open")
            .param(website_id)
            .param(session_id)
            .json(&json!({ "opened": opened }))
            .unit()
    }

    /// *Get Conversation Routing Assign* — tiers: user, plugin.
    pub fn get_conversation_routing_assign(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<RoutingAssign> {
        self.get("/website/{website_id}/conversation/{session_id}/routing")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Assign Conversation Routing* — tiers: user, plugin.
    pub fn assign_conversation_routing(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        assign: &RoutingAssignUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/routing")
            .param(website_id)
            .param(session_id)
            .json(assign)
            .unit()
    }

    /// *Update Conversation Inbox* — tiers: user, plugin. `None` moves the conversation
    /// back to the default inbox (sends `"inbox_id": null`).
    pub fn update_conversation_inbox(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        inbox_id: Option<&InboxId>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/inbox")
            .param(website_id)
            .param(session_id)
            .json(&json!({ "inbox_id": inbox_id }))
            .unit()
    }

    /// *Get Conversation Metas* — tiers: user, plugin.
    pub fn get_conversation_metas(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<ConversationMeta> {
        self.get("/website/{website_id}/conversation/{session_id}/meta")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Update Conversation Metas* — tiers: user, plugin. Only the fields set are sent.
    pub fn update_conversation_metas(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        metas: &ConversationMetaUpdate,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/meta")
            .param(website_id)
            .param(session_id)
            .json(metas)
            .unit()
    }

    /// *Get Conversation State* — tiers: user, plugin.
    pub fn get_conversation_state(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<ConversationStateData> {
        self.get("/website/{website_id}/conversation/{session_id}/state")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Change Conversation State* — tiers: user, plugin. Pass a bare
    /// `ConversationState`, or a [`StateChange`] with the acting user and origin.
    pub fn change_conversation_state(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        change: impl Into<StateChange>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/state")
            .param(website_id)
            .param(session_id)
            .json(&change.into())
            .unit()
    }

    /// *Get Conversation Relations* — tiers: user, plugin.
    pub fn get_conversation_relations(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<ConversationRelations> {
        self.get("/website/{website_id}/conversation/{session_id}/relations")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Get Conversation Participants* — tiers: user, plugin.
    pub fn get_conversation_participants(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<ConversationParticipants> {
        self.get("/website/{website_id}/conversation/{session_id}/participants")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Save Conversation Participants* — tiers: user, plugin.
    pub fn save_conversation_participants(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        participants: &ParticipantsSave,
    ) -> Call<()> {
        self.put("/website/{website_id}/conversation/{session_id}/participants")
            .param(website_id)
            .param(session_id)
            .json(participants)
            .unit()
    }

    /// *Get Block Status For Conversation* — tiers: user, plugin.
    pub fn get_block_status_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<BlockStatus> {
        self.get("/website/{website_id}/conversation/{session_id}/block")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Block Incoming Messages For Conversation* — tiers: user, plugin. Pass a bare
    /// `bool`, or a [`BlockChange`] with the acting user and origin.
    pub fn block_incoming_messages_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        block: impl Into<BlockChange>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/block")
            .param(website_id)
            .param(session_id)
            .json(&block.into())
            .unit()
    }
}
