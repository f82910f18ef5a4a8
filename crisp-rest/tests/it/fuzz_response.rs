//! A fuzzer of the REST response path, run as a test: random statuses, headers (hostile
//! `Retry-After`, lying `Content-Length`, odd content types, `Location`) and mutated bodies
//! (real fixtures in Crisp envelopes, error envelopes, HTML pages, truncated and deeply
//! nested JSON), fed through the whole client (retries, body limit, status check, envelope
//! and data decoding) by calls of real methods. Never a panic; every outcome is a value or
//! a typed error that agrees with the last answer.
//!
//! Deterministic (fixed seeds). `CRISP_FUZZ_SECS=N` keeps running random rounds for N
//! seconds and prints how many ran; unset, a fixed short round count runs.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use crisp_rest::website::conversation::ListConversations;
use crisp_rest::{Client, ErrorKind, RetryPolicy, Transport, TransportError, TransportErrorKind};
use crisp_types::website::conversation::{MessageFrom, NewMessage, Origin};
use crisp_types::{SessionId, WebsiteId};
use futures_util::StreamExt;

/// The client's key: no error may show it.
const KEY: &str = "cc29e1a5086e428fcc6a697d5837a66d82808e65c5cce006fbf2191ceea80a0a";

/// Rounds per seed when `CRISP_FUZZ_SECS` is unset.
const ROUNDS: usize = 400;
const SEEDS: &[u64] = &[0x5eed_0001, 0x00c0_ffee, 42];

/// Real `data` payloads, wrapped in a Crisp envelope before use.
const FIXTURES: &[&str] = &[
    include_str!("../../../crisp-types/tests/fixtures/conversation/conversation.json"),
    include_str!("../../../crisp-types/tests/fixtures/conversation/conversations.json"),
    include_str!("../../../crisp-types/tests/fixtures/conversation/messages.json"),
    include_str!("../../../crisp-types/tests/fixtures/conversation/meta.json"),
    include_str!("../../../crisp-types/tests/fixtures/conversation/sent_message.json"),
    include_str!("../../../crisp-types/tests/fixtures/conversation/state.json"),
    include_str!("../../../crisp-types/tests/fixtures/base/website.json"),
    include_str!("../../../crisp-types/tests/fixtures/connect/endpoints.json"),
];

const OTHER_BODIES: &[&str] = &[
    r#"{"error":true,"reason":"not_found","data":{}}"#,
    r#"{"error":true,"reason":"invalid_data","data":{"message":"bad field"}}"#,
    r#"{"error":false,"reason":"resolved","data":{}}"#,
    r#"{"error":false,"reason":"ok","data":[]}"#,
    r#"{"error":false,"reason":"ok","data":null}"#,
    r#"{"error":false,"reason":"ok"}"#,
    r#"{"error":"yes","reason":7,"data":{"message":["x"]}}"#,
    "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
    "<!DOCTYPE html><html><body>Moved <a href=\"https://elsewhere/\">here</a></body></html>",
    "",
    " \r\n\t",
    "null",
    "[]",
    "\"just a string\"",
    "{\"error\":false,\"reason\":\"ok\",\"data\":{\"session_id\":\"s\"",
];

const RETRY_AFTER: &[&str] = &[
    "0",
    "1",
    "3600",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999999999",
    "-1",
    "1.5",
    "",
    "Sun, 06 Nov 1994 08:49:37 GMT",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Sun, 06 Nov 1000000000000 08:49:37 GMT",
    "Sun, 06 Nov -1000000000000 08:49:37 GMT",
    "Sun, 06 Jan -9223372036854775808 00:00:00 GMT",
    "Sun, 99 Nov 1994 99:99:99 GMT",
    "Sun, 06 Nov 1994 08:49:37 GMT GMT",
];

/// The `Retry-After` values of rounds that retry: each means "now" or is ignored, so a
/// round never really sleeps, and no retry decision depends on the clock.
const RETRY_AFTER_NOW: &[&str] = &[
    "0",
    "",
    "-1",
    "1.5",
    "18446744073709551616",
    "99999999999999999999999999999",
    "Sun, 06 Nov 1994 08:49:37 GMT",
    "Sun, 06 Nov 1000000000000 08:49:37 GMT",
    "Sun, 06 Nov -1000000000000 08:49:37 GMT",
    "Sun, 06 Jan -9223372036854775808 00:00:00 GMT",
    "Sun, 99 Nov 1994 99:99:99 GMT",
];

const CONTENT_TYPES: &[&str] = &[
    "application/json",
    "application/json; charset=utf-8",
    "text/html",
    "text/plain",
    "application/octet-stream",
    "application/json; charset=latin1",
    "garbage/\u{7f}",
];

const STATUSES: &[u16] = &[
    100, 200, 200, 200, 200, 201, 202, 204, 206, 299, 300, 301, 302, 303, 304, 307, 308, 399, 400,
    401, 402, 403, 404, 404, 405, 409, 413, 418, 420, 429, 429, 451, 499, 500, 502, 503, 504, 599,
    999,
];

const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b":",
    b",",
    b"null",
    b"true",
    b"-1",
    b"1e999",
    b"\\u0000",
    b"\\ud800",
    b"\xff",
    b"\xc3",
    b"\"data\"",
    b"\"error\"",
    b"\"reason\"",
    b"18446744073709551616",
    b"-9223372036854775809",
    b"0.5",
];

fn mutate(bytes: &mut Vec<u8>, rng: &mut fastrand::Rng) {
    for _ in 0..rng.usize(1..5) {
        if bytes.is_empty() {
            bytes.extend_from_slice(TOKENS[rng.usize(..TOKENS.len())]);
            continue;
        }
        let at = rng.usize(..bytes.len());
        match rng.u8(..6) {
            0 => bytes[at] ^= 1 << rng.u8(..8),
            1 => bytes.truncate(at),
            2 => {
                bytes.remove(at);
            }
            3 => {
                let token = TOKENS[rng.usize(..TOKENS.len())];
                bytes.splice(at..at, token.iter().copied());
            }
            4 => {
                let end = rng.usize(at..=bytes.len());
                let chunk = bytes[at..end].to_vec();
                bytes.splice(at..at, chunk);
            }
            _ => bytes[at] = rng.u8(..),
        }
    }
}

fn envelope(data: &str) -> String {
    format!(r#"{{"error":false,"reason":"ok","data":{data}}}"#)
}

fn body(rng: &mut fastrand::Rng) -> Vec<u8> {
    let mut body = match rng.u8(..10) {
        0..=4 => envelope(FIXTURES[rng.usize(..FIXTURES.len())]).into_bytes(),
        5..=6 => OTHER_BODIES[rng.usize(..OTHER_BODIES.len())]
            .as_bytes()
            .to_vec(),
        7 => {
            // Deeply nested JSON, as data or as the whole body.
            let depth = rng.usize(100..50_000);
            let open = if rng.bool() { "[" } else { "{\"a\":" };
            let nested = open.repeat(depth);
            if rng.bool() {
                envelope(&nested)
            } else {
                nested
            }
            .into_bytes()
        }
        8 => {
            // Large: past the small per-call limits some rounds use.
            let filler = "x".repeat(rng.usize(1_000..200_000));
            envelope(&format!("{{\"session_id\":\"{filler}\"}}")).into_bytes()
        }
        _ => (0..rng.usize(0..256)).map(|_| rng.u8(..)).collect(),
    };
    if rng.u8(..3) == 0 {
        mutate(&mut body, rng);
    }
    body
}

/// What the fuzz transport answered last.
#[derive(Clone, Debug)]
enum Last {
    Failed,
    Answered {
        status: u16,
        body_len: usize,
        /// Whether the answer had the `Location` with credentials, unmutated.
        secret_location: bool,
    },
}

/// Answers every request with a random response (or failure) from a seeded generator.
#[derive(Debug)]
struct FuzzTransport {
    rng: Mutex<fastrand::Rng>,
    last: Mutex<Option<Last>>,
    sent: Mutex<usize>,
    /// Whether the current round's policy retries (see [`RETRY_AFTER_NOW`]).
    retrying: std::sync::atomic::AtomicBool,
}

impl FuzzTransport {
    fn new(seed: u64) -> Self {
        FuzzTransport {
            rng: Mutex::new(fastrand::Rng::with_seed(seed)),
            last: Mutex::new(None),
            sent: Mutex::new(0),
            retrying: std::sync::atomic::AtomicBool::new(false),
        }
    }

    fn answer(&self) -> Result<http::Response<Bytes>, TransportError> {
        let mut rng = self.rng.lock().unwrap();
        *self.sent.lock().unwrap() += 1;
        if rng.u8(..20) == 0 {
            *self.last.lock().unwrap() = Some(Last::Failed);
            let kinds = [
                TransportErrorKind::Connect,
                TransportErrorKind::Timeout,
                TransportErrorKind::Io,
                TransportErrorKind::InvalidRequest,
                TransportErrorKind::BodyTooLarge,
                TransportErrorKind::Other,
            ];
            let kind = kinds[rng.usize(..kinds.len())];
            return Err(if rng.bool() {
                TransportError::from_kind(kind)
            } else {
                TransportError::new(kind, "fuzzed failure")
            });
        }
        let status = if rng.u8(..8) == 0 {
            rng.u16(100..=999)
        } else {
            STATUSES[rng.usize(..STATUSES.len())]
        };
        let body = body(&mut rng);
        let mut response = http::Response::new(Bytes::from(body));
        *response.status_mut() = http::StatusCode::from_u16(status).expect("100..=999");
        let headers = response.headers_mut();
        if rng.bool() {
            let value = CONTENT_TYPES[rng.usize(..CONTENT_TYPES.len())];
            if let Ok(value) = http::HeaderValue::from_str(value) {
                headers.insert(http::header::CONTENT_TYPE, value);
            }
        }
        if rng.u8(..3) == 0 {
            let value = if self.retrying.load(std::sync::atomic::Ordering::SeqCst) {
                RETRY_AFTER_NOW[rng.usize(..RETRY_AFTER_NOW.len())]
                    .as_bytes()
                    .to_vec()
            } else {
                let mut value = RETRY_AFTER[rng.usize(..RETRY_AFTER.len())]
                    .as_bytes()
                    .to_vec();
                if rng.u8(..3) == 0 {
                    mutate(&mut value, &mut rng);
                }
                value
            };
            if let Ok(value) = http::HeaderValue::from_bytes(&value) {
                headers.insert(http::header::RETRY_AFTER, value);
            }
        }
        if rng.u8(..3) == 0 {
            // A Content-Length that may lie.
            let declared = match rng.u8(..3) {
                0 => u64::MAX.to_string(),
                1 => rng.u64(..1 << 40).to_string(),
                _ => "-3".to_owned(),
            };
            headers.insert(
                http::header::CONTENT_LENGTH,
                http::HeaderValue::from_str(&declared).expect("digits"),
            );
        }
        let mut secret_location = false;
        if rng.u8(..3) == 0 {
            // Credentials in it are redacted; a mutated one may no longer hold any.
            let mut location = b"http://user:secret@elsewhere.example/v1/".to_vec();
            if rng.bool() {
                mutate(&mut location, &mut rng);
            } else {
                secret_location = true;
            }
            if let Ok(value) = http::HeaderValue::from_bytes(&location) {
                headers.insert(http::header::LOCATION, value);
            }
        }
        *self.last.lock().unwrap() = Some(Last::Answered {
            status,
            body_len: response.body().len(),
            secret_location,
        });
        Ok(response)
    }
}

#[async_trait::async_trait]
impl Transport for FuzzTransport {
    async fn send(
        &self,
        _request: http::Request<Bytes>,
    ) -> Result<http::Response<Bytes>, TransportError> {
        self.answer()
    }
}

/// Checks an error is typed, printable, and agrees with the last answer.
fn check_error(error: &crisp_rest::Error, last: &Last, limit: u64, method: &http::Method) {
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(KEY), "the key shown: {shown}");
    if let Last::Answered {
        secret_location: true,
        ..
    } = last
    {
        assert!(!shown.contains("secret"), "credentials shown: {shown}");
    }
    let _ = (error.is_transient(), error.reason(), error.retry_after());
    match *last {
        Last::Failed => assert!(
            matches!(
                error.kind(),
                ErrorKind::Transport { .. }
                    | ErrorKind::Timeout { .. }
                    | ErrorKind::ResponseTooLarge { .. }
            ),
            "{error:?}"
        ),
        Last::Answered {
            status, body_len, ..
        } => {
            if body_len as u64 > limit {
                assert!(
                    matches!(error.kind(), ErrorKind::ResponseTooLarge { limit: l, .. } if *l == limit),
                    "{body_len} > {limit}: {error:?}"
                );
                return;
            }
            assert_eq!(
                error.status().map(|s| s.as_u16()),
                Some(status),
                "{method} {status}: {error:?}"
            );
            match status {
                300..=399 => assert!(
                    matches!(error.kind(), ErrorKind::Redirect { .. }),
                    "{status}: {error:?}"
                ),
                420 | 429 => assert!(
                    matches!(error.kind(), ErrorKind::RateLimited { .. }),
                    "{status}: {error:?}"
                ),
                400..=999 => assert!(matches!(error.kind(), ErrorKind::Api(_)), "{error:?}"),
                _ => assert!(
                    matches!(error.kind(), ErrorKind::Api(_) | ErrorKind::Decode(_)),
                    "{status}: {error:?}"
                ),
            }
        }
    }
}

fn check<T>(
    result: &Result<T, crisp_rest::Error>,
    transport: &FuzzTransport,
    limit: u64,
    method: &http::Method,
) -> bool {
    let last = transport
        .last
        .lock()
        .unwrap()
        .clone()
        .expect("a request was sent");
    match result {
        Ok(_) => {
            if let Last::Answered {
                status, body_len, ..
            } = last
            {
                assert!(
                    status < 300 || (status == 404 && *method == http::Method::HEAD),
                    "{method}: Ok from a {status}"
                );
                assert!(body_len as u64 <= limit);
            } else {
                panic!("Ok after a transport failure");
            }
            true
        }
        Err(error) => {
            check_error(error, &last, limit, method);
            false
        }
    }
}

async fn round(
    client: &Client,
    transport: &FuzzTransport,
    rng: &mut fastrand::Rng,
    stats: &mut [usize; 2],
) {
    let website = WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc");
    let session = SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881");
    let limit = if rng.u8(..4) == 0 {
        rng.u64(0..100_000)
    } else {
        32 * 1024 * 1024
    };
    let retrying = rng.bool();
    transport
        .retrying
        .store(retrying, std::sync::atomic::Ordering::SeqCst);
    // Retrying rounds never wait (no backoff, and `Retry-After` means now), and the time
    // budget is unbounded, so that no decision depends on the clock: the rounds replay
    // exactly from their seed.
    let retry = if retrying {
        RetryPolicy::default()
            .initial_backoff(Duration::ZERO)
            .max_elapsed(Duration::MAX)
    } else {
        RetryPolicy::none()
    };
    let api = client.website();
    let ok = match rng.u8(..7) {
        0 => {
            let r = api
                .get_conversation(&website, &session)
                .max_response_body(limit)
                .retry(retry)
                .await;
            check(&r, transport, limit, &http::Method::GET)
        }
        1 => {
            let r = api
                .list_conversations(&website, rng.u32(1..5), ListConversations::new())
                .max_response_body(limit)
                .retry(retry)
                .await;
            check(&r, transport, limit, &http::Method::GET)
        }
        2 => {
            let r = api
                .remove_conversation(&website, &session)
                .max_response_body(limit)
                .retry(retry)
                .await;
            check(&r, transport, limit, &http::Method::DELETE)
        }
        3 => {
            let r = api
                .check_conversation_exists(&website, &session)
                .max_response_body(limit)
                .retry(retry)
                .await;
            check(&r, transport, limit, &http::Method::HEAD)
        }
        4 => {
            let message = NewMessage::text(MessageFrom::Operator, Origin::Chat, "hi");
            let r = api
                .send_message_in_conversation(&website, &session, &message)
                .max_response_body(limit)
                .retry(retry)
                .await;
            check(&r, transport, limit, &http::Method::POST)
        }
        5 => {
            let r = client
                .raw(http::Method::GET, "/website/{website_id}/anything")
                .param(&website)
                .data::<serde_json::Value>()
                .max_response_body(limit)
                .retry(retry)
                .await;
            check(&r, transport, limit, &http::Method::GET)
        }
        _ => {
            // A stream over several answers: it ends, and yields at most one error, last.
            let mut pages = api
                .list_conversations(&website, 1, ListConversations::new())
                .max_response_body(limit)
                .retry(retry)
                .pages()
                .max_pages(4);
            let mut errors = 0;
            let mut items = 0;
            while let Some(page) = pages.next().await {
                assert_eq!(errors, 0, "nothing after an error");
                match page {
                    Ok(page) => items += page.len(),
                    Err(error) => {
                        let _ = format!("{error} {error:?}");
                        errors += 1;
                    }
                }
            }
            let _ = items;
            errors == 0
        }
    };
    stats[usize::from(!ok)] += 1;
}

#[tokio::test]
async fn responses_of_any_shape_never_panic_and_give_typed_outcomes() {
    let budget = std::env::var("CRISP_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .map(Duration::from_secs);
    let started = Instant::now();
    let mut stats = [0usize; 2];
    let mut rounds = 0usize;
    let mut generation = 0u64;
    loop {
        for &seed in SEEDS {
            let seed = seed.wrapping_add(generation.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let transport = Arc::new(FuzzTransport::new(seed));
            let client = Client::builder()
                .credentials(crisp_rest::Credentials::plugin("identifier", KEY))
                .base_url("http://127.0.0.1:9/v1/")
                .transport(Arc::clone(&transport) as Arc<dyn Transport>)
                // Responses are under test, not the limiter: its cool-down after the
                // fuzzed 429s would make the rounds sleep.
                .rate_limiter(Arc::new(crisp_rest::limit::Unlimited))
                .build()
                .unwrap();
            let mut rng = fastrand::Rng::with_seed(seed ^ 0xabcd);
            for _ in 0..ROUNDS {
                round(&client, &transport, &mut rng, &mut stats).await;
                rounds += 1;
            }
        }
        generation += 1;
        match budget {
            Some(budget) if started.elapsed() < budget => {}
            _ => break,
        }
    }
    println!(
        "fuzz_response: {rounds} rounds in {:?} (ok {}, errors {})",
        started.elapsed(),
        stats[0],
        stats[1]
    );
    // The fuzzer reached both outcomes, often.
    assert!(
        stats.iter().all(|&n| n > rounds / 20),
        "{stats:?} of {rounds}"
    );
}
