//! Audio and video call sessions of a conversation.

use crisp_types::website::conversation::{CallAbort, CallInitiate, CallSession, CallSignaling};
use crisp_types::{CallId, SessionId, WebsiteId};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Initiate New Call Session For Conversation* — tiers: user, plugin. Pass a bare
    /// `CallMode`, or a [`CallInitiate`] with the acting user and origin.
    pub fn initiate_new_call_session_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        call: impl Into<CallInitiate>,
    ) -> Call<CallSession> {
        self.post("/website/{website_id}/conversation/{session_id}/call")
            .param(website_id)
            .param(session_id)
            .json(&call.into())
            .data()
    }

    /// *Get Ongoing Call Session For Conversation* — tiers: user, plugin.
    pub fn get_ongoing_call_session_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<CallSession> {
        self.get("/website/{website_id}/conversation/{session_id}/call")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Abort Ongoing Call Session For Conversation* — tiers: user, plugin. A DELETE with
    /// a body (`{user, origin?}`).
    pub fn abort_ongoing_call_session_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        call_id: &CallId,
        abort: &CallAbort,
    ) -> Call<()> {
        self.delete("/website/{website_id}/conversation/{session_id}/call/{call_id}")
            .param(website_id)
            .param(session_id)
            .param(call_id)
            .json(abort)
            .unit()
    }

    /// *Transmit Signaling On Ongoing Call Session* — tiers: user, plugin.
    pub fn transmit_signaling_on_ongoing_call_session(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        call_id: &CallId,
        payload: &CallSignaling,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/call/{call_id}")
            .param(website_id)
            .param(session_id)
            .param(call_id)
            .json(payload)
            .unit()
    }
}
