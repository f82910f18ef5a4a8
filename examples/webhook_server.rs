//! A web-hook receiver that logs each verified delivery as one JSON line.
//!
//! ```text
//! CRISP_WEBHOOK_SECRET=… cargo run --example webhook_server            # listens on 127.0.0.1:8080
//! CRISP_WEBHOOK_SECRET=… cargo run --example webhook_server -- 0.0.0.0:9000
//! ```
//!
//! Point a plugin's web hooks at `http://<host>:<port>/crisp`. Deliveries with a bad or
//! missing signature or a stale timestamp get 401, oversized ones 413, malformed ones 400;
//! only verified deliveries reach the handler. Several secrets (rotation) can be given
//! comma-separated. Stop with Ctrl-C.
//!
//! Logs go to stderr, filtered by `RUST_LOG` (default `info`): each refused delivery is a
//! `web hook rejected` warning with its reason (`signature_mismatch`, `stale_timestamp`,
//! `missing_header`…), never the signature, secret or body; `RUST_LOG=debug` adds each
//! verified one.

use std::process::ExitCode;

use axum::Router;
use axum::routing::post;
use crisp::webhook::Verifier;
use crisp::webhook::axum::CrispWebhook;
use serde_json::json;

async fn receive(CrispWebhook(webhook): CrispWebhook) -> &'static str {
    let line = json!({
        "event": webhook.event.name(),
        "typed": webhook.event.is_typed(),
        "website_id": webhook.website_id.as_ref().map(|id| id.as_str()),
        "session_id": webhook.event.session_id(),
        "timestamp": webhook.timestamp,
    });
    println!("{line}");
    "ok"
}

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
    let Ok(secrets) = std::env::var("CRISP_WEBHOOK_SECRET") else {
        eprintln!(
            "webhook_server: set CRISP_WEBHOOK_SECRET to the plugin's web-hook signing secret (comma-separated for several)"
        );
        return ExitCode::from(2);
    };
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:8080".to_owned());
    let verifier =
        Verifier::with_secrets(secrets.split(',').map(str::trim).filter(|s| !s.is_empty()));
    let app = Router::new()
        .route("/crisp", post(receive))
        .with_state(verifier);
    let listener = match tokio::net::TcpListener::bind(&address).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("webhook_server: cannot listen on {address}: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("webhook_server: listening on http://{address}/crisp");
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("webhook_server: {e}");
            ExitCode::FAILURE
        }
    }
}
