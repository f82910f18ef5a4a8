//! The state of a conversation: open, routing, inbox, metas, state, relations,
//! participants, block.

use crisp_types::website::conversation::{
    BlockChange, BlockStatus, ConversationMeta, ConversationMetaUpdate, ConversationParticipants,
    ConversationRelations, ConversationStateData, ParticipantsSave, RoutingAssign,
    RoutingAssignUpdate, StateChange,
};
use crisp_types::{InboxId, SessionId, WebsiteId};

use crate::body::field;
use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Update Conversation Open State* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation and `opened` whether an
    /// operator has the conversation open. Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn update_conversation_open_state(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        opened: bool,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/open")
            .param(website_id)
            .param(session_id)
            .json(&field("opened", &opened))
            .unit()
    }

    /// *Get Conversation Routing Assign* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`RoutingAssign`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let routing = client
    ///     .website()
    ///     .get_conversation_routing_assign(&website, &session)
    ///     .await?;
    /// match routing.assigned.and_then(|assignee| assignee.user_id) {
    ///     Some(operator) => println!("assigned to {operator}"),
    ///     None => println!("unassigned"),
    /// }
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `assign` the operator
    /// to assign, or none ([`RoutingAssignUpdate`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::conversation::RoutingAssignUpdate;
    /// use crisp::types::{SessionId, UserId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let operator = UserId::new("a4c32c68-be91-4e29-8a05-976e93abbe3f");
    /// let assign = RoutingAssignUpdate::assign(operator);
    /// client
    ///     .website()
    ///     .assign_conversation_routing(&website, &session, &assign)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `inbox_id` the inbox,
    /// or `None`. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{InboxId, SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let billing = InboxId::new("5d4c3a2b-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
    /// client
    ///     .website()
    ///     .update_conversation_inbox(&website, &session, Some(&billing))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn update_conversation_inbox(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        inbox_id: Option<&InboxId>,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/inbox")
            .param(website_id)
            .param(session_id)
            .json(&field("inbox_id", &inbox_id))
            .unit()
    }

    /// *Get Conversation Metas* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`ConversationMeta`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let metas = client.website().get_conversation_metas(&website, &session).await?;
    /// println!("{:?} <{:?}>, segments {:?}", metas.nickname, metas.email, metas.segments);
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `metas` the meta
    /// fields to set ([`ConversationMetaUpdate`]). Resolves to `()` once Crisp has accepted
    /// the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::conversation::ConversationMetaUpdate;
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let metas = ConversationMetaUpdate::new()
    ///     .nickname("Jane Doe")
    ///     .email("jane@example.com")
    ///     .segments(vec!["vip".to_owned()]);
    /// client
    ///     .website()
    ///     .update_conversation_metas(&website, &session, &metas)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`ConversationStateData`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let state = client.website().get_conversation_state(&website, &session).await?;
    /// println!("{:?}", state.state);
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `change` the new
    /// state. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::conversation::ConversationState;
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// client
    ///     .website()
    ///     .change_conversation_state(&website, &session, ConversationState::Resolved)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`ConversationRelations`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`ConversationParticipants`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `participants` the
    /// full list of participants ([`ParticipantsSave`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`BlockStatus`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `block` whether to
    /// block. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// client
    ///     .website()
    ///     .block_incoming_messages_for_conversation(&website, &session, true)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
