//! Identity verification of a conversation.

use crisp_types::website::conversation::{
    IdentityVerificationRedeem, IdentityVerificationRequest, VerifyStatus,
};
use crisp_types::{SessionId, WebsiteId};

use crate::body::field;
use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Verify Status For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`VerifyStatus`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn get_verify_status_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<VerifyStatus> {
        self.get("/website/{website_id}/conversation/{session_id}/verify")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Update Verify Status For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation and `verified` whether
    /// the visitor's identity is verified. Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn update_verify_status_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        verified: bool,
    ) -> Call<()> {
        self.patch("/website/{website_id}/conversation/{session_id}/verify")
            .param(website_id)
            .param(session_id)
            .json(&field("verified", &verified))
            .unit()
    }

    /// *Request Identity Verification For Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website, `session_id` the conversation and `verification` the
    /// identity to verify and how ([`IdentityVerificationRequest`]). Resolves to `()` once
    /// Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn request_identity_verification_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        verification: &IdentityVerificationRequest,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/verify/identity")
            .param(website_id)
            .param(session_id)
            .json(verification)
            .unit()
    }

    /// *Redeem Identity Verification Link For Conversation* — tiers: not documented.
    ///
    /// `website_id` is the website, `session_id` the conversation and `verification` the
    /// token from the link ([`IdentityVerificationRedeem`]). Resolves to `()` once Crisp
    /// has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn redeem_identity_verification_link_for_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        verification: &IdentityVerificationRedeem,
    ) -> Call<()> {
        self.put("/website/{website_id}/conversation/{session_id}/verify/identity/link")
            .param(website_id)
            .param(session_id)
            .json(verification)
            .unit()
    }
}
