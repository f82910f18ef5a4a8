//! The subscriptions of the sandbox's plugin: which websites installed it, with their
//! settings (the website's token is [`Website::token`](super::Website)).
//!
//! Every website is subscribed when it is created (the seeded ones included), with
//! settings `{"enabled": true, "greeting": "Hello from <name>!"}`; the subscription routes
//! unsubscribe and subscribe it again, and save its settings.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

/// One website's subscription.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Subscription {
    /// The settings (free-form, the plugin's).
    pub(crate) settings: Map<String, Value>,
    /// When the website subscribed, in epoch milliseconds.
    pub(crate) since: u64,
}

/// The subscriptions, by website id.
#[derive(Debug, Default)]
pub(crate) struct Subscriptions {
    by_website: BTreeMap<String, Subscription>,
    /// Unsubscriptions, and when (for "list connect websites since").
    pub(crate) removed: Vec<(String, u64)>,
}

impl Subscriptions {
    /// The settings a new website starts with.
    pub(crate) fn default_settings(name: &str) -> Map<String, Value> {
        let mut settings = Map::new();
        settings.insert("enabled".to_owned(), json!(true));
        settings.insert("greeting".to_owned(), json!(format!("Hello from {name}!")));
        settings
    }

    /// Subscribes `website_id` with `settings`; `false` when it was subscribed already
    /// (nothing changes then).
    pub(crate) fn subscribe(
        &mut self,
        website_id: &str,
        settings: Map<String, Value>,
        now: u64,
    ) -> bool {
        if self.by_website.contains_key(website_id) {
            return false;
        }
        self.by_website.insert(
            website_id.to_owned(),
            Subscription {
                settings,
                since: now,
            },
        );
        true
    }

    /// Unsubscribes `website_id`; `false` when it was not subscribed.
    pub(crate) fn unsubscribe(&mut self, website_id: &str, now: u64) -> bool {
        let removed = self.by_website.remove(website_id).is_some();
        if removed {
            self.removed.push((website_id.to_owned(), now));
        }
        removed
    }

    /// The subscription of `website_id`.
    pub(crate) fn get(&self, website_id: &str) -> Option<&Subscription> {
        self.by_website.get(website_id)
    }

    /// The subscription of `website_id`, to change.
    pub(crate) fn get_mut(&mut self, website_id: &str) -> Option<&mut Subscription> {
        self.by_website.get_mut(website_id)
    }

    /// Of `websites`, those not subscribed.
    pub(crate) fn not_subscribed<'a>(
        &self,
        websites: impl IntoIterator<Item = &'a String>,
    ) -> BTreeSet<String> {
        websites
            .into_iter()
            .filter(|id| !self.by_website.contains_key(id.as_str()))
            .cloned()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscribe_unsubscribe() {
        let mut subscriptions = Subscriptions::default();
        assert!(subscriptions.subscribe("w", Subscriptions::default_settings("W"), 1));
        assert!(!subscriptions.subscribe("w", Map::new(), 2));
        assert_eq!(
            subscriptions.get("w").unwrap().settings["greeting"],
            json!("Hello from W!")
        );
        let all = ["w".to_owned(), "x".to_owned()];
        assert_eq!(
            subscriptions.not_subscribed(&all),
            BTreeSet::from(["x".to_owned()])
        );
        assert!(subscriptions.unsubscribe("w", 3));
        assert!(!subscriptions.unsubscribe("w", 4));
        assert_eq!(subscriptions.removed, [("w".to_owned(), 3)]);
        assert!(subscriptions.get("w").is_none());
    }
}
