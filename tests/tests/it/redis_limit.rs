//! The Redis rate limiter against a real `redis-server` (started per test on a free
//! loopback port, see `crisp_tests::redis`): worker PROCESSES (`limit_worker`, a binary of
//! this crate) share one quota and one cool-down, and a Redis that goes away gives a typed
//! error or the local fallback, never a hang.
//!
//! The requests are counted by a local axum server that answers like Crisp.

use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use crisp::rest::limit::{Limits, RedisFallback, RedisLimiter};
use crisp::{Client, Credentials, ErrorKind, RetryPolicy, Tier};
use crisp_tests::redis::RedisServer;
use http::Method;

/// How long anything may take before the test fails (a hang guard, not a speed check).
const PATIENCE: Duration = Duration::from_secs(60);

/// Every request the server got: which worker sent it (`X-Worker`), and when.
#[derive(Clone, Default)]
struct Server {
    seen: Arc<Mutex<Vec<(String, Instant)>>>,
    /// Answer 429 (Retry-After: 3) once every one of this many workers was seen twice.
    rate_limit_after: Option<usize>,
    limited: Arc<Mutex<Option<Instant>>>,
}

const ENVELOPE: &str = r#"{"error":false,"reason":"resolved","data":[]}"#;

async fn answer(State(server): State<Server>, headers: HeaderMap) -> impl IntoResponse {
    let worker = headers
        .get("x-worker")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let now = Instant::now();
    let mut seen = server.seen.lock().unwrap();
    seen.push((worker, now));
    if let Some(workers) = server.rate_limit_after {
        let mut limited = server.limited.lock().unwrap();
        let ready = (0..workers).all(|id| {
            let id = id.to_string();
            seen.iter().filter(|(w, _)| *w == id).count() >= 2
        });
        if limited.is_none() && ready {
            *limited = Some(now);
            return (
                StatusCode::TOO_MANY_REQUESTS,
                [("retry-after", "3"), ("content-type", "application/json")],
                r#"{"error":true,"reason":"rate_limited","data":{}}"#,
            );
        }
    }
    (
        StatusCode::OK,
        [("x-answer", "ok"), ("content-type", "application/json")],
        ENVELOPE,
    )
}

/// Starts the counting server; gives its base URL (with `/v1/`).
async fn start(server: Server) -> String {
    let app = Router::new()
        .route("/v1/website/{website_id}/conversations/{page}", get(answer))
        .with_state(server);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{address}/v1/")
}

/// Runs `workers` worker processes at once with `env`, and gives their outputs.
async fn run_workers(
    workers: usize,
    base_url: &str,
    redis: &RedisServer,
    env: &[(&str, String)],
) -> Vec<Counts> {
    let mut children = Vec::new();
    for id in 0..workers {
        let mut command = Command::new(env!("CARGO_BIN_EXE_limit_worker"));
        command
            .env("WORKER_BASE_URL", base_url)
            .env("WORKER_REDIS_URL", redis.url())
            .env("WORKER_ID", id.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (name, value) in env {
            command.env(name, value);
        }
        children.push(command.spawn().expect("the worker binary starts"));
    }
    let outputs = tokio::time::timeout(
        PATIENCE,
        tokio::task::spawn_blocking(move || {
            children
                .into_iter()
                .map(|child| child.wait_with_output().expect("the worker runs"))
                .collect::<Vec<Output>>()
        }),
    )
    .await
    .expect("the workers finish in time")
    .unwrap();
    outputs
        .iter()
        .map(|output| {
            let stdout = String::from_utf8_lossy(&output.stdout);
            assert!(
                output.status.success(),
                "worker failed: {} {stdout} {}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            );
            Counts::parse(&stdout)
        })
        .collect()
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    ok: u64,
    exhausted: u64,
    rate_limited: u64,
    other: u64,
}

impl Counts {
    fn parse(line: &str) -> Counts {
        let mut counts = Counts::default();
        for pair in line.split_whitespace() {
            let (name, value) = pair.split_once('=').expect("name=value");
            let value: u64 = value.parse().expect("a count");
            match name {
                "ok" => counts.ok = value,
                "exhausted" => counts.exhausted = value,
                "rate_limited" => counts.rate_limited = value,
                "other" => counts.other = value,
                _ => panic!("unknown count {name}"),
            }
        }
        counts
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn worker_processes_sharing_one_quota_never_exceed_it_in_total() {
    let Some(redis) = RedisServer::start("worker_processes_sharing_one_quota") else {
        return;
    };
    let server = Server::default();
    let base_url = start(server.clone()).await;
    const WORKERS: usize = 4;
    const CALLS: u64 = 40;
    const QUOTA: u64 = 100;
    let counts = run_workers(
        WORKERS,
        &base_url,
        &redis,
        &[
            ("WORKER_QUOTA", QUOTA.to_string()),
            ("WORKER_CALLS", CALLS.to_string()),
        ],
    )
    .await;
    let received = server.seen.lock().unwrap().len();
    assert_eq!(
        received, 100,
        "the server got exactly the quota: {counts:?}"
    );
    let ok: u64 = counts.iter().map(|c| c.ok).sum();
    let exhausted: u64 = counts.iter().map(|c| c.exhausted).sum();
    assert_eq!(ok, QUOTA, "{counts:?}");
    assert_eq!(exhausted, WORKERS as u64 * CALLS - QUOTA, "{counts:?}");
    assert!(
        counts.iter().all(|c| c.other == 0 && c.rate_limited == 0),
        "{counts:?}"
    );
    // More than one process got a share (they ran at once).
    let workers_seen: std::collections::HashSet<_> = server
        .seen
        .lock()
        .unwrap()
        .iter()
        .map(|(w, _)| w.clone())
        .collect();
    assert!(workers_seen.len() > 1, "{workers_seen:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limit_seen_by_one_worker_pauses_the_others() {
    let Some(redis) = RedisServer::start("a_rate_limit_seen_by_one_worker_pauses_the_others")
    else {
        return;
    };
    const WORKERS: usize = 3;
    let server = Server {
        rate_limit_after: Some(WORKERS),
        ..Server::default()
    };
    let base_url = start(server.clone()).await;
    let counts = run_workers(
        WORKERS,
        &base_url,
        &redis,
        &[("WORKER_SECS", "7".to_owned())],
    )
    .await;
    let limited_at = server
        .limited
        .lock()
        .unwrap()
        .expect("every worker ran, then one got a 429");
    let rate_limited: u64 = counts.iter().map(|c| c.rate_limited).sum();
    assert_eq!(rate_limited, 1, "{counts:?}");
    let seen = server.seen.lock().unwrap();
    // Requests already on their way when the 429 went out may land just after it; none
    // may start inside the 3 s cool-down (0.5 s of slack on either side).
    let during: Vec<_> = seen
        .iter()
        .filter(|(_, at)| {
            *at > limited_at + Duration::from_millis(500)
                && *at < limited_at + Duration::from_millis(2500)
        })
        .collect();
    assert!(
        during.is_empty(),
        "requests during the cool-down: {during:?}"
    );
    // And every worker went on after it.
    for id in 0..WORKERS {
        let id = id.to_string();
        assert!(
            seen.iter()
                .any(|(w, at)| *w == id && *at >= limited_at + Duration::from_millis(2900)),
            "worker {id} did not resume"
        );
    }
}

fn client(base_url: &str, limiter: RedisLimiter) -> Client {
    Client::builder()
        .credentials(Credentials::plugin("worker-token", "worker-key"))
        .base_url(base_url)
        .retry(RetryPolicy::none())
        .rate_limiter(Arc::new(limiter))
        .build()
        .unwrap()
}

async fn call(client: &Client) -> Result<serde_json::Value, crisp::Error> {
    tokio::time::timeout(
        PATIENCE,
        client
            .raw(Method::GET, "/website/{website_id}/conversations/{page}")
            .param("w1")
            .param(1)
            .data(),
    )
    .await
    .expect("a call never hangs on a Redis that went away")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_that_goes_away_gives_a_typed_error_or_the_local_fallback() {
    let Some(mut redis) = RedisServer::start("a_redis_that_goes_away") else {
        return;
    };
    let server = Server::default();
    let base_url = start(server.clone()).await;
    let limiter = |fallback| {
        RedisLimiter::builder(redis.url())
            .limits(Limits::default().plugin(Some(1000)))
            .command_timeout(Duration::from_millis(500))
            .fallback(fallback)
            .connect()
    };
    let failing = client(&base_url, limiter(RedisFallback::Fail).await.unwrap());
    let falling_back = client(&base_url, limiter(RedisFallback::Local).await.unwrap());
    call(&failing).await.unwrap();
    call(&falling_back).await.unwrap();
    assert_eq!(server.seen.lock().unwrap().len(), 2);

    redis.kill();
    let error = call(&failing).await.unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::Limiter { .. }),
        "{error:?}"
    );
    assert_eq!(error.call().map(|c| c.attempts), Some(0), "{error}");
    assert!(!error.to_string().contains("worker-key"), "{error}");
    assert_eq!(server.seen.lock().unwrap().len(), 2, "nothing was sent");
    // The fallback counts in this process and goes on.
    for _ in 0..3 {
        call(&falling_back).await.unwrap();
    }
    assert_eq!(server.seen.lock().unwrap().len(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_name_a_digest_of_the_identifier_and_expire() {
    let Some(redis) = RedisServer::start("keys_name_a_digest_of_the_identifier") else {
        return;
    };
    let server = Server::default();
    let base_url = start(server.clone()).await;
    let limiter = RedisLimiter::builder(redis.url())
        .key_prefix("test:limit")
        .connect()
        .await
        .unwrap();
    let key = limiter.key_for(Some(Tier::Plugin), Some("worker-token"));
    assert!(key.starts_with("test:limit:plugin:"), "{key}");
    assert_eq!(key.len(), "test:limit:plugin:".len() + 32);
    assert!(!key.contains("worker-token"));
    let client = client(&base_url, limiter);
    call(&client).await.unwrap();
    // The state is on the server under that key, with an expiry, and nothing else is.
    let keys = redis_command(&redis, &["KEYS", "*"]).await;
    assert!(keys.contains(&key), "{keys}");
    assert!(!keys.contains("worker"), "{keys}");
    let ttl = redis_command(&redis, &["PTTL", &key]).await;
    let ttl: i64 = ttl.trim_start_matches(':').trim().parse().unwrap();
    assert!(ttl > 0 && ttl <= 25 * 3600 * 1000, "{ttl}");
    let counted = redis_command(&redis, &["HGET", &key, "count"]).await;
    assert!(counted.ends_with("\r\n1\r\n"), "{counted:?}");
}

/// Sends one command to Redis over a raw socket and gives the raw answer.
async fn redis_command(redis: &RedisServer, args: &[&str]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", redis.port()))
        .await
        .unwrap();
    let mut command = format!("*{}\r\n", args.len());
    for arg in args {
        command.push_str(&format!("${}\r\n{arg}\r\n", arg.len()));
    }
    stream.write_all(command.as_bytes()).await.unwrap();
    let mut buffer = vec![0_u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buffer))
        .await
        .unwrap()
        .unwrap();
    String::from_utf8_lossy(&buffer[..n]).into_owned()
}
