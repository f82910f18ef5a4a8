//! Conversations held as spam.

use crisp_types::website::conversation::{Spam, SpamContent, SpamDecision, SpamDecisionBody};
use crisp_types::{SpamId, WebsiteId};

use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Spam Conversations* — tiers: user.
    ///
    /// `website_id` is the website and `page_number` the page number (from 1). Resolves to
    /// a [`Page`] of [`Spam`] (empty past the end); [`Call::items`](crate::Call::items)
    /// walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn list_spam_conversations(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
    ) -> Call<Page<Spam>> {
        self.get("/website/{website_id}/conversations/spams/{page_number}")
            .param(website_id)
            .page(page_number)
            .paged()
    }

    /// *Resolve Spam Conversation Content* — tiers: user.
    ///
    /// `website_id` is the website and `spam_id` the spam conversation. Resolves to the
    /// [`SpamContent`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn resolve_spam_conversation_content(
        &self,
        website_id: &WebsiteId,
        spam_id: &SpamId,
    ) -> Call<SpamContent> {
        self.get("/website/{website_id}/conversations/spam/{spam_id}/content")
            .param(website_id)
            .param(spam_id)
            .data()
    }

    /// *Submit Spam Conversation Decision* — tiers: user.
    ///
    /// `website_id` is the website, `spam_id` the spam conversation and `action` whether to
    /// accept or reject ([`SpamDecision`]). Resolves to `()` once Crisp has accepted the
    /// request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    pub fn submit_spam_conversation_decision(
        &self,
        website_id: &WebsiteId,
        spam_id: &SpamId,
        action: SpamDecision,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversations/spam/{spam_id}/decision")
            .param(website_id)
            .param(spam_id)
            .json(&SpamDecisionBody::from(action))
            .unit()
    }
}
