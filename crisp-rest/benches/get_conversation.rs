//! Benchmark: `get_conversation` against a loopback server, for both backends and for a raw
//! hyper client doing the same request, with 1 and 16 requests in flight.
//!
//! ```text
//! cargo bench -p crisp-rest --bench get_conversation --all-features
//! BENCH_SECS=5 BENCH_ROUNDS=5 cargo bench -p crisp-rest --bench get_conversation --all-features
//! BENCH_ONLY=crisp+hyper:16 cargo bench …   # one row, e.g. under a profiler
//! BENCH_ONLY=overhead cargo bench …         # the in-memory client overhead only
//! BENCH_ONLY=crisp+hyper:16 BENCH_CALLS=20000 valgrind --tool=callgrind <bench binary>
//!                                             # exactly N calls: instructions per call
//! ```
//!
//! The server runs in a child process (this binary with `serve`), so the CPU time measured
//! here (user + system, from `/proc/self/stat`) is the client's alone. Each client runs on a
//! current-thread tokio runtime, i.e. on one core. Prints calls/s, CPU µs per call and the
//! ratio of calls/s to two baselines on the same hyper-util client: `raw-hyper` fetches the
//! bytes only; `raw-hyper+serde` also decodes them into the same `Conversation` type, which
//! is the work any typed client must do.

use std::convert::Infallible;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use crisp_rest::backend::{HyperTransport, ReqwestTransport};
use crisp_rest::limit::Limits;
use crisp_rest::{Client, Credentials, Transport};
use crisp_types::{SessionId, WebsiteId};
use http_body_util::{BodyExt, Full};

const BODY: &str = r#"{"error":false,"reason":"resolved","data":{"session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","website_id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc","inbox_id":null,"people_id":"c3a8b1d2-7e55-4a3e-9c1b-5b5f0d9f0a11","state":"unresolved","status":1,"is_verified":true,"is_blocked":false,"availability":"online","active":{"now":true,"last":1700000000000},"last_message":"Hello, I need help with my order","topic":"Order #1234","participants":[],"mentions":[],"compose":{},"unread":{"operator":1,"visitor":0},"assigned":{"user_id":"a4c32c68-be91-4e29-8a05-976e93abbe3f"},"meta":{"nickname":"Jane Doe","email":"jane@example.com","ip":"203.0.113.7","data":{"plan":"pro"},"segments":["vip","returning"],"device":{"locales":["en"],"timezone":-60,"geolocation":{"country":"FR","city":"Nantes"}}},"created_at":1700000000000,"updated_at":1700000100000,"waiting_since":1700000050000}}"#;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("serve") {
        serve();
        return;
    }
    let secs: f64 = std::env::var("BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3.0);
    if std::env::var("BENCH_ONLY").as_deref() == Ok("overhead") {
        overhead();
        return;
    }
    let (mut server, base) = spawn_server();
    if let Ok(only) = std::env::var("BENCH_ONLY") {
        let (name, in_flight) = only.split_once(':').unwrap_or((only.as_str(), "1"));
        let target = match name {
            "crisp+hyper" => Target::Hyper,
            "crisp+reqwest" => Target::Reqwest,
            "raw-hyper+serde" => Target::RawHyperTyped,
            _ => Target::RawHyper,
        };
        if let Some(calls) = std::env::var("BENCH_CALLS")
            .ok()
            .and_then(|n| n.parse::<u64>().ok())
        {
            // Exactly `calls` calls, for instruction counting under callgrind.
            count(in_flight.parse().unwrap_or(1), calls, &base, target);
            let _ = server.kill();
            let _ = server.wait();
            return;
        }
        let figures = run(name, in_flight.parse().unwrap_or(1), secs, &base, target);
        println!(
            "{name} {in_flight}: {:.0} calls/s, {:.1} cpu_us/call",
            figures.calls_per_sec, figures.cpu_us_per_call
        );
        let _ = server.kill();
        let _ = server.wait();
        return;
    }
    overhead();
    println!(
        "get_conversation over loopback, median of interleaved rounds of {secs} s, client on one core (current-thread runtime)"
    );
    println!(
        "{:<16} {:>9} {:>10} {:>12} {:>8} {:>14}",
        "client", "in_flight", "calls/s", "cpu_us/call", "vs_raw", "vs_raw+serde"
    );
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let targets = [
        ("crisp+hyper", Target::Hyper),
        ("crisp+reqwest", Target::Reqwest),
        ("raw-hyper+serde", Target::RawHyperTyped),
        ("raw-hyper", Target::RawHyper),
    ];
    for in_flight in [1usize, 16] {
        // Interleave the clients round after round, then take medians: host noise hits
        // all of them alike instead of whichever ran during a slow spell.
        let mut samples: Vec<Vec<Figures>> = vec![Vec::new(); targets.len()];
        for _ in 0..rounds {
            for (i, (name, target)) in targets.iter().enumerate() {
                samples[i].push(run(name, in_flight, secs, &base, *target));
            }
        }
        let medians: Vec<Figures> = samples.into_iter().map(median).collect();
        let (raw, typed) = (medians[3].calls_per_sec, medians[2].calls_per_sec);
        for ((name, _), figures) in targets.iter().zip(&medians) {
            println!(
                "{:<16} {:>9} {:>10.0} {:>12.1} {:>7.3}x {:>13.3}x",
                name,
                in_flight,
                figures.calls_per_sec,
                figures.cpu_us_per_call,
                figures.calls_per_sec / raw,
                figures.calls_per_sec / typed
            );
        }
    }
    let _ = server.kill();
    let _ = server.wait();
}

#[derive(Clone, Copy)]
enum Target {
    RawHyper,
    RawHyperTyped,
    Hyper,
    Reqwest,
}

/// What `raw-hyper+serde` decodes: the envelope's data, as the same type our client returns.
#[derive(serde::Deserialize)]
struct Envelope {
    data: crisp_types::website::conversation::Conversation,
}

#[derive(Clone, Copy)]
struct Figures {
    calls_per_sec: f64,
    cpu_us_per_call: f64,
}

/// User + system CPU time of this process, from `/proc/self/stat` (Linux; clock ticks of
/// 10 ms, so rows run for seconds). Zero where the file cannot be read.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) start at field 3 (`state`);
    // utime and stime are fields 14 and 15.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// Makes exactly `calls` calls (shared by `in_flight` workers) and returns.
fn count(in_flight: usize, calls: u64, base: &str, target: Target) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let worker = Worker::new(base, target);
        let left = Arc::new(AtomicU64::new(calls));
        let mut tasks = Vec::new();
        for _ in 0..in_flight {
            let (worker, left) = (worker.clone(), Arc::clone(&left));
            tasks.push(tokio::spawn(async move {
                while left
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
                    .is_ok()
                {
                    worker.call().await;
                }
            }));
        }
        for task in tasks {
            let _ = task.await;
        }
    });
}

/// One client of the benchmark and the request it repeats.
#[derive(Clone)]
struct Worker {
    target: Target,
    raw: hyper_util::client::legacy::Client<
        hyper_util::client::legacy::connect::HttpConnector,
        Full<Bytes>,
    >,
    client: Option<Client>,
    uri: http::Uri,
    website: WebsiteId,
    session: SessionId,
}

impl Worker {
    fn new(base: &str, target: Target) -> Self {
        let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
        let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
        let uri = format!("{base}/v1/website/{website}/conversation/{session}")
            .parse()
            .expect("uri");
        // The same connector settings as `HyperTransport` (TCP_NODELAY on).
        let mut connector = hyper_util::client::legacy::connect::HttpConnector::new();
        connector.set_nodelay(true);
        let raw = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build::<_, Full<Bytes>>(connector);
        let client = match target {
            Target::RawHyper | Target::RawHyperTyped => None,
            Target::Hyper => Some(client(base, Arc::new(HyperTransport::new()))),
            Target::Reqwest => Some(client(
                base,
                Arc::new(ReqwestTransport::new().expect("reqwest")),
            )),
        };
        Worker {
            target,
            raw,
            client,
            uri,
            website,
            session,
        }
    }

    async fn call(&self) {
        match &self.client {
            Some(client) => {
                let conversation = client
                    .website()
                    .get_conversation(&self.website, &self.session)
                    .await
                    .expect("call");
                std::hint::black_box(conversation);
            }
            None => {
                let request = http::Request::get(self.uri.clone())
                    .header("authorization", "Basic aWQ6a2V5")
                    .header("x-crisp-tier", "plugin")
                    .header("user-agent", "raw-hyper")
                    .header("accept", "application/json")
                    .body(Full::new(Bytes::new()))
                    .expect("request");
                let response = self.raw.request(request).await.expect("raw call");
                let body = response
                    .into_body()
                    .collect()
                    .await
                    .expect("body")
                    .to_bytes();
                if matches!(self.target, Target::RawHyperTyped) {
                    let envelope: Envelope = serde_json::from_slice(&body).expect("decode");
                    std::hint::black_box(envelope.data);
                }
                std::hint::black_box(body);
            }
        }
    }
}

fn run(_name: &str, in_flight: usize, secs: f64, base: &str, target: Target) -> Figures {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let calls = Arc::new(AtomicU64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let worker = Worker::new(base, target);
        let mut tasks = Vec::new();
        for _ in 0..in_flight {
            let (calls, stop, worker) = (Arc::clone(&calls), Arc::clone(&stop), worker.clone());
            tasks.push(tokio::spawn(async move {
                while !stop.load(Ordering::Relaxed) {
                    worker.call().await;
                    calls.fetch_add(1, Ordering::Relaxed);
                }
            }));
        }
        // Warm up (connections, pools), then measure.
        tokio::time::sleep(Duration::from_millis(500)).await;
        let (calls_before, cpu_before, started) =
            (calls.load(Ordering::Relaxed), cpu_time(), Instant::now());
        tokio::time::sleep(Duration::from_secs_f64(secs)).await;
        let (calls_after, cpu_after, elapsed) =
            (calls.load(Ordering::Relaxed), cpu_time(), started.elapsed());
        stop.store(true, Ordering::Relaxed);
        for task in tasks {
            let _ = task.await;
        }
        let done = (calls_after - calls_before).max(1) as f64;
        Figures {
            calls_per_sec: done / elapsed.as_secs_f64(),
            cpu_us_per_call: (cpu_after - cpu_before).as_secs_f64() * 1e6 / done,
        }
    })
}

/// A transport that answers every request with the same response, from memory.
#[derive(Debug)]
struct Canned(http::Response<Bytes>);

#[async_trait::async_trait]
impl Transport for Canned {
    async fn send(
        &self,
        _request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, crisp_rest::TransportError> {
        let mut response = http::Response::new(self.0.body().clone());
        *response.headers_mut() = self.0.headers().clone();
        Ok(response)
    }
}

/// The client's own cost per call, without a network: the whole call path over an
/// in-memory transport, against decoding the same bytes with serde alone.
fn overhead() {
    let iterations = 50_000u32;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let mut canned = http::Response::new(Bytes::from_static(BODY.as_bytes()));
    canned.headers_mut().insert(
        "content-type",
        http::HeaderValue::from_static("application/json"),
    );
    let client = client("http://127.0.0.1:9", Arc::new(Canned(canned)));
    let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    let per_call = |elapsed: Duration| elapsed.as_secs_f64() * 1e6 / f64::from(iterations);
    // Interleaved rounds, minimum of each: the least disturbed run of pure CPU work.
    let (mut decode, mut full) = (f64::MAX, f64::MAX);
    for _ in 0..7 {
        let started = Instant::now();
        for _ in 0..iterations {
            let envelope: Envelope = serde_json::from_slice(BODY.as_bytes()).expect("decode");
            std::hint::black_box(envelope.data);
        }
        decode = decode.min(per_call(started.elapsed()));
        full = full.min(runtime.block_on(async {
            let started = Instant::now();
            for _ in 0..iterations {
                let conversation = client
                    .website()
                    .get_conversation(&website, &session)
                    .await
                    .expect("call");
                std::hint::black_box(conversation);
            }
            per_call(started.elapsed())
        }));
    }
    println!(
        "in memory (best of 7 x {iterations} calls): serde decode alone {decode:.2} us/call, whole client call {full:.2} us/call, client overhead {:.2} us/call",
        full - decode
    );
}

/// The median of each figure over the rounds.
fn median(mut samples: Vec<Figures>) -> Figures {
    let middle = samples.len() / 2;
    samples.sort_by(|a, b| a.calls_per_sec.total_cmp(&b.calls_per_sec));
    let calls_per_sec = samples[middle].calls_per_sec;
    samples.sort_by(|a, b| a.cpu_us_per_call.total_cmp(&b.cpu_us_per_call));
    Figures {
        calls_per_sec,
        cpu_us_per_call: samples[middle].cpu_us_per_call,
    }
}

fn client(base: &str, transport: Arc<dyn Transport>) -> Client {
    Client::builder()
        .credentials(Credentials::plugin("id", "key"))
        .base_url(format!("{base}/v1/"))
        .transport(transport)
        // The default limiter stays in the measured path (it counts every call), with a
        // quota no bench reaches: the default plugin quota, 5,000 a day, would end the
        // bench after 5,000 calls with `QuotaExhausted`.
        .limits(Limits::default().plugin(Some(u64::MAX)))
        .build()
        .expect("client")
}

fn spawn_server() -> (Child, String) {
    let exe = std::env::current_exe().expect("current exe");
    let mut child = Command::new(exe)
        .arg("serve")
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn server");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("server address");
    (child, format!("http://{}", line.trim()))
}

/// The loopback server: HTTP/1.1 keep-alive, answers every request with [`BODY`].
fn serve() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        println!("{}", listener.local_addr().expect("addr"));
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let service = hyper::service::service_fn(|_request| async {
                    let mut response =
                        http::Response::new(Full::new(Bytes::from_static(BODY.as_bytes())));
                    response.headers_mut().insert(
                        "content-type",
                        http::HeaderValue::from_static("application/json"),
                    );
                    Ok::<_, Infallible>(response)
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        }
    });
}
