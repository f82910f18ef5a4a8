//! The plugin lifecycle component against wiremock (REST) and a binder double (the
//! realtime side): paging to the empty page, per-website settings errors, refresh of only
//! the website concerned, rebind coalescing on tokio's paused clock, page verification.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crisp_core::Credentials;
use crisp_rtm::plugin::{
    Binder, Change, PageAuthError, Plugin, PluginConfig, PluginPageRequest, REBIND_FLOOR,
    SettingsError,
};
use crisp_rtm::{ConnectionState, RtmError};
use crisp_types::event::Event;
use crisp_types::{PluginId, WebsiteId};
use futures_util::StreamExt;
use serde_json::{Value, json};
use tokio::sync::{mpsc, watch};
use tokio::time::{Instant, timeout};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PLUGIN: &str = "8e8ff9c2-9a1b-4b4b-8a37-6f1d2e3c4b5a";

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
struct Settings {
    greeting: String,
    #[serde(default)]
    enabled: bool,
}

fn ok(data: Value) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(json!({"error": false, "reason": "listed", "data": data}))
}

fn connect_entry(website: &str) -> Value {
    json!({"website_id": website, "token": format!("list-token-{website}"), "settings": {}})
}

fn settings_answer(website: &str, token: &str, settings: Value) -> ResponseTemplate {
    ok(
        json!({"plugin_id": PLUGIN, "website_id": website, "token": token, "schema": {}, "settings": settings}),
    )
}

async fn mount_page(server: &MockServer, page: u32, websites: &[&str]) {
    let items: Vec<Value> = websites.iter().map(|w| connect_entry(w)).collect();
    Mock::given(method("GET"))
        .and(path(format!("/v1/plugin/connect/websites/all/{page}")))
        .respond_with(ok(Value::Array(items)))
        .expect(1)
        .mount(server)
        .await;
}

async fn mount_settings(server: &MockServer, website: &str, answer: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(format!(
            "/v1/plugins/subscription/{website}/{PLUGIN}/settings"
        )))
        .respond_with(answer)
        .mount(server)
        .await;
}

fn rest(server: &MockServer) -> crisp_rest::Client {
    crisp_rest::Client::builder()
        .credentials(Credentials::plugin("identifier", "key"))
        .base_url(format!("{}/v1/", server.uri()))
        .retry(crisp_core::RetryPolicy::none())
        .build()
        .unwrap()
}

fn config() -> PluginConfig {
    PluginConfig::new(PluginId::new(PLUGIN))
}

/// Requests made to `route` so far.
async fn hits(server: &MockServer, route: &str) -> usize {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == route)
        .count()
}

fn settings_route(website: &str) -> String {
    format!("/v1/plugins/subscription/{website}/{PLUGIN}/settings")
}

/// A server with websites `a` (fits), `b` (does not fit) and `c` (settings refused), over
/// two pages and an empty third.
async fn three_websites() -> MockServer {
    let server = MockServer::start().await;
    mount_page(&server, 1, &["a", "b"]).await;
    mount_page(&server, 2, &["c"]).await;
    mount_page(&server, 3, &[]).await;
    Mock::given(method("GET"))
        .and(path("/v1/plugin/connect/websites/all/4"))
        .respond_with(ok(json!([])))
        .expect(0)
        .mount(&server)
        .await;
    mount_settings(
        &server,
        "a",
        settings_answer("a", "token-a", json!({"greeting": "hi", "enabled": true})),
    )
    .await;
    mount_settings(
        &server,
        "b",
        settings_answer("b", "token-b", json!({"greeting": 42})),
    )
    .await;
    mount_settings(
        &server,
        "c",
        ResponseTemplate::new(403)
            .set_body_json(json!({"error": true, "reason": "not_allowed", "data": {}})),
    )
    .await;
    server
}

#[tokio::test]
async fn loads_every_page_until_the_empty_one_and_reports_misfits_per_website() {
    let server = three_websites().await;
    let plugin = Plugin::<Settings>::load(rest(&server), config())
        .await
        .unwrap();
    assert_eq!(plugin.len(), 3);
    let a = plugin.get("a").unwrap();
    let settings = a.settings().unwrap();
    assert_eq!(settings.greeting, "hi");
    assert!(settings.enabled);
    assert!(a.has_token());
    match plugin.get("b").unwrap().settings() {
        Err(SettingsError::Decode { website_id, error }) => {
            assert_eq!(website_id.as_str(), "b");
            assert!(error.to_string().contains("invalid type"), "{error}");
        }
        other => panic!("b: {other:?}"),
    }
    // The raw settings stay readable when they do not fit.
    assert_eq!(
        plugin.get("b").unwrap().raw_settings().get("greeting"),
        Some(&json!(42))
    );
    match plugin.get("c").unwrap().settings() {
        Err(SettingsError::Load { error, .. }) => {
            assert_eq!(error.status().map(|s| s.as_u16()), Some(403))
        }
        other => panic!("c: {other:?}"),
    }
    // c fell back to the connect list's token.
    assert!(plugin.verify_page("c", "list-token-c").is_ok());
    let mut invalid: Vec<String> = plugin
        .invalid()
        .iter()
        .map(|e| e.website_id().to_string())
        .collect();
    invalid.sort();
    assert_eq!(invalid, ["b", "c"]);
    assert!(plugin.get("nope").is_none());
    // Each page once, page 4 never (the `expect`s are checked on drop).
    assert_eq!(hits(&server, &settings_route("a")).await, 1);
    server.verify().await;
}

#[tokio::test]
async fn a_list_that_never_ends_is_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path_regex(
            "^/v1/plugin/connect/websites/all/[0-9]+$",
        ))
        .respond_with(|request: &wiremock::Request| {
            // A different website on every page: never empty, never repeated.
            let page = request
                .url
                .path()
                .rsplit('/')
                .next()
                .unwrap_or("0")
                .to_owned();
            ok(json!([connect_entry(&format!("w{page}"))]))
        })
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(wiremock::matchers::path_regex("^/v1/plugins/subscription/"))
        .respond_with(settings_answer("w", "t", json!({"greeting": "x"})))
        .mount(&server)
        .await;
    let error = Plugin::<Settings>::load(rest(&server), config().max_pages(3))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            crisp_rtm::plugin::PluginError::TooManyPages { max_pages: 3 }
        ),
        "{error}"
    );
}

#[tokio::test]
async fn a_failing_page_fails_the_load() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/plugin/connect/websites/all/1"))
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"error": true, "reason": "invalid_session", "data": {}})),
        )
        .mount(&server)
        .await;
    let error = Plugin::<Settings>::load(rest(&server), config())
        .await
        .unwrap_err();
    assert!(
        matches!(error, crisp_rtm::plugin::PluginError::List(_)),
        "{error}"
    );
}

/// A binder double: records rebinds, lets the test move the connection state.
#[derive(Clone)]
struct FakeBinder {
    rebinds: Arc<Mutex<Vec<Instant>>>,
    state: Arc<watch::Sender<ConnectionState>>,
}

impl FakeBinder {
    fn new(state: ConnectionState) -> Self {
        FakeBinder {
            rebinds: Arc::default(),
            state: Arc::new(watch::channel(state).0),
        }
    }

    fn rebinds(&self) -> Vec<Instant> {
        self.rebinds.lock().unwrap().clone()
    }
}

impl Binder for FakeBinder {
    fn rebind(&self) -> Result<(), RtmError> {
        self.rebinds.lock().unwrap().push(Instant::now());
        Ok(())
    }

    fn watch_state(&self) -> watch::Receiver<ConnectionState> {
        self.state.subscribe()
    }
}

type Feed = mpsc::UnboundedSender<Result<Event, RtmError>>;

/// A stream fed by hand, with the component on it, read in the background.
fn attach(
    plugin: &Plugin<Settings>,
    binder: FakeBinder,
) -> (Feed, tokio::task::JoinHandle<Vec<String>>) {
    let (feed, mut rx) = mpsc::unbounded_channel();
    let stream = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    let mut events = plugin.attach_to(stream, binder);
    let reader = tokio::spawn(async move {
        let mut names = Vec::new();
        while let Some(item) = events.next().await {
            names.push(item.map_or_else(|e| e.to_string(), |e| e.name().to_owned()));
        }
        names
    });
    (feed, reader)
}

fn event(name: &str, data: Value) -> Result<Event, RtmError> {
    Ok(Event::decode_value(name, data).unwrap())
}

async fn next_change(
    changes: &mut tokio::sync::broadcast::Receiver<Change<Settings>>,
) -> Change<Settings> {
    timeout(Duration::from_secs(10), changes.recv())
        .await
        .expect("a change in time")
        .unwrap()
}

#[tokio::test]
async fn settings_saved_reloads_only_that_website_and_every_event_passes_through() {
    let server = MockServer::start().await;
    mount_page(&server, 1, &["a", "b"]).await;
    mount_page(&server, 2, &[]).await;
    Mock::given(method("GET"))
        .and(path(settings_route("a")))
        .respond_with(settings_answer(
            "a",
            "token-a",
            json!({"greeting": "before"}),
        ))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    mount_settings(
        &server,
        "a",
        settings_answer("a", "token-a2", json!({"greeting": "after"})),
    )
    .await;
    mount_settings(
        &server,
        "b",
        settings_answer("b", "token-b", json!({"greeting": "b"})),
    )
    .await;
    let plugin = Plugin::<Settings>::load(rest(&server), config())
        .await
        .unwrap();
    assert_eq!(
        plugin.get("a").unwrap().settings().unwrap().greeting,
        "before"
    );
    let snapshot = plugin.websites();
    let mut changes = plugin.changes();
    let mut version = plugin.watch();
    let binder = FakeBinder::new(ConnectionState::Active);
    let (feed, reader) = attach(&plugin, binder.clone());
    feed.send(event("message:send", json!({"website_id": "a", "session_id": "session_1", "type": "text", "from": "user", "origin": "chat", "content": "x", "fingerprint": 1, "timestamp": 2}))).unwrap();
    // Another plugin's event is not ours: nothing reloads.
    feed.send(event(
        "plugin:settings:saved",
        json!({"website_id": "b", "plugin_id": "someone-else", "settings": {}}),
    ))
    .unwrap();
    feed.send(event(
        "plugin:settings:saved",
        json!({"website_id": "a", "plugin_id": PLUGIN, "settings": {"greeting": "after"}}),
    ))
    .unwrap();
    let Change::Updated { old, new } = next_change(&mut changes).await else {
        panic!()
    };
    assert_eq!(old.settings().unwrap().greeting, "before");
    assert_eq!(new.settings().unwrap().greeting, "after");
    assert!(version.has_changed().unwrap());
    version.mark_unchanged();
    assert_eq!(
        plugin.get("a").unwrap().settings().unwrap().greeting,
        "after"
    );
    // The new token is the one checked now.
    assert!(plugin.verify_page("a", "token-a2").is_ok());
    assert!(plugin.verify_page("a", "token-a").is_err());
    // A snapshot taken before is not changed.
    assert_eq!(snapshot["a"].settings().unwrap().greeting, "before");
    assert_eq!(hits(&server, &settings_route("a")).await, 2);
    assert_eq!(
        hits(&server, &settings_route("b")).await,
        1,
        "b is not reloaded"
    );
    // No website added or removed: no rebind.
    assert!(binder.rebinds().is_empty());
    drop(feed);
    let names = timeout(Duration::from_secs(5), reader)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        names,
        [
            "message:send",
            "plugin:settings:saved",
            "plugin:settings:saved"
        ]
    );
}

#[tokio::test]
async fn a_subscription_loads_the_new_website_and_rebinds() {
    let server = MockServer::start().await;
    mount_page(&server, 1, &["a"]).await;
    mount_page(&server, 2, &[]).await;
    mount_settings(
        &server,
        "a",
        settings_answer("a", "token-a", json!({"greeting": "a"})),
    )
    .await;
    mount_settings(
        &server,
        "n",
        settings_answer("n", "token-n", json!({"greeting": "new"})),
    )
    .await;
    let plugin = Plugin::<Settings>::load(rest(&server), config())
        .await
        .unwrap();
    let mut changes = plugin.changes();
    let binder = FakeBinder::new(ConnectionState::Active);
    let attached = Instant::now();
    let (feed, _reader) = attach(&plugin, binder.clone());
    feed.send(event(
        "plugin:subscription:updated",
        json!({"website_id": "n", "plugin_id": PLUGIN, "bound": true}),
    ))
    .unwrap();
    let Change::Added(website) = next_change(&mut changes).await else {
        panic!()
    };
    assert_eq!(website.website_id().as_str(), "n");
    assert_eq!(plugin.get("n").unwrap().settings().unwrap().greeting, "new");
    let Change::Rebound { added, removed } = next_change(&mut changes).await else {
        panic!()
    };
    assert_eq!(added, [WebsiteId::new("n")]);
    assert!(removed.is_empty());
    let rebinds = binder.rebinds();
    assert_eq!(rebinds.len(), 1);
    assert!(
        rebinds[0] >= attached + REBIND_FLOOR,
        "no sooner than the floor after the bind"
    );
    assert_eq!(
        hits(&server, &settings_route("a")).await,
        1,
        "a is not reloaded"
    );
}

#[tokio::test]
async fn rebinds_are_coalesced_and_floored_on_a_paused_clock() {
    const WEBSITES: [&str; 6] = ["a", "b", "c", "d", "e", "f"];
    let server = MockServer::start().await;
    mount_page(&server, 1, &WEBSITES).await;
    mount_page(&server, 2, &[]).await;
    for website in WEBSITES {
        mount_settings(
            &server,
            website,
            settings_answer(website, "t", json!({"greeting": website})),
        )
        .await;
    }
    let plugin = Plugin::<Settings>::load(rest(&server), config())
        .await
        .unwrap();
    // From here no REST call is made (removals need none): the clock can be paused.
    tokio::time::pause();
    let mut changes = plugin.changes();
    let binder = FakeBinder::new(ConnectionState::Connecting { attempt: 1 });
    let (feed, _reader) = attach(&plugin, binder.clone());
    let unbound = |website: &str| {
        event(
            "plugin:subscription:updated",
            json!({"website_id": website, "plugin_id": PLUGIN, "bound": false}),
        )
    };
    let near = |at: Instant, want: Instant| at >= want && at <= want + Duration::from_millis(2);

    // Not bound yet: the coming authentication binds afresh, no rebind is wanted.
    feed.send(unbound("d")).unwrap();
    assert!(matches!(
        next_change(&mut changes).await,
        Change::Removed(_)
    ));
    binder.state.send_replace(ConnectionState::Active);
    let bound_at = Instant::now();
    tokio::time::sleep(Duration::from_millis(10)).await;

    // Three removals within a second of the bind: one rebind, at the floor.
    for website in ["a", "b", "c"] {
        feed.send(unbound(website)).unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert_eq!(plugin.len(), 2);
    tokio::time::sleep_until(bound_at + REBIND_FLOOR - Duration::from_millis(5)).await;
    assert!(binder.rebinds().is_empty(), "not before the floor");
    tokio::time::sleep_until(bound_at + REBIND_FLOOR + Duration::from_millis(5)).await;
    let rebinds = binder.rebinds();
    assert_eq!(rebinds.len(), 1, "three changes, one rebind");
    assert!(
        near(rebinds[0], bound_at + REBIND_FLOOR),
        "{:?}",
        rebinds[0] - bound_at
    );
    loop {
        if let Change::Rebound { removed, added } = next_change(&mut changes).await {
            let removed: Vec<&str> = removed.iter().map(WebsiteId::as_str).collect();
            assert_eq!(removed, ["a", "b", "c"]);
            assert!(added.is_empty());
            break;
        }
    }

    // A change right after the rebind waits for the floor after that rebind.
    feed.send(unbound("e")).unwrap();
    tokio::time::sleep_until(rebinds[0] + REBIND_FLOOR - Duration::from_millis(5)).await;
    assert_eq!(binder.rebinds().len(), 1);
    tokio::time::sleep_until(rebinds[0] + REBIND_FLOOR + Duration::from_millis(5)).await;
    let rebinds = binder.rebinds();
    assert_eq!(rebinds.len(), 2);
    assert!(
        near(rebinds[1], rebinds[0] + REBIND_FLOOR),
        "{:?}",
        rebinds[1] - rebinds[0]
    );

    // A change pending when the session reconnects is covered by the authentication.
    feed.send(unbound("f")).unwrap();
    tokio::time::sleep(Duration::from_millis(10)).await;
    assert!(plugin.get("f").is_none());
    binder
        .state
        .send_replace(ConnectionState::Connecting { attempt: 2 });
    tokio::time::sleep(Duration::from_millis(10)).await;
    binder.state.send_replace(ConnectionState::Active);
    tokio::time::sleep(REBIND_FLOOR * 2).await;
    assert_eq!(
        binder.rebinds().len(),
        2,
        "no rebind after a fresh authentication"
    );

    // A website not in the cache changes nothing: no rebind.
    feed.send(unbound("zzz")).unwrap();
    tokio::time::sleep(REBIND_FLOOR * 2).await;
    assert_eq!(binder.rebinds().len(), 2);
}

#[tokio::test]
async fn pages_are_verified_in_constant_time_without_echoing_tokens() {
    let server = three_websites().await;
    let plugin = Plugin::<Settings>::load(rest(&server), config())
        .await
        .unwrap();
    assert_eq!(
        plugin
            .verify_page("a", "token-a")
            .unwrap()
            .website_id()
            .as_str(),
        "a"
    );
    // Same length, one byte off (first and last).
    for wrong in ["Xoken-a", "token-X"] {
        let error = plugin.verify_page("a", wrong).unwrap_err();
        assert_eq!(
            error,
            PageAuthError::BadToken {
                website_id: WebsiteId::new("a")
            }
        );
        assert_eq!(error.status(), 401);
        let text = format!("{error} {error:?}");
        assert!(!text.contains("token-a") && !text.contains(wrong), "{text}");
    }
    // Another length, empty, a website not subscribed.
    assert!(matches!(
        plugin.verify_page("a", "token-a-longer"),
        Err(PageAuthError::BadToken { .. })
    ));
    assert!(matches!(
        plugin.verify_page("a", "tok"),
        Err(PageAuthError::BadToken { .. })
    ));
    assert_eq!(
        plugin.verify_page("a", "").unwrap_err(),
        PageAuthError::MissingToken
    );
    let unknown = plugin.verify_page("zzz", "token-a").unwrap_err();
    assert_eq!(unknown.status(), 404);
    assert!(!unknown.to_string().contains("token-a"));
    // Another website's token is not this one's.
    assert!(plugin.verify_page("b", "token-a").is_err());
    assert!(plugin.verify_page("b", "token-b").is_ok());
    // From the query Crisp adds to a settings page URL.
    let request =
        PluginPageRequest::from_query("?website_id=a&token=token-a&locale=en&session_id=session_x")
            .unwrap();
    assert_eq!(
        plugin
            .verify_request(&request)
            .unwrap()
            .website_id()
            .as_str(),
        "a"
    );
    assert!(!format!("{request:?}").contains("token-a"));
    let forged = PluginPageRequest::from_query("website_id=a&token=token-b").unwrap();
    assert!(plugin.verify_request(&forged).is_err());
    // Debug of the cache and its websites never shows a token.
    let debug = format!("{plugin:?} {:?}", plugin.websites());
    assert!(
        !debug.contains("token-a") && !debug.contains("token-b"),
        "{debug}"
    );
}
