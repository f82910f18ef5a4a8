//! Helpers for the end-to-end tests against the embedded sandbox: clients pointed at it,
//! waiting for realtime states and events, and a web-hook receiver that verifies
//! deliveries with `crisp-webhook`.

use std::time::Duration;

use axum::Router;
use axum::extract::{FromRef, State};
use axum::routing::post;
use crisp::rtm::{Backoff, RtmClient, RtmConfig, RtmError};
use crisp::sandbox::Sandbox;
use crisp::types::event::{Event, EventName};
use crisp::webhook::axum::CrispWebhook;
use crisp::webhook::{Verifier, Webhook};
use crisp::{Client, RetryPolicy};
use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio::time::timeout;

/// How long a test waits for anything before failing.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// A REST client of the sandbox (reqwest backend) whose retries back off quickly.
#[must_use]
pub fn client(sandbox: &Sandbox) -> Client {
    Client::builder()
        .credentials(sandbox.credentials())
        .base_url(sandbox.base_url())
        .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(20)))
        .build()
        .expect("a client of the sandbox builds")
}

/// A realtime client configuration that discovers the sandbox endpoint through REST
/// and reconnects quickly.
#[must_use]
pub fn rtm_config(sandbox: &Sandbox, events: impl IntoIterator<Item = EventName>) -> RtmConfig {
    RtmConfig::new(sandbox.credentials())
        .rest_base_url(sandbox.base_url())
        .events(events)
        .backoff(Backoff::new(
            Duration::from_millis(50),
            Duration::from_millis(200),
        ))
        .connect_timeout(Duration::from_secs(5))
}

/// Waits until the realtime client is in state `want` (`active`, `failed`, …).
///
/// # Panics
/// When it does not get there in time.
pub async fn wait_state(client: &RtmClient, want: &str) {
    let mut state = client.handle().watch_state();
    let reached = timeout(PATIENCE, async {
        while state.borrow_and_update().name() != want {
            if state.changed().await.is_err() {
                return false;
            }
        }
        true
    })
    .await;
    assert!(
        matches!(reached, Ok(true)),
        "the realtime client never became {want}; it is {}",
        client.state()
    );
}

/// The next realtime event named `name`, skipping other events and the connection's
/// status items ([`Disconnected`](RtmError::Disconnected) and
/// [`Restored`](RtmError::Restored): a reconnect on a loaded machine is not a failure).
///
/// # Panics
/// On any other error (a fatal one, a frame or an event that did not decode: the test
/// should see those), when the stream ends, or when it stays silent too long.
pub async fn next_event(client: &mut RtmClient, name: &str) -> Event {
    timeout(PATIENCE, async {
        loop {
            match client.next().await {
                Some(Ok(event)) if event.name() == name => return event,
                Some(Ok(_) | Err(RtmError::Disconnected { .. } | RtmError::Restored { .. })) => {}
                Some(Err(error)) => panic!(
                    "realtime error while waiting for {name} (fatal: {}): {error}",
                    error.is_fatal()
                ),
                None => panic!("the realtime stream ended while waiting for {name}"),
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("no {name} event in time"))
}

/// A web-hook receiver on 127.0.0.1: deliveries that `crisp-webhook` verifies are
/// queued; the others get its 401 / 400 answers.
#[derive(Debug)]
pub struct Receiver {
    /// The URL to register: `http://127.0.0.1:<port>/hooks`.
    pub url: String,
    verified: mpsc::UnboundedReceiver<Webhook>,
}

#[derive(Clone)]
struct ReceiverState {
    verifier: Verifier,
    verified: mpsc::UnboundedSender<Webhook>,
}

impl FromRef<ReceiverState> for Verifier {
    fn from_ref(state: &ReceiverState) -> Verifier {
        state.verifier.clone()
    }
}

async fn receive(
    State(state): State<ReceiverState>,
    CrispWebhook(webhook): CrispWebhook,
) -> &'static str {
    let _ = state.verified.send(webhook);
    "ok"
}

impl Receiver {
    /// Starts a receiver verifying with `secret`.
    ///
    /// # Panics
    /// When no loopback port can be had.
    pub async fn start(secret: &str) -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("a loopback port");
        let url = format!(
            "http://{}/hooks",
            listener.local_addr().expect("a local address")
        );
        let (sender, verified) = mpsc::unbounded_channel();
        let app = Router::new()
            .route("/hooks", post(receive))
            .with_state(ReceiverState {
                verifier: Verifier::new(secret),
                verified: sender,
            });
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Receiver { url, verified }
    }

    /// The next verified delivery of event `name`, skipping others.
    ///
    /// # Panics
    /// When none comes in time.
    pub async fn next(&mut self, name: &str) -> Webhook {
        timeout(PATIENCE, async {
            loop {
                match self.verified.recv().await {
                    Some(webhook) if webhook.event.name() == name => return webhook,
                    Some(_) => {}
                    None => panic!("the receiver stopped"),
                }
            }
        })
        .await
        .unwrap_or_else(|_| panic!("no verified {name} delivery in time"))
    }
}
