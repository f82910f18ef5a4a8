//! The whole history of a conversation, walked page by page: against the embedded sandbox
//! without credentials (it writes 45 messages first), or against Crisp.
//!
//! ```text
//! cargo run --example message_history
//! ```
//!
//! Crisp answers "get messages" one page at a time, with 206 Partial Content while older
//! messages exist and 200 with the first of them. `message_history` follows that back to
//! the start, newest first, without losing or repeating the messages that share a
//! millisecond across a page boundary; `follow_messages` walks forward from a timestamp.
//!
//! With `CRISP_IDENTIFIER`, `CRISP_KEY`, `CRISP_WEBSITE_ID` and `CRISP_SESSION_ID` it walks
//! that conversation on Crisp instead (at most 5 000 messages). Optional: `CRISP_TIER`
//! (`plugin`, the default, `website` or `user`) and `CRISP_BASE_URL`.

use std::process::ExitCode;
use std::time::Duration;

use crisp::rest::website::conversation::MessagesQuery;
use crisp::sandbox::Sandbox;
use crisp::types::website::conversation::{Author, MessageFrom, NewMessage, Origin};
use crisp::types::{SessionId, WebsiteId};
use crisp::{Client, Credentials, Tier};
use futures_util::TryStreamExt;

/// Messages the offline run writes: more than two pages of 20.
const MESSAGES: u64 = 45;
/// The most messages the walk reads.
const MAX_MESSAGES: usize = 5_000;

type Failure = Box<dyn std::error::Error + Send + Sync>;

#[tokio::main]
async fn main() -> ExitCode {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let result = match (var("CRISP_IDENTIFIER"), var("CRISP_KEY")) {
        (None, None) => match tokio::time::timeout(Duration::from_secs(30), offline()).await {
            Ok(result) => result,
            Err(_) => Err("no answer within 30 s".into()),
        },
        (Some(identifier), Some(key)) => live(identifier, key, var).await,
        _ => Err("set both CRISP_IDENTIFIER and CRISP_KEY, or neither".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("message_history: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a conversation of `MESSAGES` messages in the sandbox, then walks it.
async fn offline() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    println!(
        "message_history: no CRISP_IDENTIFIER / CRISP_KEY set, running against the embedded sandbox at {}",
        sandbox.base_url()
    );
    let client = Client::builder()
        .credentials(sandbox.credentials())
        .base_url(sandbox.base_url())
        .build()?;
    let website = sandbox.website_id();
    let session = client
        .website()
        .create_new_conversation(&website)
        .await?
        .session_id;
    // Two messages per millisecond, so that page boundaries fall inside a pair.
    let start = 1_700_000_000_000;
    for i in 0..MESSAGES {
        let (from, text) = if i % 2 == 0 {
            (MessageFrom::User, format!("question {i}"))
        } else {
            (MessageFrom::Operator, format!("answer {i}"))
        };
        let message = NewMessage::text(from, Origin::Chat, text).timestamp(start + i / 2);
        client
            .website()
            .send_message_in_conversation(&website, &session, &message)
            .await?;
    }
    println!("wrote {MESSAGES} messages in {session}");
    let count = walk(&client, &website, &session).await?;
    if count != MESSAGES as usize {
        return Err(format!("walked {count} messages, expected {MESSAGES}").into());
    }
    Ok(())
}

/// Reads one page, then the whole history back to the start, and prints counts.
async fn walk(client: &Client, website: &WebsiteId, session: &SessionId) -> Result<usize, Failure> {
    let latest = client
        .website()
        .get_messages_in_conversation(website, session, MessagesQuery::latest())
        .await?;
    println!(
        "latest page: {} messages, older ones exist: {}",
        latest.len(),
        latest.more()
    );

    let history: Vec<_> = client
        .website()
        .message_history(website, session)
        .max_messages(MAX_MESSAGES)
        .try_collect()
        .await?;
    let visitor = history
        .iter()
        .filter(|m| m.author() == Author::Visitor)
        .count();
    println!(
        "history: {} messages ({visitor} from the visitor, {} from the operator side), newest first",
        history.len(),
        history.len() - visitor
    );
    if let (Some(newest), Some(oldest)) = (history.first(), history.last()) {
        println!(
            "  newest: {:?}\n  oldest: {:?}",
            newest.content.as_text().unwrap_or("(not text)"),
            oldest.content.as_text().unwrap_or("(not text)")
        );
    }

    // Forward from the middle of the history, oldest first.
    if let Some(middle) = history.get(history.len() / 2).and_then(|m| m.timestamp) {
        let since = client
            .website()
            .follow_messages(website, session, middle)
            .max_messages(MAX_MESSAGES)
            .try_collect::<Vec<_>>()
            .await?;
        println!("since {middle}: {} messages, oldest first", since.len());
    }
    Ok(history.len())
}

/// The same walk of one conversation on Crisp.
async fn live(
    identifier: String,
    key: String,
    var: impl Fn(&str) -> Option<String>,
) -> Result<(), Failure> {
    let (Some(website), Some(session)) = (var("CRISP_WEBSITE_ID"), var("CRISP_SESSION_ID")) else {
        return Err("set CRISP_WEBSITE_ID and CRISP_SESSION_ID to the conversation to walk".into());
    };
    let tier: Tier = var("CRISP_TIER").as_deref().unwrap_or("plugin").parse()?;
    let mut builder = Client::builder().credentials(Credentials::new(tier, identifier, key));
    if let Some(base_url) = var("CRISP_BASE_URL") {
        builder = builder.base_url(base_url);
    }
    let client = builder.build()?;
    walk(&client, &WebsiteId::new(website), &SessionId::new(session)).await?;
    Ok(())
}
