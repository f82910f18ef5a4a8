//! `crisp listen --forward-to URL`: realtime events re-sent to a local URL as web hooks,
//! signed as Crisp signs them, so that a web-hook handler can be developed without a
//! public URL.
//!
//! Each event is the request `crisp_webhook::request::DeliveryRequest` builds, as the
//! sandbox's deliveries are: a `POST` of `{"website_id","event","data","timestamp"}` (the
//! keys in Crisp's order), signed, with `X-Crisp-Hook-Origin` and
//! `X-Delivery-Attempt-Limit` / `-Count`. One attempt per event; a line per delivery on stdout.

use std::time::{Duration, Instant};

use bytes::Bytes;
use crisp::types::event::Event;
use crisp::webhook::request::DeliveryRequest;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

use crate::config::Connection;
use crate::error::CliError;
use crate::events::{self, Subscription};
use crate::target::Target;
use crate::webhook::now_ms;

/// How long one delivery may take.
const DELIVERY_TIMEOUT: Duration = Duration::from_secs(10);

/// `crisp listen`.
#[derive(Debug, clap::Args)]
pub(crate) struct ListenArgs {
    /// Where to POST each event (an `http://` URL, e.g. `http://127.0.0.1:3000/hook`).
    #[arg(long, value_name = "URL")]
    forward_to: String,
    /// The signing secret (or CRISP_WEBHOOK_SECRET; default: a fresh one, printed on
    /// stderr).
    #[arg(long, env = "CRISP_WEBHOOK_SECRET", hide_env_values = true)]
    secret: Option<String>,
    #[command(flatten)]
    subscription: Subscription,
}

/// `HH:MM:SS.mmm` (UTC) of epoch milliseconds.
pub(crate) fn clock(ms: u64) -> String {
    let day = ms % 86_400_000;
    format!(
        "{:02}:{:02}:{:02}.{:03}",
        day / 3_600_000,
        day / 60_000 % 60,
        day / 1000 % 60,
        day % 1000
    )
}

/// A fresh random secret (hex, 128 bits) from the OS-seeded hasher keys.
pub(crate) fn fresh_secret() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut out = String::new();
    for round in 0..2u64 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(now_ms() ^ round);
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out
}

/// Signs and posts one event; the status, or why there is none.
async fn deliver(
    client: &Client<HttpConnector, Full<Bytes>>,
    url: &http::Uri,
    secret: &str,
    event: &Event,
) -> Result<u16, String> {
    let now = now_ms();
    let request = DeliveryRequest::envelope(
        event.website_id().map(|w| w.as_str()),
        event.name(),
        &event.data(),
        now,
    )
    .map_err(|e| e.to_string())?
    .origin("plugin/rtm crisp-cli listen")
    .user_agent("crisp-cli")
    .attempt(1, 1)
    .request(url.clone(), secret, now)
    .map(Full::new);
    let exchange = async {
        let response = client.request(request).await.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let _ = response.into_body().collect().await;
        Ok(status)
    };
    tokio::time::timeout(DELIVERY_TIMEOUT, exchange)
        .await
        .unwrap_or_else(|_| Err("timed out".to_owned()))
}

/// Checks the forward URL: plain `http://` with a host.
pub(crate) fn forward_url(url: &str) -> Result<http::Uri, CliError> {
    let uri: http::Uri = url
        .parse()
        .map_err(|e| CliError::usage(format!("--forward-to {url:?}: {e}")))?;
    if uri.scheme_str() != Some("http") || uri.host().is_none() {
        return Err(CliError::usage(format!(
            "--forward-to {url:?}: expected an http:// URL with a host (a local handler)"
        )));
    }
    Ok(uri)
}

/// Runs `crisp listen`.
pub(crate) async fn run(connection: &Connection, args: ListenArgs) -> Result<(), CliError> {
    let url = forward_url(&args.forward_to)?;
    let secret = match args.secret {
        Some(secret) => secret,
        None => {
            let secret = fresh_secret();
            eprintln!("crisp: web-hook signing secret: {secret}");
            secret
        }
    };
    let target = Target::connect(connection).await?;
    let rtm = events::connect(&target, &args.subscription)?;
    eprintln!("crisp: forwarding realtime events to {url}");
    let client: Client<HttpConnector, Full<Bytes>> =
        Client::builder(TokioExecutor::new()).build_http();
    let (client, url, secret) = (&client, &url, secret.as_str());
    events::each_event(rtm, args.subscription.count, |event| async move {
        let started = Instant::now();
        let outcome = deliver(client, url, secret, &event).await;
        let elapsed = started.elapsed().as_millis();
        let at = clock(now_ms());
        match outcome {
            Ok(status) => println!("{at} {} -> {status} ({elapsed} ms)", event.name()),
            Err(error) => println!("{at} {} -> failed: {error} ({elapsed} ms)", event.name()),
        }
        Ok(())
    })
    .await
}
