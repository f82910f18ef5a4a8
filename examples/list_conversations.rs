//! Lists the conversations of a website.
//!
//! ```text
//! CRISP_IDENTIFIER=… CRISP_KEY=… CRISP_WEBSITE_ID=… cargo run --example list_conversations
//! ```
//!
//! Optional: `CRISP_TIER` (`plugin`, the default, `website` or `user`), `CRISP_PAGE`
//! (default 1) and `CRISP_BASE_URL` (default `https://api.crisp.chat/v1/`).

use std::process::ExitCode;

use crisp::rest::website::conversation::ListConversations;
use crisp::types::WebsiteId;
use crisp::{Client, Credentials, Tier};

const REQUIRED: [&str; 3] = ["CRISP_IDENTIFIER", "CRISP_KEY", "CRISP_WEBSITE_ID"];

#[tokio::main]
async fn main() -> ExitCode {
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|name| std::env::var(name).map_or(true, |v| v.is_empty()))
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "list_conversations: set {} to run this example.",
            missing.join(", ")
        );
        eprintln!(
            "  CRISP_IDENTIFIER / CRISP_KEY: a token pair from the Crisp Marketplace (plugin tier) or your website settings"
        );
        eprintln!("  CRISP_WEBSITE_ID: the website whose conversations to list");
        eprintln!(
            "  optional: CRISP_TIER=plugin|website|user (default plugin), CRISP_PAGE, CRISP_BASE_URL"
        );
        return ExitCode::from(2);
    }
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let tier: Tier = match std::env::var("CRISP_TIER")
        .as_deref()
        .unwrap_or("plugin")
        .parse()
    {
        Ok(tier) => tier,
        Err(e) => {
            eprintln!("list_conversations: CRISP_TIER: {e}");
            return ExitCode::from(2);
        }
    };
    let page: u32 = std::env::var("CRISP_PAGE")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    let mut builder = Client::builder().credentials(Credentials::new(
        tier,
        var("CRISP_IDENTIFIER"),
        var("CRISP_KEY"),
    ));
    if let Ok(base_url) = std::env::var("CRISP_BASE_URL") {
        builder = builder.base_url(base_url);
    }
    let client = match builder.build() {
        Ok(client) => client,
        Err(e) => {
            eprintln!("list_conversations: {e}");
            return ExitCode::FAILURE;
        }
    };
    let website = WebsiteId::new(var("CRISP_WEBSITE_ID"));
    match client
        .website()
        .list_conversations(&website, page, ListConversations::new())
        .await
    {
        Ok(conversations) => {
            println!("{} conversation(s) on page {page}:", conversations.len());
            for conversation in conversations {
                let state = conversation.state.as_ref().map_or("-", |s| s.as_str());
                let nickname = conversation
                    .meta
                    .as_ref()
                    .and_then(|m| m.nickname.as_deref())
                    .unwrap_or("(no name)");
                let last = conversation.last_message.as_deref().unwrap_or("");
                println!(
                    "{}  {state:<10}  {nickname:<24}  {last}",
                    conversation.session_id
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("list_conversations: {e}");
            ExitCode::FAILURE
        }
    }
}
