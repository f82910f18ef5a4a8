//! Listing, creating, reading and removing conversations.

use crisp_types::SessionId;
use crisp_types::WebsiteId;
use crisp_types::website::conversation::{Conversation, NewConversation};

use super::ListConversations;
use crate::call::Call;
use crate::page::Page;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *List Conversations* — tiers: user, plugin. One page (1-based) of conversations,
    /// filtered and searched by `options`.
    ///
    /// `website_id` is the website, `page_number` the page number (from 1) and `options` a
    /// [`ListConversations`]. Resolves to a [`Page`] of [`Conversation`] (empty past the
    /// end); [`Call::items`](crate::Call::items) walks every page.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::rest::website::conversation::ListConversations;
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let unread = ListConversations::new().filter_unread(true).per_page(20);
    /// for conversation in client.website().list_conversations(&website, 1, unread).await? {
    ///     println!("{} {:?}", conversation.session_id, conversation.state);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_conversations(
        &self,
        website_id: &WebsiteId,
        page_number: u32,
        options: ListConversations,
    ) -> Call<Page<Conversation>> {
        let endpoint = self
            .get("/website/{website_id}/conversations/{page_number}")
            .param(website_id)
            .page(page_number);
        options.apply(endpoint).paged()
    }

    /// *Create A New Conversation* — tiers: user, plugin. Returns the new session id.
    ///
    /// `website_id` is the website. Resolves to a [`NewConversation`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::WebsiteId;
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let created = client.website().create_new_conversation(&website).await?;
    /// println!("new conversation: {}", created.session_id);
    /// # Ok(()) }
    /// ```
    pub fn create_new_conversation(&self, website_id: &WebsiteId) -> Call<NewConversation> {
        self.post("/website/{website_id}/conversation")
            .param(website_id)
            .data()
    }

    /// *Check If Conversation Exists* — tiers: user, plugin. `true` if it exists.
    ///
    /// `website_id` is the website and `session_id` the conversation.
    ///
    /// # Errors
    /// A 404 is `Ok(false)`, not an error; otherwise any of [the error kinds of a
    /// call](crate::Call#errors).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// if !client.website().check_conversation_exists(&website, &session).await? {
    ///     println!("no such conversation");
    /// }
    /// # Ok(()) }
    /// ```
    pub fn check_conversation_exists(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<bool> {
        self.head("/website/{website_id}/conversation/{session_id}")
            .param(website_id)
            .param(session_id)
            .exists()
    }

    /// *Get A Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to the
    /// [`Conversation`].
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
    /// let conversation = client.website().get_conversation(&website, &session).await?;
    /// println!("{:?}, people {:?}", conversation.state, conversation.people_id);
    /// # Ok(()) }
    /// ```
    pub fn get_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<Conversation> {
        self.get("/website/{website_id}/conversation/{session_id}")
            .param(website_id)
            .param(session_id)
            .data()
    }

    /// *Remove A Conversation* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to `()` once
    /// Crisp has accepted the request.
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
    /// client.website().remove_conversation(&website, &session).await?;
    /// # Ok(()) }
    /// ```
    pub fn remove_conversation(&self, website_id: &WebsiteId, session_id: &SessionId) -> Call<()> {
        self.delete("/website/{website_id}/conversation/{session_id}")
            .param(website_id)
            .param(session_id)
            .unit()
    }

    /// *Initiate A Conversation With Existing Session* — tiers: user, plugin.
    ///
    /// `website_id` is the website and `session_id` the conversation. Resolves to `()` once
    /// Crisp has accepted the request.
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
    ///     .initiate_conversation_with_existing_session(&website, &session)
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn initiate_conversation_with_existing_session(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
    ) -> Call<()> {
        self.post("/website/{website_id}/conversation/{session_id}/initiate")
            .param(website_id)
            .param(session_id)
            .unit()
    }
}
