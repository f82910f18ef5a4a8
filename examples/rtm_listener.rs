//! Listens to Crisp realtime events and prints one JSON line per event and per state
//! change.
//!
//! ```text
//! cargo run --example rtm_listener -- --url http://127.0.0.1:PORT --tier plugin \
//!     --identifier ID --key KEY --events message:send,message:received
//! ```
//!
//! Without `--url`, the endpoint is discovered through the REST API with the same
//! credentials (`--rest-url` overrides the REST base URL). Event lines look like
//! `{"event":"message:send","typed":true,"website_id":"…","session_id":"…"}` (`typed` is
//! false for events this library does not know); state lines like
//! `{"state":"reconnecting","detail":"…"}`; what the stream says of the connection (on
//! stdout too) like `{"disconnected":"…","attempt":2,"retry_in_ms":431}` and
//! `{"restored":true,"lost_at_ms":…,"last_event_at_ms":…,"restored_at_ms":…}` (events in
//! that window were missed: catch up through the REST API). Other errors go to stderr.
//! Stops on Ctrl-C or a fatal error. The library's logs go to stderr, filtered by
//! `RUST_LOG` (default `info`).

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use crisp::core::{Credentials, Tier};
use crisp::rtm::{RtmClient, RtmConfig, RtmError};
use crisp::types::event::EventName;
use futures_util::StreamExt;
use serde_json::json;

/// Parsed command line.
#[derive(Debug, Default)]
struct Args {
    url: Option<String>,
    rest_url: Option<String>,
    tier: Option<String>,
    identifier: Option<String>,
    key: Option<String>,
    events: Vec<EventName>,
}

fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args::default();
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--url" => parsed.url = Some(value()?),
            "--rest-url" => parsed.rest_url = Some(value()?),
            "--tier" => parsed.tier = Some(value()?),
            "--identifier" => parsed.identifier = Some(value()?),
            "--key" => parsed.key = Some(value()?),
            "--events" => {
                parsed.events = value()?
                    .split(',')
                    .map(str::trim)
                    .filter(|e| !e.is_empty())
                    .map(EventName::from)
                    .collect();
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(parsed)
}

/// Logs of the library to stderr, filtered by `RUST_LOG` (default `info`; `RUST_LOG=debug`
/// shows discovery, each connection step and reconnection, `trace` each event's name).
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
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("rtm_listener: {message}");
            return ExitCode::from(2);
        }
    };
    let (Some(identifier), Some(key)) = (args.identifier.clone(), args.key.clone()) else {
        eprintln!(
            "usage: rtm_listener [--url URL] [--tier plugin|website|user] --identifier ID --key KEY [--events a,b]"
        );
        return ExitCode::from(2);
    };
    let tier: Tier = match args.tier.as_deref().unwrap_or("plugin").parse() {
        Ok(tier) => tier,
        Err(e) => {
            eprintln!("rtm_listener: --tier: {e}");
            return ExitCode::from(2);
        }
    };
    let mut config = RtmConfig::new(Credentials::new(tier, identifier, key));
    if let Some(url) = args.url {
        config = config.url(url);
    }
    if let Some(rest_url) = args.rest_url {
        config = config.rest_base_url(rest_url);
    }
    if !args.events.is_empty() {
        config = config.events(args.events);
    }
    let mut client = RtmClient::connect(config);
    let handle = client.handle();
    let mut states = handle.watch_state();
    loop {
        tokio::select! {
            item = client.next() => match item {
                Some(Ok(event)) => println!("{}", json!({
                    "event": event.name(),
                    "typed": event.is_typed(),
                    "website_id": event.website_id(),
                    "session_id": event.session_id(),
                })),
                Some(Err(RtmError::Disconnected { reason, attempt, retry_in })) => println!("{}", json!({
                    "disconnected": reason.to_string(),
                    "attempt": attempt,
                    "retry_in_ms": u64::try_from(retry_in.as_millis()).unwrap_or(u64::MAX),
                })),
                Some(Err(RtmError::Restored { lost_at, last_event_at, restored_at, .. })) => println!("{}", json!({
                    "restored": true,
                    "lost_at_ms": epoch_ms(lost_at),
                    "last_event_at_ms": last_event_at.map(epoch_ms),
                    "restored_at_ms": epoch_ms(restored_at),
                })),
                Some(Err(error)) => eprintln!("{}", json!({"error": error.to_string(), "fatal": error.is_fatal()})),
                None => break,
            },
            changed = states.changed() => {
                if changed.is_err() {
                    break;
                }
                let state = states.borrow_and_update().clone();
                println!("{}", json!({"state": state.name(), "detail": state.to_string()}));
            }
            _ = tokio::signal::ctrl_c() => {
                handle.close();
            }
        }
    }
    if handle.state().name() == "failed" {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Milliseconds since the Unix epoch (0 before it).
fn epoch_ms(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}
