//! Websites: check by domain, create, get, delete.
//!
//! Deleting a website removes it at once (Crisp schedules the deletion and lets it be
//! aborted; the sandbox does not model the delay).

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::routing::{get, head};
use serde::Deserialize;

use crate::app::App;
use crate::clock::now_ms;
use crate::envelope::{ApiError, JsonBody, Params, Reply, done, ok};
use crate::query::Query;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/v1/website", head(check).post(create))
        .route("/v1/website/{website_id}", get(fetch).delete(remove))
}

/// `HEAD /website?domain=…`: 200 if a website has this domain, else 404.
async fn check(State(app): State<App>, RawQuery(raw): RawQuery) -> Reply {
    let query = Query::parse(raw.as_deref());
    let Some(domain) = query.get("domain") else {
        return Err(ApiError::invalid("domain is required"));
    };
    let found = app.read(|store| Ok(store.websites.values().any(|w| w.domain == domain)))?;
    if found {
        done("resolved")
    } else {
        Err(ApiError::not_found("website_not_found"))
    }
}

/// `{name, domain}`.
#[derive(Debug, Deserialize)]
struct CreateBody {
    name: String,
    domain: String,
}

async fn create(State(app): State<App>, JsonBody(body): JsonBody<CreateBody>) -> Reply {
    if body.name.trim().is_empty() || body.domain.trim().is_empty() {
        return Err(ApiError::invalid("name and domain must not be empty"));
    }
    let website = app.change(|store, _| {
        let website_id = store.add_website(&body.name, &body.domain, now_ms());
        Ok(store.website(&website_id)?.to_json())
    })?;
    ok("added", website)
}

async fn fetch(State(app): State<App>, Params(website_id): Params<String>) -> Reply {
    let website = app.read(|store| Ok(store.website(&website_id)?.to_json()))?;
    ok("resolved", website)
}

async fn remove(State(app): State<App>, Params(website_id): Params<String>) -> Reply {
    app.change(|store, _| store.remove_website(&website_id, now_ms()))?;
    done("deleted")
}
