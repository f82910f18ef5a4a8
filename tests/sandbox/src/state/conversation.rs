//! A conversation: its state, metas, routing and messages, what changing them emits, and
//! the JSON Crisp writes for it.

use serde_json::{Map, Value, json};

use super::message::{Message, Side, check_content};
use super::meta::{Meta, MetaUpdate};
use crate::envelope::ApiError;
use crate::hub::Events;

/// How long after their last message a visitor counts as online.
const ONLINE_FOR_MS: u64 = 5 * 60 * 1000;

/// The state of a conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    Pending,
    Unresolved,
    Resolved,
}

impl State {
    pub(crate) fn parse(text: &str) -> Result<State, ApiError> {
        match text {
            "pending" => Ok(State::Pending),
            "unresolved" => Ok(State::Unresolved),
            "resolved" => Ok(State::Resolved),
            other => Err(ApiError::invalid(format!(
                "state must be pending, unresolved or resolved, got {other:?}"
            ))),
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Unresolved => "unresolved",
            State::Resolved => "resolved",
        }
    }

    /// The numeric `status`: 0 pending, 1 unresolved, 2 resolved.
    fn status(self) -> u8 {
        match self {
            State::Pending => 0,
            State::Unresolved => 1,
            State::Resolved => 2,
        }
    }
}

/// Which acknowledgement a mark records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    Read,
    Delivered,
}

/// Which messages of a conversation to list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct MessagesQuery {
    pub(crate) before: Option<u64>,
    pub(crate) after: Option<u64>,
    pub(crate) around: Option<u64>,
}

/// A stored conversation.
#[derive(Clone, Debug)]
pub(crate) struct Conversation {
    pub(crate) session_id: String,
    pub(crate) website_id: String,
    pub(crate) state: State,
    pub(crate) created_at: u64,
    pub(crate) updated_at: u64,
    pub(crate) waiting_since: Option<u64>,
    pub(crate) visitor_seen: Option<u64>,
    pub(crate) meta: Meta,
    pub(crate) assigned: Option<String>,
    pub(crate) messages: Vec<Message>,
}

impl Conversation {
    /// A new, empty, pending conversation.
    pub(crate) fn new(website_id: &str, session_id: String, meta: Meta, now: u64) -> Self {
        Conversation {
            session_id,
            website_id: website_id.to_owned(),
            state: State::Pending,
            created_at: now,
            updated_at: now,
            waiting_since: None,
            visitor_seen: None,
            meta,
            assigned: None,
            messages: Vec::new(),
        }
    }

    /// `{website_id, session_id, inbox_id: null}` and `fields`: the payload of session
    /// and acknowledgement events.
    fn event(&self, events: &mut Events, name: &str, fields: Value) {
        let mut data = Map::new();
        data.insert("website_id".to_owned(), json!(self.website_id));
        data.insert("session_id".to_owned(), json!(self.session_id));
        data.insert("inbox_id".to_owned(), Value::Null);
        if let Value::Object(fields) = fields {
            data.extend(fields);
        }
        events.push(name, &self.website_id, Value::Object(data));
    }

    /// A fingerprint no message of the conversation has, derived from the time.
    pub(crate) fn next_fingerprint(&self, now: u64) -> u64 {
        let mut fingerprint = now.saturating_mul(100).saturating_add(fastrand::u64(..100));
        while self.messages.iter().any(|m| m.fingerprint == fingerprint) {
            fingerprint = fingerprint.wrapping_add(1);
        }
        fingerprint
    }

    /// Whether a message has this fingerprint.
    pub(crate) fn has_fingerprint(&self, fingerprint: u64) -> bool {
        self.messages.iter().any(|m| m.fingerprint == fingerprint)
    }

    /// Initiates the conversation: `session:request:initiated`.
    pub(crate) fn initiated(&self, events: &mut Events) {
        self.event(events, "session:request:initiated", json!({}));
    }

    /// Adds a message: `message:send` (visitor) or `message:received` (operator), and the
    /// automatic state changes: a visitor writing in a resolved conversation reopens it,
    /// the first operator reply makes a pending one unresolved.
    pub(crate) fn add_message(&mut self, message: Message, events: &mut Events) {
        let now = message.timestamp.max(self.updated_at);
        self.updated_at = now;
        let (name, next_state) = match message.from {
            Side::User => {
                self.visitor_seen = Some(message.timestamp);
                self.waiting_since.get_or_insert(message.timestamp);
                (
                    "message:send",
                    (self.state == State::Resolved).then_some(State::Unresolved),
                )
            }
            Side::Operator if message.is_note() => ("message:received", None),
            Side::Operator => {
                self.waiting_since = None;
                (
                    "message:received",
                    (self.state == State::Pending).then_some(State::Unresolved),
                )
            }
        };
        events.push(
            name,
            &self.website_id,
            message.event_json(&self.website_id, &self.session_id),
        );
        // Kept in time order, even for a message sent with an earlier `timestamp`.
        let at = self
            .messages
            .partition_point(|m| m.timestamp <= message.timestamp);
        self.messages.insert(at, message);
        if let Some(state) = next_state {
            self.set_state(state, events);
        }
    }

    /// The message with this fingerprint.
    pub(crate) fn message(&self, fingerprint: u64) -> Result<&Message, ApiError> {
        self.messages
            .iter()
            .find(|m| m.fingerprint == fingerprint)
            .ok_or_else(|| ApiError::not_found("message_not_found"))
    }

    /// Replaces a message's content: `message:updated`.
    pub(crate) fn update_message(
        &mut self,
        fingerprint: u64,
        content: Value,
        now: u64,
        events: &mut Events,
    ) -> Result<(), ApiError> {
        let message = self
            .messages
            .iter_mut()
            .find(|m| m.fingerprint == fingerprint)
            .ok_or_else(|| ApiError::not_found("message_not_found"))?;
        check_content(&message.kind, &content)?;
        message.content = content.clone();
        message.edited = true;
        self.updated_at = now;
        self.event(
            events,
            "message:updated",
            json!({"fingerprint": fingerprint, "content": content}),
        );
        Ok(())
    }

    /// Removes a message: `message:removed`.
    pub(crate) fn remove_message(
        &mut self,
        fingerprint: u64,
        now: u64,
        events: &mut Events,
    ) -> Result<(), ApiError> {
        let before = self.messages.len();
        self.messages.retain(|m| m.fingerprint != fingerprint);
        if self.messages.len() == before {
            return Err(ApiError::not_found("message_not_found"));
        }
        self.updated_at = now;
        self.event(
            events,
            "message:removed",
            json!({"fingerprint": fingerprint}),
        );
        Ok(())
    }

    /// `reader` read (or got) the other side's messages, all of them or those listed:
    /// `message:acknowledge:read:received` (an operator read), `…:read:send` (the visitor
    /// read) or `message:acknowledge:delivered`, with the fingerprints marked. Nothing is
    /// emitted when no message changed.
    pub(crate) fn mark(
        &mut self,
        mark: Mark,
        reader: Side,
        origin: &str,
        fingerprints: &[u64],
        events: &mut Events,
    ) {
        let mut marked = Vec::new();
        for message in &mut self.messages {
            let listed = fingerprints.is_empty() || fingerprints.contains(&message.fingerprint);
            if message.from == reader || !listed {
                continue;
            }
            let slot = match mark {
                Mark::Read => &mut message.read,
                Mark::Delivered => &mut message.delivered,
            };
            if slot.is_none() {
                *slot = Some(origin.to_owned());
                marked.push(message.fingerprint);
            }
        }
        if marked.is_empty() {
            return;
        }
        let name = match (mark, reader) {
            (Mark::Read, Side::Operator) => "message:acknowledge:read:received",
            (Mark::Read, Side::User) => "message:acknowledge:read:send",
            (Mark::Delivered, _) => "message:acknowledge:delivered",
        };
        self.event(
            events,
            name,
            json!({"origin": origin, "fingerprints": marked}),
        );
    }

    /// Sets the state: `session:set_state` when it changes.
    pub(crate) fn set_state(&mut self, state: State, events: &mut Events) {
        if self.state != state {
            self.state = state;
            self.event(
                events,
                "session:set_state",
                json!({"state": state.as_str()}),
            );
        }
    }

    /// Applies a metas update: one `session:set_<field>` event per field sent.
    pub(crate) fn update_meta(
        &mut self,
        update: MetaUpdate,
        now: u64,
        events: &mut Events,
    ) -> Result<(), ApiError> {
        let changed = self.meta.apply(update)?;
        for (field, value) in changed {
            let mut fields = Map::new();
            fields.insert(field.to_owned(), value);
            self.event(
                events,
                &format!("session:set_{field}"),
                Value::Object(fields),
            );
        }
        self.updated_at = now;
        Ok(())
    }

    /// Unread counts: visitor messages no operator read, operator messages (not notes)
    /// the visitor did not read.
    pub(crate) fn unread(&self) -> (usize, usize) {
        let unread = |side: Side| {
            self.messages
                .iter()
                .filter(|m| m.from == side && m.read.is_none() && !m.is_note())
                .count()
        };
        (unread(Side::User), unread(Side::Operator))
    }

    /// The JSON Crisp writes for the conversation (list and get).
    pub(crate) fn to_json(&self, now: u64) -> Value {
        let (unread_operator, unread_visitor) = self.unread();
        let online = self
            .visitor_seen
            .is_some_and(|seen| now.saturating_sub(seen) < ONLINE_FOR_MS);
        let mut out = Map::new();
        out.insert("session_id".to_owned(), json!(self.session_id));
        out.insert("website_id".to_owned(), json!(self.website_id));
        out.insert("state".to_owned(), json!(self.state.as_str()));
        out.insert("status".to_owned(), json!(self.state.status()));
        out.insert("is_verified".to_owned(), json!(false));
        out.insert("is_blocked".to_owned(), json!(false));
        out.insert(
            "availability".to_owned(),
            json!(if online { "online" } else { "offline" }),
        );
        if let Some(seen) = self.visitor_seen {
            out.insert("active".to_owned(), json!({"now": online, "last": seen}));
        }
        if let Some(last) = self.messages.last() {
            out.insert("last_message".to_owned(), json!(last.excerpt()));
            out.insert(
                "preview_message".to_owned(),
                json!({
                    "type": last.kind,
                    "from": last.from.as_str(),
                    "excerpt": last.excerpt(),
                    "fingerprint": last.fingerprint,
                }),
            );
        }
        out.insert("participants".to_owned(), json!([]));
        out.insert("mentions".to_owned(), json!([]));
        out.insert(
            "unread".to_owned(),
            json!({"operator": unread_operator, "visitor": unread_visitor}),
        );
        if let Some(user_id) = &self.assigned {
            out.insert("assigned".to_owned(), json!({"user_id": user_id}));
        }
        out.insert("meta".to_owned(), self.meta.to_json());
        out.insert("created_at".to_owned(), json!(self.created_at));
        out.insert("updated_at".to_owned(), json!(self.updated_at));
        if let Some(since) = self.waiting_since {
            out.insert("waiting_since".to_owned(), json!(since));
        }
        Value::Object(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conversation() -> Conversation {
        Conversation::new(
            "w",
            "session_1".to_owned(),
            Meta::visitor("visitor1", "chat"),
            1,
        )
    }

    fn operator_text(fingerprint: u64, timestamp: u64) -> Message {
        let mut message = Message::visitor_text("reply", "session_1", "x", fingerprint, timestamp);
        message.from = Side::Operator;
        message.user = None;
        message
    }

    #[test]
    fn messages_move_the_state_and_emit() {
        let mut conversation = conversation();
        let mut events = Events::default();
        conversation.add_message(
            Message::visitor_text("hi", "session_1", "v", 10, 100),
            &mut events,
        );
        assert_eq!(conversation.state, State::Pending);
        assert_eq!(conversation.waiting_since, Some(100));
        conversation.add_message(operator_text(11, 200), &mut events);
        assert_eq!(conversation.state, State::Unresolved);
        assert_eq!(conversation.waiting_since, None);
        conversation.set_state(State::Resolved, &mut events);
        conversation.set_state(State::Resolved, &mut events);
        conversation.add_message(
            Message::visitor_text("again", "session_1", "v", 12, 300),
            &mut events,
        );
        assert_eq!(conversation.state, State::Unresolved);
        assert_eq!(
            events.names(),
            [
                "message:send",
                "message:received",
                "session:set_state",
                "session:set_state",
                "message:send",
                "session:set_state"
            ]
        );
        assert_eq!(conversation.unread(), (2, 1));
    }

    #[test]
    fn marks_only_the_other_side_once() {
        let mut conversation = conversation();
        let mut events = Events::default();
        conversation.add_message(
            Message::visitor_text("a", "session_1", "v", 1, 1),
            &mut events,
        );
        conversation.add_message(operator_text(2, 2), &mut events);
        let mut events = Events::default();
        conversation.mark(Mark::Read, Side::Operator, "chat", &[], &mut events);
        conversation.mark(Mark::Read, Side::Operator, "chat", &[], &mut events);
        conversation.mark(Mark::Delivered, Side::User, "chat", &[2], &mut events);
        assert_eq!(
            events.names(),
            [
                "message:acknowledge:read:received",
                "message:acknowledge:delivered"
            ]
        );
        assert_eq!(conversation.unread(), (0, 1));
        assert_eq!(conversation.messages[1].delivered.as_deref(), Some("chat"));
    }

    #[test]
    fn updates_and_removes_messages() {
        let mut conversation = conversation();
        let mut events = Events::default();
        conversation.add_message(
            Message::visitor_text("a", "session_1", "v", 5, 1),
            &mut events,
        );
        assert!(
            conversation
                .update_message(5, json!({"x": 1}), 2, &mut events)
                .is_err()
        );
        conversation
            .update_message(5, json!("b"), 2, &mut events)
            .unwrap();
        assert!(conversation.message(5).unwrap().edited);
        conversation.remove_message(5, 3, &mut events).unwrap();
        assert_eq!(
            conversation
                .remove_message(5, 3, &mut events)
                .unwrap_err()
                .reason,
            "message_not_found"
        );
        assert!(conversation.message(5).is_err());
    }
}
