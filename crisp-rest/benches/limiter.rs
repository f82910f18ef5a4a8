//! Benchmark: what the rate limiter adds to each call, asked once before the attempt
//! (`acquire`) and told once after it (`record`), through the client's `Arc<dyn
//! RateLimiter>`.
//!
//! ```text
//! cargo bench -p crisp-rest --bench limiter --features redis
//! REDIS_URL=redis://127.0.0.1:6379/ cargo bench -p crisp-rest --bench limiter --features redis
//! ```
//!
//! Rows: `unlimited` (the no-op limiter: the cost of the two boxed trait calls alone),
//! `local` (`LocalLimiter`, the default: one token, a quota counted on every call and the
//! cool-down check), `local, 1000 tokens` (the same with 1,000 tokens in the map), and `redis`
//! (`RedisLimiter`: one Lua script round trip to a loopback Redis per call). Without
//! `REDIS_URL` a `redis-server` is started on a free loopback port when one is installed;
//! otherwise the redis row is skipped. Each row is the best of 7 rounds on a
//! current-thread runtime.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crisp_core::Tier;
use crisp_rest::limit::{
    Attempt, Limits, LocalLimiter, Outcome, RateLimiter, RedisLimiter, Unlimited,
};
use http::{Method, StatusCode};

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    // A quota that is never reached: counted on every call, as in production.
    let no_quota = Limits::default().plugin(Some(u64::MAX / 2));
    let local: Arc<dyn RateLimiter> = Arc::new(LocalLimiter::new(no_quota.clone()));
    let crowded = LocalLimiter::new(no_quota.clone());
    let identifiers: Vec<String> = (0..1000).map(|i| format!("token-{i}")).collect();
    runtime.block_on(async {
        for identifier in &identifiers {
            let attempt = Attempt::new(Some(Tier::Plugin), Some(identifier), &Method::GET, "/r");
            crowded.acquire(&attempt).await.expect("within the quota");
        }
    });
    let crowded: Arc<dyn RateLimiter> = Arc::new(crowded);
    let unlimited: Arc<dyn RateLimiter> = Arc::new(Unlimited);

    println!("limiter overhead per call (acquire + record), best of 7 rounds");
    for (name, limiter, iterations) in [
        ("unlimited", &unlimited, 200_000),
        ("local", &local, 200_000),
        ("local, 1000 tokens", &crowded, 200_000),
    ] {
        let per_call = runtime.block_on(measure(limiter, iterations));
        println!("  {name:<20} {:>9.3} µs", per_call.as_secs_f64() * 1e6);
    }

    let mut spawned: Option<Child> = None;
    let url = match std::env::var("REDIS_URL") {
        Ok(url) => Some(url),
        Err(_) => start_redis().map(|(child, url)| {
            spawned = Some(child);
            url
        }),
    };
    match url {
        Some(url) => {
            let per_call = runtime.block_on(async {
                let limiter = RedisLimiter::builder(url)
                    .limits(no_quota)
                    .key_prefix(format!("bench:{}", std::process::id()))
                    .connect()
                    .await
                    .expect("Redis answers");
                let limiter: Arc<dyn RateLimiter> = Arc::new(limiter);
                measure(&limiter, 5_000).await
            });
            println!(
                "  {:<20} {:>9.3} µs (one loopback round trip)",
                "redis",
                per_call.as_secs_f64() * 1e6
            );
        }
        None => println!("  redis: skipped (no REDIS_URL and no redis-server on PATH)"),
    }
    if let Some(mut child) = spawned {
        let _ = child.kill();
        let _ = child.wait();
    }
}

/// The best per-call time of 7 rounds of `iterations` acquire + record pairs.
async fn measure(limiter: &Arc<dyn RateLimiter>, iterations: u32) -> Duration {
    let method = Method::GET;
    let attempt = Attempt::new(
        Some(Tier::Plugin),
        Some("bench-identifier"),
        &method,
        "/website/{website_id}/conversation/{session_id}",
    );
    let outcome = Outcome::new(Some(StatusCode::OK), None, None);
    let mut best = Duration::MAX;
    for _ in 0..7 {
        let started = Instant::now();
        for _ in 0..iterations {
            limiter.acquire(&attempt).await.expect("within the quota");
            limiter
                .record(&attempt, std::hint::black_box(&outcome))
                .await;
        }
        best = best.min(started.elapsed() / iterations);
    }
    best
}

/// A `redis-server` on a free loopback port, when one is installed.
fn start_redis() -> Option<(Child, String)> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .args(["--save", "", "--appendonly", "no"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some((child, format!("redis://127.0.0.1:{port}/")));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}
