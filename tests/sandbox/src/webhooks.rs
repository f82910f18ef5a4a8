//! Web hooks: registered URLs receive every event, signed as Crisp signs plugin hooks.
//!
//! Each delivery is the request [`crisp_webhook::request::DeliveryRequest`] builds: a
//! `POST` of `{"website_id","event","data","timestamp"}`, signed with the hook's secret,
//! with `X-Crisp-Hook-Origin`, `X-Delivery-Attempt-Limit` and `X-Delivery-Attempt-Count`. A delivery that fails (no connection, a timeout, a status
//! other than 2xx) is tried again, up to 3 attempts. Events go out one at a time, in the
//! order they happened. At most as many events as the logs keep wait for delivery
//! ([`LOG_CAPACITY`](crate::LOG_CAPACITY)); past that, while a receiver is slower than
//! the events, new events are not delivered, and logged as attempt 0.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use crisp_webhook::request::DeliveryRequest;
use http::Uri;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use tokio::sync::mpsc;

use crate::app::{App, lock};
use crate::clock::now_ms;
use crate::hub::EmittedEvent;
use crate::ring::Ring;
use crate::trace::debug;

/// Attempts per delivery.
pub(crate) const ATTEMPTS: u32 = 3;
/// How long one attempt may take.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(5);
/// The `X-Crisp-Hook-Origin` sent.
const HOOK_ORIGIN: &str = "plugin/rtm sandbox development";

type HttpClient = Client<HttpConnector, Full<Bytes>>;

/// A registered hook.
#[derive(Clone)]
struct Hook {
    url: Uri,
    secret: String,
}

impl fmt::Debug for Hook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Hook")
            .field("url", &self.url)
            .field("secret", &"<redacted>")
            .finish()
    }
}

/// One delivery attempt to a web hook.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivery {
    /// The hook URL.
    pub url: String,
    /// The event delivered.
    pub event: String,
    /// The attempt number, from 1; 0 when the event was not attempted because
    /// [`LOG_CAPACITY`](crate::LOG_CAPACITY) events were already waiting for delivery
    /// (a receiver slower than the events; `error` says so).
    pub attempt: u32,
    /// The status the receiver answered, if it answered.
    pub status: Option<u16>,
    /// Why no status came (connection refused, timeout, …).
    pub error: Option<String>,
}

impl Delivery {
    /// Whether the receiver answered 2xx.
    #[must_use]
    pub fn is_success(&self) -> bool {
        self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// Registered hooks and the deliveries made.
#[derive(Debug)]
pub(crate) struct Hooks {
    registered: Mutex<Vec<Hook>>,
    /// The newest delivery attempts, up to the log capacity.
    deliveries: Mutex<Ring<Delivery>>,
}

impl Hooks {
    /// No hooks yet; the last `log_capacity` delivery attempts will be kept.
    pub(crate) fn new(log_capacity: usize) -> Self {
        Hooks {
            registered: Mutex::new(Vec::new()),
            deliveries: Mutex::new(Ring::new(log_capacity)),
        }
    }

    /// Registers `url` (plain `http://`, as the sandbox has no TLS client).
    pub(crate) fn add(&self, url: &str, secret: &str) -> Result<(), String> {
        let uri: Uri = url.parse().map_err(|e| format!("{url:?}: {e}"))?;
        if uri.scheme_str() != Some("http") || uri.host().is_none() {
            return Err(format!(
                "{url:?}: web hooks need an http:// URL with a host"
            ));
        }
        lock(&self.registered).push(Hook {
            url: uri,
            secret: secret.to_owned(),
        });
        Ok(())
    }

    /// Logs, for every registered hook, that `events` will not be delivered: the queue
    /// of events waiting for delivery was full.
    pub(crate) fn not_delivered(&self, events: &[Arc<EmittedEvent>]) {
        if events.is_empty() {
            return;
        }
        let registered = lock(&self.registered);
        let mut deliveries = lock(&self.deliveries);
        debug!(
            events = events.len(),
            hooks = registered.len(),
            "sandbox: web hooks not delivered, the delivery queue is full"
        );
        for event in events {
            for hook in registered.iter() {
                deliveries.push(Delivery {
                    url: hook.url.to_string(),
                    event: event.name.clone(),
                    attempt: 0,
                    status: None,
                    error: Some("not delivered: the delivery queue is full".to_owned()),
                });
            }
        }
    }

    /// The delivery attempts so far, oldest first (the newest, up to the log capacity).
    pub(crate) fn deliveries(&self) -> Vec<Delivery> {
        lock(&self.deliveries).to_vec()
    }
}

/// Delivers events until the sandbox shuts down.
pub(crate) async fn dispatch(app: App, mut events: mpsc::Receiver<Arc<EmittedEvent>>) {
    let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
    let shutdown = app.on_shutdown();
    tokio::pin!(shutdown);
    loop {
        let event = tokio::select! {
            () = &mut shutdown => return,
            event = events.recv() => match event {
                Some(event) => event,
                None => return,
            },
        };
        let hooks = lock(&app.hooks.registered).clone();
        for hook in hooks {
            tokio::select! {
                () = &mut shutdown => return,
                () = deliver(&app, &client, &hook, &event) => {}
            }
        }
    }
}

/// Delivers one event to one hook, with retries.
async fn deliver(app: &App, client: &HttpClient, hook: &Hook, event: &EmittedEvent) {
    let Ok(delivery) = DeliveryRequest::envelope(
        Some(&event.website_id),
        &event.name,
        &event.data,
        event.timestamp,
    ) else {
        return;
    };
    let delivery = delivery.origin(HOOK_ORIGIN).user_agent("crisp-sandbox");
    for attempt in 1..=ATTEMPTS {
        let outcome = attempt_once(client, hook, &delivery, attempt).await;
        let delivery = Delivery {
            url: hook.url.to_string(),
            event: event.name.clone(),
            attempt,
            status: outcome.as_ref().ok().copied(),
            error: outcome.err(),
        };
        let success = delivery.is_success();
        debug!(
            // Without the query: a hook URL may carry a secret `?key=`.
            url = %format_args!(
                "{}://{}{}",
                hook.url.scheme_str().unwrap_or("http"),
                hook.url.authority().map_or("", |a| a.as_str()),
                hook.url.path()
            ),
            event = %delivery.event,
            attempt,
            status = delivery.status,
            error = delivery.error.as_deref(),
            "sandbox: web-hook delivery"
        );
        lock(&app.hooks.deliveries).push(delivery);
        if success {
            return;
        }
        if attempt < ATTEMPTS {
            tokio::time::sleep(Duration::from_millis(100) * attempt).await;
        }
    }
}

/// One signed POST; the status, or why there is none.
async fn attempt_once(
    client: &HttpClient,
    hook: &Hook,
    delivery: &DeliveryRequest,
    attempt: u32,
) -> Result<u16, String> {
    let request = delivery
        .clone()
        .attempt(attempt, ATTEMPTS)
        .request(hook.url.clone(), &hook.secret, now_ms())
        .map(Full::new);
    let exchange = async {
        let response = client.request(request).await.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        // Read the answer so that the connection can be reused.
        let _ = response.into_body().collect().await;
        Ok(status)
    };
    tokio::time::timeout(ATTEMPT_TIMEOUT, exchange)
        .await
        .unwrap_or_else(|_| Err("timed out".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_http_urls_register() {
        let hooks = Hooks::new(10);
        assert!(hooks.add("http://127.0.0.1:9/hook", "s").is_ok());
        assert!(hooks.add("https://example.com/hook", "s").is_err());
        assert!(hooks.add("not a url", "s").is_err());
        assert!(hooks.add("/relative", "s").is_err());
        assert_eq!(lock(&hooks.registered).len(), 1);
        assert!(!format!("{:?}", lock(&hooks.registered)[0]).contains("\"s\""));
    }

    #[test]
    fn success_is_2xx() {
        let mut delivery = Delivery {
            url: "u".to_owned(),
            event: "e".to_owned(),
            attempt: 1,
            status: Some(204),
            error: None,
        };
        assert!(delivery.is_success());
        delivery.status = Some(500);
        assert!(!delivery.is_success());
        delivery.status = None;
        assert!(!delivery.is_success());
    }
}
