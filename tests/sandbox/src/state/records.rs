//! Records of the stateful collections the route table serves (campaigns, inboxes,
//! helpdesk articles, people data…): JSON objects per website and scope, in creation
//! order.

use std::collections::BTreeMap;

use serde_json::Value;

/// Where a record list lives: the website, and the collection with its scope (the other
/// path parameters, e.g. the helpdesk locale).
pub(crate) type Key = (String, String);

/// Every record of every collection.
#[derive(Debug, Default)]
pub(crate) struct Records {
    lists: BTreeMap<Key, Vec<(String, Value)>>,
}

impl Records {
    /// The records at `key`, oldest first.
    pub(crate) fn list(&self, key: &Key) -> &[(String, Value)] {
        self.lists.get(key).map_or(&[], Vec::as_slice)
    }

    /// The record `id` at `key`.
    pub(crate) fn get(&self, key: &Key, id: &str) -> Option<&Value> {
        self.list(key).iter().find(|(i, _)| i == id).map(|(_, v)| v)
    }

    /// Adds (or replaces) the record `id` at `key`.
    pub(crate) fn put(&mut self, key: Key, id: String, record: Value) {
        let list = self.lists.entry(key).or_default();
        match list.iter_mut().find(|(i, _)| *i == id) {
            Some(slot) => slot.1 = record,
            None => list.push((id, record)),
        }
    }

    /// Removes the record `id` at `key`; whether it was there.
    pub(crate) fn remove(&mut self, key: &Key, id: &str) -> bool {
        let Some(list) = self.lists.get_mut(key) else {
            return false;
        };
        let before = list.len();
        list.retain(|(i, _)| i != id);
        list.len() != before
    }

    /// Forgets every record of a website.
    pub(crate) fn remove_website(&mut self, website_id: &str) {
        self.lists.retain(|(website, _), _| website != website_id);
    }
}

/// `patch` merged into `base`: objects key by key (recursively), anything else replaced.
pub(crate) fn merge(base: &mut Value, patch: Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                match base.get_mut(&key) {
                    Some(slot) if slot.is_object() && value.is_object() => merge(slot, value),
                    _ => {
                        base.insert(key, value);
                    }
                }
            }
        }
        (base, patch) => *base = patch,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn records_round_trip_and_merge() {
        let mut records = Records::default();
        let key = ("w".to_owned(), "campaigns".to_owned());
        records.put(key.clone(), "a".to_owned(), json!({"name": "A"}));
        records.put(key.clone(), "b".to_owned(), json!({"name": "B"}));
        assert_eq!(records.list(&key).len(), 2);
        let mut a = records.get(&key, "a").unwrap().clone();
        merge(&mut a, json!({"flow": {"x": 1}, "name": "A2"}));
        merge(&mut a, json!({"flow": {"y": 2}}));
        records.put(key.clone(), "a".to_owned(), a);
        assert_eq!(
            records.list(&key)[0].0,
            "a",
            "a replaced record keeps its place"
        );
        assert_eq!(
            records.get(&key, "a"),
            Some(&json!({"name": "A2", "flow": {"x": 1, "y": 2}}))
        );
        assert!(records.remove(&key, "a"));
        assert!(!records.remove(&key, "a"));
        records.remove_website("w");
        assert!(records.list(&key).is_empty());
    }
}
