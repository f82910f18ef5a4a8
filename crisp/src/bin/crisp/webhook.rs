//! `crisp webhook sign|verify`: the signature of a web-hook delivery (HMAC-SHA256 of
//! `[timestamp;body]`, hex, as Crisp sends in `X-Crisp-Signature`), with crisp-webhook.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::json;

use crate::error::CliError;

/// `crisp webhook …`.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum WebhookCommand {
    /// Prints the headers that sign a body: `X-Crisp-Request-Timestamp`, `X-Crisp-Signature`.
    Sign {
        /// The secret (or CRISP_WEBHOOK_SECRET).
        #[arg(long, env = "CRISP_WEBHOOK_SECRET", hide_env_values = true)]
        secret: String,
        /// The timestamp to sign, epoch milliseconds (default: now).
        #[arg(long)]
        timestamp: Option<u64>,
        /// The body: the text itself, `@file` or `-` for stdin.
        body: String,
    },
    /// Verifies a delivery; prints the event when it is genuine, exits 1 when not.
    Verify {
        /// The secret (or CRISP_WEBHOOK_SECRET).
        #[arg(long, env = "CRISP_WEBHOOK_SECRET", hide_env_values = true)]
        secret: String,
        /// The `X-Crisp-Request-Timestamp` header.
        #[arg(long)]
        timestamp: String,
        /// The `X-Crisp-Signature` header.
        #[arg(long)]
        signature: String,
        /// How old a timestamp may be, in seconds (0: no limit; default 300).
        #[arg(long, default_value_t = 300)]
        tolerance: u64,
        /// The body: the text itself, `@file` or `-` for stdin.
        body: String,
    },
}

fn read(arg: &str) -> Result<Vec<u8>, CliError> {
    use std::io::Read;
    if arg == "-" {
        let mut body = Vec::new();
        std::io::stdin()
            .take(16 * 1024 * 1024)
            .read_to_end(&mut body)
            .map_err(CliError::io)?;
        Ok(body)
    } else if let Some(path) = arg.strip_prefix('@') {
        std::fs::read(path).map_err(|e| CliError::usage(format!("body file {path}: {e}")))
    } else {
        Ok(arg.as_bytes().to_vec())
    }
}

/// Epoch milliseconds now.
pub(crate) fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Runs a `crisp webhook` command.
pub(crate) fn run(command: WebhookCommand) -> Result<(), CliError> {
    match command {
        WebhookCommand::Sign {
            secret,
            timestamp,
            body,
        } => {
            let body = read(&body)?;
            let timestamp = timestamp.unwrap_or_else(now_ms).to_string();
            let signature = crisp::webhook::sign(&secret, &timestamp, &body);
            // The names as Crisp writes them (crisp_webhook's constants are lowercase).
            println!("X-Crisp-Request-Timestamp: {timestamp}");
            println!("X-Crisp-Signature: {signature}");
            Ok(())
        }
        WebhookCommand::Verify {
            secret,
            timestamp,
            signature,
            tolerance,
            body,
        } => {
            let body = read(&body)?;
            let tolerance = (tolerance > 0).then(|| Duration::from_secs(tolerance));
            let verifier = crisp::webhook::Verifier::new(&secret).tolerance(tolerance);
            verifier
                .verify(&timestamp, &signature, &body)
                .map_err(|e| CliError::failed(format!("not verified: {e}")))?;
            let hook = crisp::webhook::parse(&body)
                .map_err(|e| CliError::failed(format!("verified, but not a web hook: {e}")))?;
            let out = json!({
                "verified": true,
                "event": hook.event.name(),
                "website_id": hook.website_id,
                "timestamp": hook.timestamp,
                "data": hook.event.data(),
            });
            println!("{out}");
            Ok(())
        }
    }
}
