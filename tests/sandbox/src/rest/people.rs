//! People profiles: statistics, list (paged, searched, sorted), add, check, get, save,
//! update, remove, and the conversations of a profile.
//!
//! A profile is found by its `people_id` or by its email, as Crisp allows.

use std::cmp::Reverse;

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use serde_json::{Map, Value, json};

use crate::app::App;
use crate::clock::now_ms;
use crate::envelope::{ApiError, JsonBody, Params, Reply, done, ok, page_number, paginate};
use crate::hub::Events;
use crate::ids;
use crate::query::Query;
use crate::state::{Profile, Website, Write, card};

/// Profiles per page.
const PER_PAGE: usize = 20;

pub(crate) fn routes() -> Router<App> {
    let people = "/v1/website/{website_id}/people";
    Router::new()
        .route(&format!("{people}/stats"), get(stats))
        .route(&format!("{people}/profiles/{{page_number}}"), get(list))
        .route(&format!("{people}/profile"), post(add))
        .route(
            &format!("{people}/profile/{{people_id}}"),
            get(fetch).put(save).patch(update).delete(remove),
        )
        .route(
            &format!("{people}/conversations/{{people_id}}/list/{{page_number}}"),
            get(conversations),
        )
}

/// 409 `people_exists`: another profile has the email.
fn exists() -> ApiError {
    ApiError::new(StatusCode::CONFLICT, "people_exists")
}

async fn stats(State(app): State<App>, Params(website_id): Params<String>) -> Reply {
    let total = app.read(|store| Ok(store.website(&website_id)?.people.len()))?;
    ok("resolved", json!({ "total": total }))
}

async fn list(
    State(app): State<App>,
    Params((website_id, page)): Params<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Reply {
    let page = page_number(&page)?;
    let query = Query::parse(raw.as_deref());
    let search = query.get("search_text").map(str::to_lowercase);
    let descending = query.get("sort_order") == Some("descending");
    let field = query.get("sort_field").unwrap_or("created_at").to_owned();
    let items = app.read(|store| {
        let website = store.website(&website_id)?;
        let mut list: Vec<&Profile> = website
            .people
            .iter()
            .filter(|p| search.as_deref().is_none_or(|text| p.matches(text)))
            .collect();
        match field.as_str() {
            "email" => list.sort_by(|a, b| a.email().cmp(&b.email())),
            "nickname" => list.sort_by(|a, b| a.nickname().cmp(&b.nickname())),
            "updated_at" => list.sort_by_key(|p| p.updated_at),
            _ => list.sort_by_key(|p| p.created_at),
        }
        if descending {
            list.reverse();
        }
        Ok(paginate(list, page, PER_PAGE)
            .into_iter()
            .map(Profile::to_json)
            .collect::<Vec<_>>())
    })?;
    ok("listed", Value::Array(items))
}

/// The `people:profile:*` payload: `{website_id, people_id, email?}` and `extra`.
fn profile_event(
    events: &mut Events,
    name: &str,
    website: &Website,
    profile: &Profile,
    extra: Option<(&str, Value)>,
) {
    let mut data = Map::new();
    data.insert("website_id".to_owned(), json!(website.website_id));
    data.insert("people_id".to_owned(), json!(profile.people_id));
    if let Some(email) = profile.email() {
        data.insert("email".to_owned(), json!(email));
    }
    if let Some((key, value)) = extra {
        data.insert(key.to_owned(), value);
    }
    events.push(name, &website.website_id, Value::Object(data));
}

async fn add(
    State(app): State<App>,
    Params(website_id): Params<String>,
    JsonBody(body): JsonBody<Value>,
) -> Reply {
    let card = card(body, Write::Replace)?;
    let people_id = app.change(|store, events| {
        let website = store.website_mut(&website_id)?;
        if let Some(email) = card.get("email").and_then(Value::as_str) {
            if website.email_taken(email, None) {
                return Err(exists());
            }
        }
        let now = now_ms();
        let profile = Profile {
            people_id: ids::uuid(),
            card,
            created_at: now,
            updated_at: now,
        };
        profile_event(events, "people:profile:created", website, &profile, None);
        let people_id = profile.people_id.clone();
        website.people.push(profile);
        Ok(people_id)
    })?;
    ok("added", json!({ "people_id": people_id }))
}

async fn fetch(
    State(app): State<App>,
    Params((website_id, people_id)): Params<(String, String)>,
) -> Reply {
    let profile = app.read(|store| {
        let website = store.website(&website_id)?;
        let index = website.profile_index(&people_id)?;
        Ok(website.people[index].to_json())
    })?;
    ok("resolved", profile)
}

/// Save (replace) or update (merge) a profile: `people:profile:updated` with the card
/// sent and `updated_at` as `update`.
fn write(app: &App, website_id: &str, people_id: &str, body: Value, write: Write) -> Reply {
    let card = card(body, write)?;
    app.change(|store, events| {
        let website = store.website_mut(website_id)?;
        let index = website.profile_index(people_id)?;
        let own_id = website.people[index].people_id.clone();
        if let Some(email) = card.get("email").and_then(Value::as_str) {
            if website.email_taken(email, Some(&own_id)) {
                return Err(exists());
            }
        }
        let now = now_ms();
        let mut update = card.clone();
        update.insert("updated_at".to_owned(), json!(now));
        website.people[index].write(card, write, now);
        let profile = website.people[index].clone();
        profile_event(
            events,
            "people:profile:updated",
            website,
            &profile,
            Some(("update", Value::Object(update))),
        );
        Ok(())
    })?;
    done("updated")
}

async fn save(
    State(app): State<App>,
    Params((website_id, people_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<Value>,
) -> Reply {
    write(&app, &website_id, &people_id, body, Write::Replace)
}

async fn update(
    State(app): State<App>,
    Params((website_id, people_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<Value>,
) -> Reply {
    write(&app, &website_id, &people_id, body, Write::Merge)
}

async fn remove(
    State(app): State<App>,
    Params((website_id, people_id)): Params<(String, String)>,
) -> Reply {
    app.change(|store, events| {
        let website = store.website_mut(&website_id)?;
        let index = website.profile_index(&people_id)?;
        let profile = website.people.remove(index);
        profile_event(events, "people:profile:removed", website, &profile, None);
        Ok(())
    })?;
    done("deleted")
}

/// The session ids of the conversations whose visitor email is the profile's.
async fn conversations(
    State(app): State<App>,
    Params((website_id, people_id, page)): Params<(String, String, String)>,
) -> Reply {
    let page = page_number(&page)?;
    let sessions = app.read(|store| {
        let website = store.website(&website_id)?;
        let index = website.profile_index(&people_id)?;
        let email = website.people[index].email();
        let mut conversations: Vec<_> = website
            .conversations
            .values()
            .filter(|c| email.is_some() && c.meta.email.as_deref() == email)
            .collect();
        conversations.sort_by_key(|c| Reverse(c.updated_at));
        Ok(paginate(conversations, page, PER_PAGE)
            .into_iter()
            .map(|c| json!(c.session_id))
            .collect::<Vec<_>>())
    })?;
    ok("listed", Value::Array(sessions))
}
