//! Plugin connect (account, session check, subscribed websites, endpoints), the
//! plugin subscription routes (subscribe, unsubscribe, settings read / save / update),
//! and the connect-endpoints routes realtime clients discover the socket.io endpoint
//! with.
//!
//! Every website is subscribed to the plugin when it is created
//! ([`state::plugin`](crate::state::plugin)); `POST /v1/plugins/subscription/{website_id}`
//! and `DELETE /v1/plugins/subscription/{website_id}/{plugin_id}` subscribe and
//! unsubscribe it and emit `plugin:subscription:updated` (`bound` true / false); saving or
//! updating its settings emits `plugin:settings:saved`. A website is "configured" when its
//! settings are not empty. Only the sandbox's own plugin (its credentials' plugin, *Get
//! Connect Account*) is modelled: the subscription routes of another plugin id are
//! accepted and change nothing (its settings read as `{}`).

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::routing::{get, head, post};
use serde_json::{Map, Value, json};

use crate::app::App;
use crate::clock::{now_ms, parse_rfc3339_ms};
use crate::envelope::{ApiError, JsonBody, Params, Reply, done, ok, page_number, paginate};
use crate::query::Query;
use crate::state::{Store, Website};

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
        .route("/v1/plugins/subscription/{website_id}", post(subscribe))
        .route(
            "/v1/plugins/subscription/{website_id}/{plugin_id}",
            axum::routing::delete(unsubscribe),
        )
        .route(
            "/v1/plugins/subscription/{website_id}/{plugin_id}/settings",
            get(settings).put(save_settings).patch(update_settings),
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
fn connect_json(store: &Store, website: &Website, include_plan: bool) -> Map<String, Value> {
    let settings = store
        .subscriptions
        .get(&website.website_id)
        .map(|s| s.settings.clone())
        .unwrap_or_default();
    let mut out = Map::new();
    out.insert("website_id".to_owned(), json!(website.website_id));
    out.insert("token".to_owned(), json!(website.token));
    out.insert("settings".to_owned(), Value::Object(settings));
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
    let query = Query::parse(raw.as_deref());
    let include_plan = query.flag("include_plan");
    let only_configured = query.flag("filter_configured");
    let items = app.read(|store| {
        let mut websites: Vec<&Website> = store
            .websites
            .values()
            .filter(|w| subscribed(store, w, only_configured))
            .collect();
        websites.sort_by_key(|w| w.created_at);
        Ok(paginate(websites, page, PER_PAGE)
            .into_iter()
            .map(|w| Value::Object(connect_json(store, w, include_plan)))
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
    let only_configured = query.flag("filter_configured");
    let items = app.read(|store| {
        let since_of = |w: &Website| store.subscriptions.get(&w.website_id).map(|s| s.since);
        let mut added: Vec<&Website> = store
            .websites
            .values()
            .filter(|w| subscribed(store, w, only_configured))
            .filter(|w| since_of(w).is_some_and(after))
            .collect();
        added.sort_by_key(|w| since_of(w));
        let added = added.into_iter().map(|w| {
            let mut entry = connect_json(store, w, include_plan);
            entry.insert("difference".to_owned(), json!("added"));
            Value::Object(entry)
        });
        let removed = store
            .subscriptions
            .removed
            .iter()
            .filter(|(_, at)| after(*at))
            .map(|(id, _)| json!({"website_id": id, "difference": "removed"}));
        Ok(added.chain(removed).collect::<Vec<_>>())
    })?;
    ok("listed", Value::Array(items))
}

/// Whether `website` is subscribed (and configured, when asked).
fn subscribed(store: &Store, website: &Website, only_configured: bool) -> bool {
    store
        .subscriptions
        .get(&website.website_id)
        .is_some_and(|s| !only_configured || !s.settings.is_empty())
}

/// Whether `plugin_id` is the sandbox's own plugin (the only one modelled).
fn own_plugin(store: &Store, plugin_id: &str) -> bool {
    plugin_id == store.plugin_id
}

/// `{"plugin_id": …}`.
#[derive(Debug, serde::Deserialize)]
struct SubscribeBody {
    plugin_id: String,
}

/// `POST /plugins/subscription/{website_id}`: subscribes the website (its settings start
/// empty), emits `plugin:subscription:updated` with `bound: true`.
async fn subscribe(
    State(app): State<App>,
    Params(website_id): Params<String>,
    JsonBody(body): JsonBody<SubscribeBody>,
) -> Reply {
    app.change(|store, events| {
        store.website(&website_id)?;
        if own_plugin(store, &body.plugin_id)
            && store
                .subscriptions
            .subscribe(&website_id, Map::new(), now_ms())
        {
            events.push(
                "plugin:subscription:updated",
                &website_id,
                json!({"website_id": website_id, "plugin_id": body.plugin_id, "bound": true, "target": "website"}),
            );
        }
        Ok(())
    })?;
    done("subscribed")
}

/// `DELETE /plugins/subscription/{website_id}/{plugin_id}`: unsubscribes the website,
/// emits `plugin:subscription:updated` with `bound: false`.
async fn unsubscribe(
    State(app): State<App>,
    Params((website_id, plugin_id)): Params<(String, String)>,
) -> Reply {
    app.change(|store, events| {
        store.website(&website_id)?;
        if !own_plugin(store, &plugin_id) {
            return Ok(());
        }
        if !store.subscriptions.unsubscribe(&website_id, now_ms()) {
            return Err(ApiError::not_found("subscription_not_found"));
        }
        events.push(
            "plugin:subscription:updated",
            &website_id,
            json!({"website_id": website_id, "plugin_id": plugin_id, "bound": false, "target": "website"}),
        );
        Ok(())
    })?;
    done("unsubscribed")
}

/// `GET …/settings`: the settings with the website's token and a schema.
async fn settings(
    State(app): State<App>,
    Params((website_id, plugin_id)): Params<(String, String)>,
) -> Reply {
    let data = app.read(|store| {
        let website = store.website(&website_id)?;
        if !own_plugin(store, &plugin_id) {
            return Ok(json!({
                "plugin_id": plugin_id,
                "website_id": website_id,
                "schema": {"type": "object"},
                "settings": {},
            }));
        }
        let subscription = store
            .subscriptions
            .get(&website_id)
            .ok_or_else(|| ApiError::not_found("subscription_not_found"))?;
        Ok(json!({
            "plugin_id": plugin_id,
            "website_id": website_id,
            "token": website.token,
            "schema": {"type": "object"},
            "settings": subscription.settings,
        }))
    })?;
    ok("resolved", data)
}

/// Saves (`merge: false`, replaces) or updates (`merge: true`) the settings; emits
/// `plugin:settings:saved` with the settings now.
fn write_settings(app: &App, website_id: &str, plugin_id: &str, body: Value, merge: bool) -> Reply {
    let Value::Object(body) = body else {
        return Err(ApiError::invalid("the settings must be a JSON object"));
    };
    app.change(|store, events| {
        store.website(website_id)?;
        if !own_plugin(store, plugin_id) {
            return Ok(());
        }
        let subscription = store
            .subscriptions
            .get_mut(website_id)
            .ok_or_else(|| ApiError::not_found("subscription_not_found"))?;
        if merge {
            subscription.settings.extend(body);
        } else {
            subscription.settings = body;
        }
        events.push(
            "plugin:settings:saved",
            website_id,
            json!({"website_id": website_id, "plugin_id": plugin_id, "settings": subscription.settings}),
        );
        Ok(())
    })?;
    done("saved")
}

/// `PUT …/settings`.
async fn save_settings(
    State(app): State<App>,
    Params((website_id, plugin_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<Value>,
) -> Reply {
    write_settings(&app, &website_id, &plugin_id, body, false)
}

/// `PATCH …/settings`.
async fn update_settings(
    State(app): State<App>,
    Params((website_id, plugin_id)): Params<(String, String)>,
    JsonBody(body): JsonBody<Value>,
) -> Reply {
    write_settings(&app, &website_id, &plugin_id, body, true)
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
