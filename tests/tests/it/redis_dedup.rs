//! Web-hook redelivery dedup: N receivers (axum servers with the `UniqueWebhook`
//! extractor, each with its own connection to one real `redis-server`) given the same
//! delivery process it exactly once; a Redis that goes away is answered 503, never a
//! hang. The in-memory store is checked through the same extractor.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::routing::post;
use crisp::webhook::axum::{Dedup, UniqueWebhook};
use crisp::webhook::dedup::{Deduplicator, MemoryDedup, RedisDedup};
use crisp::webhook::{Verifier, sign};
use crisp_tests::redis::RedisServer;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const SECRET: &str = "hook-secret";
const PATIENCE: Duration = Duration::from_secs(30);

/// A receiver's state: the verifier, the store, and the count of handler runs (shared by
/// all receivers of a test).
#[derive(Clone)]
struct Receiver {
    verifier: Verifier,
    dedup: Dedup,
    handled: Arc<AtomicUsize>,
    attempts: Arc<std::sync::Mutex<Vec<Seen>>>,
}

/// What a handler saw of the delivery headers: attempt count, limit, hook origin.
type Seen = (Option<u32>, Option<u32>, Option<String>);

impl axum::extract::FromRef<Receiver> for Verifier {
    fn from_ref(state: &Receiver) -> Self {
        state.verifier.clone()
    }
}

impl axum::extract::FromRef<Receiver> for Dedup {
    fn from_ref(state: &Receiver) -> Self {
        state.dedup.clone()
    }
}

async fn handle(State(receiver): State<Receiver>, delivery: UniqueWebhook) -> &'static str {
    receiver.handled.fetch_add(1, Ordering::SeqCst);
    receiver.attempts.lock().unwrap().push((
        delivery.webhook.attempt_count(),
        delivery.webhook.attempt_limit(),
        delivery.webhook.hook_origin().map(str::to_owned),
    ));
    "processed"
}

/// Starts a receiver on a loopback port; gives its address.
async fn receiver(state: Receiver) -> std::net::SocketAddr {
    let app = Router::new().route("/hook", post(handle)).with_state(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    address
}

fn body(fingerprint: u64) -> String {
    format!(
        r#"{{"website_id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc","event":"message:send","data":{{"website_id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc","session_id":"session_1","type":"text","from":"user","origin":"chat","content":"Hello","fingerprint":{fingerprint},"timestamp":1718029573512}},"timestamp":1718029573512}}"#
    )
}

/// POSTs a signed delivery (attempt `attempt` of 3) over a raw HTTP/1.1 connection; gives
/// the status and the body of the answer.
async fn deliver(address: std::net::SocketAddr, body: &str, attempt: u32) -> (u16, String) {
    let timestamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis()
        .to_string();
    let signature = sign(SECRET, &timestamp, body.as_bytes());
    let request = format!(
        "POST /hook HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nX-Crisp-Request-Timestamp: {timestamp}\r\n\
         X-Crisp-Signature: {signature}\r\nX-Crisp-Hook-Origin: plugin/test 38b411d9377a6a00 production\r\n\
         X-Delivery-Attempt-Count: {attempt}\r\nX-Delivery-Attempt-Limit: 3\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    );
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await.unwrap();
        String::from_utf8_lossy(&answer).into_owned()
    };
    let answer = tokio::time::timeout(PATIENCE, exchange)
        .await
        .expect("the receiver answers in time");
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let content = answer.split("\r\n\r\n").nth(1).unwrap_or("").to_owned();
    (status, content)
}

fn state(dedup: Arc<dyn Deduplicator>, handled: &Arc<AtomicUsize>) -> Receiver {
    Receiver {
        verifier: Verifier::new(SECRET),
        dedup: Dedup(dedup),
        handled: Arc::clone(handled),
        attempts: Arc::default(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn n_receivers_given_the_same_delivery_process_it_exactly_once() {
    let Some(redis) = RedisServer::start("n_receivers_given_the_same_delivery") else {
        return;
    };
    const RECEIVERS: usize = 5;
    let handled = Arc::new(AtomicUsize::new(0));
    let mut addresses = Vec::new();
    let mut states = Vec::new();
    for _ in 0..RECEIVERS {
        let dedup = RedisDedup::builder(redis.url())
            .command_timeout(Duration::from_millis(500))
            .connect()
            .await
            .unwrap();
        let state = state(Arc::new(dedup), &handled);
        states.push(state.clone());
        addresses.push(receiver(state).await);
    }
    // The same delivery to every receiver at once, twice each (a retry racing the first).
    let body = body(171_802_957_351_245);
    let mut sends = Vec::new();
    for round in 0..2 {
        for address in &addresses {
            let body = body.clone();
            let address = *address;
            sends.push(tokio::spawn(async move {
                deliver(address, &body, round + 1).await
            }));
        }
    }
    let mut duplicates = 0;
    for send in sends {
        let (status, content) = send.await.unwrap();
        assert_eq!(status, 200, "{content}");
        if content == r#"{"duplicate":true}"# {
            duplicates += 1;
        } else {
            assert_eq!(content, "processed");
        }
    }
    assert_eq!(handled.load(Ordering::SeqCst), 1, "processed exactly once");
    assert_eq!(duplicates, 2 * RECEIVERS - 1);
    // The handler saw the delivery headers.
    let seen: Vec<_> = states
        .iter()
        .flat_map(|s| s.attempts.lock().unwrap().clone())
        .collect();
    assert_eq!(seen.len(), 1);
    let (count, limit, origin) = &seen[0];
    assert!(matches!(count, Some(1 | 2)), "{count:?}");
    assert_eq!(*limit, Some(3));
    assert_eq!(
        origin.as_deref(),
        Some("plugin/test 38b411d9377a6a00 production")
    );
    // Another delivery is new.
    let (status, content) = deliver(addresses[2], &other_body(), 1).await;
    assert_eq!((status, content.as_str()), (200, "processed"));
    assert_eq!(handled.load(Ordering::SeqCst), 2);
}

fn other_body() -> String {
    body(171_802_957_351_246)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_that_goes_away_is_answered_503_without_calling_the_handler() {
    let Some(mut redis) = RedisServer::start("a_redis_that_goes_away_is_answered_503") else {
        return;
    };
    let handled = Arc::new(AtomicUsize::new(0));
    let dedup = RedisDedup::builder(redis.url())
        .command_timeout(Duration::from_millis(300))
        .ttl(Duration::from_secs(60))
        .connect()
        .await
        .unwrap();
    let address = receiver(state(Arc::new(dedup), &handled)).await;
    assert_eq!(deliver(address, &body(1), 1).await.0, 200);
    redis.kill();
    let (status, content) = deliver(address, &body(2), 1).await;
    assert_eq!(status, 503, "{content}");
    assert_eq!(content, r#"{"error":"dedup_unavailable"}"#);
    assert_eq!(handled.load(Ordering::SeqCst), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_memory_store_drops_redeliveries_and_forgets_on_request() {
    let handled = Arc::new(AtomicUsize::new(0));
    let memory = Arc::new(MemoryDedup::new());
    let address = receiver(state(
        Arc::clone(&memory) as Arc<dyn Deduplicator>,
        &handled,
    ))
    .await;
    let body = body(7);
    assert_eq!(
        deliver(address, &body, 1).await,
        (200, "processed".to_owned())
    );
    assert_eq!(
        deliver(address, &body, 2).await,
        (200, r#"{"duplicate":true}"#.to_owned())
    );
    assert_eq!(handled.load(Ordering::SeqCst), 1);
    // A bad signature is still refused, before the store is asked.
    let (status, _) = deliver_unsigned(address, &body.replace("Hello", "Hullo")).await;
    assert_eq!(status, 401);
    assert_eq!(memory.len(), 1);
    // After `forget` (the work failed), the redelivery is processed.
    let key = crisp::webhook::dedup::DeliveryKey::new(
        Some("plugin/test 38b411d9377a6a00 production"),
        body.as_bytes(),
    );
    memory.forget(&key).await.unwrap();
    assert_eq!(
        deliver(address, &body, 3).await,
        (200, "processed".to_owned())
    );
    assert_eq!(handled.load(Ordering::SeqCst), 2);
}

/// A delivery with a signature of zeros.
async fn deliver_unsigned(address: std::net::SocketAddr, body: &str) -> (u16, String) {
    let request = format!(
        "POST /hook HTTP/1.1\r\nHost: {address}\r\nContent-Length: {}\r\n\
         X-Crisp-Request-Timestamp: 1718029573512\r\nX-Crisp-Signature: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len(),
        "0".repeat(64)
    );
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(PATIENCE, stream.read_to_end(&mut answer))
        .await
        .unwrap()
        .unwrap();
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap();
    (status, answer)
}
