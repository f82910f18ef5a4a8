//! People (contact) profiles, shaped like Crisp's `PeopleProfile`: `people_id`, `email`,
//! `person`, `company`, `segments`, `notepad`, `active`, `created_at`, `updated_at`.

use serde_json::{Map, Value, json};

use super::meta::check_email;
use crate::envelope::ApiError;

/// The card keys a profile keeps; others are ignored.
const CARD_KEYS: [&str; 5] = ["email", "person", "company", "segments", "notepad"];

/// A stored profile.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Profile {
    pub(crate) people_id: String,
    pub(crate) card: Map<String, Value>,
    pub(crate) created_at: u64,
    pub(crate) updated_at: u64,
}

/// How a body changes a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Write {
    /// Add or save: the body is the whole card; `email` is required.
    Replace,
    /// Update: the keys sent replace those of the card; `person` and `company` merge key
    /// by key.
    Merge,
}

/// The card keys of `body`, checked: `email` an address, `person` and `company` objects,
/// `segments` strings, `notepad` a string.
pub(crate) fn card(body: Value, write: Write) -> Result<Map<String, Value>, ApiError> {
    let Value::Object(body) = body else {
        return Err(ApiError::invalid("a people profile must be a JSON object"));
    };
    let card: Map<String, Value> = body
        .into_iter()
        .filter(|(key, _)| CARD_KEYS.contains(&key.as_str()))
        .collect();
    match card.get("email") {
        Some(Value::String(email)) => check_email(email)?,
        Some(_) => return Err(ApiError::invalid("email must be a string")),
        None if write == Write::Replace => {
            return Err(ApiError::invalid("email is required"));
        }
        None => {}
    }
    for key in ["person", "company"] {
        if card.get(key).is_some_and(|v| !v.is_object()) {
            return Err(ApiError::invalid(format!("{key} must be an object")));
        }
    }
    if let Some(segments) = card.get("segments") {
        let strings = segments
            .as_array()
            .is_some_and(|items| items.iter().all(Value::is_string));
        if !strings {
            return Err(ApiError::invalid("segments must be an array of strings"));
        }
    }
    if card.get("notepad").is_some_and(|v| !v.is_string()) {
        return Err(ApiError::invalid("notepad must be a string"));
    }
    Ok(card)
}

impl Profile {
    /// The profile's email.
    pub(crate) fn email(&self) -> Option<&str> {
        self.card.get("email").and_then(Value::as_str)
    }

    /// `person.nickname`.
    pub(crate) fn nickname(&self) -> Option<&str> {
        self.card
            .get("person")
            .and_then(|p| p.get("nickname"))
            .and_then(Value::as_str)
    }

    /// Applies a checked card.
    pub(crate) fn write(&mut self, card: Map<String, Value>, write: Write, now: u64) {
        match write {
            Write::Replace => self.card = card,
            Write::Merge => {
                for (key, value) in card {
                    match (self.card.get_mut(&key), value) {
                        (Some(Value::Object(old)), Value::Object(new))
                            if key == "person" || key == "company" =>
                        {
                            old.extend(new);
                        }
                        (_, value) => {
                            self.card.insert(key, value);
                        }
                    }
                }
            }
        }
        self.updated_at = now;
    }

    /// Whether `text` (lowercase) is in the email or the nickname.
    pub(crate) fn matches(&self, text: &str) -> bool {
        [self.email(), self.nickname()]
            .into_iter()
            .flatten()
            .any(|field| field.to_lowercase().contains(text))
    }

    /// The JSON Crisp writes for the profile.
    pub(crate) fn to_json(&self) -> Value {
        let mut out = Map::new();
        out.insert("people_id".to_owned(), json!(self.people_id));
        out.extend(self.card.clone());
        out.entry("segments").or_insert_with(|| json!([]));
        out.insert("created_at".to_owned(), json!(self.created_at));
        out.insert("updated_at".to_owned(), json!(self.updated_at));
        Value::Object(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        let card = card(
            json!({"email": "jane@example.com", "person": {"nickname": "Jane", "phone": "1"}, "colour": "x"}),
            Write::Replace,
        )
        .unwrap();
        Profile {
            people_id: "p".to_owned(),
            card,
            created_at: 1,
            updated_at: 1,
        }
    }

    #[test]
    fn cards_are_checked() {
        assert!(card(json!({"person": {}}), Write::Replace).is_err());
        assert!(card(json!({"person": {}}), Write::Merge).is_ok());
        assert!(card(json!({"email": "nope"}), Write::Merge).is_err());
        assert!(card(json!({"email": 3}), Write::Merge).is_err());
        assert!(card(json!({"person": "x"}), Write::Merge).is_err());
        assert!(card(json!({"segments": [1]}), Write::Merge).is_err());
        assert!(card(json!({"notepad": []}), Write::Merge).is_err());
        assert!(card(json!([]), Write::Merge).is_err());
    }

    #[test]
    fn merges_and_replaces() {
        let mut profile = profile();
        assert!(profile.card.get("colour").is_none());
        let update = card(
            json!({"person": {"nickname": "Janet"}, "segments": ["vip"]}),
            Write::Merge,
        )
        .unwrap();
        profile.write(update, Write::Merge, 5);
        let value = profile.to_json();
        assert_eq!(value["person"]["nickname"], "Janet");
        assert_eq!(value["person"]["phone"], "1");
        assert_eq!(value["segments"], json!(["vip"]));
        assert_eq!(value["updated_at"], 5);
        assert!(profile.matches("janet"));
        assert!(profile.matches("example"));
        let save = card(json!({"email": "j@example.com"}), Write::Replace).unwrap();
        profile.write(save, Write::Replace, 6);
        assert!(profile.to_json().get("person").is_none());
        assert_eq!(profile.to_json()["segments"], json!([]));
    }
}
