//! Message history against a wiremock server that pages messages as Crisp does (206 while
//! more messages match, 200 at the end, exclusive `timestamp_before` / `timestamp_after`):
//! the more/end signal of one call, and the history / follow streams — order, window,
//! limits, duplicates and losses at page boundaries, servers that ignore the bounds, errors.

use crate::support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crisp_rest::website::conversation::MessagesQuery;
use crisp_rest::{Client, ErrorKind, RetryPolicy, Transport};
use crisp_types::{SessionId, WebsiteId};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::{Value, json};
use wiremock::{MockServer, Request, Respond, ResponseTemplate};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn s() -> SessionId {
    SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881")
}

/// A conversation's messages as `(fingerprint, timestamp)`, served `per_page` at a time.
#[derive(Clone)]
struct Conversation {
    messages: Arc<Mutex<Vec<(u64, u64)>>>,
    per_page: usize,
}

impl Conversation {
    /// Messages with these timestamps (in any order); fingerprints 1, 2, 3… in that order.
    fn new(timestamps: &[u64], per_page: usize) -> Self {
        let messages = timestamps
            .iter()
            .enumerate()
            .map(|(i, t)| (i as u64 + 1, *t))
            .collect();
        Conversation {
            messages: Arc::new(Mutex::new(messages)),
            per_page,
        }
    }

    fn add(&self, fingerprint: u64, timestamp: u64) {
        self.messages.lock().unwrap().push((fingerprint, timestamp));
    }
}

fn number(request: &Request, name: &str) -> Option<u64> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == name)
        .and_then(|(_, v)| v.parse().ok())
}

fn message_json(fingerprint: u64, timestamp: u64) -> Value {
    json!({
        "session_id": s().as_str(),
        "website_id": w().as_str(),
        "type": "text",
        "from": "user",
        "origin": "chat",
        "content": format!("message {fingerprint}"),
        "fingerprint": fingerprint,
        "timestamp": timestamp,
    })
}

impl Respond for Conversation {
    /// The window the query names (exclusive bounds), sorted by time; the newest page of
    /// it, or the oldest when only `timestamp_after` is given; 206 when the window holds
    /// more than the page.
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let before = number(request, "timestamp_before");
        let after = number(request, "timestamp_after");
        let mut window: Vec<(u64, u64)> = self
            .messages
            .lock()
            .unwrap()
            .iter()
            .copied()
            .filter(|(_, t)| before.is_none_or(|b| *t < b) && after.is_none_or(|a| *t > a))
            .collect();
        window.sort_by_key(|(f, t)| (*t, *f));
        let total = window.len();
        let page: Vec<(u64, u64)> = if after.is_some() && before.is_none() {
            window.into_iter().take(self.per_page).collect()
        } else {
            window.split_off(total.saturating_sub(self.per_page))
        };
        let status = if page.len() < total { 206 } else { 200 };
        let data: Vec<Value> = page.iter().map(|(f, t)| message_json(*f, *t)).collect();
        ResponseTemplate::new(status).set_body_json(support::ok(Value::Array(data)))
    }
}

/// The conversation on a wiremock server, and a client on the first backend compiled in
/// (the paging logic is the client's; the tests of statuses run on every backend).
async fn serve(conversation: &Conversation) -> (MockServer, Client) {
    serve_on(conversation, support::backends().remove(0).1).await
}

async fn serve_on(
    conversation: &Conversation,
    transport: Arc<dyn Transport>,
) -> (MockServer, Client) {
    let server = support::answering(conversation.clone()).await;
    let client = support::client(&server.uri(), transport);
    (server, client)
}

async fn queries(server: &MockServer) -> Vec<String> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| r.url.query().unwrap_or("").to_owned())
        .collect()
}

fn fingerprints(messages: &[crisp_types::website::conversation::Message]) -> Vec<u64> {
    messages
        .iter()
        .map(|m| m.fingerprint.expect("fingerprint").0)
        .collect()
}

/// 1000, 1010, 1020…: `count` messages a little apart.
fn spaced(count: u64) -> Vec<u64> {
    (0..count).map(|i| 1_000 + 10 * i).collect()
}

#[tokio::test]
async fn status_206_means_more_and_200_the_end() {
    support::for_each_backend(|_backend, transport| async move {
        let conversation = Conversation::new(&spaced(25), 20);
        let (server, client) = serve_on(&conversation, transport).await;
        let latest = client
            .website()
            .get_messages_in_conversation(&w(), &s(), MessagesQuery::latest())
            .await
            .unwrap();
        assert_eq!(latest.len(), 20);
        assert!(latest.more(), "206: older messages exist");
        assert_eq!(fingerprints(&latest), (6..=25).collect::<Vec<_>>());
        assert_eq!(latest.oldest_timestamp(), Some(1_050));
        assert_eq!(latest.newest_timestamp(), Some(1_240));

        let older = client
            .website()
            .get_messages_in_conversation(&w(), &s(), MessagesQuery::before(1_050))
            .await
            .unwrap();
        assert_eq!(fingerprints(&older), [1, 2, 3, 4, 5]);
        assert!(older.is_end(), "200: the start of the conversation");

        // A window sends both bounds.
        let window = client
            .website()
            .get_messages_in_conversation(&w(), &s(), MessagesQuery::between(1_000, 1_030))
            .await
            .unwrap();
        assert_eq!(fingerprints(&window), [2, 3]);
        assert!(!window.more());
        let sent = queries(&server).await;
        assert_eq!(sent[0], "");
        assert_eq!(sent[1], "timestamp_before=1050");
        assert_eq!(sent[2], "timestamp_before=1030&timestamp_after=1000");
    })
    .await;
}

#[tokio::test]
async fn a_200_and_a_206_decode_the_same_messages() {
    support::for_each_backend(|backend, transport| async move {
        for status in [200, 206] {
            let server = support::answering(
                ResponseTemplate::new(status)
                    .set_body_json(support::ok(json!([message_json(7, 1_000)]))),
            )
            .await;
            let client = support::client(&server.uri(), Arc::clone(&transport));
            let page = client
                .website()
                .get_messages_in_conversation(&w(), &s(), MessagesQuery::latest())
                .await
                .unwrap();
            assert_eq!(fingerprints(&page), [7], "{backend} {status}");
            assert_eq!(page.more(), status == 206, "{backend} {status}");
            let as_vec: Vec<_> = page.into();
            assert_eq!(as_vec.len(), 1);
        }
    })
    .await;
}

#[tokio::test]
async fn history_walks_back_to_the_start_newest_first() {
    let conversation = Conversation::new(&spaced(45), 20);
    let (server, client) = serve(&conversation).await;
    let messages: Vec<_> = client
        .website()
        .message_history(&w(), &s())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(fingerprints(&messages), (1..=45).rev().collect::<Vec<_>>());
    // 20 + 20 + 5: the third answer is a 200, and nothing is asked after it.
    let sent = queries(&server).await;
    assert_eq!(
        sent,
        ["", "timestamp_before=1251", "timestamp_before=1061"],
        "each page asks one millisecond past the oldest timestamp it has"
    );
}

#[tokio::test]
async fn messages_sharing_a_timestamp_across_a_page_boundary_come_once_each() {
    // Groups of three messages per millisecond: every page of 20 ends inside a group.
    let timestamps: Vec<u64> = (0..50).map(|i| 5_000 + i / 3).collect();
    let conversation = Conversation::new(&timestamps, 20);
    let (_server, client) = serve(&conversation).await;
    let messages: Vec<_> = client
        .website()
        .message_history(&w(), &s())
        .try_collect()
        .await
        .unwrap();
    // Each exactly once, in the exact reverse of the conversation (ties included).
    assert_eq!(fingerprints(&messages), (1..=50).rev().collect::<Vec<_>>());

    // The same forwards.
    let forward: Vec<_> = client
        .website()
        .follow_messages(&w(), &s(), 4_999)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(fingerprints(&forward), (1..=50).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_group_larger_than_a_page_is_stepped_past_without_looping() {
    // 25 messages in one millisecond, above 10 older ones; pages of 20.
    let mut timestamps = vec![9_000; 25];
    timestamps.extend((0..10).map(|i| 8_000 + i));
    let conversation = Conversation::new(&timestamps, 20);
    let (server, client) = serve(&conversation).await;
    let messages: Vec<_> = client
        .website()
        .message_history(&w(), &s())
        .try_collect()
        .await
        .unwrap();
    let got = fingerprints(&messages);
    // The 20 of the group the server can return, then every older one: the 5 it never
    // returns are lost, nothing is repeated.
    assert_eq!(got.len(), 30);
    assert_eq!(&got[20..], (26..=35).rev().collect::<Vec<_>>());
    let sent = queries(&server).await;
    assert_eq!(
        sent,
        ["", "timestamp_before=9001", "timestamp_before=9000"],
        "the page that brought nothing new is asked again with the exact bound"
    );
}

#[tokio::test]
async fn limits_bound_the_requests_and_the_messages() {
    let conversation = Conversation::new(&spaced(100), 20);
    let (server, client) = serve(&conversation).await;
    let two_pages: Vec<_> = client
        .website()
        .message_history(&w(), &s())
        .max_pages(2)
        .try_collect()
        .await
        .unwrap();
    // 20, then 19 new: the second page repeats the boundary message, dropped.
    assert_eq!(
        fingerprints(&two_pages),
        (62..=100).rev().collect::<Vec<_>>()
    );
    assert_eq!(queries(&server).await.len(), 2);

    server.reset().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(conversation.clone())
        .mount(&server)
        .await;
    let mut history = client
        .website()
        .message_history(&w(), &s())
        .max_messages(25);
    let mut count = 0;
    while let Some(message) = history.next().await {
        message.unwrap();
        count += 1;
    }
    assert_eq!(count, 25);
    assert_eq!(
        queries(&server).await.len(),
        2,
        "no request once the messages are out"
    );

    server.reset().await;
    let none: Vec<_> = client
        .website()
        .message_history(&w(), &s())
        .max_messages(0)
        .try_collect()
        .await
        .unwrap();
    assert!(none.is_empty());
    assert!(
        queries(&server).await.is_empty(),
        "max_messages(0) asks nothing"
    );
}

#[tokio::test]
async fn a_window_sends_both_bounds_and_yields_only_inside_it() {
    let conversation = Conversation::new(&spaced(100), 20);
    let (server, client) = serve(&conversation).await;
    // Messages 32..=69 are strictly between 1300 and 1690.
    let messages: Vec<_> = client
        .website()
        .message_history(&w(), &s())
        .before(1_690)
        .after(1_300)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(fingerprints(&messages), (32..=69).rev().collect::<Vec<_>>());
    let sent = queries(&server).await;
    assert_eq!(sent[0], "timestamp_before=1690&timestamp_after=1300");
    assert!(sent.iter().all(|q| q.ends_with("timestamp_after=1300")));

    let forward: Vec<_> = client
        .website()
        .follow_messages(&w(), &s(), 1_300)
        .before(1_690)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(fingerprints(&forward), (32..=69).collect::<Vec<_>>());
    // Forwards, the far bound is not sent (with both bounds Crisp answers the newest page
    // of the window): the walk stops at the first message past it.
    let sent = queries(&server).await;
    assert!(
        sent[sent.len() - 2..]
            .iter()
            .all(|q| !q.contains("timestamp_before"))
    );
}

#[tokio::test]
async fn follow_walks_forward_oldest_first_until_the_end() {
    let conversation = Conversation::new(&spaced(45), 20);
    let (server, client) = serve(&conversation).await;
    let messages: Vec<_> = client
        .website()
        .follow_messages(&w(), &s(), 1_100)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(fingerprints(&messages), (12..=45).collect::<Vec<_>>());
    let sent = queries(&server).await;
    assert_eq!(sent, ["timestamp_after=1100", "timestamp_after=1299"]);
}

#[tokio::test]
async fn follow_keeps_polling_for_new_messages() {
    let conversation = Conversation::new(&spaced(3), 20);
    let (_server, client) = serve(&conversation).await;
    let mut follow = client
        .website()
        .follow_messages(&w(), &s(), 0)
        .keep_polling(Duration::from_millis(20))
        .max_messages(5);
    for expected in 1..=3 {
        let message = follow.try_next().await.unwrap().expect("a message");
        assert_eq!(message.fingerprint.unwrap().0, expected);
    }
    // Nothing new yet: the stream waits; a message of the same millisecond as the last one
    // and a later one are picked up.
    conversation.add(4, 1_020);
    conversation.add(5, 2_000);
    let rest: Vec<_> = tokio::time::timeout(Duration::from_secs(10), follow.try_collect())
        .await
        .expect("the new messages arrive")
        .unwrap();
    assert_eq!(fingerprints(&rest), [4, 5]);
}

#[tokio::test]
async fn a_server_that_ignores_the_bound_ends_the_walk() {
    // Always the same page, always 206.
    let page: Vec<Value> = (1..=3).map(|i| message_json(i, 100 * i)).collect();
    let server = support::answering(
        ResponseTemplate::new(206).set_body_json(support::ok(Value::Array(page))),
    )
    .await;
    let client = support::client(&server.uri(), support::backends().remove(0).1);
    let messages: Vec<_> = tokio::time::timeout(
        Duration::from_secs(10),
        client.website().message_history(&w(), &s()).try_collect(),
    )
    .await
    .expect("the walk ends")
    .unwrap();
    assert_eq!(fingerprints(&messages), [3, 2, 1]);
    assert_eq!(
        queries(&server).await,
        ["", "timestamp_before=101", "timestamp_before=100"]
    );

    // An empty 206 ends it too.
    let server =
        support::answering(ResponseTemplate::new(206).set_body_json(support::ok(json!([])))).await;
    let client = support::client(&server.uri(), support::backends().remove(0).1);
    let messages: Vec<_> = client
        .website()
        .message_history(&w(), &s())
        .try_collect()
        .await
        .unwrap();
    assert!(messages.is_empty());
    assert_eq!(queries(&server).await.len(), 1);
}

#[tokio::test]
async fn an_error_is_yielded_once_and_ends_the_stream() {
    let server = support::answering(support::refusal(404, "session_not_found")).await;
    let client = support::client(&server.uri(), support::backends().remove(0).1);
    let mut history = client
        .website()
        .message_history(&w(), &s())
        .configure(|call| call.retry(RetryPolicy::none()));
    let error = history.next().await.expect("an item").expect_err("404");
    assert!(matches!(error.kind(), ErrorKind::Api(_)));
    assert_eq!(error.reason(), Some("session_not_found"));
    assert!(history.next().await.is_none());
    assert_eq!(queries(&server).await.len(), 1);
}

#[tokio::test]
async fn configure_changes_every_call() {
    let conversation = Conversation::new(&spaced(30), 20);
    let (server, client) = serve(&conversation).await;
    let count = client
        .website()
        .message_history(&w(), &s())
        .configure(|call| {
            call.header(
                http::HeaderName::from_static("x-trace"),
                http::HeaderValue::from_static("history"),
            )
        })
        .count()
        .await;
    assert_eq!(count, 30);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(
        requests
            .iter()
            .all(|r| r.headers.get("x-trace").is_some_and(|v| v == "history"))
    );
}
