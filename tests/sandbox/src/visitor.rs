//! The visitor simulator: a person on the website who opens a chat and writes.

use std::fmt;

use crisp_types::{SessionId, WebsiteId};

use crate::app::App;
use crate::clock::now_ms;
use crate::envelope::ApiError;
use crate::error::SandboxError;
use crate::state::{Message, check_email};

/// A simulated visitor of a sandbox website. Get one with
/// [`Sandbox::visitor`](crate::Sandbox::visitor).
///
/// The first [`say`](Visitor::say) opens a conversation (`session:request:initiated`);
/// each message is a `text` message `from: "user"` on the `chat` origin, which emits
/// `message:send` over RTM and web hooks. Later calls write in the same conversation.
///
/// ```no_run
/// # async fn run(sandbox: &crisp_sandbox::Sandbox) -> Result<(), crisp_sandbox::SandboxError> {
/// let mut visitor = sandbox.visitor().nickname("Jane").email("jane@example.com");
/// let session = visitor.say("Hello!").await?;
/// visitor.say("Anyone there?").await?; // same conversation
/// assert_eq!(visitor.session_id(), Some(session));
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Visitor {
    app: App,
    website_id: String,
    session_id: Option<String>,
    nickname: Option<String>,
    email: Option<String>,
}

impl fmt::Debug for Visitor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Visitor")
            .field("website_id", &self.website_id)
            .field("session_id", &self.session_id)
            .field("nickname", &self.nickname)
            .field("email", &self.email)
            .finish_non_exhaustive()
    }
}

impl Visitor {
    pub(crate) fn new(app: App, website_id: String) -> Self {
        Visitor {
            app,
            website_id,
            session_id: None,
            nickname: None,
            email: None,
        }
    }

    /// Visits another website of the sandbox (default: the seeded one).
    #[must_use]
    pub fn website(mut self, website_id: &WebsiteId) -> Self {
        self.website_id = website_id.as_str().to_owned();
        self
    }

    /// Writes in an existing conversation instead of opening one.
    #[must_use]
    pub fn session(mut self, session_id: &SessionId) -> Self {
        self.session_id = Some(session_id.as_str().to_owned());
        self
    }

    /// The visitor's name in a new conversation (default `visitor<N>`).
    #[must_use]
    pub fn nickname(mut self, nickname: impl Into<String>) -> Self {
        self.nickname = Some(nickname.into());
        self
    }

    /// The visitor's email in a new conversation.
    #[must_use]
    pub fn email(mut self, email: impl Into<String>) -> Self {
        self.email = Some(email.into());
        self
    }

    /// The conversation the visitor writes in, once there is one.
    #[must_use]
    pub fn session_id(&self) -> Option<SessionId> {
        self.session_id.as_deref().map(SessionId::new)
    }

    /// Sends a text message, opening the conversation first if needed; returns its
    /// session id.
    ///
    /// # Errors
    /// [`SandboxError::Invalid`] for an empty text or an invalid email,
    /// [`SandboxError::WebsiteNotFound`] / [`SandboxError::SessionNotFound`] when the
    /// website or the conversation is gone.
    pub async fn say(&mut self, text: impl AsRef<str>) -> Result<SessionId, SandboxError> {
        let text = text.as_ref();
        if text.trim().is_empty() {
            return Err(SandboxError::Invalid(
                "a visitor message needs text".to_owned(),
            ));
        }
        if let Some(email) = &self.email {
            check_email(email).map_err(|e| SandboxError::Invalid(e.message.unwrap_or_default()))?;
        }
        let website_id = self.website_id.clone();
        let existing = self.session_id.clone();
        let session_id = self
            .app
            .change(|store, events| {
                let now = now_ms();
                let session_id = match existing {
                    Some(session_id) => session_id,
                    None => {
                        let session_id = store.create_conversation(
                            &website_id,
                            self.nickname.as_deref(),
                            now,
                        )?;
                        let conversation = store
                            .website_mut(&website_id)?
                            .conversation_mut(&session_id)?;
                        conversation.meta.email.clone_from(&self.email);
                        conversation.initiated(events);
                        session_id
                    }
                };
                let conversation = store
                    .website_mut(&website_id)?
                    .conversation_mut(&session_id)?;
                let fingerprint = conversation.next_fingerprint(now);
                let message = Message::visitor_text(
                    text,
                    &session_id,
                    &conversation.meta.nickname,
                    fingerprint,
                    now,
                );
                conversation.add_message(message, events);
                Ok(session_id)
            })
            .map_err(|error| self.error(&error))?;
        self.session_id = Some(session_id.clone());
        Ok(SessionId::new(session_id))
    }

    fn error(&self, error: &ApiError) -> SandboxError {
        match error.reason {
            "website_not_found" => SandboxError::WebsiteNotFound(self.website_id.clone()),
            "session_not_found" => {
                SandboxError::SessionNotFound(self.session_id.clone().unwrap_or_default())
            }
            _ => SandboxError::Invalid(
                error
                    .message
                    .clone()
                    .unwrap_or_else(|| error.reason.to_owned()),
            ),
        }
    }
}
