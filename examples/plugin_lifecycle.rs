//! The plugin lifecycle in one component: every subscribed website and its typed settings
//! in memory, refreshed on `plugin:settings:saved` / `plugin:subscription:updated`, the
//! realtime socket rebound (no sooner than 2.5 s after the previous bind) when a website
//! subscribes, and the check of the `website_id` + `token` of a plugin settings page.
//!
//! ```text
//! cargo run --example plugin_lifecycle
//! ```
//!
//! Without credentials it runs against the embedded sandbox: it loads the seeded website,
//! saves new settings and sees the cache follow, subscribes a second website and sees the
//! socket rebound and that website's messages arrive, and verifies a settings page URL.
//!
//! With `CRISP_IDENTIFIER` and `CRISP_KEY` (a plugin token) it loads the plugin's websites
//! on Crisp, prints them (and those whose settings do not fit), then follows the changes
//! for `CRISP_FOLLOW_SECS` seconds (default 30). Optional: `CRISP_BASE_URL`.

use std::process::ExitCode;
use std::time::Duration;

use crisp::rtm::plugin::{Change, Plugin, PluginConfig, PluginPageRequest};
use crisp::rtm::{RtmClient, RtmConfig};
use crisp::sandbox::Sandbox;
use crisp::types::event::{Event, EventName};
use crisp::types::plugin::subscription::PluginSettings as RawSettings;
use crisp::types::website::base::NewWebsite;
use crisp::types::website::conversation::{MessageFrom, NewMessage, Origin};
use crisp::{Client, Credentials};
use futures_util::StreamExt;
use serde_json::Value;

type Failure = Box<dyn std::error::Error + Send + Sync>;

/// The settings of this plugin, as its settings page saves them.
#[derive(Debug, serde::Deserialize)]
struct Settings {
    greeting: String,
    #[serde(default)]
    enabled: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let result = match (var("CRISP_IDENTIFIER"), var("CRISP_KEY")) {
        (None, None) => match tokio::time::timeout(Duration::from_secs(40), offline()).await {
            Ok(result) => result,
            Err(_) => Err("no answer within 40 s".into()),
        },
        (Some(identifier), Some(key)) => live(identifier, key, var).await,
        _ => Err("set both CRISP_IDENTIFIER and CRISP_KEY, or neither".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("plugin_lifecycle: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The next change, within 15 s.
async fn next_change(
    changes: &mut tokio::sync::broadcast::Receiver<Change<Settings>>,
) -> Result<Change<Settings>, Failure> {
    Ok(tokio::time::timeout(Duration::from_secs(15), changes.recv()).await??)
}

async fn offline() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    println!(
        "plugin_lifecycle: no CRISP_IDENTIFIER / CRISP_KEY set, running against the embedded sandbox at {}",
        sandbox.base_url()
    );
    let rest = Client::builder()
        .credentials(sandbox.credentials())
        .base_url(sandbox.base_url())
        .build()?;
    let plugin_id = rest
        .plugin()
        .get_connect_account()
        .await?
        .plugin_id
        .ok_or("no plugin id")?;
    // A second website, not subscribed yet.
    let second = rest
        .website()
        .create_website(&NewWebsite::new("Second", "second.example"))
        .await?
        .website_id
        .ok_or("no website id")?;
    rest.plugin()
        .unsubscribe_plugin_from_website(&second, &plugin_id)
        .await?;

    // 1. Load every subscribed website and its typed settings.
    let plugin =
        Plugin::<Settings>::load(rest.clone(), PluginConfig::new(plugin_id.clone())).await?;
    for website in plugin.websites().values() {
        match website.settings() {
            Ok(settings) => println!(
                "loaded website {}: greeting {:?}, enabled {}",
                website.website_id(),
                settings.greeting,
                settings.enabled
            ),
            Err(error) => println!("loaded website {}: {error}", website.website_id()),
        }
    }

    // 2. Run it on the realtime client: one line.
    let mut changes = plugin.changes();
    let client = RtmClient::connect(
        RtmConfig::new(sandbox.credentials())
            .rest_base_url(sandbox.base_url())
            .events([EventName::MessageSend]),
    );
    let mut events = plugin.attach(client);
    tokio::time::timeout(Duration::from_secs(15), events.get_ref().ready()).await??;
    let bound_at = tokio::time::Instant::now();
    let (messages_tx, mut messages) = tokio::sync::mpsc::unbounded_channel();
    let reader = tokio::spawn(async move {
        while let Some(item) = events.next().await {
            if let Ok(Event::MessageSend(message)) = item {
                let text = message.content.as_text().unwrap_or_default().to_owned();
                let _ = messages_tx.send((message.website_id, text));
            }
        }
    });

    // 3. The settings page saves new settings: the cache follows the event.
    let seeded = sandbox.website_id();
    rest.plugin()
        .save_subscription_settings(
            &seeded,
            &plugin_id,
            &RawSettings::new()
                .set("greeting", "Bonjour")
                .set("enabled", true),
        )
        .await?;
    if let Change::Updated { new, .. } = next_change(&mut changes).await? {
        println!(
            "settings saved: website {} now greets {:?}",
            new.website_id(),
            new.settings().map(|s| s.greeting.as_str()).unwrap_or("?")
        );
    }

    // 4. A website subscribes: loaded, then the socket is rebound after the floor.
    rest.plugin()
        .subscribe_website_to_plugin(&second, &plugin_id)
        .await?;
    rest.plugin()
        .save_subscription_settings(
            &second,
            &plugin_id,
            &RawSettings::new().set("greeting", "Hi"),
        )
        .await?;
    loop {
        match next_change(&mut changes).await? {
            Change::Added(website) => println!(
                "website {} subscribed ({})",
                website.website_id(),
                website
                    .settings()
                    .map_or_else(|e| e.to_string(), |s| format!("greeting {:?}", s.greeting))
            ),
            Change::Rebound { added, .. } => {
                println!(
                    "rebound the realtime socket {} ms after the authentication, for {} new website(s)",
                    bound_at.elapsed().as_millis(),
                    added.len()
                );
                break;
            }
            _ => {}
        }
    }
    let session = rest
        .website()
        .create_new_conversation(&second)
        .await?
        .session_id;
    rest.website()
        .send_message_in_conversation(
            &second,
            &session,
            &NewMessage::text(
                MessageFrom::User,
                Origin::Chat,
                "hello from the new website",
            ),
        )
        .await?;
    let (website, text) = tokio::time::timeout(Duration::from_secs(15), messages.recv())
        .await?
        .ok_or("the stream ended")?;
    println!(
        "message:send from website {}: {text:?}",
        website.map(|w| w.to_string()).unwrap_or_default()
    );

    // 5. A settings page opened by Crisp: check its website_id + token.
    let token = rest
        .plugin()
        .get_subscription_settings(&second, &plugin_id)
        .await?
        .token
        .ok_or("no token")?;
    let url =
        format!("https://plugin.example/settings?website_id={second}&token={token}&locale=en");
    let request = PluginPageRequest::from_query(&url)?;
    let website = plugin.verify_request(&request)?;
    println!(
        "settings page verified for website {}",
        website.website_id()
    );
    let forged = PluginPageRequest::from_query(&format!("?website_id={second}&token=guess"))?;
    match plugin.verify_request(&forged) {
        Ok(_) => return Err("a forged token was accepted".into()),
        Err(error) => println!("forged page refused ({}): {error}", error.status()),
    }
    reader.abort();
    println!(
        "plugin_lifecycle: {} websites in the cache, done",
        plugin.len()
    );
    Ok(())
}

async fn live(
    identifier: String,
    key: String,
    var: impl Fn(&str) -> Option<String>,
) -> Result<(), Failure> {
    let credentials = Credentials::plugin(identifier, key);
    let mut builder = Client::builder().credentials(credentials.clone());
    let mut config = RtmConfig::new(credentials).events([EventName::MessageSend]);
    if let Some(base_url) = var("CRISP_BASE_URL") {
        builder = builder.base_url(base_url.clone());
        config = config.rest_base_url(base_url);
    }
    let rest = builder.build()?;
    let plugin_id = rest
        .plugin()
        .get_connect_account()
        .await?
        .plugin_id
        .ok_or("no plugin id")?;
    // The settings as JSON: this plugin's own type in a real program.
    let plugin = Plugin::<Value>::load(rest, PluginConfig::new(plugin_id)).await?;
    println!("plugin_lifecycle: {} websites", plugin.len());
    for error in plugin.invalid() {
        println!("  {error}");
    }
    let follow = var("CRISP_FOLLOW_SECS")
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let mut changes = plugin.changes();
    let mut events = plugin.attach(RtmClient::connect(config));
    let deadline = tokio::time::sleep(Duration::from_secs(follow));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            () = &mut deadline => break,
            item = events.next() => if item.is_none() { break },
            change = changes.recv() => match change {
                Ok(change) => println!("change: {:?}", change.website_id()),
                Err(error) => println!("changes: {error}"),
            },
        }
    }
    Ok(())
}
