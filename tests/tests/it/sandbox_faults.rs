//! The REST client's retries against the sandbox's fault switches: rate limiting with
//! `Retry-After`, server errors (retried for GET, not for POST), slow answers and
//! timeouts.

use std::time::Duration;

use crisp::rest::website::conversation::ListConversations;
use crisp::sandbox::Sandbox;
use crisp::types::website::conversation::{MessageFrom, NewMessage, Origin};
use crisp::{ErrorKind, RetryPolicy};
use crisp_tests::sandbox::client;

fn statuses(sandbox: &Sandbox) -> Vec<u16> {
    sandbox.requests().iter().map(|r| r.status).collect()
}

#[tokio::test]
async fn rate_limited_then_served() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let website = sandbox.website_id();

    sandbox.faults().fail_next(1, 429);
    let page = client
        .website()
        .list_conversations(&website, 1, ListConversations::new())
        .await
        .expect("served after waiting Retry-After");
    assert!(page.is_empty());
    assert_eq!(statuses(&sandbox), [429, 200]);

    // Without retries, the error says how long to wait.
    sandbox
        .faults()
        .retry_after(Duration::from_secs(7))
        .fail_next(1, 429);
    let error = client
        .website()
        .list_conversations(&website, 1, ListConversations::new())
        .retry(RetryPolicy::none())
        .await
        .unwrap_err();
    let ErrorKind::RateLimited {
        error: api,
        retry_after,
    } = error.kind()
    else {
        panic!("expected rate limiting, got {error:?}")
    };
    assert_eq!(api.reason, "rate_limited");
    assert_eq!(*retry_after, Some(Duration::from_secs(7)));
}

#[tokio::test]
async fn server_errors_are_retried_for_reads_not_for_posts() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let website = sandbox.website_id();
    let session = sandbox.visitor().say("hello").await.unwrap();
    let before = sandbox.requests().len();

    sandbox.faults().fail_next(2, 503);
    let conversation = client
        .website()
        .get_conversation(&website, &session)
        .await
        .expect("the third attempt is served");
    assert_eq!(conversation.session_id, session);
    assert_eq!(statuses(&sandbox)[before..], [503, 503, 200]);

    sandbox.faults().fail_next(1, 500);
    let reply = NewMessage::text(MessageFrom::Operator, Origin::Chat, "sent once at most");
    let error = client
        .website()
        .send_message_in_conversation(&website, &session, &reply)
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(error.reason(), Some("internal_error"));
    assert_eq!(statuses(&sandbox)[before..], [503, 503, 200, 500]);
    // The failed POST did not reach the store.
    assert_eq!(sandbox.messages(&session).len(), 1);

    // Opting in retries it.
    sandbox.faults().fail_next(1, 502);
    client
        .website()
        .send_message_in_conversation(&website, &session, &reply)
        .retry(
            RetryPolicy::default()
                .retry_non_idempotent(true)
                .initial_backoff(Duration::from_millis(10)),
        )
        .await
        .expect("served on the second attempt");
    assert_eq!(sandbox.messages(&session).len(), 2);
}

#[tokio::test]
async fn slow_answers_time_out_and_a_retry_recovers() {
    let sandbox = Sandbox::start().await.unwrap();
    let client = client(&sandbox);
    let website = sandbox.website_id();

    sandbox.faults().slow_next(1, Duration::from_secs(3));
    let error = client
        .website()
        .list_conversations(&website, 1, ListConversations::new())
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .await
        .unwrap_err();
    assert!(
        matches!(error.kind(), ErrorKind::Timeout { .. }),
        "{error:?}"
    );

    sandbox.faults().slow_next(1, Duration::from_secs(3));
    client
        .website()
        .list_conversations(&website, 1, ListConversations::new())
        .timeout(Duration::from_millis(200))
        .await
        .expect("the second attempt is not slowed");

    // Disarmed switches leave requests alone.
    sandbox
        .faults()
        .fail_next(5, 500)
        .slow_next(5, Duration::from_secs(3))
        .clear();
    client
        .website()
        .list_conversations(&website, 1, ListConversations::new())
        .retry(RetryPolicy::none())
        .await
        .expect("no fault left");
}
