//! The in-memory state of the sandbox: websites, and in each its operators,
//! conversations (with their messages) and people profiles.
//!
//! Every change goes through [`Store`] methods or the methods of what it holds, which add
//! the events the change causes to an [`Events`](crate::hub::Events) collector; the
//! caller publishes them once the change succeeded.

mod conversation;
mod message;
mod meta;
mod operator;
mod people;
pub(crate) mod plugin;
pub(crate) mod records;
mod website;

use std::collections::BTreeMap;

pub(crate) use conversation::{Conversation, Mark, MessagesQuery, State};
pub(crate) use message::{Message, NewMessage, Side};
pub(crate) use meta::{Meta, MetaUpdate, check_email};
pub(crate) use operator::{Invite, Operator, check_role};
pub(crate) use people::{Profile, Write, card};
pub(crate) use website::Website;

use crate::envelope::ApiError;
use crate::ids;

/// What the sandbox starts with.
#[derive(Clone, Debug)]
pub(crate) struct Seed {
    pub(crate) website_id: String,
    pub(crate) operator_id: String,
}

/// Everything the sandbox keeps.
#[derive(Debug)]
pub(crate) struct Store {
    pub(crate) websites: BTreeMap<String, Website>,
    /// Websites removed, and when (for "list connect websites since").
    pub(crate) removed: Vec<(String, u64)>,
    /// The plugin the sandbox credentials belong to.
    pub(crate) plugin_id: String,
    /// The websites subscribed to it, with their settings.
    pub(crate) subscriptions: plugin::Subscriptions,
    /// The records of the route table's stateful collections.
    pub(crate) records: records::Records,
    visitors: u64,
}

impl Store {
    /// A store with one website, "Sandbox" (`sandbox.example`), whose owner is one
    /// operator, Ada Lovelace.
    pub(crate) fn seeded(now: u64) -> (Store, Seed) {
        let mut store = Store {
            websites: BTreeMap::new(),
            removed: Vec::new(),
            plugin_id: ids::uuid(),
            subscriptions: plugin::Subscriptions::default(),
            records: records::Records::default(),
            visitors: 0,
        };
        let website_id = store.add_website("Sandbox", "sandbox.example", now);
        let operator_id = ids::uuid();
        if let Some(website) = store.websites.get_mut(&website_id) {
            website.operators.push(Operator {
                user_id: operator_id.clone(),
                email: "ada@sandbox.example".to_owned(),
                first_name: "Ada".to_owned(),
                last_name: "Lovelace".to_owned(),
                role: "owner".to_owned(),
                title: Some("Support".to_owned()),
                availability: "online".to_owned(),
                last_active: Some(now),
            });
        }
        (
            store,
            Seed {
                website_id,
                operator_id,
            },
        )
    }

    /// Adds a website without members, subscribed to the plugin; returns its id.
    pub(crate) fn add_website(&mut self, name: &str, domain: &str, now: u64) -> String {
        let website_id = ids::uuid();
        self.websites.insert(
            website_id.clone(),
            Website {
                website_id: website_id.clone(),
                name: name.to_owned(),
                domain: domain.to_owned(),
                created_at: now,
                token: ids::hex(64),
                operators: Vec::new(),
                invites: Vec::new(),
                conversations: BTreeMap::new(),
                people: Vec::new(),
            },
        );
        self.subscriptions.subscribe(
            &website_id,
            plugin::Subscriptions::default_settings(name),
            now,
        );
        website_id
    }

    /// Removes a website.
    pub(crate) fn remove_website(&mut self, website_id: &str, now: u64) -> Result<(), ApiError> {
        self.websites
            .remove(website_id)
            .ok_or_else(|| ApiError::not_found("website_not_found"))?;
        self.records.remove_website(website_id);
        self.subscriptions.unsubscribe(website_id, now);
        self.removed.push((website_id.to_owned(), now));
        Ok(())
    }

    /// The website `website_id`.
    pub(crate) fn website(&self, website_id: &str) -> Result<&Website, ApiError> {
        self.websites
            .get(website_id)
            .ok_or_else(|| ApiError::not_found("website_not_found"))
    }

    /// The website `website_id`, to change.
    pub(crate) fn website_mut(&mut self, website_id: &str) -> Result<&mut Website, ApiError> {
        self.websites
            .get_mut(website_id)
            .ok_or_else(|| ApiError::not_found("website_not_found"))
    }

    /// Opens a conversation with a fresh visitor (`visitor1`, `visitor2`, … unless
    /// `nickname` is given); returns its session id.
    pub(crate) fn create_conversation(
        &mut self,
        website_id: &str,
        nickname: Option<&str>,
        now: u64,
    ) -> Result<String, ApiError> {
        self.website(website_id)?;
        self.visitors += 1;
        let nickname = nickname.map_or_else(|| format!("visitor{}", self.visitors), str::to_owned);
        let session_id = ids::session_id();
        let conversation = Conversation::new(
            website_id,
            session_id.clone(),
            Meta::visitor(&nickname, "chat"),
            now,
        );
        self.website_mut(website_id)?
            .conversations
            .insert(session_id.clone(), conversation);
        Ok(session_id)
    }

    /// The conversation `session_id`, in whatever website it is.
    pub(crate) fn find_conversation(&self, session_id: &str) -> Option<&Conversation> {
        self.websites
            .values()
            .find_map(|w| w.conversations.get(session_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_one_website_with_its_owner() {
        let (mut store, seed) = Store::seeded(1);
        let website = store.website(&seed.website_id).unwrap();
        assert_eq!(website.operators.len(), 1);
        assert_eq!(website.operator(&seed.operator_id).unwrap().role, "owner");
        assert_eq!(
            store.website("nope").unwrap_err().reason,
            "website_not_found"
        );
        let session = store
            .create_conversation(&seed.website_id, None, 2)
            .unwrap();
        assert!(store.find_conversation(&session).is_some());
        assert_eq!(
            store.find_conversation(&session).unwrap().meta.nickname,
            "visitor1"
        );
        assert!(store.create_conversation("nope", None, 2).is_err());
        store.remove_website(&seed.website_id, 3).unwrap();
        assert!(store.find_conversation(&session).is_none());
        assert_eq!(store.removed.len(), 1);
        assert!(store.remove_website(&seed.website_id, 3).is_err());
    }
}
