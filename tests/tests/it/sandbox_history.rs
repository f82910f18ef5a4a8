//! Message history against the embedded sandbox, through the public API: the 206 / 200
//! signal of "get messages", and the history / follow streams over 47 messages, pairs of
//! which share a millisecond (so page boundaries fall inside them).

use crisp::rest::website::conversation::MessagesQuery;
use crisp::sandbox::Sandbox;
use crisp::types::website::conversation::{Message, MessageFrom, NewMessage, Origin};
use crisp::types::{SessionId, WebsiteId};
use crisp_tests::sandbox::client;
use futures_util::TryStreamExt;
use http::StatusCode;

const COUNT: u64 = 47;
const BASE: u64 = 1_700_000_000_000;

/// The timestamp of message `i`: two messages per millisecond, ten milliseconds apart.
fn timestamp(i: u64) -> u64 {
    BASE + (i / 2) * 10
}

/// A conversation with `COUNT` messages, "m0" to "m46", alternately visitor and operator.
async fn conversation(sandbox: &Sandbox, client: &crisp::Client) -> (WebsiteId, SessionId) {
    let website = sandbox.website_id();
    let api = client.website();
    let session = api
        .create_new_conversation(&website)
        .await
        .expect("create")
        .session_id;
    for i in 0..COUNT {
        let from = if i % 2 == 0 {
            MessageFrom::User
        } else {
            MessageFrom::Operator
        };
        let message = NewMessage::text(from, Origin::Chat, format!("m{i}")).timestamp(timestamp(i));
        api.send_message_in_conversation(&website, &session, &message)
            .await
            .expect("send");
    }
    (website, session)
}

fn texts(messages: &[Message]) -> Vec<String> {
    messages
        .iter()
        .map(|m| m.content.as_text().unwrap_or("?").to_owned())
        .collect()
}

fn expected(range: impl Iterator<Item = u64>) -> Vec<String> {
    range.map(|i| format!("m{i}")).collect()
}

#[tokio::test]
async fn get_messages_answers_206_while_older_messages_exist_and_200_at_the_start() {
    let sandbox = Sandbox::start().await.expect("sandbox");
    let client = client(&sandbox);
    let (website, session) = conversation(&sandbox, &client).await;
    let api = client.website();

    let raw = api
        .get_messages_in_conversation(&website, &session, MessagesQuery::latest())
        .send_raw()
        .await
        .unwrap();
    assert_eq!(raw.status(), StatusCode::PARTIAL_CONTENT);

    // Paging by hand with the exclusive bound: 20, 20, then the last 7 with a 200.
    let mut query = MessagesQuery::latest();
    let mut sizes = Vec::new();
    loop {
        let page = api
            .get_messages_in_conversation(&website, &session, query)
            .await
            .unwrap();
        sizes.push((page.len(), page.more()));
        match (page.more(), page.oldest_timestamp()) {
            (true, Some(oldest)) => query = MessagesQuery::before(oldest),
            _ => break,
        }
    }
    // The exclusive bound skips the partner of each boundary message (same millisecond):
    // which is why the streams ask one millisecond wider.
    assert_eq!(sizes.first(), Some(&(20, true)));
    assert_eq!(sizes.last().map(|(_, more)| *more), Some(false));
    assert!(sizes.iter().map(|(n, _)| n).sum::<usize>() < COUNT as usize);

    // A window: after m10's millisecond and before m30's.
    let window = api
        .get_messages_in_conversation(
            &website,
            &session,
            MessagesQuery::between(timestamp(10), timestamp(30)),
        )
        .await
        .unwrap();
    assert_eq!(texts(&window), expected(12..30));
    assert!(window.is_end());
}

#[tokio::test]
async fn the_history_stream_walks_every_message_once_newest_first() {
    let sandbox = Sandbox::start().await.expect("sandbox");
    let client = client(&sandbox);
    let (website, session) = conversation(&sandbox, &client).await;
    let before = sandbox.requests().len();

    let history: Vec<Message> = client
        .website()
        .message_history(&website, &session)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(texts(&history), expected((0..COUNT).rev()));
    let requests = sandbox.requests().len() - before;
    assert!(
        (3..=4).contains(&requests),
        "47 messages in pages of 20: {requests} requests"
    );

    let older: Vec<Message> = client
        .website()
        .message_history(&website, &session)
        .before(timestamp(20))
        .after(timestamp(3))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(texts(&older), expected((4..20).rev()));

    let bounded: Vec<Message> = client
        .website()
        .message_history(&website, &session)
        .max_messages(25)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(texts(&bounded), expected((22..COUNT).rev()));
}

#[tokio::test]
async fn the_follow_stream_walks_forward_oldest_first() {
    let sandbox = Sandbox::start().await.expect("sandbox");
    let client = client(&sandbox);
    let (website, session) = conversation(&sandbox, &client).await;

    let all: Vec<Message> = client
        .website()
        .follow_messages(&website, &session, 0)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(texts(&all), expected(0..COUNT));

    let since: Vec<Message> = client
        .website()
        .follow_messages(&website, &session, timestamp(9))
        .before(timestamp(40))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(texts(&since), expected(10..40));
}
