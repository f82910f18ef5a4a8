//! Messages of a conversation: list, send, get, update, remove, read and delivered marks.

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::routing::{get, patch};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::app::App;
use crate::clock::now_ms;
use crate::envelope::{ApiError, JsonBody, Params, Reply, done, ok};
use crate::query::Query;
use crate::state::{Mark, Message, MessagesQuery, NewMessage, Side};

pub(crate) fn routes() -> Router<App> {
    let conversation = "/v1/website/{website_id}/conversation/{session_id}";
    Router::new()
        .route(&format!("{conversation}/messages"), get(list))
        .route(
            &format!("{conversation}/message"),
            axum::routing::post(send),
        )
        .route(
            &format!("{conversation}/message/{{fingerprint}}"),
            get(fetch).patch(update).delete(remove),
        )
        .route(&format!("{conversation}/read"), patch(read))
        .route(&format!("{conversation}/delivered"), patch(delivered))
}

/// A fingerprint from the path.
fn fingerprint(text: &str) -> Result<u64, ApiError> {
    text.parse()
        .map_err(|_| ApiError::invalid(format!("fingerprint must be a number, got {text:?}")))
}

async fn list(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Reply {
    let query = Query::parse(raw.as_deref());
    let query = MessagesQuery {
        before: query.number("timestamp_before"),
        after: query.number("timestamp_after"),
        around: query.number("timestamp_around"),
    };
    let (messages, more) = app.read(|store| {
        Ok(store
            .website(&website_id)?
            .conversation(&session_id)?
            .messages_window(query))
    })?;
    let mut response = ok("listed", Value::Array(messages))?;
    if more {
        // As Crisp: 206 Partial Content while more messages match, 200 at the end.
        *response.status_mut() = axum::http::StatusCode::PARTIAL_CONTENT;
    }
    Ok(response)
}

async fn send(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
    JsonBody(new): JsonBody<NewMessage>,
) -> Reply {
    let fingerprint = app.change(|store, events| {
        let conversation = store
            .website_mut(&website_id)?
            .conversation_mut(&session_id)?;
        let now = now_ms();
        let fingerprint = match new.fingerprint {
            Some(given) if conversation.has_fingerprint(given) => {
                return Err(ApiError::invalid(format!(
                    "fingerprint {given} is already used in this conversation"
                )));
            }
            Some(given) => given,
            None => conversation.next_fingerprint(now),
        };
        let timestamp = new.timestamp.unwrap_or(now);
        let message = Message::from_new(new, fingerprint, timestamp)?;
        conversation.add_message(message, events);
        Ok(fingerprint)
    })?;
    ok("dispatched", json!({ "fingerprint": fingerprint }))
}

async fn fetch(
    State(app): State<App>,
    Params((website_id, session_id, fingerprint_text)): Params<(String, String, String)>,
) -> Reply {
    let fingerprint = fingerprint(&fingerprint_text)?;
    let message = app.read(|store| {
        let conversation = store.website(&website_id)?.conversation(&session_id)?;
        Ok(conversation
            .message(fingerprint)?
            .to_json(&website_id, &session_id))
    })?;
    ok("resolved", message)
}

/// `{content}`: the new content, of the message's own type.
#[derive(Debug, Deserialize)]
struct UpdateBody {
    content: Value,
}

async fn update(
    State(app): State<App>,
    Params((website_id, session_id, fingerprint_text)): Params<(String, String, String)>,
    JsonBody(body): JsonBody<UpdateBody>,
) -> Reply {
    let fingerprint = fingerprint(&fingerprint_text)?;
    app.change(|store, events| {
        store
            .website_mut(&website_id)?
            .conversation_mut(&session_id)?
            .update_message(fingerprint, body.content, now_ms(), events)
    })?;
    done("updated")
}

async fn remove(
    State(app): State<App>,
    Params((website_id, session_id, fingerprint_text)): Params<(String, String, String)>,
) -> Reply {
    let fingerprint = fingerprint(&fingerprint_text)?;
    app.change(|store, events| {
        store
            .website_mut(&website_id)?
            .conversation_mut(&session_id)?
            .remove_message(fingerprint, now_ms(), events)
    })?;
    done("deleted")
}

/// `{from, origin, fingerprints?}`: `from` is the side that read (or received).
#[derive(Debug, Deserialize)]
struct MarkBody {
    from: String,
    origin: String,
    #[serde(default)]
    fingerprints: Vec<u64>,
}

fn mark(app: &App, website_id: &str, session_id: &str, mark: Mark, body: MarkBody) -> Reply {
    let reader = Side::parse(&body.from)?;
    if body.origin.is_empty() {
        return Err(ApiError::invalid("origin must not be empty"));
    }
    app.change(|store, events| {
        store
            .website_mut(website_id)?
            .conversation_mut(session_id)?
            .mark(mark, reader, &body.origin, &body.fingerprints, events);
        Ok(())
    })?;
    done("updated")
}

async fn read(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<MarkBody>,
) -> Reply {
    mark(&app, &website_id, &session_id, Mark::Read, body)
}

async fn delivered(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<MarkBody>,
) -> Reply {
    mark(&app, &website_id, &session_id, Mark::Delivered, body)
}
