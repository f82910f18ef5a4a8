//! The rate limiter as a client sees it, against wiremock on loopback: a limiter that only
//! implements the async methods is asked before and told after every attempt; the
//! default limiter (which answers at once through `try_acquire` / `try_record`) still
//! enforces the quota and the cool-down.

use crate::support;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use async_trait::async_trait;
use crisp_rest::limit::{Attempt, Limits, LocalLimiter, Outcome, RateLimiter};
use crisp_rest::{Client, Credentials, Error, ErrorKind, RetryPolicy};
use crisp_types::{SessionId, WebsiteId};
use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};

fn conversation_body() -> serde_json::Value {
    support::ok(json!({"session_id": "session_1", "website_id": "w1"}))
}

fn client(base: &str, limiter: Arc<dyn RateLimiter>, retry: RetryPolicy) -> Client {
    Client::builder()
        .credentials(Credentials::plugin(support::IDENTIFIER, support::KEY))
        .base_url(format!("{base}/v1/"))
        .timeout(Duration::from_secs(5))
        .retry(retry)
        .rate_limiter(limiter)
        .build()
        .expect("client")
}

async fn get(client: &Client) -> Result<(), Error> {
    client
        .website()
        .get_conversation(&WebsiteId::new("w1"), &SessionId::new("session_1"))
        .await
        .map(drop)
}

/// A server answering `first` once, then the conversation.
async fn first_then_ok(first: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(first)
        .up_to_n_times(1)
        .mount(&server)
        .await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(200).set_body_json(conversation_body()))
        .mount(&server)
        .await;
    server
}

/// Counts what it is asked; implements neither `try_acquire` nor `try_record`.
#[derive(Debug, Default)]
struct Counting {
    acquired: AtomicU32,
    recorded: AtomicU32,
    last_number: AtomicU32,
}

#[async_trait]
impl RateLimiter for Counting {
    async fn acquire(&self, attempt: &Attempt<'_>) -> Result<(), Error> {
        self.acquired.fetch_add(1, Ordering::SeqCst);
        self.last_number.store(attempt.number, Ordering::SeqCst);
        Ok(())
    }

    async fn record(&self, _attempt: &Attempt<'_>, outcome: &Outcome<'_>) {
        assert!(outcome.status.is_some(), "every attempt was answered");
        self.recorded.fetch_add(1, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_limiter_with_only_the_async_methods_sees_every_attempt() {
    let server = first_then_ok(ResponseTemplate::new(503)).await;
    let limiter = Arc::new(Counting::default());
    let retry = RetryPolicy::default().initial_backoff(Duration::from_millis(5));
    let client = client(
        &server.uri(),
        Arc::clone(&limiter) as Arc<dyn RateLimiter>,
        retry,
    );
    get(&client).await.expect("the retry succeeds");
    assert_eq!(support::requests(&server).await, 2);
    assert_eq!(limiter.acquired.load(Ordering::SeqCst), 2);
    assert_eq!(limiter.recorded.load(Ordering::SeqCst), 2);
    assert_eq!(limiter.last_number.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn the_default_limiter_fails_the_call_over_the_quota_unsent() {
    let server =
        support::answering(ResponseTemplate::new(200).set_body_json(conversation_body())).await;
    let limiter = Arc::new(LocalLimiter::new(Limits::default().plugin(Some(2))));
    let client = client(
        &server.uri(),
        Arc::clone(&limiter) as Arc<dyn RateLimiter>,
        RetryPolicy::none(),
    );
    get(&client).await.expect("first");
    get(&client).await.expect("second");
    let error = get(&client).await.expect_err("over the quota");
    assert!(
        matches!(error.kind(), ErrorKind::QuotaExhausted { limit: 2, .. }),
        "{error:?}"
    );
    assert_eq!(
        support::requests(&server).await,
        2,
        "the third call was not sent"
    );
    assert_eq!(
        limiter.used(Some(crisp_rest::Tier::Plugin), Some(support::IDENTIFIER)),
        2
    );
}

#[tokio::test]
async fn the_default_limiter_holds_the_next_call_after_a_rate_limit() {
    let server = first_then_ok(support::refusal(429, "rate_limited")).await;
    let limiter = Arc::new(LocalLimiter::new(
        Limits::default().cool_down(Duration::from_millis(300)),
    ));
    let client = client(&server.uri(), limiter, RetryPolicy::none());
    let error = get(&client).await.expect_err("rate limited");
    assert!(
        matches!(error.kind(), ErrorKind::RateLimited { .. }),
        "{error:?}"
    );
    let started = Instant::now();
    get(&client).await.expect("after the cool-down");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(290), "{waited:?}");
    assert_eq!(support::requests(&server).await, 2);
}
