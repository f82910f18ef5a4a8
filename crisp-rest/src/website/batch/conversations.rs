//! Batch operations on conversations.

use crisp_types::WebsiteId;
use crisp_types::website::batch::{
    BatchBlock, BatchConversations, BatchConversationsData, BatchConversationsSegments, BatchInbox,
    BatchReport, BatchRouting,
};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Batch Resolve Conversations* — tiers: user.
    ///
    /// `website_id` is the website and `operation` the conversations to act on
    /// ([`BatchConversations`]; no sessions means every one, of the inbox when one is
    /// given). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_resolve_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchConversations,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/resolve")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Unresolve Conversations* — tiers: not documented.
    ///
    /// `website_id` is the website and `operation` the conversations to act on
    /// ([`BatchConversations`]; no sessions means every one, of the inbox when one is
    /// given). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_unresolve_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchConversations,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/unresolve")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Read Conversations* — tiers: user.
    ///
    /// `website_id` is the website and `operation` the conversations to act on
    /// ([`BatchConversations`]; no sessions means every one, of the inbox when one is
    /// given). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_read_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchConversations,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/read")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Unread Conversations* — tiers: not documented.
    ///
    /// `website_id` is the website and `operation` the conversations to act on
    /// ([`BatchConversations`]; no sessions means every one, of the inbox when one is
    /// given). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_unread_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchConversations,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/unread")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Remove Conversations* — tiers: user.
    ///
    /// `website_id` is the website and `operation` the conversations to act on
    /// ([`BatchConversations`]; no sessions means every one, of the inbox when one is
    /// given). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_remove_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchConversations,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/remove")
            .named("batch_remove_conversations")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Report Conversations* — tiers: not documented.
    ///
    /// `website_id` is the website and `operation` the conversations and why they are
    /// reported ([`BatchReport`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_report_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchReport,
    ) -> Call<()> {
        self.post("/website/{website_id}/batch/report")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Block Conversations* — tiers: not documented.
    ///
    /// `website_id` is the website and `operation` the conversations and whether to block
    /// them ([`BatchBlock`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_block_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchBlock,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/block")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Routing Conversations* — tiers: not documented.
    ///
    /// `website_id` is the website and `operation` the conversations and the operator to
    /// assign, or none ([`BatchRouting`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_routing_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchRouting,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/routing")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Inbox Conversations* — tiers: not documented.
    ///
    /// `website_id` is the website and `operation` the conversations and their new inbox
    /// ([`BatchInbox`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_inbox_conversations(
        &self,
        website_id: &WebsiteId,
        operation: &BatchInbox,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/inbox")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Update Conversations Data* — tiers: not documented.
    ///
    /// `website_id` is the website and `operation` the conversations and the data keys to
    /// set ([`BatchConversationsData`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_update_conversations_data(
        &self,
        website_id: &WebsiteId,
        operation: &BatchConversationsData,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/data")
            .named("batch_update_conversations_data")
            .param(website_id)
            .json(operation)
            .unit()
    }

    /// *Batch Update Conversations Segments* — tiers: not documented.
    ///
    /// `website_id` is the website and `operation` the conversations and their segments
    /// ([`BatchConversationsSegments`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn batch_update_conversations_segments(
        &self,
        website_id: &WebsiteId,
        operation: &BatchConversationsSegments,
    ) -> Call<()> {
        self.patch("/website/{website_id}/batch/segments")
            .named("batch_update_conversations_segments")
            .param(website_id)
            .json(operation)
            .unit()
    }
}
