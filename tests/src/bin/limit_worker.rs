//! A worker process for the Redis rate-limit tests (`tests/tests/redis_limit.rs`): calls a
//! local server through a client whose limiter is a `RedisLimiter`, and prints what came
//! back as one line, `ok=<n> exhausted=<n> rate_limited=<n> other=<n>`.
//!
//! Configured by the environment: `WORKER_BASE_URL`, `WORKER_REDIS_URL`, `WORKER_ID`,
//! `WORKER_QUOTA` (plugin requests per day), and either `WORKER_CALLS` (stop after that
//! many calls) or `WORKER_SECS` (call for that long, 20 ms apart).

use std::sync::Arc;
use std::time::{Duration, Instant};

use crisp::rest::limit::{Limits, RedisLimiter};
use crisp::{Client, Credentials, ErrorKind, RetryPolicy};
use http::{HeaderName, HeaderValue, Method};

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("{name} is not set"))
}

fn number(name: &str) -> Result<Option<u64>, String> {
    match std::env::var(name) {
        Ok(value) => value
            .parse()
            .map(Some)
            .map_err(|_| format!("{name} is not a number")),
        Err(_) => Ok(None),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), String> {
    let base_url = env("WORKER_BASE_URL")?;
    let redis_url = env("WORKER_REDIS_URL")?;
    let id = env("WORKER_ID")?;
    let quota = number("WORKER_QUOTA")?;
    let calls = number("WORKER_CALLS")?;
    let secs = number("WORKER_SECS")?;
    let limiter = RedisLimiter::builder(redis_url)
        .limits(Limits::default().plugin(quota))
        .connect()
        .await
        .map_err(|e| e.to_string())?;
    let client = Client::builder()
        .credentials(Credentials::plugin("worker-token", "worker-key"))
        .base_url(base_url)
        .header(
            HeaderName::from_static("x-worker"),
            HeaderValue::from_str(&id).map_err(|e| e.to_string())?,
        )
        // A 429 is reported, not retried: the test looks at what the others do.
        .retry(RetryPolicy::none())
        .rate_limiter(Arc::new(limiter))
        .build()
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let (mut ok, mut exhausted, mut rate_limited, mut other) = (0_u64, 0_u64, 0_u64, 0_u64);
    let mut made = 0_u64;
    loop {
        if calls.is_some_and(|calls| made >= calls) {
            break;
        }
        if secs.is_some_and(|secs| started.elapsed() >= Duration::from_secs(secs)) {
            break;
        }
        made += 1;
        let result: Result<serde_json::Value, _> = client
            .raw(Method::GET, "/website/{website_id}/conversations/{page}")
            .param("w1")
            .param(1)
            .data()
            .await;
        match result {
            Ok(_) => ok += 1,
            Err(error) => match error.kind() {
                ErrorKind::QuotaExhausted { .. } => exhausted += 1,
                ErrorKind::RateLimited { .. } => rate_limited += 1,
                _ => {
                    eprintln!("worker {id}: {error}");
                    other += 1;
                }
            },
        }
        if secs.is_some() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    println!("ok={ok} exhausted={exhausted} rate_limited={rate_limited} other={other}");
    Ok(())
}
