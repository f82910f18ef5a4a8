//! Several worker processes, one token, one daily quota shared on Redis.
//!
//! ```text
//! cargo run --example many_workers                               # starts redis-server itself
//! REDIS_URL=redis://127.0.0.1:6379/ cargo run --example many_workers
//! ```
//!
//! The parent starts the embedded Crisp sandbox and (without `REDIS_URL`) a `redis-server`
//! on a free loopback port, then runs itself 4 times as a worker (`many_workers worker`).
//! Each worker builds a client whose rate limiter is a `RedisLimiter` with a plugin quota
//! of 60 requests a day (`MANY_WORKERS_QUOTA`), and lists conversations until the quota is
//! used up (`ErrorKind::QuotaExhausted`, with the reset time). The parent checks that the
//! sandbox received exactly the quota in total, from all workers together, and exits 0.
//! A real deployment runs the worker part only, each process with the same `REDIS_URL`.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crisp::rest::limit::{Limits, RedisLimiter};
use crisp::rest::website::conversation::ListConversations;
use crisp::sandbox::Sandbox;
use crisp::types::WebsiteId;
use crisp::{Client, Credentials, ErrorKind, Tier};

const WORKERS: usize = 4;
const DEFAULT_QUOTA: u64 = 60;

#[tokio::main]
async fn main() -> ExitCode {
    let result = if std::env::args().nth(1).as_deref() == Some("worker") {
        worker().await
    } else {
        parent().await
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("many_workers: {error}");
            ExitCode::FAILURE
        }
    }
}

fn quota() -> u64 {
    std::env::var("MANY_WORKERS_QUOTA")
        .ok()
        .and_then(|q| q.parse().ok())
        .unwrap_or(DEFAULT_QUOTA)
}

/// One worker: calls until the shared quota is used up.
async fn worker() -> Result<(), String> {
    let var = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
    let id = var("WORKER_ID")?;
    let tier: Tier = var("CRISP_TIER")?.parse().map_err(|e| format!("{e}"))?;
    let credentials = Credentials::new(tier, var("CRISP_IDENTIFIER")?, var("CRISP_KEY")?);
    let limiter = RedisLimiter::builder(var("REDIS_URL")?)
        .limits(
            Limits::default()
                .plugin(Some(quota()))
                .website(Some(quota())),
        )
        .key_prefix(var("MANY_WORKERS_PREFIX")?)
        .connect()
        .await
        .map_err(|e| e.to_string())?;
    let client = Client::builder()
        .credentials(credentials)
        .base_url(var("CRISP_BASE_URL")?)
        .rate_limiter(Arc::new(limiter))
        .build()
        .map_err(|e| e.to_string())?;
    let website = WebsiteId::new(var("CRISP_WEBSITE_ID")?);
    let mut calls = 0_u64;
    loop {
        match client
            .website()
            .list_conversations(&website, 1, ListConversations::new())
            .await
        {
            Ok(_) => calls += 1,
            Err(error) if matches!(error.kind(), ErrorKind::QuotaExhausted { .. }) => {
                println!("worker {id}: {calls} calls, then: {error}");
                return Ok(());
            }
            Err(error) => return Err(format!("worker {id}: {error}")),
        }
    }
}

/// The parent: a sandbox, a Redis, the workers, and the count.
async fn parent() -> Result<(), String> {
    let sandbox = Sandbox::start().await.map_err(|e| e.to_string())?;
    let (_redis, redis_url) = match std::env::var("REDIS_URL") {
        Ok(url) => (None, url),
        Err(_) => {
            let redis = LocalRedis::start()?;
            let url = format!("redis://127.0.0.1:{}/", redis.port);
            (Some(redis), url)
        }
    };
    // A key prefix of its own per run, so that a shared Redis starts from zero.
    let credentials = sandbox.credentials();
    let prefix = format!("many_workers:{}", std::process::id());
    let quota = quota();
    println!(
        "{WORKERS} workers, one token, a shared quota of {quota} requests a day on {redis_url}"
    );
    let mut children = Vec::new();
    for id in 0..WORKERS {
        let child = Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
            .arg("worker")
            .env("WORKER_ID", id.to_string())
            .env("REDIS_URL", &redis_url)
            .env("CRISP_BASE_URL", sandbox.base_url())
            .env("CRISP_TIER", credentials.tier().as_str())
            .env("CRISP_IDENTIFIER", credentials.identifier())
            .env("MANY_WORKERS_PREFIX", &prefix)
            .env("CRISP_KEY", credentials.key())
            .env("CRISP_WEBSITE_ID", sandbox.website_id().to_string())
            .env("MANY_WORKERS_QUOTA", quota.to_string())
            .stdout(Stdio::inherit())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start a worker: {e}"))?;
        children.push(child);
    }
    let statuses = tokio::task::spawn_blocking(move || {
        children
            .into_iter()
            .map(|mut child| child.wait())
            .collect::<Vec<_>>()
    })
    .await
    .map_err(|e| e.to_string())?;
    for status in statuses {
        let status = status.map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("a worker failed: {status}"));
        }
    }
    let received = sandbox
        .requests()
        .iter()
        .filter(|r| r.path.contains("/conversations/"))
        .count();
    println!("the sandbox received {received} requests from {WORKERS} workers (quota {quota})");
    if u64::try_from(received).ok() != Some(quota) {
        return Err(format!("expected exactly {quota} requests, got {received}"));
    }
    Ok(())
}

/// A `redis-server` on a free loopback port, without persistence; killed on drop.
struct LocalRedis {
    child: Child,
    port: u16,
}

impl LocalRedis {
    fn start() -> Result<LocalRedis, String> {
        let port = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start redis-server ({e}); install it or set REDIS_URL"))?;
        let redis = LocalRedis { child, port };
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
            if let Ok(mut stream) = TcpStream::connect_timeout(&address, Duration::from_millis(200))
            {
                let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
                let mut pong = [0_u8; 7];
                if stream.write_all(b"PING\r\n").is_ok()
                    && stream.read_exact(&mut pong).is_ok()
                    && &pong == b"+PONG\r\n"
                {
                    return Ok(redis);
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(format!("redis-server did not answer on port {port}"))
    }
}

impl Drop for LocalRedis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
