//! Conversations: list (paged, filtered), create, check, get, remove, initiate, state,
//! metas and routing.

use std::cmp::Reverse;

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::routing::{get, post};
use crisp_types::website::conversation::{FilterSearchQuery, FilterValue};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::app::App;
use crate::clock::now_ms;
use crate::envelope::{ApiError, JsonBody, Params, Reply, done, ok, page_number, paginate};
use crate::query::Query;
use crate::state::{Conversation, MetaUpdate, State as ConversationState};

/// Conversations per page unless `per_page` says otherwise.
const PER_PAGE: u64 = 20;
/// The largest `per_page` honoured.
const MAX_PER_PAGE: u64 = 50;

pub(crate) fn routes() -> Router<App> {
    let conversation = "/v1/website/{website_id}/conversation/{session_id}";
    Router::new()
        .route(
            "/v1/website/{website_id}/conversations/{page_number}",
            get(list),
        )
        .route("/v1/website/{website_id}/conversation", post(create))
        .route(conversation, get(fetch).delete(remove))
        .route(&format!("{conversation}/initiate"), post(initiate))
        .route(
            &format!("{conversation}/state"),
            get(state).patch(change_state),
        )
        .route(
            &format!("{conversation}/meta"),
            get(meta).patch(update_meta),
        )
        .route(
            &format!("{conversation}/routing"),
            get(routing).patch(assign_routing),
        )
}

/// The filter operators understood by `search_type=filter`.
const OPERATORS: [&str; 8] = ["eq", "neq", "has", "nhas", "ex", "nex", "gte", "lte"];

/// The values of a conversation a filter criterion reads: `segments`, a meta field
/// (`nickname`, `email`, `phone`, `subject`, `address`, `ip`, `origin`, `state`) or
/// `data.<key>`; none for an unknown criterion.
fn criterion_values(conversation: &Conversation, criterion: &str) -> Vec<String> {
    let meta = &conversation.meta;
    let one = |v: Option<&String>| v.cloned().into_iter().collect();
    match criterion {
        "segments" => meta.segments.clone(),
        "nickname" => vec![meta.nickname.clone()],
        "email" => one(meta.email.as_ref()),
        "phone" => one(meta.phone.as_ref()),
        "subject" => one(meta.subject.as_ref()),
        "address" => one(meta.address.as_ref()),
        "ip" => one(meta.ip.as_ref()),
        "origin" => vec![meta.origin.clone()],
        "state" => vec![conversation.state.as_str().to_owned()],
        other => other
            .strip_prefix("data.")
            .and_then(|key| meta.data.get(key))
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .into_iter()
            .collect(),
    }
}

/// Whether a conversation passes one filter (case-insensitive).
fn filter_matches(conversation: &Conversation, filter: &FilterSearchQuery) -> bool {
    let values: Vec<String> = criterion_values(conversation, &filter.criterion)
        .into_iter()
        .map(|v| v.to_lowercase())
        .collect();
    let queries: Vec<String> = filter
        .query
        .iter()
        .map(|q| match q {
            FilterValue::Text(text) => text.to_lowercase(),
            FilterValue::Number(number) => number.to_string(),
            _ => String::new(),
        })
        .collect();
    let number = |text: &str| text.parse::<f64>().ok();
    let compare = |keep: fn(f64, f64) -> bool| {
        values.iter().any(|v| {
            queries
                .iter()
                .any(|q| matches!((number(v), number(q)), (Some(v), Some(q)) if keep(v, q)))
        })
    };
    match filter.operator.as_str() {
        "eq" => values.iter().any(|v| queries.contains(v)),
        "neq" => !values.iter().any(|v| queries.contains(v)),
        "has" => values
            .iter()
            .any(|v| queries.iter().any(|q| v.contains(q.as_str()))),
        "nhas" => !values
            .iter()
            .any(|v| queries.iter().any(|q| v.contains(q.as_str()))),
        "ex" => !values.is_empty(),
        "nex" => values.is_empty(),
        "gte" => compare(|v, q| v >= q),
        "lte" => compare(|v, q| v <= q),
        _ => false,
    }
}

/// The filters, search and order of "list conversations".
#[derive(Debug, Default)]
struct ListFilter {
    include_empty: bool,
    unread: bool,
    resolved: bool,
    not_resolved: bool,
    assigned: Option<String>,
    unassigned: bool,
    text: Option<String>,
    segment: Option<String>,
    /// `search_type=filter`: the criteria, and whether all must match (`and`) or one.
    filters: Option<(Vec<FilterSearchQuery>, bool)>,
    order: Order,
}

#[derive(Debug, Default, PartialEq, Eq)]
enum Order {
    #[default]
    Updated,
    Created,
    Waiting,
}

impl ListFilter {
    fn from_query(query: &Query) -> Result<Self, ApiError> {
        let raw_search = query.get("search_query");
        let search = raw_search.map(str::to_lowercase);
        let mut filters = None;
        let (text, segment) = match (query.get("search_type"), search) {
            (_, None) => (None, None),
            (None | Some("text"), Some(search)) => (Some(search), None),
            (Some("segment"), Some(search)) => (None, Some(search)),
            (Some("filter"), Some(_)) => {
                let criteria: Vec<FilterSearchQuery> =
                    serde_json::from_str(raw_search.unwrap_or_default()).map_err(|e| {
                        ApiError::invalid_field(
                            "search_query",
                            format!("search_query must be a JSON array of filters: {e}"),
                        )
                    })?;
                if let Some(bad) = criteria
                    .iter()
                    .find(|c| !OPERATORS.contains(&c.operator.as_str()))
                {
                    return Err(ApiError::invalid_field(
                        "search_query",
                        format!("unknown filter operator {:?}", bad.operator),
                    ));
                }
                let all = match query.get("search_operator") {
                    None | Some("and") => true,
                    Some("or") => false,
                    Some(other) => {
                        return Err(ApiError::invalid_field(
                            "search_operator",
                            format!("search_operator must be and or or, got {other:?}"),
                        ));
                    }
                };
                filters = Some((criteria, all));
                (None, None)
            }
            (Some(other), Some(_)) => {
                return Err(ApiError::invalid_field(
                    "search_type",
                    format!("search_type {other:?} is not one of text, segment, filter"),
                ));
            }
        };
        let order = if query.flag("order_date_created") {
            Order::Created
        } else if query.flag("order_date_waiting") {
            Order::Waiting
        } else {
            Order::Updated
        };
        Ok(ListFilter {
            include_empty: query.flag("include_empty"),
            unread: query.flag("filter_unread"),
            resolved: query.flag("filter_resolved"),
            not_resolved: query.flag("filter_not_resolved"),
            assigned: query.get("filter_assigned").map(str::to_owned),
            unassigned: query.flag("filter_unassigned"),
            text,
            segment,
            filters,
            order,
        })
    }

    fn matches(&self, conversation: &Conversation) -> bool {
        let resolved = conversation.state == ConversationState::Resolved;
        (self.include_empty || !conversation.messages.is_empty())
            && (!self.unread || conversation.unread().0 > 0)
            && (!self.resolved || resolved)
            && (!self.not_resolved || !resolved)
            && self
                .assigned
                .as_ref()
                .is_none_or(|user| conversation.assigned.as_ref() == Some(user))
            && (!self.unassigned || conversation.assigned.is_none())
            && self.segment.as_ref().is_none_or(|segment| {
                conversation
                    .meta
                    .segments
                    .iter()
                    .any(|s| s.to_lowercase() == *segment)
            })
            && self
                .text
                .as_ref()
                .is_none_or(|text| mentions(conversation, text))
            && self.filters.as_ref().is_none_or(|(criteria, all)| {
                let mut results = criteria.iter().map(|c| filter_matches(conversation, c));
                if *all {
                    results.all(|m| m)
                } else {
                    results.any(|m| m)
                }
            })
    }

    fn sort(&self, list: &mut [&Conversation]) {
        match self.order {
            Order::Updated => list.sort_by_key(|c| Reverse(c.updated_at)),
            Order::Created => list.sort_by_key(|c| Reverse(c.created_at)),
            Order::Waiting => list.sort_by_key(|c| c.waiting_since.unwrap_or(u64::MAX)),
        }
    }
}

/// Whether `text` (lowercase) is in a message, the nickname or the email.
fn mentions(conversation: &Conversation, text: &str) -> bool {
    let meta = &conversation.meta;
    [Some(meta.nickname.as_str()), meta.email.as_deref()]
        .into_iter()
        .flatten()
        .chain(
            conversation
                .messages
                .iter()
                .filter_map(|m| m.content.as_str()),
        )
        .any(|field| field.to_lowercase().contains(text))
}

async fn list(
    State(app): State<App>,
    Params((website_id, page)): Params<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Reply {
    let page = page_number(&page)?;
    let query = Query::parse(raw.as_deref());
    let filter = ListFilter::from_query(&query)?;
    let per_page = query
        .number("per_page")
        .map_or(PER_PAGE, |n| n.clamp(1, MAX_PER_PAGE));
    let per_page = usize::try_from(per_page).unwrap_or(1);
    let now = now_ms();
    let items = app.read(|store| {
        let website = store.website(&website_id)?;
        let mut list: Vec<&Conversation> = website
            .conversations
            .values()
            .filter(|c| filter.matches(c))
            .collect();
        filter.sort(&mut list);
        Ok(paginate(list, page, per_page)
            .into_iter()
            .map(|c| c.to_json(now))
            .collect::<Vec<_>>())
    })?;
    ok("listed", Value::Array(items))
}

async fn create(State(app): State<App>, Params(website_id): Params<String>) -> Reply {
    let session_id =
        app.change(|store, _| store.create_conversation(&website_id, None, now_ms()))?;
    ok("added", json!({ "session_id": session_id }))
}

async fn fetch(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
) -> Reply {
    let now = now_ms();
    let data = app.read(|store| {
        Ok(store
            .website(&website_id)?
            .conversation(&session_id)?
            .to_json(now))
    })?;
    ok("resolved", data)
}

async fn remove(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
) -> Reply {
    app.change(|store, events| {
        let website = store.website_mut(&website_id)?;
        website.conversation(&session_id)?;
        events.push(
            "session:removed",
            &website_id,
            json!({"website_id": website_id, "session_id": session_id, "inbox_id": null}),
        );
        website.conversations.remove(&session_id);
        Ok(())
    })?;
    done("deleted")
}

async fn initiate(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
) -> Reply {
    app.change(|store, events| {
        store
            .website(&website_id)?
            .conversation(&session_id)?
            .initiated(events);
        Ok(())
    })?;
    done("initiated")
}

async fn state(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
) -> Reply {
    let state =
        app.read(|store| Ok(store.website(&website_id)?.conversation(&session_id)?.state))?;
    ok("resolved", json!({ "state": state.as_str() }))
}

/// `{state, user?, origin?}`; only `state` matters here.
#[derive(Debug, Deserialize)]
struct StateBody {
    state: String,
}

async fn change_state(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<StateBody>,
) -> Reply {
    let state = ConversationState::parse(&body.state)?;
    app.change(|store, events| {
        let conversation = store
            .website_mut(&website_id)?
            .conversation_mut(&session_id)?;
        conversation.set_state(state, events);
        conversation.updated_at = now_ms().max(conversation.updated_at);
        Ok(())
    })?;
    done("updated")
}

async fn meta(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
) -> Reply {
    let meta = app.read(|store| {
        Ok(store
            .website(&website_id)?
            .conversation(&session_id)?
            .meta
            .to_json())
    })?;
    ok("resolved", meta)
}

async fn update_meta(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
    JsonBody(update): JsonBody<MetaUpdate>,
) -> Reply {
    app.change(|store, events| {
        store
            .website_mut(&website_id)?
            .conversation_mut(&session_id)?
            .update_meta(update, now_ms(), events)
    })?;
    done("updated")
}

async fn routing(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
) -> Reply {
    let assigned = app.read(|store| {
        Ok(store
            .website(&website_id)?
            .conversation(&session_id)?
            .assigned
            .clone())
    })?;
    match assigned {
        Some(user_id) => ok("resolved", json!({"assigned": {"user_id": user_id}})),
        None => ok("resolved", json!({})),
    }
}

/// `{assigned: {user_id} | null, silent?}`: `assigned` must be sent; `null` unassigns.
async fn assign_routing(
    State(app): State<App>,
    Params((website_id, session_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<Value>,
) -> Reply {
    let user_id = match body.get("assigned") {
        Some(Value::Null) => None,
        Some(assigned) => match assigned.get("user_id").and_then(Value::as_str) {
            Some(user_id) => Some(user_id.to_owned()),
            None => return Err(ApiError::invalid("assigned.user_id must be a string")),
        },
        None => return Err(ApiError::invalid("assigned is required (null unassigns)")),
    };
    app.change(|store, _| {
        let website = store.website_mut(&website_id)?;
        if let Some(user_id) = &user_id {
            website.operator(user_id)?;
        }
        let conversation = website.conversation_mut(&session_id)?;
        conversation.assigned = user_id;
        conversation.updated_at = now_ms().max(conversation.updated_at);
        Ok(())
    })?;
    done("updated")
}
