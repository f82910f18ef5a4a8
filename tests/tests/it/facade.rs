//! The facade as users meet it: a client in one line, test transports, re-exports.

use std::sync::Arc;

use crisp::rest::test_util::{CannedResponse, Exchange, ReplayTransport};
use crisp::types::WebsiteId;
use crisp::types::website::conversation::{ConversationState, MessageContent};
use crisp::{Client, Credentials, ErrorKind, Tier};
use crisp_tests::captured_client;
use http::Method;

#[test]
fn a_client_in_one_line() {
    let client =
        Client::new(Credentials::new(Tier::Website, "identifier", "key")).expect("default backend");
    assert_eq!(
        client.credentials().map(Credentials::tier),
        Some(Tier::Website)
    );
    assert_eq!(client.options().base_url, "https://api.crisp.chat/v1/");
}

#[tokio::test]
async fn capture_transport_records_requests_and_replays_answers() {
    let (client, capture) = captured_client();
    capture.push_json(
        200,
        r#"{"error":false,"reason":"resolved","data":{"state":"unresolved"}}"#,
    );
    let website = WebsiteId::new("w1");
    let session = "session_1".into();
    let state = client
        .website()
        .get_conversation_state(&website, &session)
        .await
        .expect("state");
    assert_eq!(state.state, Some(ConversationState::Unresolved));
    client
        .website()
        .change_conversation_state(&website, &session, ConversationState::Resolved)
        .await
        .expect("change");

    let requests = capture.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].method, Method::GET);
    assert_eq!(
        requests[0].path(),
        "/v1/website/w1/conversation/session_1/state"
    );
    assert_eq!(requests[1].method, Method::PATCH);
    assert_eq!(
        requests[1].json(),
        Some(serde_json::json!({"state": "resolved"}))
    );
    assert_eq!(requests[1].headers["x-crisp-tier"], "plugin");
}

#[tokio::test]
async fn replay_transport_plays_a_script_and_reports_mismatches() {
    let replay = Arc::new(ReplayTransport::new([
        Exchange::json(
            Method::GET,
            "/v1/website/w1/conversation/session_1/messages?timestamp_before=100",
            200,
            r#"{"error":false,"reason":"listed","data":[{"type":"text","from":"user","origin":"chat","content":"hi","fingerprint":1,"timestamp":99}]}"#,
        ),
        Exchange {
            method: Method::GET,
            path_and_query: "/v1/website/w1/conversation/session_1".to_owned(),
            response: CannedResponse::json(
                404,
                r#"{"error":true,"reason":"session_not_found","data":{}}"#,
            ),
        },
    ]));
    let client = Client::builder()
        .credentials(Credentials::plugin("identifier", "key"))
        .transport(Arc::clone(&replay) as Arc<dyn crisp::core::Transport>)
        .build()
        .expect("client");
    let website = WebsiteId::new("w1");
    let session = "session_1".into();
    let messages = client
        .website()
        .get_messages_in_conversation(
            &website,
            &session,
            crisp::rest::website::conversation::MessagesQuery::before(100),
        )
        .await
        .expect("messages");
    assert_eq!(messages[0].content, MessageContent::Text("hi".into()));
    let error = client
        .website()
        .get_conversation(&website, &session)
        .await
        .expect_err("404");
    assert_eq!(error.reason(), Some("session_not_found"));
    replay.assert_done();

    // A request off the script is a transport error naming what was expected.
    let error = client
        .website()
        .get_conversation(&website, &session)
        .await
        .expect_err("script over");
    assert!(
        matches!(error.kind(), ErrorKind::Transport { .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("script ended"), "{error}");
}

#[test]
#[should_panic(expected = "not played")]
fn replay_transport_notices_unplayed_exchanges() {
    let replay = ReplayTransport::new([Exchange::json(Method::GET, "/v1/website/w1", 200, "{}")]);
    replay.assert_done();
}
