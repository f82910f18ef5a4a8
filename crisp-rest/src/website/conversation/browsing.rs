//! Co-browsing sessions of a conversation.

use crisp_types::website::conversation::{
    BrowsingAction, BrowsingActionBody, BrowsingAssist, BrowsingSession,
};
use crisp_types::{BrowsingId, SessionId, WebsiteId};

use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Browsing Sessions For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to a `Vec`
    /// of [`BrowsingSession`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_browsing_sessions_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<Vec<BrowsingSession>> {
        self.get("/website/{website_id}/conversation/{session_id}/browsing")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Initiate Browsing Session For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn initiate_browsing_session_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/browsing")
            .param(website_id)
            .param(session_id)
            .unit()
    }

    /// *Send Action To An Existing Browsing Session* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation, `browsing_id` the
    /// browsing session and `action` the action ([`BrowsingAction`]). Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn send_action_to_existing_browsing_session(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        browsing_id: &BrowsingId,
        action: BrowsingAction,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/browsing/{browsing_id}")
            .param(website_id)
            .param(session_id)
            .param(browsing_id)
            .json(&BrowsingActionBody::from(action))
            .unit()
    }

    /// *Assist Existing Browsing Session* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation, `browsing_id` the
    /// browsing session and `assist` the assist command ([`BrowsingAssist`]). Resolves to
    /// `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn assist_existing_browsing_session(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        browsing_id: &BrowsingId,
        assist: &BrowsingAssist,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/browsing/{browsing_id}/assist")
            .param(website_id)
            .param(session_id)
            .param(browsing_id)
            .json(assist)
            .unit()
    }
}
