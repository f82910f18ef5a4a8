//! Audio and video call sessions of a conversation.

use crisp_types::website::conversation::{CallAbort, CallInitiate, CallSession, CallSignaling};
use crisp_types::{CallId, SessionId, WebsiteId};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Initiate New Call Session For Conversation* — tiers: user, plugin. Pass a bare
    /// `CallMode`, or a [`CallInitiate`] with the acting user and origin.
    ///
    /// `website_id` is the website, `session_id` the conversation and `call` the call to
    /// start. Resolves to the new [`CallSession`] with its `call_id`.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`CallSession`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `session_id` the conversation, `call_id` the call
    /// session and `abort` who aborts it ([`CallAbort`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `session_id` the conversation, `call_id` the call
    /// session and `payload` the WebRTC signaling payload ([`CallSignaling`]). Resolves to
    /// `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
