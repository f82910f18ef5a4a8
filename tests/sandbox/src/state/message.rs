//! A message of a conversation: the body that creates it, how it is stored, and the JSON
//! Crisp writes for it (REST messages and the payload of message events).

use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::conversation::{Conversation, MessagesQuery};
use crate::envelope::ApiError;

/// The message types Crisp knows; `text` and `note` carry a string, the others an object.
pub(crate) const MESSAGE_TYPES: [&str; 9] = [
    "text",
    "note",
    "file",
    "animation",
    "audio",
    "picker",
    "field",
    "carousel",
    "event",
];

/// Which side wrote a message (`from`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    /// The visitor (`user`).
    User,
    /// An operator, a bot or a plugin (`operator`).
    Operator,
}

impl Side {
    pub(crate) fn parse(text: &str) -> Result<Side, ApiError> {
        match text {
            "user" => Ok(Side::User),
            "operator" => Ok(Side::Operator),
            other => Err(ApiError::invalid(format!(
                "from must be user or operator, got {other:?}"
            ))),
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Side::User => "user",
            Side::Operator => "operator",
        }
    }
}

/// The body of "send a message in conversation", as far as the sandbox reads it (`stealth`
/// and other keys are accepted and ignored).
#[derive(Debug, Deserialize)]
pub(crate) struct NewMessage {
    #[serde(rename = "type")]
    pub(crate) kind: String,
    pub(crate) from: String,
    pub(crate) origin: String,
    pub(crate) content: Value,
    #[serde(default)]
    pub(crate) fingerprint: Option<u64>,
    #[serde(default)]
    pub(crate) user: Option<Map<String, Value>>,
    #[serde(default)]
    pub(crate) timestamp: Option<u64>,
    #[serde(default)]
    pub(crate) automated: Option<bool>,
    #[serde(default)]
    pub(crate) translated: Option<bool>,
    #[serde(default)]
    pub(crate) mentions: Option<Vec<String>>,
    #[serde(default)]
    pub(crate) references: Option<Vec<Value>>,
    #[serde(default)]
    pub(crate) properties: Option<Map<String, Value>>,
    #[serde(default)]
    pub(crate) original: Option<Value>,
}

/// Checks that `content` fits a message of type `kind`.
pub(crate) fn check_content(kind: &str, content: &Value) -> Result<(), ApiError> {
    match (kind, content) {
        ("text" | "note", Value::String(text)) if !text.is_empty() => Ok(()),
        ("text" | "note", _) => Err(ApiError::invalid(format!(
            "content of a {kind} message must be a non-empty string"
        ))),
        (_, Value::Object(_)) => Ok(()),
        _ => Err(ApiError::invalid(format!(
            "content of a {kind} message must be an object"
        ))),
    }
}

/// A stored message.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Message {
    pub(crate) kind: String,
    pub(crate) from: Side,
    pub(crate) origin: String,
    pub(crate) content: Value,
    pub(crate) fingerprint: u64,
    pub(crate) timestamp: u64,
    pub(crate) user: Option<Map<String, Value>>,
    pub(crate) read: Option<String>,
    pub(crate) delivered: Option<String>,
    pub(crate) edited: bool,
    /// Optional keys kept as sent: `automated`, `translated`, `mentions`, `references`,
    /// `properties`, `original`.
    pub(crate) extra: Map<String, Value>,
}

impl Message {
    /// A message from a checked body; `fingerprint` and `timestamp` are the ones to use.
    pub(crate) fn from_new(
        new: NewMessage,
        fingerprint: u64,
        timestamp: u64,
    ) -> Result<Message, ApiError> {
        if !MESSAGE_TYPES.contains(&new.kind.as_str()) {
            return Err(ApiError::invalid(format!(
                "unknown message type {:?}",
                new.kind
            )));
        }
        let from = Side::parse(&new.from)?;
        if new.origin.is_empty() {
            return Err(ApiError::invalid("origin must not be empty"));
        }
        check_content(&new.kind, &new.content)?;
        let mut extra = Map::new();
        let mut keep = |key: &str, value: Option<Value>| {
            if let Some(value) = value {
                extra.insert(key.to_owned(), value);
            }
        };
        keep("automated", new.automated.map(Value::Bool));
        keep("translated", new.translated.map(Value::Bool));
        keep("mentions", new.mentions.map(|m| json!(m)));
        keep("references", new.references.map(Value::Array));
        keep("properties", new.properties.map(Value::Object));
        keep("original", new.original);
        Ok(Message {
            kind: new.kind,
            from,
            origin: new.origin,
            content: new.content,
            fingerprint,
            timestamp,
            user: new.user,
            read: None,
            delivered: None,
            edited: false,
            extra,
        })
    }

    /// A visitor's text message.
    pub(crate) fn visitor_text(
        text: &str,
        session_id: &str,
        nickname: &str,
        fingerprint: u64,
        timestamp: u64,
    ) -> Message {
        let mut user = Map::new();
        user.insert("user_id".to_owned(), json!(session_id));
        user.insert("nickname".to_owned(), json!(nickname));
        Message {
            kind: "text".to_owned(),
            from: Side::User,
            origin: "chat".to_owned(),
            content: Value::String(text.to_owned()),
            fingerprint,
            timestamp,
            user: Some(user),
            read: None,
            delivered: None,
            edited: false,
            extra: Map::new(),
        }
    }

    /// Whether the message is shown to the visitor (private notes are not).
    pub(crate) fn is_note(&self) -> bool {
        self.kind == "note"
    }

    /// A short text for previews: the text, a file name, or the type in brackets.
    pub(crate) fn excerpt(&self) -> String {
        match &self.content {
            Value::String(text) => text.chars().take(200).collect(),
            Value::Object(object) => object
                .get("name")
                .or_else(|| object.get("text"))
                .and_then(Value::as_str)
                .map_or_else(|| format!("[{}]", self.kind), str::to_owned),
            _ => format!("[{}]", self.kind),
        }
    }

    /// The JSON Crisp writes for the message.
    pub(crate) fn to_json(&self, website_id: &str, session_id: &str) -> Value {
        let mut out = Map::new();
        out.insert("session_id".to_owned(), json!(session_id));
        out.insert("website_id".to_owned(), json!(website_id));
        out.insert("type".to_owned(), json!(self.kind));
        out.insert("from".to_owned(), json!(self.from.as_str()));
        out.insert("origin".to_owned(), json!(self.origin));
        out.insert("content".to_owned(), self.content.clone());
        if let Some(read) = &self.read {
            out.insert("read".to_owned(), json!(read));
        }
        if let Some(delivered) = &self.delivered {
            out.insert("delivered".to_owned(), json!(delivered));
        }
        out.insert("edited".to_owned(), json!(self.edited));
        out.insert("stamped".to_owned(), json!(true));
        out.insert("fingerprint".to_owned(), json!(self.fingerprint));
        out.insert("timestamp".to_owned(), json!(self.timestamp));
        if let Some(user) = &self.user {
            out.insert("user".to_owned(), Value::Object(user.clone()));
        }
        for (key, value) in &self.extra {
            out.insert(key.clone(), value.clone());
        }
        Value::Object(out)
    }

    /// The payload of `message:send` / `message:received`: the message, with `inbox_id`
    /// (always `null`: the sandbox has no inboxes).
    pub(crate) fn event_json(&self, website_id: &str, session_id: &str) -> Value {
        let mut value = self.to_json(website_id, session_id);
        if let Value::Object(object) = &mut value {
            object.insert("inbox_id".to_owned(), Value::Null);
        }
        value
    }
}

/// Messages per "get messages" answer (Crisp does not document its page size).
pub(crate) const MESSAGES_PER_PAGE: usize = 20;

impl Conversation {
    /// The messages "get messages" answers, oldest first, and whether more messages match
    /// the query than the answer holds (Crisp's 206 Partial Content; 200 when it holds the
    /// last of them).
    ///
    /// `before` and `after` are exclusive bounds and may be given together (a window). The
    /// answer is the newest page of what matches, or the oldest page when only `after` is
    /// given; with `around`, up to half a page before the timestamp and half from it on.
    pub(crate) fn messages_window(&self, query: MessagesQuery) -> (Vec<Value>, bool) {
        let mut window: Vec<&Message> = self
            .messages
            .iter()
            .filter(|m| {
                query.before.is_none_or(|before| m.timestamp < before)
                    && query.after.is_none_or(|after| m.timestamp > after)
            })
            .collect();
        // Stable: messages of one millisecond keep the order they were added in.
        window.sort_by_key(|m| m.timestamp);
        let total = window.len();
        let page: &[&Message] = if let Some(around) = query.around {
            let split = window.partition_point(|m| m.timestamp < around);
            let half = MESSAGES_PER_PAGE / 2;
            &window[split.saturating_sub(half)..split.saturating_add(half).min(total)]
        } else if query.after.is_some() && query.before.is_none() {
            &window[..total.min(MESSAGES_PER_PAGE)]
        } else {
            &window[total.saturating_sub(MESSAGES_PER_PAGE)..]
        };
        let more = page.len() < total;
        let json = page
            .iter()
            .map(|m| m.to_json(&self.website_id, &self.session_id))
            .collect();
        (json, more)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new(body: Value) -> Result<Message, ApiError> {
        let new: NewMessage =
            serde_json::from_value(body).map_err(|e| ApiError::invalid(e.to_string()))?;
        Message::from_new(new, 7, 8)
    }

    #[test]
    fn builds_and_writes_messages() {
        let message = new(json!({"type": "text", "from": "operator", "origin": "chat", "content": "hi", "automated": true}))
            .unwrap();
        let value = message.to_json("w", "s");
        assert_eq!(value["fingerprint"], 7);
        assert_eq!(value["timestamp"], 8);
        assert_eq!(value["automated"], true);
        assert_eq!(value["from"], "operator");
        assert_eq!(message.excerpt(), "hi");
        assert_eq!(message.event_json("w", "s")["inbox_id"], Value::Null);
    }

    #[test]
    fn refuses_bad_messages() {
        for body in [
            json!({"type": "text", "from": "operator", "origin": "chat", "content": {"a": 1}}),
            json!({"type": "text", "from": "operator", "origin": "chat", "content": ""}),
            json!({"type": "file", "from": "operator", "origin": "chat", "content": "x"}),
            json!({"type": "telepathy", "from": "operator", "origin": "chat", "content": "x"}),
            json!({"type": "text", "from": "robot", "origin": "chat", "content": "x"}),
            json!({"type": "text", "from": "user", "origin": "", "content": "x"}),
        ] {
            let error = new(body.clone()).unwrap_err();
            assert_eq!(error.reason, "invalid_data", "{body}");
        }
    }

    #[test]
    fn excerpts() {
        let file = new(json!({"type": "file", "from": "user", "origin": "chat", "content": {"name": "a.pdf", "url": "u", "type": "application/pdf"}})).unwrap();
        assert_eq!(file.excerpt(), "a.pdf");
        let event = new(json!({"type": "event", "from": "user", "origin": "chat", "content": {"namespace": "x"}})).unwrap();
        assert_eq!(event.excerpt(), "[event]");
    }
    #[test]
    fn pages_messages_by_time_with_206_while_more_match() {
        let mut conversation = Conversation::new(
            "w",
            "session_1".to_owned(),
            crate::state::Meta::visitor("visitor1", "chat"),
            1,
        );
        let mut events = crate::hub::Events::default();
        for i in 0..100u64 {
            conversation.add_message(
                Message::visitor_text("m", "session_1", "v", i, i * 10),
                &mut events,
            );
        }
        let query = |before, after, around| MessagesQuery {
            before,
            after,
            around,
        };
        let stamps = |page: &[Value]| -> Vec<u64> {
            page.iter()
                .map(|m| m["timestamp"].as_u64().unwrap_or(u64::MAX))
                .collect()
        };
        let (page, more) = conversation.messages_window(query(None, None, None));
        assert_eq!(page.len(), MESSAGES_PER_PAGE);
        assert_eq!(page[0]["timestamp"], 800);
        assert!(more);
        let (page, more) = conversation.messages_window(query(Some(800), None, None));
        assert_eq!(stamps(&page).last(), Some(&790));
        assert!(more);
        let (page, more) = conversation.messages_window(query(Some(150), None, None));
        assert_eq!(stamps(&page), (0..15).map(|i| i * 10).collect::<Vec<_>>());
        assert!(!more, "the start: 200");
        let (page, more) = conversation.messages_window(query(None, Some(985), None));
        assert_eq!(stamps(&page), [990]);
        assert!(!more);
        let (page, more) = conversation.messages_window(query(None, Some(100), None));
        assert_eq!(
            stamps(&page)[0],
            110,
            "after only: the oldest page after it"
        );
        assert!(more);
        let (page, more) = conversation.messages_window(query(Some(300), Some(100), None));
        assert_eq!(stamps(&page), (11..30).map(|i| i * 10).collect::<Vec<_>>());
        assert!(!more, "19 messages in the window: one page");
        let (page, more) = conversation.messages_window(query(Some(900), Some(100), None));
        assert_eq!(stamps(&page)[0], 700, "a window: its newest page");
        assert!(more);
        let (page, more) = conversation.messages_window(query(None, None, Some(500)));
        assert_eq!(page.len(), MESSAGES_PER_PAGE);
        assert_eq!(page[10]["timestamp"], 500);
        assert!(more);
    }
}
