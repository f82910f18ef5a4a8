//! Client behaviour against wiremock on loopback, over both backends: retries, timeouts,
//! error mapping, path injection, credentials.

use crate::support;

use std::time::{Duration, Instant};

use crisp_rest::website::conversation::ListConversations;
use crisp_rest::{Client, Credentials, ErrorKind, RetryPolicy, TransportErrorKind};
use crisp_types::website::conversation::{ConversationState, MessageFrom, NewMessage, Origin};
use crisp_types::{
    BrowsingId, CallId, Fingerprint, OriginalId, PluginId, SessionId, SpamId, WebsiteId,
};
use serde_json::json;
use wiremock::matchers::{any, method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Answers from a script of responses in order, then repeats the last one.
struct Sequence(std::sync::Mutex<Vec<ResponseTemplate>>);

impl Sequence {
    fn new(responses: Vec<ResponseTemplate>) -> Self {
        Sequence(std::sync::Mutex::new(responses.into_iter().rev().collect()))
    }
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let mut left = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if left.len() > 1 {
            left.pop()
        } else {
            left.last().cloned()
        }
        .unwrap_or_else(|| ResponseTemplate::new(500))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_with_retry_after_then_success() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(Sequence::new(vec![
            ResponseTemplate::new(429)
                .insert_header("retry-after", "1")
                .set_body_json(json!({"error": true, "reason": "rate_limited", "data": {}})),
            ResponseTemplate::new(200).set_body_json(support::conversation_body()),
        ]))
        .await;
        let client = support::client(&server.uri(), transport);
        let started = Instant::now();
        let conversation = support::get_conversation(&client).await.unwrap();
        assert_eq!(
            conversation.state,
            Some(ConversationState::Resolved),
            "{backend}"
        );
        assert!(
            started.elapsed() >= Duration::from_secs(1),
            "{backend}: Retry-After honoured"
        );
        assert_eq!(support::requests(&server).await, 2, "{backend}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn enhance_your_calm_is_rate_limited_too() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(support::refusal(420, "rate_limited")).await;
        let client = support::client(&server.uri(), transport);
        let error = support::get_conversation(&client).await.unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::RateLimited { .. }),
            "{backend}: {error:?}"
        );
        assert_eq!(error.status().map(|s| s.as_u16()), Some(420));
        assert_eq!(
            support::requests(&server).await,
            3,
            "{backend}: bounded attempts"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn service_unavailable_twice_then_success() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(Sequence::new(vec![
            ResponseTemplate::new(503),
            ResponseTemplate::new(503).set_body_string("<html>busy</html>"),
            ResponseTemplate::new(200).set_body_json(support::conversation_body()),
        ]))
        .await;
        let client = support::client(&server.uri(), transport);
        support::get_conversation(&client).await.unwrap();
        assert_eq!(support::requests(&server).await, 3, "{backend}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn post_is_not_retried_on_503_unless_opted_in() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(support::refusal(503, "unavailable")).await;
        let client = support::client(&server.uri(), transport);
        let message = NewMessage::text(MessageFrom::Operator, Origin::Chat, "hi");
        let error = client
            .website()
            .send_message_in_conversation(&support::website(), &support::session(), &message)
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "{backend}");
        assert_eq!(error.reason(), Some("unavailable"));
        assert_eq!(
            support::requests(&server).await,
            1,
            "{backend}: POST not retried"
        );

        // Opting in per request retries it.
        server.reset().await;
        Mock::given(any())
            .respond_with(Sequence::new(vec![
                ResponseTemplate::new(503),
                ResponseTemplate::new(200).set_body_json(support::ok(json!({"fingerprint": 7}))),
            ]))
            .mount(&server)
            .await;
        let sent = client
            .website()
            .send_message_in_conversation(&support::website(), &support::session(), &message)
            .retry(
                RetryPolicy::default()
                    .initial_backoff(Duration::from_millis(5))
                    .retry_non_idempotent(true),
            )
            .await
            .unwrap();
        assert_eq!(sent.fingerprint, Some(Fingerprint(7)), "{backend}");
        assert_eq!(support::requests(&server).await, 2, "{backend}");
        // Each attempt is built afresh: the retry sends the same URL, headers and body.
        let received = server.received_requests().await.unwrap_or_default();
        let (first, retry) = (&received[0], &received[1]);
        assert_eq!(first.url, retry.url, "{backend}");
        assert_eq!(first.body, retry.body, "{backend}");
        assert!(
            first.body.starts_with(b"{") && first.body.len() > 2,
            "{backend}: the message body was sent"
        );
        for name in [
            "authorization",
            "x-crisp-tier",
            "content-type",
            "user-agent",
        ] {
            assert_eq!(
                first.headers.get(name),
                retry.headers.get(name),
                "{backend}: {name}"
            );
            assert!(first.headers.get(name).is_some(), "{backend}: {name} sent");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn patch_is_not_retried() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(ResponseTemplate::new(500)).await;
        let client = support::client(&server.uri(), transport);
        let error = client
            .website()
            .change_conversation_state(
                &support::website(),
                &support::session(),
                ConversationState::Resolved,
            )
            .await
            .unwrap_err();
        assert_eq!(error.reason(), Some("http_error"), "{backend}");
        assert_eq!(support::requests(&server).await, 1, "{backend}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_responses_time_out_and_are_retried() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(
            ResponseTemplate::new(200)
                .set_body_json(support::conversation_body())
                .set_delay(Duration::from_secs(2)),
        )
        .await;
        let client = support::client(&server.uri(), transport);
        let error = support::get_conversation(&client)
            .timeout(Duration::from_millis(100))
            .retry(
                RetryPolicy::default()
                    .max_attempts(2)
                    .initial_backoff(Duration::from_millis(5)),
            )
            .await
            .unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::Timeout { after: Some(_) }),
            "{backend}: {error:?}"
        );
        assert!(error.to_string().contains("timed out"), "{error}");
        assert_eq!(
            support::requests(&server).await,
            2,
            "{backend}: timeouts retried for GET"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn total_retry_time_is_bounded() {
    support::for_each_backend(|backend, transport| async move {
        let server =
            support::answering(ResponseTemplate::new(429).insert_header("retry-after", "30")).await;
        let client = support::client(&server.uri(), transport);
        let error = support::get_conversation(&client)
            .retry(RetryPolicy::default().max_elapsed(Duration::from_secs(5)))
            .await
            .unwrap_err();
        assert_eq!(
            error.retry_after(),
            Some(Duration::from_secs(30)),
            "{backend}"
        );
        assert_eq!(
            support::requests(&server).await,
            1,
            "{backend}: a Retry-After past the budget is not waited for"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crisp_json_error_html_502_and_truncated_json() {
    support::for_each_backend(|backend, transport| async move {
        let server = MockServer::start().await;
        let client = support::client(&server.uri(), transport);

        Mock::given(any())
            .respond_with(ResponseTemplate::new(404).set_body_json(
                json!({"error": true, "reason": "session_not_found", "data": {"message": "Session not found"}}),
            ))
            .mount(&server)
            .await;
        let error = support::get_conversation(&client)
            .await
            .unwrap_err();
        let text = error.to_string();
        assert!(
            text.starts_with(
                "get_conversation (GET /website/{website_id}/conversation/{session_id}): \
                 404 session_not_found: Session not found, 1 attempt in "
            ),
            "{backend}: {text}"
        );

        server.reset().await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(502).set_body_raw(
                "<html><head><title>502 Bad Gateway</title></head></html>",
                "text/html",
            ))
            .mount(&server)
            .await;
        let error = support::get_conversation(&client)
            .retry(RetryPolicy::none())
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(502), "{backend}");
        assert_eq!(error.reason(), Some("http_error"));
        assert!(error.to_string().contains("502"), "{error}");

        server.reset().await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(200).set_body_raw(
                r#"{"error":false,"reason":"ok","data":{"session_id":"ses"#,
                "application/json",
            ))
            .mount(&server)
            .await;
        let error = support::get_conversation(&client)
            .await
            .unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::Decode(_)),
            "{backend}: {error:?}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_enum_value_in_a_response_decodes() {
    support::for_each_backend(|backend, transport| async move {
        let server = support::answering(ResponseTemplate::new(200).set_body_json(support::ok(
                json!({"session_id": "session_1", "website_id": "w1", "state": "archived", "brand_new_field": {"x": 1}}),
            ))).await;
        let client = support::client(&server.uri(), transport);
        let conversation = support::get_conversation(&client)
            .await
            .unwrap();
        assert_eq!(
            conversation.state,
            Some(ConversationState::Unknown("archived".into())),
            "{backend}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_type_in_a_response_names_the_json_path() {
    support::for_each_backend(|_backend, transport| async move {
        let server = support::answering(
            ResponseTemplate::new(200).set_body_json(support::ok(json!({"session_id": 12}))),
        )
        .await;
        let client = support::client(&server.uri(), transport);
        let error = support::get_conversation(&client).await.unwrap_err();
        let ErrorKind::Decode(decode) = error.kind() else {
            panic!("{error:?}")
        };
        assert_eq!(decode.path, "data.session_id");
        assert!(decode.body_excerpt.contains("session_id"));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn head_checks_map_404_to_false_and_500_to_an_error() {
    support::for_each_backend(|backend, transport| async move {
        let server = MockServer::start().await;
        let client = support::client(&server.uri(), transport);
        for (status, expected) in [
            (200, Some(true)),
            (404, Some(false)),
            (500, None),
            (401, None),
        ] {
            server.reset().await;
            Mock::given(method("HEAD"))
                .respond_with(ResponseTemplate::new(status))
                .mount(&server)
                .await;
            let result = client
                .website()
                .check_conversation_exists(&support::website(), &support::session())
                .retry(RetryPolicy::none())
                .await;
            match expected {
                Some(exists) => assert_eq!(result.unwrap(), exists, "{backend} {status}"),
                None => {
                    let error = result.unwrap_err();
                    assert_eq!(
                        error.status().map(|s| s.as_u16()),
                        Some(status),
                        "{backend}"
                    );
                    let reason = if status >= 500 {
                        "server_error"
                    } else {
                        "route_error"
                    };
                    assert_eq!(error.reason(), Some(reason), "{backend}");
                }
            }
        }
    })
    .await;
}

/// The values a path parameter must never escape its segment with, and how they travel.
const HOSTILE: &[(&str, &str)] = &[
    ("a/b", "a%2Fb"),
    ("x?admin=1", "x%3Fadmin%3D1"),
    ("x#frag", "x%23frag"),
    ("50%", "50%25"),
    ("a\\b", "a%5Cb"),
    ("...", "..."),
    ("%2E%2E", "%252E%252E"),
    ("../../../../website/X", "..%2F..%2F..%2F..%2Fwebsite%2FX"),
    ("naïve ☃", "na%C3%AFve%20%E2%98%83"),
];

type Pending = (
    http::Method,
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), crisp_rest::Error>> + Send>>,
);

/// A call of any output type, as its method and a future of `()`.
fn pending<T: Send + 'static>(call: crisp_rest::Call<T>) -> Pending {
    let method = call.request().method().clone();
    (method, Box::pin(async move { call.await.map(drop) }))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn path_parameters_of_every_kind_stay_in_their_segment() {
    let wire = support::WireCapture::start().await;
    let wire = &wire;
    support::for_each_backend(|backend, transport| async move {
        let client = support::client(&wire.uri, transport);
        let api = client.website();
        for (value, encoded) in HOSTILE {
            let v = *value;
            let calls: Vec<(&str, String, Pending)> = vec![
                (
                    "website_id",
                    format!("/v1/website/{encoded}/conversation/session_1"),
                    pending(api.remove_conversation(&WebsiteId::new(v), &support::session())),
                ),
                (
                    "session_id",
                    format!("/v1/website/w1/conversation/{encoded}"),
                    pending(api.remove_conversation(&support::website(), &SessionId::new(v))),
                ),
                (
                    "spam_id",
                    format!("/v1/website/w1/conversations/spam/{encoded}/decision"),
                    pending(api.submit_spam_conversation_decision(
                        &support::website(),
                        &SpamId::new(v),
                        crisp_types::website::conversation::SpamDecision::Accept,
                    )),
                ),
                (
                    "browsing_id",
                    format!("/v1/website/w1/conversation/session_1/browsing/{encoded}"),
                    pending(api.send_action_to_existing_browsing_session(
                        &support::website(),
                        &support::session(),
                        &BrowsingId::new(v),
                        crisp_types::website::conversation::BrowsingAction::Start,
                    )),
                ),
                (
                    "call_id",
                    format!("/v1/website/w1/conversation/session_1/call/{encoded}"),
                    pending(api.abort_ongoing_call_session_for_conversation(
                        &support::website(),
                        &support::session(),
                        &CallId::new(v),
                        &Default::default(),
                    )),
                ),
                (
                    "plugin_id",
                    format!("/v1/website/w1/conversation/session_1/widget/{encoded}/data"),
                    pending(api.deliver_widget_data_edit_action_for_conversation(
                        &support::website(),
                        &support::session(),
                        &PluginId::new(v),
                        &crisp_types::website::conversation::WidgetDataEdit::new("s", "i", "x"),
                    )),
                ),
                (
                    "original_id",
                    format!("/v1/website/w1/conversation/session_1/original/{encoded}"),
                    pending(api.get_original_message_in_conversation(
                        &support::website(),
                        &support::session(),
                        &OriginalId::new(v),
                    )),
                ),
            ];
            for (kind, expected, (method, call)) in calls {
                let result = call.await;
                let lines = wire.take();
                result.unwrap_or_else(|e| panic!("[{backend}] {kind}={v:?}: {e}"));
                assert_eq!(
                    lines,
                    vec![format!("{method} {expected} HTTP/1.1")],
                    "[{backend}] {kind}={v:?}"
                );
            }
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_path_parameters_are_rejected_before_sending() {
    support::for_each_backend(|_backend, transport| async move {
        let server = support::answering(ResponseTemplate::new(200)).await;
        let client = support::client(&server.uri(), transport);
        let error = client
            .website()
            .get_conversation(&support::website(), &SessionId::new(""))
            .await
            .unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("session_id"), "{error}");
        assert_eq!(support::requests(&server).await, 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_query_booleans_go_out_as_one_and_zero() {
    support::for_each_backend(|_backend, transport| async move {
        let server =
            support::answering(ResponseTemplate::new(200).set_body_json(support::ok(json!([]))))
                .await;
        let client = support::client(&server.uri(), transport);
        let options = ListConversations::new()
            .include_empty(false)
            .filter_resolved(true)
            .order_date_updated(true);
        let conversations = client
            .website()
            .list_conversations(&support::website(), 1, options)
            .await
            .unwrap();
        assert!(conversations.is_empty());
        let received = server.received_requests().await.unwrap_or_default();
        assert_eq!(
            received[0].url.query(),
            Some("include_empty=0&filter_resolved=1&order_date_updated=1")
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_refused_is_a_connect_error_and_retried_for_get() {
    // Bind then drop a listener to get a loopback port with nothing behind it.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    support::for_each_backend(|backend, transport| async move {
        let client = support::client(&format!("http://127.0.0.1:{port}"), transport);
        let error = support::get_conversation(&client).await.unwrap_err();
        assert!(
            matches!(
                error.kind(),
                ErrorKind::Transport {
                    kind: TransportErrorKind::Connect
                }
            ),
            "{backend}: {error:?}"
        );
        assert!(
            std::error::Error::source(&error).is_some(),
            "{backend}: backend error kept as source"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_handshake_with_a_non_tls_server_fails_cleanly() {
    // A loopback server that answers garbage: rustls must reject it as a connect error.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        use tokio::io::AsyncWriteExt;
        while let Ok((mut socket, _)) = listener.accept().await {
            let _ = socket.write_all(b"HTTP/1.1 200 OK\r\n\r\nnot tls").await;
        }
    });
    support::for_each_backend(|backend, transport| async move {
        let client = Client::builder()
            .credentials(Credentials::plugin("id", "key"))
            .base_url(format!("https://127.0.0.1:{port}/v1/"))
            .transport(transport)
            .retry(RetryPolicy::none())
            .build()
            .unwrap();
        let error = support::get_conversation(&client).await.unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::Transport { .. }),
            "{backend}: {error:?}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_never_printed() {
    support::for_each_backend(|_backend, transport| async move {
        let secret = "top-secret-key-value";
        let client = Client::builder()
            .credentials(Credentials::user("ident", secret))
            .base_url("http://127.0.0.1:9/v1/")
            .transport(transport)
            .retry(RetryPolicy::none())
            .build()
            .unwrap();
        let shown = format!("{client:?} {client:#?} {:?}", client.credentials());
        assert!(!shown.contains(secret), "{shown}");
        let call = client
            .website()
            .get_conversation(&support::website(), &support::session());
        let shown = format!("{call:?}");
        assert!(!shown.contains(secret), "{shown}");
        // Errors neither.
        let error = call.await.unwrap_err();
        let shown = format!("{error} {error:?}");
        assert!(
            !shown.contains(secret) && !shown.contains("dG9wLXNlY3JldC"),
            "{shown}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_escape_hatch_reaches_unmodelled_routes() {
    support::for_each_backend(|_backend, transport| async move {
        let server = MockServer::start().await;
        Mock::given(method("PUT"))
            .and(path("/v1/website/w1/brand/new/route"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(support::ok(json!({"answer": 42}))),
            )
            .mount(&server)
            .await;
        let client = support::client(&server.uri(), transport);
        let value: serde_json::Value = client
            .raw(http::Method::PUT, "/website/{website_id}/brand/new/route")
            .param("w1")
            .query("dry_run", true)
            .json(&json!({"x": 1}))
            .data()
            .await
            .unwrap();
        assert_eq!(value, json!({"answer": 42}));
        let received = server.received_requests().await.unwrap_or_default();
        assert_eq!(received[0].url.query(), Some("dry_run=1"));
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&received[0].body).unwrap(),
            json!({"x": 1})
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_request_headers_cannot_replace_credentials() {
    support::for_each_backend(|_backend, transport| async move {
        let server = support::answering(
            ResponseTemplate::new(200).set_body_json(support::conversation_body()),
        )
        .await;
        let client = support::client(&server.uri(), transport);
        support::get_conversation(&client)
            .header(
                http::header::AUTHORIZATION,
                http::HeaderValue::from_static("Basic forged"),
            )
            .header(
                http::HeaderName::from_static("x-request-id"),
                http::HeaderValue::from_static("r-1"),
            )
            .await
            .unwrap();
        let received = server.received_requests().await.unwrap_or_default();
        let headers = &received[0].headers;
        assert_ne!(
            headers.get("authorization").and_then(|v| v.to_str().ok()),
            Some("Basic forged")
        );
        assert_eq!(
            headers.get("x-request-id").and_then(|v| v.to_str().ok()),
            Some("r-1")
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn base_url_and_user_agent_can_be_overridden_per_request() {
    support::for_each_backend(|_backend, transport| async move {
        let default_server = MockServer::start().await;
        let other_server = MockServer::start().await;
        for server in [&default_server, &other_server] {
            Mock::given(any())
                .respond_with(
                    ResponseTemplate::new(200).set_body_json(support::conversation_body()),
                )
                .mount(server)
                .await;
        }
        let client = support::client(&default_server.uri(), transport);
        support::get_conversation(&client)
            .base_url(format!("{}/v9/", other_server.uri()))
            .user_agent("my-bot/2.0")
            .await
            .unwrap();
        assert_eq!(support::requests(&default_server).await, 0);
        let received = other_server.received_requests().await.unwrap_or_default();
        assert_eq!(
            received[0].url.path(),
            "/v9/website/w1/conversation/session_1"
        );
        assert_eq!(
            received[0]
                .headers
                .get("user-agent")
                .and_then(|v| v.to_str().ok()),
            Some("my-bot/2.0")
        );
        assert_eq!(
            received[0]
                .headers
                .get("x-crisp-tier")
                .and_then(|v| v.to_str().ok()),
            Some("plugin")
        );

        // An invalid override is an argument error, and nothing is sent.
        let error = support::get_conversation(&client)
            .base_url("not a url")
            .await
            .unwrap_err();
        assert!(
            matches!(error.kind(), ErrorKind::InvalidArgument { .. }),
            "{error:?}"
        );
    })
    .await;
}

/// An explicit `null` and a key this version has no field for reach the server as built,
/// over both backends (issue 16 item 5).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_bodies_with_null_and_extra_keys_go_on_the_wire_as_built() {
    use crisp_types::CampaignId;
    use crisp_types::body::ExtraKeys;
    use crisp_types::website::campaign::{CampaignOptions, CampaignUpdate};

    let update = CampaignUpdate::new()
        .options(CampaignOptions::new().sender_email_reply(None))
        .with_extra("crisp_added_later", 1);
    let update = &update;
    support::for_each_backend(|backend, transport| async move {
        let server =
            support::answering(ResponseTemplate::new(200).set_body_json(support::ok(json!({}))))
                .await;
        let client = support::client(&server.uri(), transport);
        client
            .website()
            .update_campaign(&support::website(), &CampaignId::new("c1"), update)
            .await
            .unwrap_or_else(|e| panic!("{backend}: {e}"));
        let received = server.received_requests().await.unwrap_or_default();
        assert_eq!(received.len(), 1, "{backend}");
        assert_eq!(received[0].method.as_str(), "PATCH", "{backend}");
        assert_eq!(
            std::str::from_utf8(&received[0].body).unwrap(),
            r#"{"options":{"sender_email_reply":null},"crisp_added_later":1}"#,
            "{backend}"
        );
    })
    .await;
}
