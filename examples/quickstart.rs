//! The main job: an echo bot, end to end. It listens for visitor messages over the
//! realtime API (RTM) and answers each through the REST API.
//!
//! ```text
//! cargo run --example quickstart
//! ```
//!
//! Without `CRISP_IDENTIFIER` / `CRISP_KEY`, everything runs offline against the embedded
//! sandbox: the bot subscribes over RTM, a simulated visitor says hello, the bot answers
//! through REST, a local web-hook receiver gets the signed `message:received` and
//! verifies it, the transcript is printed, and the program exits 0 (1 if anything takes
//! longer than 20 s).
//!
//! With `CRISP_IDENTIFIER`, `CRISP_KEY` (a plugin token pair) and `CRISP_WEBSITE_ID`, the
//! same bot answers the visitors of that website on Crisp until Ctrl-C. Optional:
//! `CRISP_TIER` (`plugin`, the default, `website` or `user`) and `CRISP_BASE_URL`.
//!
//! The library logs to stderr through `tracing`, filtered by `RUST_LOG` (default `info`):
//! `RUST_LOG=debug cargo run --example quickstart` shows each REST call and retry, each
//! realtime connection step, each web hook verified and each sandbox request.

use std::process::ExitCode;
use std::time::Duration;

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::post;
use crisp::rest::website::conversation::MessagesQuery;
use crisp::rtm::{RtmClient, RtmConfig, RtmError};
use crisp::sandbox::Sandbox;
use crisp::types::event::{Event, EventName};
use crisp::types::website::conversation::{
    Author, Message, MessageFrom, NewMessage, Origin, SelfFilter,
};
use crisp::types::{SessionId, WebsiteId};
use crisp::webhook::axum::CrispWebhook;
use crisp::webhook::{Verifier, Webhook};
use crisp::{Client, Credentials, Tier};
use futures_util::StreamExt;
use tokio::sync::mpsc;

/// The secret the sandbox signs web hooks with, and the receiver verifies them with.
const HOOK_SECRET: &str = "quickstart-hook-secret";
/// The origin the bot sends its answers with: how it recognises its own messages (a
/// plugin's URN; see `SelfFilter`).
const BOT_URN: &str = "urn:crisp-rs:quickstart:0";
/// The longest the offline run may take.
const OFFLINE_LIMIT: Duration = Duration::from_secs(20);

/// Logs of the library to stderr, filtered by `RUST_LOG` (default
/// `info`; `RUST_LOG=debug` shows each request, retry, reconnection and web hook).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

#[tokio::main]
async fn main() -> ExitCode {
    init_logging();
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    match (var("CRISP_IDENTIFIER"), var("CRISP_KEY")) {
        (None, None) => match tokio::time::timeout(OFFLINE_LIMIT, offline()).await {
            Ok(Ok(())) => ExitCode::SUCCESS,
            Ok(Err(error)) => {
                eprintln!("quickstart: {error}");
                ExitCode::FAILURE
            }
            Err(_) => {
                eprintln!("quickstart: no answer within {OFFLINE_LIMIT:?}");
                ExitCode::FAILURE
            }
        },
        (Some(identifier), Some(key)) => live(identifier, key, var).await,
        _ => {
            eprintln!(
                "quickstart: set both CRISP_IDENTIFIER and CRISP_KEY to run against Crisp, or neither to run against the embedded sandbox"
            );
            ExitCode::from(2)
        }
    }
}

type Failure = Box<dyn std::error::Error + Send + Sync>;

/// The echo bot: answers a visitor's text message with the same text.
#[derive(Clone, Debug)]
struct EchoBot {
    client: Client,
    /// Its own messages, never to be answered.
    guard: SelfFilter,
}

impl EchoBot {
    fn new(client: Client) -> Self {
        EchoBot {
            client,
            guard: SelfFilter::new().plugin_urn(BOT_URN),
        }
    }

    /// Answers `event` if it is a visitor's text message (`message:send`, not written by
    /// the bot); returns the visitor's text, the reply and the conversation.
    async fn handle(&self, event: &Event) -> Result<Option<(String, String, SessionId)>, Failure> {
        let Some(message) = self.guard.to_answer(event) else {
            return Ok(None);
        };
        let Message {
            website_id: Some(website),
            session_id: Some(session),
            ..
        } = message
        else {
            return Ok(None);
        };
        let Some(text) = message.content.as_text() else {
            return Ok(None);
        };
        let reply = format!("You said: {text}");
        let origin = self.guard.origin().unwrap_or(Origin::Chat);
        let answer = NewMessage::text(MessageFrom::Operator, origin, reply.clone());
        self.client
            .website()
            .send_message_in_conversation(website, session, &answer)
            .await?;
        Ok(Some((text.to_owned(), reply, session.clone())))
    }
}

/// The offline run against the embedded sandbox.
async fn offline() -> Result<(), Failure> {
    let sandbox = Sandbox::start().await?;
    println!(
        "quickstart: no CRISP_IDENTIFIER / CRISP_KEY set, running against the embedded sandbox at {}",
        sandbox.base_url()
    );
    let mut hooks = receiver(&sandbox).await?;
    let client = Client::builder()
        .credentials(sandbox.credentials())
        .base_url(sandbox.base_url())
        .build()?;
    let bot = EchoBot::new(client.clone());
    // The endpoint is discovered through REST, as against Crisp.
    let config = RtmConfig::new(sandbox.credentials())
        .rest_base_url(sandbox.base_url())
        .events([EventName::MessageSend]);
    let mut rtm = RtmClient::connect(config);
    // Live (authenticated, subscribed) before the visitor speaks; `ready` has no timeout of
    // its own (`OFFLINE_LIMIT` bounds the whole run).
    rtm.ready().await?;
    println!("bot: subscribed to message:send over RTM");

    sandbox.visitor().nickname("Jane").say("hello").await?;
    let (session, reply) = loop {
        let event = match rtm.next().await.ok_or("the realtime stream ended")? {
            Ok(event) => event,
            Err(e) if e.is_fatal() => return Err(e.into()),
            // A reconnection (`Disconnected`, `Restored`) or an unreadable frame.
            Err(e) => {
                println!("realtime: {e}");
                continue;
            }
        };
        if let Some((text, reply, session)) = bot.handle(&event).await? {
            println!("visitor: {text}");
            println!("bot:     {reply}");
            break (session, reply);
        }
    };
    let webhook = loop {
        let webhook = hooks.recv().await.ok_or("the web-hook receiver stopped")?;
        // The bot's answer comes back as `message:received`: its own, by its origin.
        let own_reply = matches!(&webhook.event, Event::MessageReceived(m)
            if bot.guard.is_own(m) && m.content.as_text() == Some(reply.as_str()));
        if own_reply {
            break webhook;
        }
    };
    println!(
        "web hook verified: {} signed with the hook secret, for {}",
        webhook.event.name(),
        webhook.event.session_id().map_or("-", |id| id.as_str())
    );
    transcript(&client, &sandbox.website_id(), &session).await?;
    rtm.handle().close();
    Ok(())
}

/// Prints the conversation as the REST API has it.
async fn transcript(
    client: &Client,
    website: &WebsiteId,
    session: &SessionId,
) -> Result<(), Failure> {
    let messages = client
        .website()
        .get_messages_in_conversation(website, session, MessagesQuery::latest())
        .await?;
    println!("transcript of {session}:");
    for message in messages {
        let from = match message.author() {
            Author::Visitor => "visitor",
            Author::Plugin(BOT_URN) => "bot",
            Author::Plugin(_) => "plugin",
            Author::Operator => "operator",
            _ => "?",
        };
        println!(
            "  {from:<8} {}",
            message.content.as_text().unwrap_or("(not text)")
        );
    }
    Ok(())
}

#[derive(Clone)]
struct HookState {
    verifier: Verifier,
    verified: mpsc::UnboundedSender<Webhook>,
}

impl FromRef<HookState> for Verifier {
    fn from_ref(state: &HookState) -> Verifier {
        state.verifier.clone()
    }
}

/// Only deliveries whose signature verifies reach this handler (others get 401).
async fn hook(State(state): State<HookState>, CrispWebhook(webhook): CrispWebhook) -> &'static str {
    let _ = state.verified.send(webhook);
    "ok"
}

/// Starts a web-hook receiver on loopback and registers it with the sandbox.
async fn receiver(sandbox: &Sandbox) -> Result<mpsc::UnboundedReceiver<Webhook>, Failure> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}/crisp", listener.local_addr()?);
    let (verified, deliveries) = mpsc::unbounded_channel();
    let app = Router::new()
        .route("/crisp", post(hook))
        .with_state(HookState {
            verifier: Verifier::new(HOOK_SECRET),
            verified,
        });
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    sandbox.add_webhook(&url, HOOK_SECRET)?;
    Ok(deliveries)
}

/// The same bot against Crisp, until Ctrl-C.
async fn live(identifier: String, key: String, var: impl Fn(&str) -> Option<String>) -> ExitCode {
    let Some(website) = var("CRISP_WEBSITE_ID") else {
        eprintln!("quickstart: set CRISP_WEBSITE_ID to the website whose visitors the bot answers");
        return ExitCode::from(2);
    };
    let tier: Tier = match var("CRISP_TIER").as_deref().unwrap_or("plugin").parse() {
        Ok(tier) => tier,
        Err(e) => {
            eprintln!("quickstart: CRISP_TIER: {e}");
            return ExitCode::from(2);
        }
    };
    let credentials = Credentials::new(tier, identifier, key);
    let mut builder = Client::builder().credentials(credentials.clone());
    let mut config = RtmConfig::new(credentials)
        .events([EventName::MessageSend])
        .rooms([WebsiteId::new(website.clone())]);
    if let Some(base_url) = var("CRISP_BASE_URL") {
        builder = builder.base_url(base_url.clone());
        config = config.rest_base_url(base_url);
    }
    let bot = match builder.build() {
        Ok(client) => EchoBot::new(client),
        Err(e) => {
            eprintln!("quickstart: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut rtm = RtmClient::connect(config);
    println!("quickstart: answering the visitors of website {website} on Crisp; Ctrl-C stops");
    loop {
        tokio::select! {
            item = rtm.next() => match item {
                Some(Ok(event)) => match bot.handle(&event).await {
                    Ok(Some((text, reply, session))) => println!("{session}: visitor: {text}\n{session}: bot:     {reply}"),
                    Ok(None) => {}
                    Err(e) => eprintln!("quickstart: cannot answer: {e}"),
                },
                Some(Err(e)) if e.is_fatal() => {
                    eprintln!("quickstart: {e}");
                    return ExitCode::FAILURE;
                }
                // Live again after a drop: what visitors wrote meanwhile is in the REST
                // API (conversations updated since `last_event_at`), not on the stream.
                Some(Err(e @ RtmError::Restored { .. })) => eprintln!("quickstart: {e}"),
                // `Disconnected` (with the reason and the next retry), an unreadable frame.
                Some(Err(e)) => eprintln!("quickstart: {e}"),
                None => return ExitCode::SUCCESS,
            },
            _ = tokio::signal::ctrl_c() => {
                rtm.handle().close();
                return ExitCode::SUCCESS;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_offline_run_goes_end_to_end() {
        tokio::time::timeout(OFFLINE_LIMIT, offline())
            .await
            .expect("in time")
            .expect("the echo bot answers and the web hook verifies");
    }

    #[tokio::test]
    async fn the_live_run_answers_visitors_of_its_website() {
        // The sandbox stands in for Crisp: the live code path, given its URL.
        let sandbox = Sandbox::start().await.unwrap();
        let settings = [
            ("CRISP_WEBSITE_ID", sandbox.website_id().to_string()),
            ("CRISP_BASE_URL", sandbox.base_url()),
        ];
        let var = move |name: &str| {
            settings
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| value.clone())
        };
        let credentials = sandbox.credentials();
        let bot = tokio::spawn(live(
            credentials.identifier().to_owned(),
            credentials.key().to_owned(),
            var,
        ));
        tokio::time::timeout(OFFLINE_LIMIT, async {
            while sandbox.rtm_authentications() == 0 {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            let session = sandbox.visitor().say("are you live?").await.unwrap();
            loop {
                let messages = sandbox.messages(&session);
                if messages
                    .iter()
                    .any(|m| m["from"] == "operator" && m["content"] == "You said: are you live?")
                {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        })
        .await
        .expect("the bot answers in time");
        bot.abort();
    }

    #[tokio::test]
    async fn the_live_run_needs_a_website() {
        let code = live("id".to_owned(), "key".to_owned(), |_: &str| None).await;
        assert_eq!(code, ExitCode::from(2));
    }
}
