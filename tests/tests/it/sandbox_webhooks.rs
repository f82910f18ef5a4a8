//! Web-hook deliveries of the embedded sandbox, verified by `crisp-webhook`: signatures,
//! headers, the body shape, retries against a receiver that refuses, unreachable hooks.

use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use crisp::sandbox::{Delivery, Sandbox, SandboxError};
use crisp::types::event::Event;
use crisp::types::website::conversation::{ConversationState, MessageFrom, NewMessage, Origin};
use crisp::webhook::Verifier;
use crisp_tests::sandbox::{PATIENCE, Receiver, client};
use serde_json::Value;
use tokio::sync::mpsc;
use tokio::time::timeout;

const SECRET: &str = "hook-secret";

#[tokio::test]
async fn deliveries_are_signed_and_verify() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut receiver = Receiver::start(SECRET).await;
    sandbox.add_webhook(&receiver.url, SECRET).unwrap();
    let website = sandbox.website_id();

    let session = sandbox.visitor().say("hello").await.unwrap();
    let webhook = receiver.next("message:send").await;
    assert_eq!(webhook.website_id.as_ref(), Some(&website));
    assert!(webhook.timestamp.is_some());
    let Event::MessageSend(message) = &webhook.event else {
        panic!("not typed: {:?}", webhook.event)
    };
    assert_eq!(message.content.as_text(), Some("hello"));
    assert_eq!(webhook.event.session_id(), Some(&session));

    let rest = client(&sandbox);
    rest.website()
        .send_message_in_conversation(
            &website,
            &session,
            &NewMessage::text(MessageFrom::Operator, Origin::Chat, "hi there"),
        )
        .await
        .unwrap();
    let webhook = receiver.next("message:received").await;
    let Event::MessageReceived(message) = &webhook.event else {
        panic!("not typed: {:?}", webhook.event)
    };
    assert_eq!(message.content.as_text(), Some("hi there"));
    rest.website()
        .change_conversation_state(&website, &session, ConversationState::Resolved)
        .await
        .unwrap();
    loop {
        let webhook = receiver.next("session:set_state").await;
        let Event::SessionSetState(state) = &webhook.event else {
            panic!("not typed")
        };
        if state.state == Some(ConversationState::Resolved) {
            break;
        }
    }
    let deliveries = sandbox.deliveries();
    assert!(
        deliveries.iter().all(Delivery::is_success),
        "{deliveries:?}"
    );
    assert!(
        deliveries
            .iter()
            .all(|d| d.attempt == 1 && d.url == receiver.url)
    );
}

/// What a bare receiver saw: headers and body of each request.
type Seen = mpsc::UnboundedSender<(HeaderMap, Bytes)>;

async fn record(State(seen): State<Seen>, headers: HeaderMap, body: Bytes) -> &'static str {
    let _ = seen.send((headers, body));
    "ok"
}

#[tokio::test]
async fn the_delivery_has_crisp_headers_and_body() {
    let sandbox = Sandbox::start().await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/raw", listener.local_addr().unwrap());
    let (sender, mut seen) = mpsc::unbounded_channel();
    let app = Router::new().route("/raw", post(record)).with_state(sender);
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    sandbox.add_webhook(&url, SECRET).unwrap();
    let session = sandbox.visitor().say("headers?").await.unwrap();

    let (headers, body) = loop {
        let (headers, body) = timeout(PATIENCE, seen.recv()).await.unwrap().unwrap();
        let value: Value = serde_json::from_slice(&body).unwrap();
        if value["event"] == "message:send" {
            break (headers, body);
        }
    };
    let header = |name: &str| headers[name].to_str().unwrap().to_owned();
    assert_eq!(header("content-type"), "application/json");
    assert_eq!(header("x-delivery-attempt-count"), "1");
    assert_eq!(header("x-delivery-attempt-limit"), "3");
    assert!(header("x-crisp-hook-origin").starts_with("plugin/"));
    let timestamp = header("x-crisp-request-timestamp");
    assert_eq!(timestamp.len(), 13, "epoch milliseconds: {timestamp}");
    let signature = header("x-crisp-signature");
    assert_eq!(signature, crisp::webhook::sign(SECRET, &timestamp, &body));
    Verifier::new(SECRET)
        .verify(&timestamp, &signature, &body)
        .expect("verifies");
    assert!(
        Verifier::new("another")
            .verify(&timestamp, &signature, &body)
            .is_err()
    );

    let value: Value = serde_json::from_slice(&body).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 4, "{keys:?}");
    assert_eq!(value["website_id"], sandbox.website_id().as_str());
    assert_eq!(value["data"]["session_id"], session.as_str());
    assert!(value["timestamp"].as_u64().is_some());
}

#[tokio::test]
async fn refused_deliveries_are_retried_three_times() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut receiver = Receiver::start(SECRET).await;
    // The receiver knows another secret: it answers 401 to every attempt.
    sandbox
        .add_webhook(&receiver.url, "not-the-secret")
        .unwrap();
    // A second hook with the right secret still gets the event.
    sandbox.add_webhook(&receiver.url, SECRET).unwrap();
    sandbox.visitor().say("retry me").await.unwrap();
    receiver.next("message:send").await;

    let refused: Vec<Delivery> = timeout(PATIENCE, async {
        loop {
            let refused: Vec<Delivery> = sandbox
                .deliveries()
                .into_iter()
                .filter(|d| d.event == "message:send" && !d.is_success())
                .collect();
            if refused.len() >= 3 {
                return refused;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("three attempts");
    assert_eq!(refused.len(), 3);
    assert_eq!(
        refused.iter().map(|d| d.attempt).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert!(refused.iter().all(|d| d.status == Some(401)));
}

#[tokio::test]
async fn unreachable_hooks_are_recorded_and_bad_urls_refused() {
    let sandbox = Sandbox::start().await.unwrap();
    // A port nobody listens on any more.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/gone", listener.local_addr().unwrap());
    drop(listener);
    sandbox.add_webhook(&url, SECRET).unwrap();
    sandbox.visitor().say("anyone?").await.unwrap();
    let failed = timeout(PATIENCE, async {
        loop {
            let deliveries = sandbox.deliveries();
            if deliveries
                .iter()
                .filter(|d| d.event == "message:send")
                .count()
                >= 3
            {
                return deliveries;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("three failed attempts");
    assert!(
        failed
            .iter()
            .all(|d| d.status.is_none() && d.error.is_some())
    );

    for bad in ["https://example.com/hook", "not a url", "/relative"] {
        assert!(matches!(
            sandbox.add_webhook(bad, SECRET),
            Err(SandboxError::InvalidWebhookUrl(_))
        ));
    }
}
