//! A website and everything the sandbox keeps of it.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::conversation::Conversation;
use super::operator::{Invite, Operator};
use super::people::Profile;
use crate::envelope::ApiError;

/// A stored website.
#[derive(Clone, Debug)]
pub(crate) struct Website {
    pub(crate) website_id: String,
    pub(crate) name: String,
    pub(crate) domain: String,
    pub(crate) created_at: u64,
    /// The plugin's token for this website (plugin connect listings).
    pub(crate) token: String,
    pub(crate) operators: Vec<Operator>,
    pub(crate) invites: Vec<Invite>,
    pub(crate) conversations: BTreeMap<String, Conversation>,
    /// In creation order.
    pub(crate) people: Vec<Profile>,
}

impl Website {
    /// The JSON of "get a website".
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "website_id": self.website_id,
            "name": self.name,
            "domain": self.domain,
            "logo": null,
        })
    }

    /// The conversation `session_id`.
    pub(crate) fn conversation(&self, session_id: &str) -> Result<&Conversation, ApiError> {
        self.conversations
            .get(session_id)
            .ok_or_else(|| ApiError::not_found("session_not_found"))
    }

    /// The conversation `session_id`, to change.
    pub(crate) fn conversation_mut(
        &mut self,
        session_id: &str,
    ) -> Result<&mut Conversation, ApiError> {
        self.conversations
            .get_mut(session_id)
            .ok_or_else(|| ApiError::not_found("session_not_found"))
    }

    /// The operator `user_id`.
    pub(crate) fn operator(&self, user_id: &str) -> Result<&Operator, ApiError> {
        self.operators
            .iter()
            .find(|o| o.user_id == user_id)
            .ok_or_else(|| ApiError::not_found("operator_not_found"))
    }

    /// Where profile `people_id` (an id, or an email as Crisp also accepts) is.
    pub(crate) fn profile_index(&self, people_id: &str) -> Result<usize, ApiError> {
        self.people
            .iter()
            .position(|p| p.people_id == people_id || p.email() == Some(people_id))
            .ok_or_else(|| ApiError::not_found("people_not_found"))
    }

    /// Whether another profile than `except` has `email`.
    pub(crate) fn email_taken(&self, email: &str, except: Option<&str>) -> bool {
        self.people
            .iter()
            .any(|p| p.email() == Some(email) && Some(p.people_id.as_str()) != except)
    }
}
