//! The plugin lifecycle component end to end against the embedded sandbox, through the
//! public API: the websites and their typed settings loaded, a settings save followed
//! through `plugin:settings:saved`, a new subscription followed through
//! `plugin:subscription:updated` and a rebind no sooner than 2.5 s after the previous
//! bind, after which (and only after which) the new website's events arrive.

use std::time::Duration;

use crisp::rtm::RtmClient;
use crisp::rtm::plugin::{
    Change, Plugin, PluginConfig, PluginEvents, PluginPageRequest, REBIND_FLOOR, SettingsError,
};
use crisp::sandbox::Sandbox;
use crisp::types::event::{Event, EventName};
use crisp::types::plugin::subscription::PluginSettings as RawSettings;
use crisp::types::website::base::NewWebsite;
use crisp::types::website::conversation::{MessageFrom, NewMessage, Origin};
use crisp::types::{SessionId, WebsiteId};
use crisp_tests::sandbox::{PATIENCE, client, rtm_config};
use futures_util::StreamExt;
use tokio::sync::broadcast;
use tokio::time::{Instant, timeout};

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
struct Settings {
    greeting: String,
    #[serde(default)]
    enabled: bool,
}

async fn next_change(changes: &mut broadcast::Receiver<Change<Settings>>) -> Change<Settings> {
    timeout(PATIENCE, changes.recv())
        .await
        .expect("a change in time")
        .expect("no change missed")
}

/// Reads the stream until a `message:send` with `text` (any other item is skipped);
/// answers the texts of the `message:send` seen on the way.
async fn until_message(events: &mut PluginEvents<RtmClient>, text: &str) -> Vec<String> {
    let mut seen = Vec::new();
    timeout(PATIENCE, async {
        while let Some(item) = events.next().await {
            if let Ok(Event::MessageSend(message)) = item {
                let got = message.content.as_text().unwrap_or_default().to_owned();
                seen.push(got.clone());
                if got == text {
                    return;
                }
            }
        }
        panic!("the stream ended");
    })
    .await
    .unwrap_or_else(|_| panic!("no message {text:?} in time; saw {seen:?}"));
    seen
}

async fn visitor_says(rest: &crisp::Client, website: &WebsiteId, session: &SessionId, text: &str) {
    rest.website()
        .send_message_in_conversation(
            website,
            session,
            &NewMessage::text(MessageFrom::User, Origin::Chat, text),
        )
        .await
        .expect("message sent");
}

/// A sandbox with its seeded website subscribed to the plugin and a second website that
/// is not (when the plugin starts).
struct World {
    sandbox: Sandbox,
    rest: crisp::Client,
    seeded: WebsiteId,
    plugin_id: crisp::types::PluginId,
    second: WebsiteId,
}

impl World {
    async fn start() -> Self {
        let sandbox = Sandbox::start().await.unwrap();
        let rest = client(&sandbox);
        let seeded = sandbox.website_id();
        let plugin_id = rest
            .plugin()
            .get_connect_account()
            .await
            .unwrap()
            .plugin_id
            .unwrap();
        let second = rest
            .website()
            .create_website(&NewWebsite::new("Second", "second.example"))
            .await
            .unwrap()
            .website_id
            .unwrap();
        rest.plugin()
            .unsubscribe_plugin_from_website(&second, &plugin_id)
            .await
            .unwrap();
        World {
            sandbox,
            rest,
            seeded,
            plugin_id,
            second,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_plugin_follows_settings_and_subscriptions_and_rebinds() {
    let World {
        sandbox,
        rest,
        seeded,
        plugin_id,
        second,
    } = World::start().await;
    let session = rest
        .website()
        .create_new_conversation(&second)
        .await
        .unwrap()
        .session_id;

    // Start: the seeded website with its typed settings, not the second one.
    let plugin = Plugin::<Settings>::load(rest.clone(), PluginConfig::new(plugin_id.clone()))
        .await
        .unwrap();
    assert_eq!(plugin.len(), 1);
    let website = plugin.get(&seeded).expect("the seeded website");
    assert_eq!(
        *website.settings().unwrap().value(),
        Settings {
            greeting: "Hello from Sandbox!".to_owned(),
            enabled: true
        }
    );
    assert!(plugin.get(&second).is_none());

    // The settings page check with the website's real token (read as Crisp sends it).
    let token = rest
        .plugin()
        .get_subscription_settings(&seeded, &plugin_id)
        .await
        .unwrap()
        .token
        .unwrap();
    let page =
        PluginPageRequest::from_query(&format!("?website_id={seeded}&token={token}&locale=en"))
            .unwrap();
    assert!(plugin.verify_request(&page).is_ok());
    assert!(plugin.verify_page(&seeded, &format!("{token}x")).is_err());

    let mut changes = plugin.changes();
    let mut events = plugin.attach(RtmClient::connect(rtm_config(
        &sandbox,
        [EventName::MessageSend],
    )));
    timeout(PATIENCE, events.get_ref().ready())
        .await
        .unwrap()
        .unwrap();
    let bound_at = Instant::now();

    // Save settings: the cache follows through `plugin:settings:saved`.
    let saved = RawSettings::new()
        .set("greeting", "Bonjour")
        .set("enabled", false);
    rest.plugin()
        .save_subscription_settings(&seeded, &plugin_id, &saved)
        .await
        .unwrap();
    let reader = tokio::spawn(async move {
        // Keep the stream read (the component runs while it is).
        let seen = until_message(&mut events, "after the rebind").await;
        (events, seen)
    });
    let Change::Updated { old, new } = next_change(&mut changes).await else {
        panic!("expected the seeded website updated")
    };
    assert_eq!(old.settings().unwrap().greeting, "Hello from Sandbox!");
    assert_eq!(new.settings().unwrap().greeting, "Bonjour");
    assert!(!new.settings().unwrap().enabled);
    assert_eq!(
        plugin.get(&seeded).unwrap().settings().unwrap().greeting,
        "Bonjour"
    );

    // Subscribe the second website: added (its empty settings do not fit the type: a typed
    // error for that website alone), then a rebind.
    rest.plugin()
        .subscribe_website_to_plugin(&second, &plugin_id)
        .await
        .unwrap();
    let Change::Added(added) = next_change(&mut changes).await else {
        panic!("expected the second website added")
    };
    assert_eq!(added.website_id(), &second);
    assert!(matches!(
        added.settings(),
        Err(SettingsError::Decode { .. })
    ));
    assert!(plugin.get(&seeded).unwrap().settings().is_ok());

    // Before the rebind the socket does not see the new website: this message is not
    // delivered (checked below) as long as it is sent well before the rebind.
    visitor_says(&rest, &second, &session, "before the rebind").await;
    let sent_before_at = Instant::now();

    let Change::Rebound { added, removed } = next_change(&mut changes).await else {
        panic!("expected a rebind")
    };
    let rebound_at = Instant::now();
    assert_eq!(added, std::slice::from_ref(&second));
    assert!(removed.is_empty());
    assert!(
        rebound_at >= bound_at + REBIND_FLOOR,
        "rebound {:?} after the authentication",
        rebound_at - bound_at
    );

    // After the rebind the new website's events arrive.
    tokio::time::sleep(Duration::from_millis(300)).await;
    visitor_says(&rest, &second, &session, "after the rebind").await;
    let (mut events, seen) = timeout(PATIENCE, reader).await.unwrap().unwrap();
    if rebound_at > sent_before_at + Duration::from_millis(500) {
        assert_eq!(
            seen,
            ["after the rebind"],
            "events of a website not bound yet arrived"
        );
    }

    // Settings saved for the second website now fit.
    let saved = RawSettings::new().set("greeting", "Hi");
    rest.plugin()
        .save_subscription_settings(&second, &plugin_id, &saved)
        .await
        .unwrap();
    // Keep reading the stream: the component runs while it is read.
    let follow = tokio::spawn(async move { while events.next().await.is_some() {} });
    let Change::Updated { new, .. } = next_change(&mut changes).await else {
        panic!("expected the second website updated")
    };
    assert_eq!(new.settings().unwrap().greeting, "Hi");
    follow.abort();
}

/// A binder for a stream the test feeds: always bound (`Active`), rebinds counted.
struct FedBinder {
    state: tokio::sync::watch::Sender<crisp::rtm::ConnectionState>,
    rebinds: std::sync::Arc<std::sync::atomic::AtomicU32>,
}

impl crisp::rtm::plugin::Binder for FedBinder {
    fn rebind(&self) -> Result<(), crisp::rtm::RtmError> {
        self.rebinds
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Ok(())
    }

    fn watch_state(&self) -> tokio::sync::watch::Receiver<crisp::rtm::ConnectionState> {
        self.state.subscribe()
    }
}

/// Subscriptions that changed while the session was lost (no event told the component)
/// are caught up on when the stream says `Restored`: *List Connect Websites Since*, the
/// new website added, the unsubscribed one removed, and no rebind (the authentication
/// that ended the gap bound afresh).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_session_is_caught_up_through_the_websites_changed_since() {
    use crisp::rtm::{ConnectionState, RtmError};
    use std::time::SystemTime;

    let World {
        sandbox: _sandbox,
        rest,
        seeded,
        plugin_id,
        second,
    } = World::start().await;
    let plugin = Plugin::<Settings>::load(rest.clone(), PluginConfig::new(plugin_id.clone()))
        .await
        .unwrap();
    assert!(plugin.get(&seeded).is_some() && plugin.get(&second).is_none());
    let mut changes = plugin.changes();

    let (feed, items) = tokio::sync::mpsc::unbounded_channel::<Result<Event, RtmError>>();
    let items = futures_util::stream::unfold(items, |mut items| async move {
        items.recv().await.map(|item| (item, items))
    });
    let rebinds = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let binder = FedBinder {
        state: tokio::sync::watch::channel(ConnectionState::Active).0,
        rebinds: std::sync::Arc::clone(&rebinds),
    };
    let mut events = plugin.attach_to(Box::pin(items), binder);
    let reader = tokio::spawn(async move {
        let mut restored = 0;
        while let Some(item) = events.next().await {
            restored += usize::from(matches!(item, Err(RtmError::Restored { .. })));
        }
        restored
    });

    // The session is lost; meanwhile the subscriptions change, and no event says so.
    let lost_at = SystemTime::now();
    rest.plugin()
        .subscribe_website_to_plugin(&second, &plugin_id)
        .await
        .unwrap();
    rest.plugin()
        .unsubscribe_plugin_from_website(&seeded, &plugin_id)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(
        plugin.get(&seeded).is_some() && plugin.get(&second).is_none(),
        "nothing told the component yet"
    );

    feed.send(Err(RtmError::Restored {
        lost_at,
        last_event_at: None,
        restored_at: SystemTime::now(),
        attempts: 2,
    }))
    .unwrap();
    let (mut added, mut removed) = (false, false);
    while !(added && removed) {
        match next_change(&mut changes).await {
            Change::Added(website) if website.website_id() == &second => added = true,
            Change::Removed(website) if website.website_id() == &seeded => removed = true,
            Change::Rebound { .. } => panic!("the authentication that ended the gap bound"),
            _ => {}
        }
    }
    assert!(
        plugin.get(&second).is_some(),
        "the new website is in the cache"
    );
    assert!(
        plugin.get(&seeded).is_none(),
        "the unsubscribed one is gone"
    );
    // The re-authentication bound afresh: the catch-up asks for no rebind.
    tokio::time::sleep(REBIND_FLOOR + Duration::from_millis(200)).await;
    assert_eq!(rebinds.load(std::sync::atomic::Ordering::SeqCst), 0);

    // The stream itself is passed through untouched: the reader saw the `Restored`.
    drop(feed);
    assert_eq!(timeout(PATIENCE, reader).await.unwrap().unwrap(), 1);
}
