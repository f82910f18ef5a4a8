//! The client against hostile servers and misuse, over both backends (issue 11, REST):
//! extreme `Retry-After` dates, huge and endless bodies, redirects, `.` / `..` ids,
//! credentials in the base URL, and the bound on requests in flight.

use crate::support;

use std::future::IntoFuture;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bytes::Bytes;
use crisp_core::test_util::CaptureTransport;
use crisp_rest::{Client, Credentials, ErrorKind, RetryPolicy, Transport, TransportErrorKind};
use crisp_types::website::conversation::{MessageFrom, NewMessage, Origin};
use crisp_types::{SessionId, WebsiteId};
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use wiremock::matchers::{any, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A hang guard: generous, never a measure of speed.
const GUARD: Duration = Duration::from_secs(60);

async fn guarded<F: std::future::Future>(what: &str, future: F) -> F::Output {
    tokio::time::timeout(GUARD, future)
        .await
        .unwrap_or_else(|_| panic!("{what}: hung for {GUARD:?}"))
}

// ---------------------------------------------------------------------------------------
// A raw HTTP/1.1 server for answers wiremock cannot give.

/// What the raw server answers after reading a whole request.
#[derive(Clone, Copy)]
enum Answer {
    /// Headers declaring a body of this many bytes, a few bytes of it, then silence.
    DeclaredLength(u64),
    /// A chunked body that never ends (1 KiB chunks until the client goes away).
    EndlessChunked,
    /// A normal Crisp answer after `delay`; counts requests in progress.
    Ok { delay: Duration },
}

/// Counters of a [`RawServer`].
#[derive(Default)]
struct Counters {
    /// Requests read so far.
    requests: AtomicUsize,
    /// Requests read and not answered yet.
    in_progress: AtomicUsize,
    /// The highest `in_progress` seen.
    max_in_progress: AtomicUsize,
    /// Bytes of body written by the endless answers.
    body_bytes: AtomicUsize,
}

struct RawServer {
    uri: String,
    counters: Arc<Counters>,
}

impl RawServer {
    async fn start(answer: Answer) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let uri = format!("http://{}", listener.local_addr().expect("addr"));
        let counters = Arc::new(Counters::default());
        let shared = Arc::clone(&counters);
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let counters = Arc::clone(&shared);
                tokio::spawn(serve(socket, answer, counters));
            }
        });
        RawServer { uri, counters }
    }

    fn requests(&self) -> usize {
        self.counters.requests.load(Ordering::SeqCst)
    }
}

async fn serve(socket: tokio::net::TcpStream, answer: Answer, counters: Arc<Counters>) {
    let (read, mut write) = socket.into_split();
    let mut reader = BufReader::new(read);
    loop {
        // Request line and headers.
        let mut length = 0usize;
        let mut first = true;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            if line == "\r\n" && !first {
                break;
            }
            first = false;
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).await.is_err() {
            return;
        }
        counters.requests.fetch_add(1, Ordering::SeqCst);
        match answer {
            Answer::DeclaredLength(declared) => {
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n{{\"error\":false"
                );
                if write.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                // Hold the connection open: a client that waits for the body hangs.
                tokio::time::sleep(GUARD).await;
                return;
            }
            Answer::EndlessChunked => {
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
                if write.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = format!("400\r\n{}\r\n", "[".repeat(1024));
                loop {
                    if write.write_all(chunk.as_bytes()).await.is_err() {
                        return;
                    }
                    counters.body_bytes.fetch_add(1024, Ordering::SeqCst);
                }
            }
            Answer::Ok { delay } => {
                let now = counters.in_progress.fetch_add(1, Ordering::SeqCst) + 1;
                counters.max_in_progress.fetch_max(now, Ordering::SeqCst);
                tokio::time::sleep(delay).await;
                // Counted out before answering: the client cannot free its slot (and start
                // another request) before it has the answer, so the count never overstates.
                counters.in_progress.fetch_sub(1, Ordering::SeqCst);
                let answer = support::conversation_body().to_string();
                let response = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{answer}",
                    answer.len()
                );
                if write.write_all(response.as_bytes()).await.is_err() {
                    return;
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// 1. Retry-After with an extreme date.

/// Values that overflowed the date arithmetic (a panic in debug builds).
const HOSTILE_RETRY_AFTER: &[&str] = &[
    "Sun, 06 Nov 1000000000000 08:49:37 GMT",
    "Sun, 06 Nov -1000000000000 08:49:37 GMT",
    "Sun, 06 Jan -9223372036854775808 00:00:00 GMT",
    "Sun, 06 Nov 9223372036854775807 23:59:59 GMT",
    "99999999999999999999999999999",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_with_an_extreme_retry_after_date_does_not_panic() {
    support::for_each_backend(|backend, transport| async move {
        for value in HOSTILE_RETRY_AFTER {
            let server = support::answering(
                ResponseTemplate::new(429)
                    .insert_header("retry-after", *value)
                    .set_body_json(json!({"error": true, "reason": "rate_limited"})),
            )
            .await;
            let client = support::client(&server.uri(), Arc::clone(&transport));
            // Spawned, so that a panic shows as a join error naming the value.
            let call = client
                .website()
                .get_conversation(&support::website(), &support::session());
            let outcome = guarded(backend, tokio::spawn(call.into_future())).await;
            let error = outcome
                .unwrap_or_else(|e| panic!("{backend} {value:?}: the call panicked: {e}"))
                .unwrap_err();
            assert!(
                matches!(error.kind(), ErrorKind::RateLimited { .. }),
                "{backend} {value:?}: {error:?}"
            );
            assert_eq!(error.retry_after(), None, "{backend} {value:?}: ignored");
            assert_eq!(
                support::requests(&server).await,
                3,
                "{backend} {value:?}: retried with the normal backoff"
            );
        }
        // The largest delay-seconds parses, and is past any budget: no wait, no retry.
        let server = support::answering(
            ResponseTemplate::new(429).insert_header("retry-after", "18446744073709551615"),
        )
        .await;
        let client = support::client(&server.uri(), Arc::clone(&transport));
        let error = guarded(backend, support::get_conversation(&client).into_future())
            .await
            .unwrap_err();
        assert_eq!(error.retry_after(), Some(Duration::from_secs(u64::MAX)));
        assert_eq!(support::requests(&server).await, 1, "{backend}");
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// 2. Response body size.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_content_length_is_refused_before_reading() {
    let declared = 200 * 1024 * 1024 * 1024_u64;
    support::for_each_backend(|backend, transport| async move {
        let server = RawServer::start(Answer::DeclaredLength(declared)).await;
        let client = support::client(&server.uri, transport);
        let error = guarded(backend, support::get_conversation(&client).into_future())
            .await
            .unwrap_err();
        assert_eq!(
            error.kind(),
            &ErrorKind::ResponseTooLarge {
                limit: 32 * 1024 * 1024,
                content_length: Some(declared),
            },
            "{backend}: {error}"
        );
        assert!(!error.is_transient());
        assert_eq!(server.requests(), 1, "{backend}: not retried");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endless_chunked_body_stops_at_the_limit() {
    let limit = 256 * 1024;
    support::for_each_backend(|backend, transport| async move {
        let server = RawServer::start(Answer::EndlessChunked).await;
        let client = support::client(&server.uri, transport);
        let error = guarded(
            backend,
            support::get_conversation(&client)
                .max_response_body(limit)
                // Longer than the whole test may take: the limit must end the read.
                .timeout(GUARD)
                .into_future(),
        )
        .await
        .unwrap_err();
        assert!(
            matches!(
                error.kind(),
                ErrorKind::ResponseTooLarge { limit: l, content_length: None } if *l == limit
            ),
            "{backend}: {error:?}"
        );
        assert_eq!(server.requests(), 1, "{backend}: not retried");
        // The server stops writing once the client closed the connection. What it wrote
        // is the limit plus what sat in socket buffers, far below an unbounded read.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let written = server.counters.body_bytes.load(Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(
            server.counters.body_bytes.load(Ordering::SeqCst),
            written,
            "{backend}: the connection was dropped, not drained"
        );
        println!(
            "{backend}: the endless body was cut after the server wrote {written} bytes (limit {limit})"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_body_limit_is_a_client_option_overridable_per_call() {
    support::for_each_backend(|backend, transport| async move {
        let server = MockServer::start().await;
        let body = support::conversation_body().to_string();
        let length = body.len() as u64;
        Mock::given(any())
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(body.into_bytes(), "application/json"),
            )
            .mount(&server)
            .await;
        let client = Client::builder()
            .anonymous()
            .base_url(format!("{}/v1/", server.uri()))
            .transport(transport)
            .max_response_body(length - 1)
            .build()
            .unwrap();
        assert_eq!(client.options().max_response_body, length - 1);
        let error = support::get_conversation(&client).await.unwrap_err();
        assert_eq!(
            error.kind(),
            &ErrorKind::ResponseTooLarge {
                limit: length - 1,
                content_length: Some(length),
            },
            "{backend}"
        );
        assert!(error.to_string().contains("limit"), "{error}");
        assert_eq!(
            support::requests(&server).await,
            1,
            "{backend}: not retried"
        );
        // Exactly the limit is fine; so is a larger per-call limit.
        support::get_conversation(&client)
            .max_response_body(length)
            .await
            .unwrap();
        // A per-call limit can be lower than the client's too.
        let roomy = support::client(&server.uri(), Arc::clone(client.transport()));
        let error = support::get_conversation(&roomy)
            .max_response_body(10)
            .await
            .unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::ResponseTooLarge { limit: 10, .. }),
            "{backend}: {error:?}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transport_that_ignores_the_limit_is_still_caught() {
    let capture = Arc::new(CaptureTransport::new());
    let client = Client::builder()
        .anonymous()
        .base_url("http://127.0.0.1:9/v1/")
        .transport(Arc::clone(&capture) as Arc<dyn Transport>)
        .max_response_body(64)
        .build()
        .unwrap();
    capture.push_json(
        200,
        &format!("{{\"error\":false,\"data\":\"{}\"}}", "x".repeat(100)),
    );
    let error = client
        .raw(http::Method::GET, "/anything")
        .data::<serde_json::Value>()
        .await
        .unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::ResponseTooLarge { limit: 64, .. }),
        "{error:?}"
    );
    // The limit reached the transport in the request's extensions (the capture transport
    // keeps no extensions, so check on a transport that looks).
    #[derive(Debug)]
    struct Looks(std::sync::Mutex<Option<u64>>);
    #[async_trait::async_trait]
    impl Transport for Looks {
        async fn send(
            &self,
            request: http::Request<Bytes>,
        ) -> Result<http::Response<Bytes>, crisp_rest::TransportError> {
            *self.0.lock().unwrap() =
                crisp_core::transport::BodyLimit::of(&request).map(|l| l.bytes());
            Ok(http::Response::new(Bytes::from_static(
                br#"{"error":false,"reason":"ok","data":{}}"#,
            )))
        }
    }
    let looks = Arc::new(Looks(std::sync::Mutex::new(None)));
    let client = Client::builder()
        .anonymous()
        .base_url("http://127.0.0.1:9/v1/")
        .transport(Arc::clone(&looks) as Arc<dyn Transport>)
        .build()
        .unwrap();
    client.raw(http::Method::GET, "/x").unit().await.unwrap();
    assert_eq!(*looks.0.lock().unwrap(), Some(32 * 1024 * 1024));
    client
        .raw(http::Method::GET, "/x")
        .unit()
        .max_response_body(5)
        .await
        .unwrap_err();
    assert_eq!(*looks.0.lock().unwrap(), Some(5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn head_answers_with_a_large_content_length_are_fine() {
    // A HEAD answer declares the length of the GET body it does not carry.
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(
            ResponseTemplate::new(200).insert_header("content-length", "999999999999"),
        )
        .await;
        let client = Client::builder()
            .anonymous()
            .base_url(format!("{}/v1/", server.uri()))
            .transport(transport)
            .max_response_body(10)
            .build()
            .unwrap();
        let exists = client
            .website()
            .check_conversation_exists(&support::website(), &support::session())
            .await;
        assert!(exists.unwrap(), "{backend}");
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// 3. Redirects.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_are_errors_and_never_followed() {
    support::for_each_backend(|backend, transport| async move {
        for status in [301_u16, 302, 303, 307, 308] {
            let target = support::answering(
                ResponseTemplate::new(200).set_body_json(support::ok(json!({"fingerprint": 1}))),
            )
            .await;
            let location = format!(
                "{}/v1/website/w1/conversation/session_1/message",
                target.uri()
            );
            let server = support::answering(
                ResponseTemplate::new(status).insert_header("location", &*location),
            )
            .await;
            let client = support::client(&server.uri(), Arc::clone(&transport));
            let message = NewMessage::text(MessageFrom::Operator, Origin::Chat, "hi");
            let post = client
                .website()
                .send_message_in_conversation(&support::website(), &support::session(), &message)
                .await;
            let get = support::get_conversation(&client).await;
            for (verb, result) in [("POST", post.map(drop)), ("GET", get.map(drop))] {
                let error = result.unwrap_err();
                assert_eq!(
                    error.kind(),
                    &ErrorKind::Redirect {
                        status: http::StatusCode::from_u16(status).unwrap(),
                        location: Some(location.clone()),
                    },
                    "{backend} {status} {verb}"
                );
                assert!(error.to_string().contains(&location), "{error}");
            }
            assert_eq!(
                support::requests(&target).await,
                0,
                "{backend} {status}: the redirect target got nothing"
            );
            assert_eq!(
                support::requests(&server).await,
                2,
                "{backend} {status}: not retried"
            );
        }
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// 4. `.` and `..` ids.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dot_ids_are_refused_before_sending_on_every_backend() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(
            ResponseTemplate::new(200).set_body_json(support::conversation_body()),
        )
        .await;
        // Retries that would take long if they happened.
        let client = Client::builder()
            .anonymous()
            .base_url(format!("{}/v1/", server.uri()))
            .transport(Arc::clone(&transport))
            .retry(
                RetryPolicy::default()
                    .max_attempts(5)
                    .initial_backoff(Duration::from_secs(5)),
            )
            .build()
            .unwrap();
        for dots in [".", ".."] {
            let outcomes = [
                client
                    .website()
                    .get_conversation(&support::website(), &SessionId::new(dots))
                    .await
                    .map(drop),
                client
                    .website()
                    .remove_conversation(&WebsiteId::new(dots), &support::session())
                    .await,
                client
                    .raw(http::Method::GET, "/website/{website_id}/x")
                    .param(dots)
                    .unit()
                    .await,
            ];
            for outcome in outcomes {
                let error = outcome.unwrap_err();
                assert!(
                    matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
                    "{backend} {dots:?}: {error:?}"
                );
                assert!(error.to_string().contains("`.` or `..`"), "{error}");
                assert!(!error.is_transient());
            }
        }
        assert_eq!(
            support::requests(&server).await,
            0,
            "{backend}: nothing sent"
        );
    })
    .await;
}

#[cfg(feature = "reqwest")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reqwest_dot_segment_guard_is_not_transient() {
    use crisp_rest::backend::ReqwestTransport;
    let server =
        support::answering(ResponseTemplate::new(200).set_body_json(support::conversation_body()))
            .await;
    // Straight to the backend, as a custom caller could.
    let transport = ReqwestTransport::new().unwrap();
    let uri = format!("{}/v1/website/%2E%2E/conversation/x", server.uri());
    let request = http::Request::get(uri).body(Bytes::new()).unwrap();
    let error = transport.send(request).await.unwrap_err();
    assert_eq!(error.kind(), TransportErrorKind::InvalidRequest);
    let error = crisp_rest::Error::from(error);
    assert!(!error.is_transient(), "{error}");
    // Through the client, a dot segment in a raw route's literal text reaches the guard:
    // one attempt, no retry.
    let client = Client::builder()
        .anonymous()
        .base_url(format!("{}/v1/", server.uri()))
        .transport(Arc::new(transport))
        .retry(RetryPolicy::default().initial_backoff(Duration::from_secs(5)))
        .build()
        .unwrap();
    let error = guarded(
        "reqwest",
        client
            .raw(http::Method::GET, "/website/../x")
            .unit()
            .into_future(),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(
            error.kind(),
            ErrorKind::Transport {
                kind: TransportErrorKind::InvalidRequest
            }
        ),
        "{error:?}"
    );
    assert_eq!(support::requests(&server).await, 0);
}

// ---------------------------------------------------------------------------------------
// 5. Credentials in the base URL.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_in_the_base_url_are_refused_and_never_printed() {
    let key = support::KEY;
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(
            ResponseTemplate::new(200).set_body_json(support::conversation_body()),
        )
        .await;
        let address = server.uri().trim_start_matches("http://").to_owned();
        let with_key = format!("http://{}:{key}@{address}/v1/", support::IDENTIFIER);
        let builder = Client::builder()
            .anonymous()
            .base_url(&with_key)
            .transport(Arc::clone(&transport));
        let shown = format!("{builder:?}");
        assert!(!shown.contains(key), "{backend}: {shown}");
        let error = builder.build().unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
            "{backend}: {error:?}"
        );
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains(key), "{backend}: {shown}");
        assert!(shown.contains("credentials"), "{shown}");

        // Per call too: refused before sending, and never shown.
        let client = support::client(&server.uri(), Arc::clone(&transport));
        let call = support::get_conversation(&client).base_url(&with_key);
        let shown = format!("{call:?}");
        assert!(!shown.contains(key), "{backend}: {shown}");
        let error = call.await.unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
            "{backend}: {error:?}"
        );
        assert!(!format!("{error} {error:?}").contains(key));
        assert_eq!(
            support::requests(&server).await,
            0,
            "{backend}: nothing sent"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backend_errors_never_show_url_credentials() {
    // A closed port, and a URL with userinfo given straight to the backends.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let secret = "hunter2-secret-password";
    support::for_each_backend(|backend, transport| async move {
        let request = http::Request::get(format!("http://user:{secret}@{address}/v1/x"))
            .body(Bytes::new())
            .unwrap();
        let error = transport.send(request).await.unwrap_err();
        let mut shown = format!("{error} {error:?}");
        let mut source = std::error::Error::source(&error);
        while let Some(inner) = source {
            shown.push_str(&format!(" {inner} {inner:?}"));
            source = inner.source();
        }
        assert!(!shown.contains(secret), "{backend}: {shown}");
    })
    .await;
}

// ---------------------------------------------------------------------------------------
// 6. Requests in flight.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_flight_requests_are_bounded_and_calls_wait_for_a_slot() {
    const CALLS: usize = 500;
    const LIMIT: usize = 8;
    support::for_each_backend(|backend, transport| async move {
        let server = RawServer::start(Answer::Ok {
            delay: Duration::from_millis(2),
        })
        .await;
        let client = Client::builder()
            .anonymous()
            .base_url(format!("{}/v1/", server.uri))
            .transport(transport)
            .max_in_flight(LIMIT)
            // A slow machine must not turn waiting into failures.
            .timeout(GUARD)
            .retry(RetryPolicy::none())
            .build()
            .unwrap();
        let mut tasks = Vec::with_capacity(CALLS);
        for _ in 0..CALLS {
            let client = client.clone();
            tasks.push(tokio::spawn(async move {
                support::get_conversation(&client).await
            }));
        }
        for task in tasks {
            let result = guarded(backend, task).await.expect("no panic");
            result.unwrap_or_else(|e| panic!("{backend}: every call succeeds: {e}"));
        }
        let max = server.counters.max_in_progress.load(Ordering::SeqCst);
        assert_eq!(server.requests(), CALLS, "{backend}");
        assert!(
            (1..=LIMIT).contains(&max),
            "{backend}: {max} requests in flight at once, limit {LIMIT}"
        );
        println!("{backend}: at most {max} of {CALLS} calls in flight (limit {LIMIT})");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_call_waiting_to_retry_does_not_hold_its_slot() {
    support::for_each_backend(|backend, transport| async move {
        let server = MockServer::start().await;
        let first = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&first);
        Mock::given(path("/v1/website/w1/conversation/a"))
            .respond_with(move |_: &wiremock::Request| {
                if seen.fetch_add(1, Ordering::SeqCst) == 0 {
                    ResponseTemplate::new(429).insert_header("retry-after", "2")
                } else {
                    ResponseTemplate::new(200).set_body_json(support::conversation_body())
                }
            })
            .mount(&server)
            .await;
        Mock::given(path("/v1/website/w1/conversation/b"))
            .respond_with(ResponseTemplate::new(200).set_body_json(support::conversation_body()))
            .mount(&server)
            .await;
        let client = Client::builder()
            .anonymous()
            .base_url(format!("{}/v1/", server.uri()))
            .transport(transport)
            .max_in_flight(1)
            .retry(RetryPolicy::default().initial_backoff(Duration::from_millis(10)))
            // The slot alone is under test: the default limiter's shared cool-down would
            // (rightly) hold B back too after A's 429.
            .rate_limiter(Arc::new(crisp_rest::limit::Unlimited))
            .build()
            .unwrap();
        let a = {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .website()
                    .get_conversation(&support::website(), &SessionId::new("a"))
                    .await
            })
        };
        // Once A's first attempt got its 429, A sleeps the 2 s asked for before trying again.
        guarded(backend, async {
            while first.load(Ordering::SeqCst) == 0 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
        .await;
        client
            .website()
            .get_conversation(&support::website(), &SessionId::new("b"))
            .await
            .unwrap();
        guarded(backend, a).await.unwrap().unwrap();
        let order: Vec<String> = server
            .received_requests()
            .await
            .unwrap_or_default()
            .iter()
            .map(|r| r.url.path().rsplit('/').next().unwrap_or("").to_owned())
            .collect();
        assert_eq!(order, ["a", "b", "a"], "{backend}: B went while A slept");
    })
    .await;
}

#[test]
fn client_debug_shows_the_limit_and_no_secret() {
    let client = Client::builder()
        .credentials(Credentials::plugin(support::IDENTIFIER, support::KEY))
        .base_url("http://127.0.0.1:9/v1/")
        .transport(Arc::new(CaptureTransport::new()))
        .max_in_flight(3)
        .build()
        .unwrap();
    let shown = format!("{client:?} {:?}", client.options());
    assert!(shown.contains("max_in_flight: 3"), "{shown}");
    assert!(!shown.contains(support::KEY), "{shown}");
}
