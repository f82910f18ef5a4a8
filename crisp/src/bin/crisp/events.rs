//! `crisp events tail`: realtime events as JSON lines on stdout, the connection state on
//! stderr.

use crisp::rtm::{ConnectionState, RtmClient, RtmConfig};
use crisp::types::event::{Event, EventName};
use futures_util::StreamExt;
use serde_json::{Value, json};

use crate::config::Connection;
use crate::error::CliError;
use crate::target::Target;

/// `crisp events …`.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum EventsCommand {
    /// Prints realtime events as JSON lines until Ctrl-C.
    Tail(TailArgs),
}

/// Which events, and when to stop.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct Subscription {
    /// The events to subscribe to, comma-separated (default: every event the library
    /// knows).
    #[arg(long, value_delimiter = ',', value_name = "NAME,…")]
    pub(crate) events: Vec<String>,
    /// Stops after this many events.
    #[arg(long, value_name = "N")]
    pub(crate) count: Option<u64>,
}

/// `crisp events tail`.
#[derive(Debug, clap::Args)]
pub(crate) struct TailArgs {
    #[command(flatten)]
    subscription: Subscription,
}

impl Subscription {
    /// The event names, checked.
    pub(crate) fn names(&self) -> Result<Vec<EventName>, CliError> {
        if self.events.is_empty() {
            return Ok(EventName::KNOWN.to_vec());
        }
        self.events
            .iter()
            .map(|name| {
                let event = EventName::from(name.as_str());
                if event.is_unknown() {
                    Err(CliError::usage(format!(
                        "unknown event {name:?} (e.g. message:send, session:set_state)"
                    )))
                } else {
                    Ok(event)
                }
            })
            .collect()
    }
}

/// An event as a JSON line: name, website, data.
pub(crate) fn event_json(event: &Event) -> Value {
    json!({
        "event": event.name(),
        "website_id": event.website_id(),
        "data": event.data(),
    })
}

fn describe(state: &ConnectionState) -> String {
    match state {
        ConnectionState::Connecting { attempt } => format!("connecting (attempt {attempt})"),
        ConnectionState::Authenticating => "authenticating".to_owned(),
        ConnectionState::Active => "connected".to_owned(),
        ConnectionState::Reconnecting {
            attempt,
            delay,
            reason,
        } => format!(
            "disconnected ({reason}); attempt {attempt} in {} ms",
            delay.as_millis()
        ),
        other => format!("{other:?}"),
    }
}

/// Connects the realtime client of `target` for `subscription`, reporting its state on
/// stderr.
pub(crate) fn connect(target: &Target, subscription: &Subscription) -> Result<RtmClient, CliError> {
    let mut config =
        RtmConfig::new(target.resolved.credentials.clone()).events(subscription.names()?);
    if let Some(base_url) = &target.resolved.base_url {
        config = config.rest_base_url(base_url.clone());
    }
    let client = RtmClient::connect(config);
    let mut states = client.handle().watch_state();
    tokio::spawn(async move {
        loop {
            let state = states.borrow_and_update().clone();
            eprintln!("crisp: realtime {}", describe(&state));
            if states.changed().await.is_err() {
                return;
            }
        }
    });
    Ok(client)
}

/// Gives every event of `client` to `each` until Ctrl-C, `count` events, or a fatal error.
pub(crate) async fn each_event<F, Fut>(
    mut client: RtmClient,
    count: Option<u64>,
    mut each: F,
) -> Result<(), CliError>
where
    F: FnMut(Event) -> Fut,
    Fut: std::future::Future<Output = Result<(), CliError>>,
{
    let mut seen = 0u64;
    if count == Some(0) {
        return Ok(());
    }
    loop {
        let item = tokio::select! {
            _ = tokio::signal::ctrl_c() => {
                client.handle().close();
                return Ok(());
            }
            item = client.next() => item,
        };
        match item {
            None => return Ok(()),
            Some(Ok(event)) => {
                each(event).await?;
                seen += 1;
                if count.is_some_and(|count| seen >= count) {
                    client.handle().close();
                    return Ok(());
                }
            }
            Some(Err(error)) if error.is_fatal() => {
                return Err(CliError::failed(format!("realtime: {error}")));
            }
            Some(Err(error)) => eprintln!("crisp: realtime: {error}"),
        }
    }
}

/// Runs a `crisp events` command.
pub(crate) async fn run(connection: &Connection, command: EventsCommand) -> Result<(), CliError> {
    match command {
        EventsCommand::Tail(args) => {
            let target = Target::connect(connection).await?;
            let client = connect(&target, &args.subscription)?;
            each_event(client, args.subscription.count, |event| async move {
                println!("{}", event_json(&event));
                Ok(())
            })
            .await
        }
    }
}
