//! Seeding a running sandbox from a JSON document ([`SeedData`]).

use std::fmt;

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::clock::now_ms;
use crate::envelope::ApiError;
use crate::error::SandboxError;
use crate::hub::Events;
use crate::ids;
use crate::sandbox::Sandbox;
use crate::state::{
    Message, Operator, Profile, Side, State, Store, Write, card, check_email, check_role,
};

/// What [`Sandbox::seed`] adds to a running sandbox: more websites, operators,
/// people profiles and conversations with their messages. Seeding emits no event (it is
/// the state the sandbox starts from, as if it had always been there).
///
/// The format (every key optional; the top-level `operators`, `people` and
/// `conversations` go to the seeded website, each entry of `websites` is a new website):
///
/// ```json
/// {
///   "operators": [{"email": "grace@acme.example", "first_name": "Grace", "last_name": "Hopper", "role": "member"}],
///   "people": [{"email": "jane@example.com", "person": {"nickname": "Jane Doe"}, "segments": ["vip"]}],
///   "conversations": [
///     {"nickname": "Jane", "email": "jane@example.com", "state": "unresolved",
///      "messages": [{"from": "user", "text": "Hello!"}, {"from": "operator", "text": "Hi Jane"}]}
///   ],
///   "websites": [{"name": "Acme", "domain": "acme.example", "people": [], "conversations": []}]
/// }
/// ```
///
/// An operator's `role` is `owner` or `member` (default `member`), `title` and
/// `availability` (default `online`) are optional. A profile is what "add new people
/// profile" takes (`email` required). A conversation's `state` is `pending` (default),
/// `unresolved` or `resolved`; a message is `from` `user` (the visitor, default) or
/// `operator` (the website's first operator), with a `text`, or a `note` (`"type": "note"`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SeedData {
    /// Operators of the seeded website.
    #[serde(default)]
    pub operators: Vec<SeedOperator>,
    /// People profiles of the seeded website.
    #[serde(default)]
    pub people: Vec<Value>,
    /// Conversations of the seeded website.
    #[serde(default)]
    pub conversations: Vec<SeedConversation>,
    /// New websites, each with its own operators, people and conversations.
    #[serde(default)]
    pub websites: Vec<SeedWebsite>,
}

/// A website to add.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SeedWebsite {
    /// Its name.
    pub name: String,
    /// Its domain.
    pub domain: String,
    /// Its operators (the first is its owner unless a role says otherwise).
    #[serde(default)]
    pub operators: Vec<SeedOperator>,
    /// Its people profiles.
    #[serde(default)]
    pub people: Vec<Value>,
    /// Its conversations.
    #[serde(default)]
    pub conversations: Vec<SeedConversation>,
}

/// An operator to add.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SeedOperator {
    /// Email.
    pub email: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// `owner` or `member` (default `member`).
    pub role: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Availability (default `online`).
    pub availability: Option<String>,
}

/// A conversation to add.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SeedConversation {
    /// The visitor's nickname (default `visitor<N>`).
    pub nickname: Option<String>,
    /// The visitor's email.
    pub email: Option<String>,
    /// `pending` (default), `unresolved` or `resolved`.
    pub state: Option<String>,
    /// Its messages, oldest first.
    #[serde(default)]
    pub messages: Vec<SeedMessage>,
}

/// A message to add.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SeedMessage {
    /// `user` (the visitor, default) or `operator`.
    pub from: Option<String>,
    /// `text` (default) or `note`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// The text.
    pub text: String,
}

/// What a seed added, website by website (the seeded website first when the top level
/// had anything).
#[derive(Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Seeded {
    /// One entry per website seeded.
    pub websites: Vec<SeededWebsite>,
}

impl fmt::Debug for Seeded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.websites).finish()
    }
}

/// The ids added to one website.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct SeededWebsite {
    /// The website.
    pub website_id: String,
    /// The operators added (`user_id`s).
    pub operators: Vec<String>,
    /// The profiles added (`people_id`s).
    pub people: Vec<String>,
    /// The conversations added (`session_id`s).
    pub conversations: Vec<String>,
}

fn invalid(error: ApiError) -> SandboxError {
    SandboxError::Invalid(error.message.unwrap_or_else(|| error.reason.to_owned()))
}

impl Sandbox {
    /// Adds what `text` (a JSON [`SeedData`] document) describes.
    ///
    /// # Errors
    /// [`SandboxError::Invalid`] naming the problem when `text` is not such a document or
    /// an entry is invalid (an email, a role, a state); nothing is added then.
    pub fn seed_json(&self, text: &str) -> Result<Seeded, SandboxError> {
        // Serde would also read a JSON array positionally as the struct: objects only.
        if !text.trim_start().starts_with('{') {
            return Err(SandboxError::Invalid(
                "seed: expected a JSON object".to_owned(),
            ));
        }
        let data: SeedData =
            serde_json::from_str(text).map_err(|e| SandboxError::Invalid(format!("seed: {e}")))?;
        self.seed(&data)
    }

    /// Adds what `data` describes, without emitting events.
    ///
    /// # Errors
    /// [`SandboxError::Invalid`] when an entry is invalid; nothing is added then.
    pub fn seed(&self, data: &SeedData) -> Result<Seeded, SandboxError> {
        let default_website = self.website_id().to_string();
        let mut store = crate::app::lock(&self.app().store);
        // Everything is checked first, so that an invalid entry adds nothing.
        validate(&store, &default_website, data).map_err(invalid)?;
        let draft = &mut *store;
        let mut seeded = Seeded::default();
        let mut now = now_ms();
        let top = SeedWebsite {
            operators: data.operators.clone(),
            people: data.people.clone(),
            conversations: data.conversations.clone(),
            ..SeedWebsite::default()
        };
        if !(top.operators.is_empty() && top.people.is_empty() && top.conversations.is_empty()) {
            seeded
                .websites
                .push(fill(draft, &default_website, &top, &mut now).map_err(invalid)?);
        }
        for website in &data.websites {
            let website_id = draft.add_website(&website.name, &website.domain, now);
            seeded
                .websites
                .push(fill(draft, &website_id, website, &mut now).map_err(invalid)?);
        }
        Ok(seeded)
    }
}

/// Checks every entry of `data` against `store` without changing it.
fn validate(store: &Store, default_website: &str, data: &SeedData) -> Result<(), ApiError> {
    let top = (
        default_website,
        &data.operators,
        &data.people,
        &data.conversations,
    );
    let others = data
        .websites
        .iter()
        .map(|w| ("", &w.operators, &w.people, &w.conversations));
    for (website_id, operators, people, conversations) in std::iter::once(top).chain(others) {
        for operator in operators {
            check_email(&operator.email)?;
            if let Some(role) = &operator.role {
                check_role(role)?;
            }
        }
        let mut emails = Vec::new();
        for profile in people {
            let card = card(profile.clone(), Write::Replace)?;
            if let Some(email) = card.get("email").and_then(Value::as_str) {
                let taken =
                    !website_id.is_empty() && store.website(website_id)?.email_taken(email, None);
                if taken || emails.contains(&email.to_owned()) {
                    return Err(ApiError::invalid(format!(
                        "seed: a profile with the email {email} exists already"
                    )));
                }
                emails.push(email.to_owned());
            }
        }
        for conversation in conversations {
            if let Some(email) = &conversation.email {
                check_email(email)?;
            }
            if let Some(state) = &conversation.state {
                State::parse(state)?;
            }
            for message in &conversation.messages {
                if message.text.trim().is_empty() {
                    return Err(ApiError::invalid("seed: a message needs text"));
                }
                let from = message.from.as_deref().unwrap_or("user");
                if !matches!(from, "user" | "operator") {
                    return Err(ApiError::invalid(format!(
                        "seed: a message is from user or operator, not {from:?}"
                    )));
                }
                let kind = message.kind.as_deref().unwrap_or("text");
                if !matches!(kind, "text" | "note") {
                    return Err(ApiError::invalid(format!(
                        "seed: a message type is text or note, not {kind:?}"
                    )));
                }
            }
        }
    }
    Ok(())
}

/// Adds a website's entries.
fn fill(
    store: &mut Store,
    website_id: &str,
    seed: &SeedWebsite,
    now: &mut u64,
) -> Result<SeededWebsite, ApiError> {
    let mut out = SeededWebsite {
        website_id: website_id.to_owned(),
        ..SeededWebsite::default()
    };
    let first_website_operator = store.website(website_id)?.operators.is_empty();
    for (index, operator) in seed.operators.iter().enumerate() {
        check_email(&operator.email)?;
        let default_role = if first_website_operator && index == 0 {
            "owner"
        } else {
            "member"
        };
        let role = operator
            .role
            .clone()
            .unwrap_or_else(|| default_role.to_owned());
        check_role(&role)?;
        let user_id = ids::uuid();
        store.website_mut(website_id)?.operators.push(Operator {
            user_id: user_id.clone(),
            email: operator.email.clone(),
            first_name: operator.first_name.clone(),
            last_name: operator.last_name.clone(),
            role,
            title: operator.title.clone(),
            availability: operator
                .availability
                .clone()
                .unwrap_or_else(|| "online".to_owned()),
            last_active: Some(*now),
        });
        out.operators.push(user_id);
    }
    for profile in &seed.people {
        let card = card(profile.clone(), Write::Replace)?;
        let website = store.website_mut(website_id)?;
        let people_id = ids::uuid();
        website.people.push(Profile {
            people_id: people_id.clone(),
            card,
            created_at: *now,
            updated_at: *now,
        });
        out.people.push(people_id);
    }
    for conversation in &seed.conversations {
        if let Some(email) = &conversation.email {
            check_email(email)?;
        }
        let state = conversation
            .state
            .as_deref()
            .map(State::parse)
            .transpose()?;
        let session_id =
            store.create_conversation(website_id, conversation.nickname.as_deref(), *now)?;
        let operator_user = store.website(website_id)?.operators.first().map(|o| {
            let mut user = Map::new();
            user.insert("user_id".to_owned(), json!(o.user_id));
            user.insert("nickname".to_owned(), json!(o.nickname()));
            user
        });
        let website = store.website_mut(website_id)?;
        let seeded = website.conversation_mut(&session_id)?;
        seeded.meta.email.clone_from(&conversation.email);
        // Seeding emits nothing: the events are collected and dropped.
        let mut events = Events::default();
        for message in &conversation.messages {
            *now += 1;
            let fingerprint = seeded.next_fingerprint(*now);
            let mut stored = Message::visitor_text(
                &message.text,
                &session_id,
                &seeded.meta.nickname,
                fingerprint,
                *now,
            );
            match message.from.as_deref().unwrap_or("user") {
                "user" => {}
                "operator" => {
                    stored.from = Side::Operator;
                    stored.user.clone_from(&operator_user);
                }
                other => {
                    return Err(ApiError::invalid(format!(
                        "seed: a message is from user or operator, not {other:?}"
                    )));
                }
            }
            match message.kind.as_deref().unwrap_or("text") {
                "text" => {}
                "note" => "note".clone_into(&mut stored.kind),
                other => {
                    return Err(ApiError::invalid(format!(
                        "seed: a message type is text or note, not {other:?}"
                    )));
                }
            }
            seeded.add_message(stored, &mut events);
        }
        if let Some(state) = state {
            seeded.set_state(state, &mut events);
        }
        out.conversations.push(session_id);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "current_thread")]
    async fn seeds_everything_or_nothing() {
        let sandbox = Sandbox::start().await.unwrap();
        let seeded = sandbox
            .seed_json(
                r#"{
                    "operators": [{"email": "g@x.example", "first_name": "G", "last_name": "H"}],
                    "people": [{"email": "jane@example.com"}],
                    "conversations": [{"nickname": "Jane", "state": "resolved",
                        "messages": [{"text": "hi"}, {"from": "operator", "text": "hello"}]}],
                    "websites": [{"name": "Acme", "domain": "acme.example",
                        "operators": [{"email": "a@acme.example", "first_name": "A", "last_name": "B"}]}]
                }"#,
            )
            .unwrap();
        assert_eq!(seeded.websites.len(), 2);
        let session = crisp_types::SessionId::new(seeded.websites[0].conversations[0].clone());
        let messages = sandbox.messages(&session);
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[1]["from"], "operator");
        assert_eq!(sandbox.conversation(&session).unwrap()["state"], "resolved");
        assert_eq!(sandbox.people().len(), 1);
        assert!(sandbox.events().is_empty(), "seeding emits nothing");
        let acme = &seeded.websites[1].website_id;
        let app = sandbox.app();
        let role = app
            .read(|store| Ok(store.website(acme)?.operators[0].role.clone()))
            .unwrap();
        assert_eq!(role, "owner", "a new website's first operator owns it");

        // One bad entry: nothing added, the reason given.
        let before = sandbox.people().len();
        let error = sandbox
            .seed_json(
                r#"{"people": [{"email": "ok@example.com"}, {"email": "jane@example.com"}]}"#,
            )
            .unwrap_err();
        assert!(error.to_string().contains("jane@example.com"), "{error}");
        let error = sandbox
            .seed_json(r#"{"conversations": [{"messages": [{"from": "bot", "text": "x"}]}]}"#)
            .unwrap_err();
        assert!(error.to_string().contains("bot"), "{error}");
        assert!(sandbox.seed_json("[]").is_err());
        assert_eq!(sandbox.people().len(), before);
    }
}
