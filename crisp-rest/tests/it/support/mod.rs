//! Shared helpers of the crisp-rest integration tests: a client per backend, pointed at a
//! wiremock server on loopback; [`for_each_backend`], which runs a test on every backend;
//! [`alone`], which runs a test in a process of its own.

#![allow(dead_code, unreachable_pub)]

use std::sync::Arc;
use std::time::Duration;

use crisp_rest::{Call, Client, Credentials, RetryPolicy, Transport};
use crisp_types::website::conversation::Conversation;
use crisp_types::{SessionId, WebsiteId};

pub const IDENTIFIER: &str = "7c3ef21c-1e04-41ce-8c06-5605c346f73e";
pub const KEY: &str = "cc29e1a5086e428fcc6a697d5837a66d82808e65c5cce006fbf2191ceea80a0a";

/// The HTTP backends compiled in (both with `--all-features`), named.
pub fn backends() -> Vec<(&'static str, Arc<dyn Transport>)> {
    [
        #[cfg(feature = "reqwest")]
        (
            "reqwest",
            Arc::new(crisp_rest::backend::ReqwestTransport::new().expect("reqwest backend"))
                as Arc<dyn Transport>,
        ),
        #[cfg(feature = "hyper")]
        (
            "hyper",
            Arc::new(crisp_rest::backend::HyperTransport::new()) as Arc<dyn Transport>,
        ),
    ]
    .into_iter()
    .collect()
}

/// Runs `test` once on each HTTP backend compiled in (reqwest, then hyper; both with
/// `--all-features`, as CI runs), passing the backend's name and its transport. A panic
/// inside `test` is reported with the backend's name, then passed on, so a failure always
/// says which backend it was on even where the assertion does not. Panics when no backend
/// is compiled in, rather than passing without running anything.
///
/// ```ignore
/// support::for_each_backend(|backend, transport| async move {
///     let server = support::answering(ResponseTemplate::new(503)).await;
///     let client = support::client(&server.uri(), transport);
///     assert!(client.website().get_conversation(&w, &s).await.is_err(), "{backend}");
/// })
/// .await;
/// ```
pub async fn for_each_backend<F, Fut>(mut test: F)
where
    F: FnMut(&'static str, Arc<dyn Transport>) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    use futures_util::FutureExt as _;
    let backends = backends();
    assert!(
        !backends.is_empty(),
        "no HTTP backend compiled in: enable `reqwest` and / or `hyper`"
    );
    for (backend, transport) in backends {
        let run = std::panic::AssertUnwindSafe(test(backend, transport));
        if let Err(panic) = run.catch_unwind().await {
            eprintln!("the test above failed on the {backend} backend");
            std::panic::resume_unwind(panic);
        }
    }
}

/// Runs the calling test alone in a child process of this test binary and returns `false`
/// there; in the child it returns `true`, and the test goes on. For the tests that read
/// process-wide state (the peak RSS of the process) and so must not share the process with
/// the other tests of the binary. `name` is the test's path in the binary
/// (`body_memory::an_endless_body_holds_memory_near_the_default_limit`).
///
/// ```ignore
/// #[test]
/// fn measures_the_process() {
///     if !support::alone("module::measures_the_process") {
///         return; // the child ran it and passed
///     }
///     // … alone in this process
/// }
/// ```
pub fn alone(name: &str) -> bool {
    const CHILD: &str = "CRISP_TEST_ALONE";
    if std::env::var_os(CHILD).is_some_and(|v| v == name) {
        return true;
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let output = std::process::Command::new(exe)
        .args([name, "--exact", "--test-threads=1", "--nocapture"])
        .env(CHILD, name)
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        output.status.success(),
        "{name}, alone in a child process, failed ({})",
        output.status
    );
    assert!(
        stdout.contains("1 passed"),
        "{name}: the child process did not run it"
    );
    false
}

/// A wiremock server on loopback that answers every request with `response` (a
/// `ResponseTemplate`, or any responder such as a sequence).
pub async fn answering(response: impl wiremock::Respond + 'static) -> wiremock::MockServer {
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

/// A plugin-tier client for `base` over `transport`, with fast retries.
pub fn client(base: &str, transport: Arc<dyn Transport>) -> Client {
    Client::builder()
        .credentials(Credentials::plugin(IDENTIFIER, KEY))
        .base_url(format!("{base}/v1/"))
        .transport(transport)
        .timeout(Duration::from_secs(5))
        .retry(
            RetryPolicy::default()
                .initial_backoff(Duration::from_millis(10))
                .max_backoff(Duration::from_millis(50)),
        )
        .build()
        .expect("client")
}

/// A Crisp success envelope around `data`.
pub fn ok(data: serde_json::Value) -> serde_json::Value {
    serde_json::json!({"error": false, "reason": "ok", "data": data})
}

/// The website of the conversation most behaviour tests read.
pub fn website() -> WebsiteId {
    WebsiteId::new("w1")
}

/// The session of the conversation most behaviour tests read.
pub fn session() -> SessionId {
    SessionId::new("session_1")
}

/// *Get A Conversation* of [`website`] / [`session`]: the call most behaviour tests make.
pub fn get_conversation(client: &Client) -> Call<Conversation> {
    client.website().get_conversation(&website(), &session())
}

/// A success envelope of that conversation (resolved).
pub fn conversation_body() -> serde_json::Value {
    ok(serde_json::json!({"session_id": "session_1", "website_id": "w1", "state": "resolved"}))
}

/// A Crisp refusal: `status` with the error envelope naming `reason`.
pub fn refusal(status: u16, reason: &str) -> wiremock::ResponseTemplate {
    wiremock::ResponseTemplate::new(status)
        .set_body_json(serde_json::json!({"error": true, "reason": reason, "data": {}}))
}

/// How many requests `server` has received.
pub async fn requests(server: &wiremock::MockServer) -> usize {
    server.received_requests().await.map_or(0, |r| r.len())
}

/// A bare HTTP/1.1 server on loopback that records each request line exactly as it came
/// over the wire (no URL parsing, so no dot-segment resolution) and answers
/// `200 {"error":false,"reason":"ok","data":{}}`.
pub struct WireCapture {
    pub uri: String,
    lines: Arc<std::sync::Mutex<Vec<String>>>,
}

impl WireCapture {
    pub async fn start() -> Self {
        use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let uri = format!("http://{}", listener.local_addr().expect("addr"));
        let lines = Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = Arc::clone(&lines);
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let seen = Arc::clone(&seen);
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut reader = BufReader::new(read);
                    loop {
                        let mut request_line = String::new();
                        if reader.read_line(&mut request_line).await.unwrap_or(0) == 0 {
                            return;
                        }
                        let mut length = 0usize;
                        loop {
                            let mut header = String::new();
                            if reader.read_line(&mut header).await.unwrap_or(0) == 0 {
                                return;
                            }
                            if header == "\r\n" {
                                break;
                            }
                            if let Some((name, value)) = header.split_once(':') {
                                if name.eq_ignore_ascii_case("content-length") {
                                    length = value.trim().parse().unwrap_or(0);
                                }
                            }
                        }
                        let mut body = vec![0; length];
                        if reader.read_exact(&mut body).await.is_err() {
                            return;
                        }
                        seen.lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .push(request_line.trim_end().to_owned());
                        let answer = r#"{"error":false,"reason":"ok","data":{}}"#;
                        let response = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{answer}",
                            answer.len()
                        );
                        if write.write_all(response.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        WireCapture { uri, lines }
    }

    /// Takes the request lines recorded so far.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(
            &mut *self
                .lines
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }
}
