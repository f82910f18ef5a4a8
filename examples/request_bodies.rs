//! Request bodies that say everything Crisp understands: an explicit `null`, a key this
//! version of the library has no field for, and numbers in a conversation filter. Runs
//! against the embedded sandbox (it creates a campaign and three conversations there).
//!
//! ```text
//! cargo run --example request_bodies
//! ```
//!
//! - **`null`**: a field that Crisp clears with `null` is an `Option<Option<T>>` (`None`:
//!   left out, `Some(None)`: `null`); the campaign options' setters take `Option<bool>`, so
//!   `sender_email_reply(None)` sends `"sender_email_reply":null`.
//! - **extra keys**: every update body has an `extra` map, written after its typed fields
//!   (`with_extra` from [`ExtraKeys`]); decoding a body keeps the keys it has no field for
//!   there instead of dropping them.
//! - **numbers in filters**: `FilterSearchQuery::new` takes text and numbers alike, so
//!   `data.score >= 10` goes out as `[10]`, not `["10"]`.
//!
//! It only runs against the sandbox: on Crisp it would create a campaign and conversations
//! in a real website.

use std::process::ExitCode;
use std::time::Duration;

use crisp::Client;
use crisp::rest::website::conversation::ListConversations;
use crisp::sandbox::Sandbox;
use crisp::types::body::ExtraKeys;
use crisp::types::website::campaign::{CampaignOptions, CampaignType, CampaignUpdate};
use crisp::types::website::conversation::{ConversationMetaUpdate, FilterSearchQuery};
use crisp::types::{SessionId, WebsiteId};
use serde_json::{Value, json};

type Failure = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> ExitCode {
    let result = match tokio::time::timeout(Duration::from_secs(30), run()).await {
        Ok(result) => result,
        Err(_) => Err("no answer within 30 s".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("request_bodies: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    println!(
        "request_bodies: running against the embedded sandbox at {}",
        sandbox.base_url()
    );
    let client = Client::builder()
        .credentials(sandbox.credentials())
        .base_url(sandbox.base_url())
        .build()?;
    let website = sandbox.website_id();
    campaign(&client, &website).await?;
    decoded_body()?;
    numeric_filter(&client, &website).await?;
    println!("request bodies: null, extra keys and numeric filters all sent as written");
    Ok(())
}

/// Updates a campaign with an explicit `null` option and a key the library does not know,
/// then reads both back.
async fn campaign(client: &Client, website: &WebsiteId) -> Result<(), Failure> {
    let created = client
        .website()
        .create_new_campaign(website, CampaignType::OneShot, "Spring")
        .await?;
    let id = created.campaign_id.ok_or("the new campaign has no id")?;

    let update = CampaignUpdate::new()
        .subject("Our spring offer")
        .options(
            CampaignOptions::new()
                .sender_email_reply(None)
                .tracking(Some(true)),
        )
        // A key Crisp might add after this version of the library.
        .with_extra("priority", 2);
    let call = client.website().update_campaign(website, &id, &update);
    let body = call.request().body().unwrap_or_default();
    println!("update body: {}", String::from_utf8_lossy(&body));
    call.await?;
    println!("the sandbox accepted the update");

    // Typed: the option reads back as an explicit null, not as "not set".
    let read = client.website().get_campaign(website, &id).await?;
    let options = read.options.ok_or("the campaign has no options")?;
    if options.sender_email_reply != Some(None) || options.tracking != Some(Some(true)) {
        return Err(format!("options read back as {options:?}").into());
    }
    println!("read back: sender_email_reply = null, tracking = true");

    // The extra key went out with the typed fields. `Campaign` has no field for it, and
    // neither Crisp's answer nor the sandbox's (shaped as `Campaign`) echoes it back.
    let sent: Value = serde_json::from_slice(&body)?;
    if sent.get("priority") != Some(&json!(2)) {
        return Err(format!("the extra key was not sent: {sent}").into());
    }
    println!("sent the extra key: priority = {}", sent["priority"]);
    Ok(())
}

/// A body decoded from JSON (a proxy, a sandbox, a test) keeps the keys it has no field
/// for, and writes them back.
fn decoded_body() -> Result<(), Failure> {
    let text =
        r#"{"name":"Spring","options":{"sender_email_reply":null,"throttle":50},"priority":2}"#;
    let decoded: CampaignUpdate = serde_json::from_str(text)?;
    let options = decoded.options.as_ref().ok_or("no options decoded")?;
    println!(
        "decoded: extra keys {:?}, options extra keys {:?}",
        decoded.extra.keys().collect::<Vec<_>>(),
        options.extra.keys().collect::<Vec<_>>()
    );
    let written: Value = serde_json::to_value(&decoded)?;
    if written != serde_json::from_str::<Value>(text)? {
        return Err(format!("re-encoded as {written}").into());
    }
    println!("re-encoded with every key it came with");
    Ok(())
}

/// Three conversations with a numeric `data.score`, and a filter `score >= 10` sent as a
/// number.
async fn numeric_filter(client: &Client, website: &WebsiteId) -> Result<(), Failure> {
    let mut sessions: Vec<SessionId> = Vec::new();
    for score in [3, 12, 30] {
        let session = client
            .website()
            .create_new_conversation(website)
            .await?
            .session_id;
        let mut data = serde_json::Map::new();
        data.insert("score".to_owned(), json!(score));
        client
            .website()
            .update_conversation_metas(website, &session, &ConversationMetaUpdate::new().data(data))
            .await?;
        sessions.push(session);
    }
    let filter = FilterSearchQuery::new("data.score", [10], "conversation", "gte");
    let wire = serde_json::to_value(&filter)?;
    if !wire["query"][0].is_number() {
        return Err(format!("the filter's value is not sent as a number: {wire}").into());
    }
    println!("filter: {wire}");
    let options = ListConversations::new()
        .include_empty(true)
        .search_filter(vec![filter], None);
    let page = client
        .website()
        .list_conversations(website, 1, options)
        .await?;
    let mut found: Vec<&SessionId> = page
        .iter()
        .map(|c| &c.session_id)
        .filter(|s| sessions.contains(s))
        .collect();
    found.sort();
    let mut expected: Vec<&SessionId> = sessions[1..].iter().collect();
    expected.sort();
    if found != expected {
        return Err(format!("score >= 10 found {found:?}, expected {expected:?}").into());
    }
    println!("score >= 10: {} of 3 conversations", found.len());
    Ok(())
}
