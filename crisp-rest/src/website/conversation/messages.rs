//! Messages of a conversation: read, send, edit, remove, compose, read and delivery marks.

use crisp_types::website::conversation::{
    ComposeMessage, Message, MessageUpdate, MessagesRead, NewMessage, OriginalMessage, SentMessage,
    UnreadMark,
};
use crisp_types::{Fingerprint, OriginalId, SessionId, WebsiteId};

use super::MessagesQuery;
use super::message_history::{MessagesPage, decode_messages_page};
use crate::call::Call;
use crate::website::WebsiteApi;

impl WebsiteApi<'_> {
    /// *Get Messages In Conversation* — tiers: user, plugin. The last messages, or those
    /// before / after / around a timestamp, or in a window (see [`MessagesQuery`]), one
    /// page at a time.
    ///
    /// `website_id` is the website, `session_id` the conversation and `query` which
    /// messages to get ([`MessagesQuery`]). Resolves to a [`MessagesPage`]: the messages
    /// (oldest first; it dereferences to a slice of [`Message`]) and whether more of them
    /// match ([`MessagesPage::more`]: Crisp answered 206 Partial Content; 200 is the end).
    /// To walk a whole history, use [`message_history`](Self::message_history) or
    /// [`follow_messages`](Self::follow_messages).
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::rest::website::conversation::MessagesQuery;
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let latest = client
    ///     .website()
    ///     .get_messages_in_conversation(&website, &session, MessagesQuery::latest())
    ///     .await?;
    /// // One page back, if Crisp says older messages exist.
    /// if let (true, Some(oldest)) = (latest.more(), latest.oldest_timestamp()) {
    ///     let older = client
    ///         .website()
    ///         .get_messages_in_conversation(&website, &session, MessagesQuery::before(oldest))
    ///         .await?;
    ///     println!("{} older messages", older.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn get_messages_in_conversation(
        &self,
        website_id: &WebsiteId,
        session_id: &SessionId,
        query: MessagesQuery,
    ) -> Call<MessagesPage> {
        self.get("/website/{website_id}/conversation/{session_id}/messages")
            .param(website_id)
            .param(session_id)
            .query("timestamp_before", query.timestamp_before)
            .query("timestamp_after", query.timestamp_after)
            .query("timestamp_around", query.timestamp_around)
            .decode_with(decode_messages_page)
    }

    /// *Send A Message In Conversation* — tiers: user, plugin. Returns the fingerprint.
    ///
    /// `website_id` is the website, `session_id` the conversation and `message` the message
    /// to send ([`NewMessage`]; e.g. [`NewMessage::text`]). Resolves to a [`SentMessage`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::conversation::{MessageFrom, NewMessage, Origin};
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let message = NewMessage::text(MessageFrom::Operator, Origin::Chat, "Hello! How can I help?");
    /// let sent = client
    ///     .website()
    ///     .send_message_in_conversation(&website, &session, &message)
    ///     .await?;
    /// println!("sent as {:?}", sent.fingerprint);
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `fingerprint` the
    /// message (its fingerprint). Resolves to the [`Message`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{Fingerprint, SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let message = client
    ///     .website()
    ///     .get_message_in_conversation(&website, &session, Fingerprint(163408841897990))
    ///     .await?;
    /// println!("{:?}", message.content);
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation, `fingerprint` the
    /// message (its fingerprint) and `update` the new content: a [`MessageUpdate`], e.g.
    /// [`MessageUpdate::text`]. Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::conversation::MessageUpdate;
    /// use crisp::types::{Fingerprint, SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let fingerprint = Fingerprint(163408841897990);
    /// let update = MessageUpdate::text("Fixed: the refund is on its way.");
    /// client
    ///     .website()
    ///     .update_message_in_conversation(&website, &session, fingerprint, update)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `fingerprint` the
    /// message (its fingerprint). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::{Fingerprint, SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// let fingerprint = Fingerprint(163408841897990);
    /// client
    ///     .website()
    ///     .remove_message_in_conversation(&website, &session, fingerprint)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `compose` the typing
    /// indicator to show or hide ([`ComposeMessage`]). Resolves to `()` once Crisp has
    /// accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::conversation::{ComposeMessage, MessageFrom};
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// // Show "typing…" to the visitor while the bot prepares its answer.
    /// let typing = ComposeMessage::start(MessageFrom::Operator).excerpt("Let me check");
    /// client
    ///     .website()
    ///     .compose_message_in_conversation(&website, &session, &typing)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `read` who read which
    /// messages ([`MessagesRead`]; no fingerprints means all). Resolves to `()` once Crisp
    /// has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
    ///
    /// # Examples
    /// ```no_run
    /// # async fn run(client: crisp::Client) -> Result<(), crisp::Error> {
    /// use crisp::types::website::conversation::{MessageFrom, MessagesRead, Origin};
    /// use crisp::types::{SessionId, WebsiteId};
    ///
    /// let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    /// let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    /// // No fingerprints: every message the visitor sent is marked read.
    /// let read = MessagesRead::new(MessageFrom::User, Origin::Chat);
    /// client
    ///     .website()
    ///     .mark_messages_read_in_conversation(&website, &session, &read)
    ///     .await?;
    /// # Ok(()) }
    /// ```
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `unread` who marks it
    /// unread ([`UnreadMark`]). Resolves to `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `delivered` who
    /// received which messages ([`MessagesRead`]; no fingerprints means all). Resolves to
    /// `()` once Crisp has accepted the request.
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
    ///
    /// `website_id` is the website, `session_id` the conversation and `original_id` the
    /// original (from the message's `original` field). Resolves to the [`OriginalMessage`].
    ///
    /// # Errors
    /// Any of [the error kinds of a call](crate::Call#errors); Crisp's refusals (404, 403…)
    /// are [`ErrorKind::Api`](crate::ErrorKind::Api).
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
