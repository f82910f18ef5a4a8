//! Conversation metas: what is known about the visitor, and how an update applies.

use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::envelope::ApiError;

/// Stored metas.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Meta {
    pub(crate) nickname: String,
    pub(crate) email: Option<String>,
    pub(crate) phone: Option<String>,
    pub(crate) avatar: Option<String>,
    pub(crate) ip: Option<String>,
    pub(crate) address: Option<String>,
    pub(crate) subject: Option<String>,
    pub(crate) origin: String,
    pub(crate) segments: Vec<String>,
    pub(crate) data: Map<String, Value>,
}

/// The body of "update conversation metas": only the fields sent change; keys the
/// sandbox does not model (`connection`, `device`, others) are ignored.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct MetaUpdate {
    #[serde(default)]
    pub(crate) nickname: Option<String>,
    #[serde(default)]
    pub(crate) email: Option<String>,
    #[serde(default)]
    pub(crate) phone: Option<String>,
    #[serde(default)]
    pub(crate) avatar: Option<String>,
    #[serde(default)]
    pub(crate) ip: Option<String>,
    #[serde(default)]
    pub(crate) address: Option<String>,
    #[serde(default)]
    pub(crate) subject: Option<String>,
    #[serde(default)]
    pub(crate) origin: Option<String>,
    #[serde(default)]
    pub(crate) segments: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) data: Option<Map<String, Value>>,
}

impl Meta {
    /// The metas of a new visitor.
    pub(crate) fn visitor(nickname: &str, origin: &str) -> Meta {
        Meta {
            nickname: nickname.to_owned(),
            origin: origin.to_owned(),
            ..Meta::default()
        }
    }

    /// Applies `update`; returns each field changed with its new value, in a fixed order.
    /// Nothing changes when a field is invalid (an email without `@`, data values that
    /// are not strings, numbers or booleans).
    pub(crate) fn apply(
        &mut self,
        update: MetaUpdate,
    ) -> Result<Vec<(&'static str, Value)>, ApiError> {
        if let Some(email) = &update.email {
            check_email(email)?;
        }
        if let Some(nickname) = &update.nickname {
            if nickname.trim().is_empty() {
                return Err(ApiError::invalid("nickname must not be empty"));
            }
        }
        if let Some(data) = &update.data {
            if let Some((key, _)) = data
                .iter()
                .find(|(_, v)| !matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_)))
            {
                return Err(ApiError::invalid(format!(
                    "data.{key} must be a string, a number or a boolean"
                )));
            }
        }
        let mut changed = Vec::new();
        if let Some(nickname) = update.nickname {
            changed.push(("nickname", json!(nickname)));
            self.nickname = nickname;
        }
        let optional = [
            ("email", update.email, &mut self.email),
            ("phone", update.phone, &mut self.phone),
            ("avatar", update.avatar, &mut self.avatar),
            ("address", update.address, &mut self.address),
            ("subject", update.subject, &mut self.subject),
        ];
        for (field, value, slot) in optional {
            if let Some(value) = value {
                changed.push((field, json!(value)));
                *slot = Some(value);
            }
        }
        if let Some(ip) = update.ip {
            // No event for the IP address.
            self.ip = Some(ip);
        }
        if let Some(origin) = update.origin {
            changed.push(("origin", json!(origin)));
            self.origin = origin;
        }
        if let Some(segments) = update.segments {
            changed.push(("segments", json!(segments)));
            self.segments = segments;
        }
        if let Some(data) = update.data {
            changed.push(("data", Value::Object(data.clone())));
            self.data = data;
        }
        Ok(changed)
    }

    /// The JSON Crisp writes for metas.
    pub(crate) fn to_json(&self) -> Value {
        let mut out = Map::new();
        out.insert("nickname".to_owned(), json!(self.nickname));
        let optional = [
            ("email", &self.email),
            ("phone", &self.phone),
            ("avatar", &self.avatar),
            ("ip", &self.ip),
            ("address", &self.address),
            ("subject", &self.subject),
        ];
        for (field, value) in optional {
            if let Some(value) = value {
                out.insert(field.to_owned(), json!(value));
            }
        }
        out.insert("origin".to_owned(), json!(self.origin));
        out.insert("segments".to_owned(), json!(self.segments));
        out.insert("data".to_owned(), Value::Object(self.data.clone()));
        Value::Object(out)
    }
}

/// An email must have text on both sides of one `@`.
pub(crate) fn check_email(email: &str) -> Result<(), ApiError> {
    match email.split_once('@') {
        Some((local, domain))
            if !local.is_empty() && !domain.is_empty() && !domain.contains('@') =>
        {
            Ok(())
        }
        _ => Err(ApiError::invalid(format!(
            "{email:?} is not an email address"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applies_only_what_is_sent() {
        let mut meta = Meta::visitor("v", "chat");
        let update: MetaUpdate = serde_json::from_value(json!({
            "email": "jane@example.com", "segments": ["vip"], "data": {"plan": "pro", "seats": 3}
        }))
        .unwrap();
        let changed = meta.apply(update).unwrap();
        let fields: Vec<&str> = changed.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, ["email", "segments", "data"]);
        assert_eq!(meta.nickname, "v");
        assert_eq!(meta.to_json()["email"], "jane@example.com");
        assert_eq!(meta.to_json()["data"]["seats"], 3);
    }

    #[test]
    fn refuses_bad_values_without_changing_anything() {
        let mut meta = Meta::visitor("v", "chat");
        for body in [
            json!({"email": "not-an-email", "nickname": "x"}),
            json!({"nickname": " "}),
            json!({"data": {"nested": {"a": 1}}}),
        ] {
            let update: MetaUpdate = serde_json::from_value(body).unwrap();
            assert!(meta.apply(update).is_err());
        }
        assert_eq!(meta, Meta::visitor("v", "chat"));
        assert!(serde_json::from_value::<MetaUpdate>(json!({"device": {"a": 1}})).is_ok());
        assert!(check_email("a@b").is_ok());
        assert!(check_email("a@b@c").is_err());
    }
}
