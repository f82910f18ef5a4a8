//! Plugin connect (account, session check, connected websites, endpoints) and the
//! connect-endpoints routes realtime clients discover the socket.io endpoint with.
//!
//! Every website of the sandbox counts as connected to the plugin and configured.

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::routing::{get, head};
use serde_json::{Map, Value, json};

use crate::app::App;
use crate::clock::parse_rfc3339_ms;
use crate::envelope::{ApiError, Params, Reply, done, ok, page_number, paginate};
use crate::query::Query;
use crate::state::Website;

/// Websites per page.
const PER_PAGE: usize = 20;

pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/v1/plugin/connect/account", get(account))
        .route("/v1/plugin/connect/session", head(session))
        .route(
            "/v1/plugin/connect/websites/all/{page_number}",
            get(websites),
        )
        .route("/v1/plugin/connect/websites/since", get(websites_since))
        .route("/v1/plugin/connect/endpoints", get(endpoints))
        .route("/v1/website/connect/endpoints", get(endpoints))
        .route("/v1/user/connect/endpoints", get(endpoints))
        .route(
            "/v1/website/{website_id}/connect/endpoints",
            get(website_endpoints),
        )
}

async fn account(State(app): State<App>) -> Reply {
    let plugin_id = app.read(|store| Ok(store.plugin_id.clone()))?;
    ok("resolved", json!({ "plugin_id": plugin_id }))
}

/// The session is valid whenever the credentials are (checked before any route).
async fn session() -> Reply {
    done("resolved")
}

/// An entry of the connect website lists.
fn connect_json(website: &Website, include_plan: bool) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("website_id".to_owned(), json!(website.website_id));
    out.insert("token".to_owned(), json!(website.token));
    out.insert("settings".to_owned(), json!({}));
    if include_plan {
        out.insert(
            "plan".to_owned(),
            json!({"id": "sandbox", "name": "Sandbox", "trialing": false}),
        );
    }
    out
}

async fn websites(
    State(app): State<App>,
    Params(page): Params<String>,
    RawQuery(raw): RawQuery,
) -> Reply {
    let page = page_number(&page)?;
    let include_plan = Query::parse(raw.as_deref()).flag("include_plan");
    let items = app.read(|store| {
        let mut websites: Vec<&Website> = store.websites.values().collect();
        websites.sort_by_key(|w| w.created_at);
        Ok(paginate(websites, page, PER_PAGE)
            .into_iter()
            .map(|w| Value::Object(connect_json(w, include_plan)))
            .collect::<Vec<_>>())
    })?;
    ok("listed", Value::Array(items))
}

/// Websites added (`difference: "added"`) or removed (`"removed"`) since `date_since`
/// (RFC 3339; every website when absent).
async fn websites_since(State(app): State<App>, RawQuery(raw): RawQuery) -> Reply {
    let query = Query::parse(raw.as_deref());
    let since = match query.get("date_since") {
        Some(text) => parse_rfc3339_ms(text).ok_or_else(|| {
            ApiError::invalid(format!("date_since must be an RFC 3339 date, got {text:?}"))
        })?,
        None => i64::MIN,
    };
    let after = |time: u64| i64::try_from(time).unwrap_or(i64::MAX) >= since;
    let include_plan = query.flag("include_plan");
    let items = app.read(|store| {
        let mut added: Vec<&Website> = store
            .websites
            .values()
            .filter(|w| after(w.created_at))
            .collect();
        added.sort_by_key(|w| w.created_at);
        let added = added.into_iter().map(|w| {
            let mut entry = connect_json(w, include_plan);
            entry.insert("difference".to_owned(), json!("added"));
            Value::Object(entry)
        });
        let removed = store
            .removed
            .iter()
            .filter(|(_, at)| after(*at))
            .map(|(id, _)| json!({"website_id": id, "difference": "removed"}));
        Ok(added.chain(removed).collect::<Vec<_>>())
    })?;
    ok("listed", Value::Array(items))
}

/// `{socket: {app}, rescue: {socket: {app}}}`: the sandbox's socket.io endpoint.
fn endpoints_json(app: &App) -> Value {
    let url = app.rtm_url();
    json!({"socket": {"app": url}, "rescue": {"socket": {"app": url}}})
}

async fn endpoints(State(app): State<App>) -> Reply {
    ok("resolved", endpoints_json(&app))
}

async fn website_endpoints(State(app): State<App>, Params(website_id): Params<String>) -> Reply {
    app.read(|store| store.website(&website_id).map(|_| ()))?;
    ok("resolved", endpoints_json(&app))
}
