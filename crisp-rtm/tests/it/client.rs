//! The realtime client against a fake socket.io server on loopback.

use crate::support;

use std::time::Duration;

use crisp_core::Credentials;
use crisp_rtm::{
    Backoff, ConnectionState, DEFAULT_AUTH_DROP_LIMIT, DEFAULT_MAX_MESSAGE_SIZE, DisconnectReason,
    FailureReason, MIN_READ_BUFFER_SIZE, RtmClient, RtmConfig, RtmError,
};
use crisp_types::event::{Event, EventName};
use futures_util::StreamExt;
use serde_json::json;
use support::{Behaviour, FakeRtm, IDENTIFIER, KEY, Loss, Refusal};
use tokio::time::timeout;

fn config(server: &FakeRtm, key: &str) -> RtmConfig {
    RtmConfig::new(Credentials::plugin(IDENTIFIER, key))
        .url(server.url.clone())
        .events([EventName::MessageSend, EventName::SessionSetState])
        .backoff(Backoff::new(
            Duration::from_millis(20),
            Duration::from_millis(100),
        ))
        .connect_timeout(Duration::from_secs(2))
}

async fn wait_for(client: &RtmClient, want: &str) {
    let mut state = client.handle().watch_state();
    timeout(Duration::from_secs(5), async {
        while state.borrow_and_update().name() != want {
            if state.changed().await.is_err() {
                break;
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("state never became {want}; it is {}", client.state()));
}

fn message(text: &str) -> serde_json::Value {
    json!({"website_id": "w1", "session_id": "session_1", "type": "text", "from": "user", "origin": "chat", "content": text, "fingerprint": 1, "timestamp": 2})
}

async fn next_item(client: &mut RtmClient) -> Option<Result<Event, RtmError>> {
    timeout(Duration::from_secs(10), client.next())
        .await
        .expect("an item in time")
}

/// The next item, which must be a `Disconnected`: its reason and the attempt that follows.
async fn next_disconnected(client: &mut RtmClient) -> (DisconnectReason, u32) {
    match next_item(client).await {
        Some(Err(error)) => {
            assert!(!error.is_fatal());
            let RtmError::Disconnected {
                reason, attempt, ..
            } = error
            else {
                panic!("expected Disconnected, got {error:?}")
            };
            (reason, attempt)
        }
        other => panic!("expected Disconnected, got {other:?}"),
    }
}

/// The next item, which must be a `Restored`: checks its window, returns its attempts.
async fn next_restored(client: &mut RtmClient) -> u32 {
    match next_item(client).await {
        Some(Err(
            error @ RtmError::Restored {
                lost_at,
                last_event_at,
                restored_at,
                attempts,
            },
        )) => {
            assert!(!error.is_fatal());
            assert!(lost_at <= restored_at, "{error:?}");
            assert!(
                last_event_at.is_none_or(|last| last <= lost_at),
                "{error:?}"
            );
            attempts
        }
        other => panic!("expected Restored, got {other:?}"),
    }
}

async fn next_event(client: &mut RtmClient) -> Event {
    match timeout(Duration::from_secs(5), client.next())
        .await
        .expect("an event in time")
    {
        Some(Ok(event)) => event,
        Some(Err(error)) => panic!("unexpected error {error}"),
        None => panic!("stream ended"),
    }
}

#[tokio::test]
async fn authenticates_and_delivers_typed_events() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    server.emit("message:send", &message("Hello"));
    let event = next_event(&mut client).await;
    let Event::MessageSend(message) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(message.content.as_text(), Some("Hello"));
    assert_eq!(event.website_id().map(|id| id.as_str()), Some("w1"));

    let authentication = &server.authentications()[0];
    assert_eq!(authentication["tier"], "plugin");
    assert_eq!(authentication["username"], IDENTIFIER);
    assert_eq!(authentication["password"], KEY);
    assert_eq!(
        authentication["events"],
        json!(["message:send", "session:set_state"])
    );
    // An event name we do not know arrives as Unknown.
    server.emit("future:event", &json!({"website_id": "w1"}));
    let event = next_event(&mut client).await;
    assert!(!event.is_typed());
    assert_eq!(event.name(), "future:event");
}

#[tokio::test]
async fn a_known_event_that_does_not_fit_is_a_non_fatal_typed_error() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    let mut bad = message("Hello");
    bad["session_id"] = json!(42);
    server.emit("message:send", &bad);
    server.emit("message:send", &message("Next"));
    let Some(Err(error)) = next_item(&mut client).await else {
        panic!("expected the decode error first");
    };
    assert!(!error.is_fatal(), "{error}");
    let RtmError::Decode(decode) = &error else {
        panic!("expected Decode, got {error:?}");
    };
    assert_eq!(
        (decode.name(), decode.path()),
        ("message:send", "session_id")
    );
    let raw: serde_json::Value = serde_json::from_str(decode.raw().get()).unwrap();
    assert_eq!(raw, bad);
    assert!(error.to_string().contains("`session_id`"), "{error}");
    // The connection goes on: the next event arrives, typed.
    let event = next_event(&mut client).await;
    let Event::MessageSend(message) = &event else {
        panic!("{event:?}")
    };
    assert_eq!(message.content.as_text(), Some("Next"));
    assert_eq!(client.state(), ConnectionState::Active);
}

#[tokio::test]
async fn unauthorized_is_fatal_without_a_reconnect_loop() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, "wrong-key"));
    let item = timeout(Duration::from_secs(5), client.next())
        .await
        .unwrap();
    let Some(Err(RtmError::Unauthorized { message })) = item else {
        panic!("{item:?}")
    };
    assert!(message.contains("Invalid credentials"), "{message}");
    assert!(
        timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
            .is_none(),
        "stream ends"
    );
    assert!(matches!(client.state(), ConnectionState::Failed { .. }));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(server.connections(), 1, "no retry on bad credentials");
}

#[tokio::test]
async fn disconnect_before_authenticated_is_fatal_after_the_limit() {
    // Crisp refuses bad credentials by disconnecting: after `auth_drop_limit` of those in
    // a row (default 5), the client gives up, saying why.
    let server = FakeRtm::start(Behaviour {
        refusal: Refusal::Disconnect,
        ..Behaviour::default()
    })
    .await;
    let mut client = RtmClient::connect(config(&server, "wrong-key"));
    // Each lost attempt but the last is on the stream, with the attempt that follows.
    for next in 2..=DEFAULT_AUTH_DROP_LIMIT {
        let (reason, attempt) = next_disconnected(&mut client).await;
        assert!(reason.during_authentication(), "{reason:?}");
        assert_eq!(
            reason.cause(),
            &DisconnectReason::ServerClosed,
            "{reason:?}"
        );
        assert!(
            reason.to_string().contains("before `authenticated`"),
            "{reason}"
        );
        assert_eq!(attempt, next);
    }
    let item = timeout(Duration::from_secs(10), client.next())
        .await
        .unwrap();
    let Some(Err(RtmError::Unauthorized { message })) = item else {
        panic!("{item:?}")
    };
    assert!(
        message.contains(&format!("{DEFAULT_AUTH_DROP_LIMIT} times in a row")),
        "{message}"
    );
    assert!(
        timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
            .is_none()
    );
    let ConnectionState::Failed { reason } = client.state() else {
        panic!("{}", client.state())
    };
    let FailureReason::LostBeforeAuthenticated { times, last } = &reason else {
        panic!("{reason:?}")
    };
    assert_eq!(*times, DEFAULT_AUTH_DROP_LIMIT);
    assert_eq!(last.cause(), &DisconnectReason::ServerClosed);
    assert!(reason.to_string().contains("in a row"), "{reason}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(server.connections(), DEFAULT_AUTH_DROP_LIMIT as usize);
}

/// Collects every `Reconnecting` reason until the client is `active`.
async fn reasons_until_active(client: &RtmClient) -> Vec<DisconnectReason> {
    let mut state = client.handle().watch_state();
    let mut reasons = Vec::new();
    timeout(Duration::from_secs(10), async {
        loop {
            match state.borrow_and_update().clone() {
                ConnectionState::Active => return,
                ConnectionState::Reconnecting { reason, .. } if reasons.last() != Some(&reason) => {
                    reasons.push(reason);
                }
                ConnectionState::Failed { reason } => panic!("failed: {reason}"),
                _ => {}
            }
            if state.changed().await.is_err() {
                panic!("the connection task ended; reasons {reasons:?}");
            }
        }
    })
    .await
    .unwrap_or_else(|_| panic!("never active; it is {}", client.state()));
    reasons
}

/// Whether `cause` is how the client names the way the fake server lost the connection.
fn loss_cause(loss: Loss, cause: &DisconnectReason) -> bool {
    match loss {
        Loss::Close => *cause == DisconnectReason::ServerClosed,
        // The stream ends without a close frame, or on a frame that breaks the protocol.
        Loss::Cut | Loss::BadFrame => matches!(
            cause,
            DisconnectReason::Transport { .. } | DisconnectReason::ServerClosed
        ),
        Loss::EngineClose => *cause == DisconnectReason::EngineClose,
        Loss::SocketDisconnect => *cause == DisconnectReason::ServerDisconnect,
    }
}

#[tokio::test]
async fn a_loss_during_authentication_is_retried_with_good_credentials() {
    // A server restart or a load balancer cutting the connection between `authentication`
    // and `authenticated`, however it is cut, is not a refusal.
    for loss in [
        Loss::Close,
        Loss::Cut,
        Loss::EngineClose,
        Loss::SocketDisconnect,
        Loss::BadFrame,
    ] {
        let server = FakeRtm::start(Behaviour {
            lose_authentications: 2,
            loss,
            ..Behaviour::default()
        })
        .await;
        let mut client = RtmClient::connect(config(&server, KEY));
        let reasons = reasons_until_active(&client).await;
        assert!(
            reasons
                .iter()
                .all(|reason| reason.during_authentication() && loss_cause(loss, reason.cause())),
            "{loss:?}: {reasons:?}"
        );
        assert_eq!(server.connections(), 3, "{loss:?}");
        assert_eq!(server.authenticated(), 1, "{loss:?}");
        // Both losses reached the stream; no session was live before, so no gap.
        for _ in 0..2 {
            let (reason, _) = next_disconnected(&mut client).await;
            assert!(
                reason.during_authentication() && loss_cause(loss, reason.cause()),
                "{loss:?}: {reason:?}"
            );
        }
        server.emit("message:send", &message("made it"));
        assert_eq!(next_event(&mut client).await.name(), "message:send");
    }
}

#[tokio::test]
async fn losses_during_authentication_are_fatal_after_the_configured_limit() {
    let server = FakeRtm::start(Behaviour {
        lose_authentications: usize::MAX,
        loss: Loss::Cut,
        ..Behaviour::default()
    })
    .await;
    let mut client = RtmClient::connect(config(&server, KEY).auth_drop_limit(3));
    next_disconnected(&mut client).await;
    next_disconnected(&mut client).await;
    let item = timeout(Duration::from_secs(10), client.next())
        .await
        .unwrap();
    let Some(Err(error @ RtmError::Unauthorized { .. })) = item else {
        panic!("{item:?}")
    };
    assert!(error.is_fatal());
    assert!(error.to_string().contains("3 times in a row"), "{error}");
    assert!(matches!(client.state(), ConnectionState::Failed { .. }));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn losses_during_authentication_count_only_in_a_row() {
    // Two losses, a session, two more losses: never five in a row, so never fatal.
    let server = FakeRtm::start(Behaviour {
        lose_authentications: 2,
        loss: Loss::Close,
        ..Behaviour::default()
    })
    .await;
    let client = RtmClient::connect(config(&server, KEY).auth_drop_limit(3));
    reasons_until_active(&client).await;
    server.set_behaviour(Behaviour {
        lose_authentications: 4,
        loss: Loss::Close,
        ..Behaviour::default()
    });
    server.drop_all();
    wait_for(&client, "reconnecting").await;
    reasons_until_active(&client).await;
    assert_eq!(server.connections(), 6);
}

#[tokio::test]
async fn explicit_refusals_are_fatal_at_once() {
    for refusal in [
        Refusal::Unauthorized,
        Refusal::AuthenticatedFalse,
        Refusal::ConnectError,
    ] {
        let server = FakeRtm::start(Behaviour {
            refusal,
            ..Behaviour::default()
        })
        .await;
        let mut client = RtmClient::connect(config(&server, "wrong-key"));
        let item = timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap();
        assert!(
            matches!(item, Some(Err(RtmError::Unauthorized { .. }))),
            "{refusal:?}: {item:?}"
        );
        assert!(
            timeout(Duration::from_secs(5), client.next())
                .await
                .unwrap()
                .is_none()
        );
        assert!(matches!(client.state(), ConnectionState::Failed { .. }));
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(server.connections(), 1, "{refusal:?}: no retry");
    }
}

#[tokio::test]
async fn reconnects_and_reauthenticates_with_the_current_events() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    let handle = client.handle();
    handle.push([EventName::PeopleProfileCreated]).unwrap();
    handle.pop([EventName::SessionSetState]).unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    server.drop_all();
    wait_for(&client, "reconnecting").await;
    wait_for(&client, "active").await;
    assert_eq!(server.connections(), 2);
    let authentications = server.authentications();
    assert_eq!(authentications.len(), 2);
    assert_eq!(
        authentications[1]["events"],
        json!(["message:send", "people:profile:created"])
    );
    let received = server.received();
    assert!(
        received
            .iter()
            .any(|f| f == r#"42["socket:bind:push",{"events":["people:profile:created"]}]"#),
        "{received:?}"
    );
    assert!(
        received
            .iter()
            .any(|f| f == r#"42["socket:bind:pop",{"events":["session:set_state"]}]"#),
        "{received:?}"
    );
    // The loss, then the gap, are on the stream before the next event.
    let (reason, attempt) = next_disconnected(&mut client).await;
    assert_eq!(reason, DisconnectReason::ServerClosed);
    assert_eq!(attempt, 2);
    assert_eq!(next_restored(&mut client).await, 1);
    server.emit("message:send", &message("after reconnect"));
    let event = next_event(&mut client).await;
    assert_eq!(event.name(), "message:send");
}

#[tokio::test]
async fn watchdog_reconnects_when_the_server_stops_pinging() {
    let server = FakeRtm::start(Behaviour {
        ping_interval_ms: 100,
        ping_timeout_ms: 100,
        pings: false,
        ..Behaviour::default()
    })
    .await;
    let client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    let mut state = client.handle().watch_state();
    // The announced 100 ms + 100 ms are clamped to 1 s + 1 s.
    let reason = timeout(Duration::from_secs(10), async {
        loop {
            if let ConnectionState::Reconnecting { reason, .. } = state.borrow_and_update().clone()
            {
                return reason;
            }
            state.changed().await.unwrap();
        }
    })
    .await
    .expect("the watchdog fires");
    // The announced 100 ms + 100 ms, clamped to 1 s + 1 s.
    assert_eq!(
        reason,
        DisconnectReason::PingTimeout {
            silence: Duration::from_secs(2)
        }
    );
    assert!(reason.to_string().contains("watchdog"), "{reason}");
    wait_for(&client, "active").await;
    assert!(server.connections() >= 2);
}

#[tokio::test]
async fn pings_are_answered_and_keep_the_connection() {
    let server = FakeRtm::start(Behaviour {
        ping_interval_ms: 50,
        ping_timeout_ms: 50,
        ..Behaviour::default()
    })
    .await;
    let client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(server.connections(), 1, "pings keep the watchdog quiet");
    let pongs = server.received().iter().filter(|f| *f == "3").count();
    assert!(pongs >= 5, "{pongs} pongs");
    assert_eq!(client.state(), ConnectionState::Active);
}

#[tokio::test]
async fn garbage_and_truncated_frames_are_errors_not_panics() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    for frame in [
        "",
        "9",
        "4",
        "42",
        "42[",
        r#"42["message:send",{"type":"text""#,
        "42{}",
        "42[1,2]",
        "0{bad",
        "45-[\"x\"]",
        "\u{0}\u{1}",
    ] {
        server.send_raw(frame);
    }
    server.emit("message:send", &message("still alive"));
    let mut errors = 0;
    loop {
        match timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
        {
            Some(Err(RtmError::Protocol(_))) => errors += 1,
            Some(Ok(event)) => {
                assert_eq!(event.name(), "message:send");
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    assert!(errors >= 8, "{errors} protocol errors reported");
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn rebinds_are_rate_limited_and_coalesced() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    let handle = client.handle();
    for _ in 0..5 {
        handle.rebind().unwrap();
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let binds = |server: &FakeRtm| {
        server
            .received()
            .iter()
            .filter(|f| f.starts_with(r#"42["socket:bind","#))
            .count()
    };
    assert_eq!(binds(&server), 1, "one rebind at once");
    tokio::time::sleep(Duration::from_millis(2_600)).await;
    assert_eq!(
        binds(&server),
        2,
        "the others coalesced into one, 2.5 s later"
    );
}

#[tokio::test]
async fn close_ends_the_stream() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    client.handle().close();
    assert!(
        timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(client.state(), ConnectionState::Closed);
    assert!(client.handle().rebind().is_err());
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(server.open_sockets(), 0);
}

#[tokio::test]
async fn next_is_cancel_safe_in_select() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    for i in 0..50 {
        server.emit("message:send", &message(&format!("m{i}")));
    }
    let mut received = Vec::new();
    while received.len() < 50 {
        tokio::select! {
            item = client.next() => {
                let Some(Ok(Event::MessageSend(message))) = item else { panic!("{item:?}") };
                received.push(message.content.as_text().unwrap_or_default().to_owned());
            }
            // A branch that often wins: the losing `next()` must not drop an event.
            () = tokio::task::yield_now() => {}
        }
    }
    let expected: Vec<String> = (0..50).map(|i| format!("m{i}")).collect();
    assert_eq!(received, expected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_forced_reconnects_leave_no_task_behind() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let config = config(&server, KEY)
        .backoff(Backoff::new(Duration::from_millis(1), Duration::from_millis(2)).jitter(0.0));
    let client = RtmClient::connect(config);
    wait_for(&client, "active").await;
    let metrics = tokio::runtime::Handle::current().metrics();
    let mut state = client.handle().watch_state();
    let mut baseline = None;
    for round in 0..1_000 {
        let before = server.authenticated();
        server.drop_all();
        timeout(Duration::from_secs(5), async {
            loop {
                if server.authenticated() > before && state.borrow_and_update().name() == "active" {
                    break;
                }
                let _ = timeout(Duration::from_millis(20), state.changed()).await;
            }
        })
        .await
        .unwrap_or_else(|_| panic!("round {round}: not back to active"));
        if round == 10 {
            baseline = Some(metrics.num_alive_tasks());
        }
    }
    // Let the server's closed connection tasks finish.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let after = metrics.num_alive_tasks();
    let baseline = baseline.unwrap_or(after);
    assert!(
        after <= baseline + 2,
        "tasks grew from {baseline} to {after}"
    );
    assert!(server.connections() >= 1_001);
}

#[tokio::test]
async fn discovers_the_endpoint_through_rest() {
    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = FakeRtm::start(Behaviour::default()).await;
    let rest = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/plugin/connect/endpoints"))
        .and(header("x-crisp-tier", "plugin"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "error": false, "reason": "resolved",
            "data": {"socket": {"app": server.url, "stream": "wss://stream.example"}, "rescue": {}}
        })))
        .mount(&rest)
        .await;
    let config = RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
        .rest_base_url(format!("{}/v1/", rest.uri()))
        .backoff(Backoff::new(
            Duration::from_millis(20),
            Duration::from_millis(100),
        ));
    let mut client = RtmClient::connect(config);
    wait_for(&client, "active").await;
    server.emit("message:send", &message("discovered"));
    assert_eq!(next_event(&mut client).await.name(), "message:send");
}

#[tokio::test]
async fn discovery_refused_is_fatal() {
    use wiremock::matchers::any;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let rest = MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(401)
                .set_body_json(json!({"error": true, "reason": "invalid_session", "data": {}})),
        )
        .mount(&rest)
        .await;
    let config = RtmConfig::new(Credentials::plugin(IDENTIFIER, "bad"))
        .rest_base_url(format!("{}/v1/", rest.uri()))
        .backoff(Backoff::new(
            Duration::from_millis(20),
            Duration::from_millis(100),
        ));
    let mut client = RtmClient::connect(config);
    let item = timeout(Duration::from_secs(5), client.next())
        .await
        .unwrap();
    let Some(Err(error @ RtmError::Discovery(_))) = item else {
        panic!("{item:?}")
    };
    assert!(error.is_fatal());
    assert!(error.to_string().contains("401"), "{error}");
    assert!(
        timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn discovery_rate_limits_and_timeouts_are_retried() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = FakeRtm::start(Behaviour::default()).await;
    for status in [429, 420, 408, 503] {
        let rest = MockServer::start().await;
        let mut refusal = ResponseTemplate::new(status)
            .set_body_json(json!({"error": true, "reason": "rate_limited", "data": {}}));
        if status == 429 {
            refusal = refusal.insert_header("retry-after", "1");
        }
        Mock::given(method("GET"))
            .and(path("/v1/plugin/connect/endpoints"))
            .respond_with(refusal)
            .up_to_n_times(2)
            .with_priority(1)
            .mount(&rest)
            .await;
        Mock::given(method("GET"))
            .and(path("/v1/plugin/connect/endpoints"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "error": false, "reason": "resolved",
                "data": {"socket": {"app": server.url}}
            })))
            .mount(&rest)
            .await;
        let config = RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
            .rest_base_url(format!("{}/v1/", rest.uri()))
            .backoff(
                Backoff::new(Duration::from_millis(20), Duration::from_millis(100)).jitter(0.0),
            );
        let client = RtmClient::connect(config);
        let mut state = client.handle().watch_state();
        let mut delays = Vec::new();
        timeout(Duration::from_secs(15), async {
            loop {
                match state.borrow_and_update().clone() {
                    ConnectionState::Active => return,
                    ConnectionState::Reconnecting { delay, reason, .. } => {
                        let DisconnectReason::Discovery { kind, .. } = &reason else {
                            panic!("{status}: {reason:?}")
                        };
                        let seen = match &**kind {
                            crisp_core::ErrorKind::Api(api) => Some(api.status),
                            crisp_core::ErrorKind::RateLimited { .. } => {
                                Some(http::StatusCode::TOO_MANY_REQUESTS)
                            }
                            _ => None,
                        };
                        assert!(
                            seen.is_some_and(|seen| seen.as_u16() == status)
                                || reason.to_string().contains(&status.to_string()),
                            "{status}: {reason:?}"
                        );
                        delays.push(delay);
                    }
                    ConnectionState::Failed { reason } => panic!("{status}: failed: {reason}"),
                    _ => {}
                }
                state.changed().await.unwrap();
            }
        })
        .await
        .unwrap_or_else(|_| panic!("{status}: never active; it is {}", client.state()));
        assert!(!delays.is_empty(), "{status}");
        if status == 429 {
            // `Retry-After: 1` outweighs the 20 ms backoff.
            assert!(
                delays.iter().all(|d| *d >= Duration::from_secs(1)),
                "{delays:?}"
            );
        } else {
            assert!(
                delays.iter().all(|d| *d < Duration::from_secs(1)),
                "{delays:?}"
            );
        }
        let requests = rest.received_requests().await.unwrap_or_default();
        assert_eq!(requests.len(), 3, "{status}: two refused, one answered");
    }
}

#[tokio::test]
async fn discovery_refused_for_good_is_fatal() {
    use wiremock::matchers::any;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    // A redirect means a wrong base URL: Crisp's API never redirects.
    for status in [400, 403, 404, 302] {
        let rest = MockServer::start().await;
        Mock::given(any())
            .respond_with(
                ResponseTemplate::new(status)
                    .insert_header("location", "http://127.0.0.1:9/elsewhere")
                    .set_body_json(json!({"error": true, "reason": "nope", "data": {}})),
            )
            .mount(&rest)
            .await;
        let config = RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
            .rest_base_url(format!("{}/v1/", rest.uri()))
            .backoff(Backoff::new(
                Duration::from_millis(20),
                Duration::from_millis(100),
            ));
        let mut client = RtmClient::connect(config);
        let item = timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap();
        let Some(Err(error @ RtmError::Discovery(_))) = item else {
            panic!("{status}: {item:?}")
        };
        assert!(error.is_fatal(), "{error}");
        assert_eq!(rest.received_requests().await.unwrap_or_default().len(), 1);
    }
}

#[tokio::test]
async fn a_panic_in_the_connection_task_is_reported() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY).__panic_when_active());
    let item = timeout(Duration::from_secs(5), client.next())
        .await
        .expect("an item, not silence");
    let Some(Err(error @ RtmError::Internal { .. })) = item else {
        panic!("{item:?}")
    };
    assert!(error.is_fatal());
    assert!(error.to_string().contains("test hook"), "{error}");
    assert!(
        timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
            .is_none(),
        "the stream ends"
    );
    let ConnectionState::Failed { reason } = client.state() else {
        panic!("{}", client.state())
    };
    let FailureReason::Internal { message } = &reason else {
        panic!("{reason:?}")
    };
    assert!(message.contains("test hook"), "{reason}");
    assert!(client.handle().rebind().is_err(), "the task is gone");
}

/// Every `(attempt, delay)` of `Reconnecting` until `done` says stop.
async fn reconnections(
    client: &RtmClient,
    done: impl Fn(&[(u32, Duration)]) -> bool,
) -> Vec<(u32, Duration)> {
    let mut state = client.handle().watch_state();
    let mut seen: Vec<(u32, Duration)> = Vec::new();
    // One entry per `Reconnecting` seen between other states.
    let mut in_reconnecting = false;
    timeout(Duration::from_secs(20), async {
        while !done(&seen) {
            if let ConnectionState::Reconnecting { attempt, delay, .. } =
                state.borrow_and_update().clone()
            {
                if !in_reconnecting {
                    seen.push((attempt, delay));
                }
                in_reconnecting = true;
            } else {
                in_reconnecting = false;
            }
            state.changed().await.unwrap();
        }
    })
    .await
    .unwrap_or_else(|_| panic!("not done; seen {seen:?}"));
    seen
}

#[tokio::test]
async fn short_sessions_keep_the_backoff_growing() {
    // A server that authenticates and drops at once: each reconnection waits longer.
    let server = FakeRtm::start(Behaviour {
        lose_after_authenticated: Some(Duration::ZERO),
        ..Behaviour::default()
    })
    .await;
    let backoff = Backoff::new(Duration::from_millis(10), Duration::from_secs(10)).jitter(0.0);
    let client = RtmClient::connect(config(&server, KEY).backoff(backoff.clone()));
    let seen = reconnections(&client, |seen| seen.iter().any(|(a, _)| *a >= 7)).await;
    for pair in seen.windows(2) {
        assert!(pair[0].0 < pair[1].0, "attempts grow: {seen:?}");
    }
    for (attempt, delay) in &seen {
        assert_eq!(*delay, backoff.delay(*attempt, 0.0), "{seen:?}");
    }
    // Seven attempts took at least 10 + 20 + … + 640 ms; the same window with the
    // backoff reset after every session would have seen about 60.
    assert!(server.authenticated() <= 8, "{}", server.authenticated());
}

#[tokio::test]
async fn a_stable_session_resets_the_backoff() {
    let server = FakeRtm::start(Behaviour {
        lose_after_authenticated: Some(Duration::from_millis(300)),
        ..Behaviour::default()
    })
    .await;
    let backoff = Backoff::new(Duration::from_millis(10), Duration::from_secs(10)).jitter(0.0);
    let client = RtmClient::connect(
        config(&server, KEY)
            .backoff(backoff)
            .stable_after(Duration::from_millis(100)),
    );
    let seen = reconnections(&client, |seen| seen.len() >= 3).await;
    assert!(
        seen.iter()
            .all(|(attempt, delay)| *attempt == 1 && *delay == Duration::from_millis(10)),
        "{seen:?}"
    );
}

#[tokio::test]
async fn a_ping_interval_of_zero_does_not_cause_a_storm() {
    // Announced 0 + 0: clamped to 1 s + 1 s, and the server pings every 200 ms.
    let server = FakeRtm::start(Behaviour {
        announce: Some((0, 0)),
        ..Behaviour::default()
    })
    .await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    assert_eq!(client.state(), ConnectionState::Active);
    assert_eq!(server.connections(), 1);
    server.emit("message:send", &message("steady"));
    assert_eq!(next_event(&mut client).await.name(), "message:send");
}

#[tokio::test]
async fn a_huge_ping_interval_still_leaves_a_watchdog() {
    // Announced u64::MAX ms: a silent server is still noticed, after `max_silence`.
    let server = FakeRtm::start(Behaviour {
        announce: Some((u64::MAX, u64::MAX)),
        pings: false,
        ..Behaviour::default()
    })
    .await;
    let client = RtmClient::connect(config(&server, KEY).max_silence(Duration::from_millis(500)));
    wait_for(&client, "active").await;
    let mut state = client.handle().watch_state();
    let reason = timeout(Duration::from_secs(10), async {
        loop {
            if let ConnectionState::Reconnecting { reason, .. } = state.borrow_and_update().clone()
            {
                return reason;
            }
            state.changed().await.unwrap();
        }
    })
    .await
    .expect("the watchdog fires");
    // `max_silence` caps the announced u64::MAX ms.
    assert_eq!(
        reason,
        DisconnectReason::PingTimeout {
            silence: Duration::from_millis(500)
        }
    );
    wait_for(&client, "active").await;
}

/// A `message:send` frame of about `bytes` bytes.
fn big_frame(bytes: usize) -> String {
    format!("42{}", json!(["message:send", message(&"x".repeat(bytes))]))
}

#[tokio::test]
async fn an_oversized_message_is_an_error_then_a_reconnect() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    // One 2 MB frame, then one 2 MB message in 64 frames of 32 KB.
    for fragments in [1, 64] {
        let connections = server.connections();
        let frame = big_frame(2_000_000);
        if fragments == 1 {
            server.send_raw(&frame);
        } else {
            server.send_fragmented(&frame, fragments);
        }
        let item = timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap();
        let Some(Err(error @ RtmError::MessageTooLarge { size, limit })) = item else {
            panic!("{fragments}: {item:?}")
        };
        assert!(!error.is_fatal());
        assert_eq!(limit, DEFAULT_MAX_MESSAGE_SIZE);
        assert!(size > limit, "{size}");
        wait_for(&client, "reconnecting").await;
        wait_for(&client, "active").await;
        assert_eq!(server.connections(), connections + 1);
        let (reason, _) = next_disconnected(&mut client).await;
        assert!(
            matches!(reason, DisconnectReason::MessageTooLarge { size: seen, limit: DEFAULT_MAX_MESSAGE_SIZE } if seen == size),
            "{reason:?}"
        );
        assert!(reason.to_string().contains("over the limit"), "{reason}");
        next_restored(&mut client).await;
        server.emit("message:send", &message("small again"));
        assert_eq!(next_event(&mut client).await.name(), "message:send");
    }
}

#[tokio::test]
async fn the_message_size_limit_is_configurable() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY).max_message_size(4 << 20));
    wait_for(&client, "active").await;
    server.send_raw(&big_frame(2_000_000));
    let Event::MessageSend(message) = next_event(&mut client).await else {
        panic!("not a message")
    };
    assert_eq!(message.content.as_text().map(str::len), Some(2_000_000));
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn any_read_buffer_size_delivers_every_frame_whole() {
    // 0 (raised to the 4 KiB floor), the floor itself and an odd size: frames larger than
    // the buffer and a burst of small ones arrive whole and in order.
    for size in [0, MIN_READ_BUFFER_SIZE, 10_007] {
        let server = FakeRtm::start(Behaviour::default()).await;
        let mut client = RtmClient::connect(config(&server, KEY).read_buffer_size(size));
        wait_for(&client, "active").await;
        server.send_raw(&big_frame(100_000));
        for n in 0..50 {
            server.emit("message:send", &message(&format!("burst {n}")));
        }
        let Event::MessageSend(big) = next_event(&mut client).await else {
            panic!("{size}: not a message")
        };
        assert_eq!(big.content.as_text().map(str::len), Some(100_000), "{size}");
        for n in 0..50 {
            let Event::MessageSend(small) = next_event(&mut client).await else {
                panic!("{size}: not a message")
            };
            assert_eq!(small.content.as_text(), Some(format!("burst {n}").as_str()));
        }
        assert_eq!(server.connections(), 1, "{size}");
    }
}

#[tokio::test]
async fn extreme_settings_do_not_panic() {
    // Buffers, timeouts and backoffs at their limits: the client still connects.
    let server = FakeRtm::start(Behaviour::default()).await;
    for buffer in [0, usize::MAX] {
        let mut config = config(&server, KEY)
            .connect_timeout(Duration::MAX)
            .stable_after(Duration::MAX)
            .max_silence(Duration::MAX);
        config.buffer = buffer;
        let mut client = RtmClient::connect(config);
        wait_for(&client, "active").await;
        server.emit("message:send", &message("limits"));
        assert_eq!(next_event(&mut client).await.name(), "message:send");
    }
    // A backoff of Duration::MAX: the client waits (it does not panic) and still closes.
    let server = FakeRtm::start(Behaviour {
        refusal: Refusal::Disconnect,
        ..Behaviour::default()
    })
    .await;
    let mut client = RtmClient::connect(
        config(&server, "wrong-key")
            .backoff(Backoff::new(Duration::MAX, Duration::MAX).jitter(f64::NAN)),
    );
    wait_for(&client, "reconnecting").await;
    let ConnectionState::Reconnecting { delay, .. } = client.state() else {
        panic!("{}", client.state())
    };
    assert_eq!(delay, Duration::MAX);
    let (_, attempt) = next_disconnected(&mut client).await;
    assert_eq!(attempt, 2);
    client.handle().close();
    assert!(
        timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(client.state(), ConnectionState::Closed);
}

#[tokio::test]
async fn stray_handshake_packets_do_not_derail_an_active_session() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, KEY));
    wait_for(&client, "active").await;
    let mut state = client.handle().watch_state();
    state.borrow_and_update();
    // A CONNECT and an `authenticated` nobody asked for: ignored, still active, no new
    // `authentication` sent.
    server.send_raw(r#"40{"sid":"again"}"#);
    server.send_raw(r#"42["authenticated",true]"#);
    server.emit("message:send", &message("after the strays"));
    assert_eq!(next_event(&mut client).await.name(), "message:send");
    assert!(!state.has_changed().unwrap(), "{}", client.state());
    assert_eq!(server.authentications().len(), 1);
    // A connect error while active: the namespace is gone, so reconnect; not fatal.
    server.send_raw(r#"44{"message":"namespace gone"}"#);
    let reason = timeout(Duration::from_secs(5), async {
        loop {
            if let ConnectionState::Reconnecting { reason, .. } = state.borrow_and_update().clone()
            {
                return reason;
            }
            state.changed().await.unwrap();
        }
    })
    .await
    .expect("a reconnect");
    let DisconnectReason::NamespaceError { message } = &reason else {
        panic!("{reason:?}")
    };
    assert!(message.contains("namespace gone"), "{reason}");
    wait_for(&client, "active").await;
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn ready_waits_for_the_live_subscription() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let client = RtmClient::connect(config(&server, KEY));
    timeout(Duration::from_secs(10), client.ready())
        .await
        .expect("ready in time")
        .expect("ready");
    // Active means authenticated with the requested events.
    assert_eq!(client.state(), ConnectionState::Active);
    assert_eq!(server.authenticated(), 1);
    assert_eq!(
        server.authentications()[0]["events"],
        json!(["message:send", "session:set_state"])
    );
    // Once active, it returns at once; from the handle too.
    client.handle().ready().await.unwrap();
}

#[tokio::test]
async fn ready_says_why_the_client_stopped() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut client = RtmClient::connect(config(&server, "wrong-key"));
    let error = timeout(Duration::from_secs(10), client.ready())
        .await
        .expect("an answer in time")
        .unwrap_err();
    let RtmError::Failed { reason } = &error else {
        panic!("{error:?}")
    };
    assert!(
        matches!(reason, FailureReason::Unauthorized { message } if message.contains("Invalid credentials")),
        "{reason:?}"
    );
    assert!(error.is_fatal());
    // The stream still yields the error itself.
    assert!(matches!(
        next_item(&mut client).await,
        Some(Err(RtmError::Unauthorized { .. }))
    ));

    // Closed before it was ever active (nothing listens on this port).
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = RtmClient::connect(
        RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
            .url(format!("http://127.0.0.1:{port}/")),
    );
    let handle = client.handle();
    let waiter = tokio::spawn(async move { handle.ready().await });
    client.handle().close();
    let outcome = timeout(Duration::from_secs(10), waiter)
        .await
        .expect("an answer in time")
        .unwrap();
    assert!(matches!(outcome, Err(RtmError::Closed)), "{outcome:?}");
}

#[tokio::test]
async fn unreachable_servers_are_reported_on_the_stream() {
    // Nothing listens on this port: both the socket URL and the discovery REST API fail.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let backoff = Backoff::new(Duration::from_millis(20), Duration::from_millis(100));
    for (config, cause) in [
        (
            RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
                .url(format!("http://127.0.0.1:{port}/")),
            "cannot connect",
        ),
        (
            RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
                .rest_base_url(format!("http://127.0.0.1:{port}/v1/")),
            "endpoint discovery failed",
        ),
    ] {
        let mut client = RtmClient::connect(config.backoff(backoff.clone()));
        for next in 2..=4 {
            let Some(Err(error)) = next_item(&mut client).await else {
                panic!("{cause}: expected Disconnected")
            };
            assert!(!error.is_fatal());
            assert!(error.to_string().contains(cause), "{error}");
            let RtmError::Disconnected {
                reason,
                attempt,
                retry_in,
            } = error
            else {
                panic!("{cause}: expected Disconnected, got {error:?}")
            };
            assert!(reason.to_string().contains(cause), "{reason}");
            assert!(
                matches!(
                    (cause, &reason),
                    ("cannot connect", DisconnectReason::Connect { .. })
                        | (
                            "endpoint discovery failed",
                            DisconnectReason::Discovery { .. }
                        )
                ),
                "{reason:?}"
            );
            assert_eq!(attempt, next);
            assert!(retry_in <= Duration::from_millis(100), "{retry_in:?}");
        }
        client.handle().close();
        // Closing ends the stream (after what is still queued).
        timeout(Duration::from_secs(10), async {
            while client.next().await.is_some() {}
        })
        .await
        .expect("the stream ends");
    }
}

#[tokio::test]
async fn status_items_never_block_the_driver_and_gaps_merge() {
    // A reader that reads nothing, a buffer of one: the client still reconnects, three
    // times; what the reader then sees is bounded and says the truth.
    let server = FakeRtm::start(Behaviour::default()).await;
    let mut config = config(&server, KEY);
    config.buffer = 1;
    let mut client = RtmClient::connect(config);
    wait_for(&client, "active").await;
    server.emit("message:send", &message("before"));
    // The event takes the only slot (it is read before the drop that follows it).
    for round in 1..=3 {
        server.drop_all();
        timeout(Duration::from_secs(10), async {
            while server.authenticated() < round + 1 || client.state() != ConnectionState::Active {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        })
        .await
        .unwrap_or_else(|_| panic!("round {round}: not active again: {}", client.state()));
    }
    assert_eq!(next_event(&mut client).await.name(), "message:send");
    // At most the latest `Disconnected`, then one `Restored` spanning all three gaps.
    let mut disconnected = 0;
    let restored = loop {
        match next_item(&mut client).await {
            Some(Err(RtmError::Disconnected { .. })) => disconnected += 1,
            Some(Err(
                error @ RtmError::Restored {
                    last_event_at,
                    lost_at,
                    restored_at,
                    attempts,
                },
            )) => {
                assert!(
                    last_event_at.is_some_and(|last| last <= lost_at),
                    "{error:?}"
                );
                assert!(lost_at <= restored_at);
                break attempts;
            }
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(disconnected, 1, "only the latest waits");
    assert_eq!(restored, 3);
    server.emit("message:send", &message("after"));
    assert_eq!(next_event(&mut client).await.name(), "message:send");
}

/// A REST transport that answers discovery itself: no HTTP backend, no network. It records
/// each request's URL and tier, and answers the first `fail_first` with a 503.
#[derive(Debug)]
struct DiscoveryDouble {
    socket: String,
    fail_first: usize,
    seen: std::sync::Mutex<Vec<(String, String)>>,
}

impl DiscoveryDouble {
    fn new(socket: &str, fail_first: usize) -> std::sync::Arc<Self> {
        std::sync::Arc::new(DiscoveryDouble {
            socket: socket.to_owned(),
            fail_first,
            seen: std::sync::Mutex::new(Vec::new()),
        })
    }

    fn seen(&self) -> Vec<(String, String)> {
        self.seen.lock().unwrap().clone()
    }
}

#[async_trait::async_trait]
impl crisp_core::Transport for DiscoveryDouble {
    async fn send(
        &self,
        request: http::Request<bytes::Bytes>,
    ) -> Result<http::Response<bytes::Bytes>, crisp_core::transport::TransportError> {
        let tier = request
            .headers()
            .get("x-crisp-tier")
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let calls = {
            let mut seen = self.seen.lock().unwrap();
            seen.push((request.uri().to_string(), tier));
            seen.len()
        };
        let (status, body) = if calls <= self.fail_first {
            (
                http::StatusCode::SERVICE_UNAVAILABLE,
                json!({"error": true, "reason": "service_unavailable", "data": {}}),
            )
        } else {
            (
                http::StatusCode::OK,
                json!({"error": false, "reason": "resolved", "data": {"socket": {"app": self.socket}}}),
            )
        };
        let mut response = http::Response::new(bytes::Bytes::from(body.to_string()));
        *response.status_mut() = status;
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_static("application/json"),
        );
        Ok(response)
    }
}

#[tokio::test]
async fn discovery_goes_through_the_callers_transport() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let transport = DiscoveryDouble::new(&server.url, 0);
    let config = RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
        .transport(std::sync::Arc::<DiscoveryDouble>::clone(&transport))
        .rest_base_url("https://rest.invalid/v1/")
        .backoff(Backoff::new(
            Duration::from_millis(20),
            Duration::from_millis(100),
        ));
    let mut client = RtmClient::connect(config);
    wait_for(&client, "active").await;
    assert_eq!(
        transport.seen(),
        [(
            "https://rest.invalid/v1/plugin/connect/endpoints".to_owned(),
            "plugin".to_owned()
        )]
    );
    // Each connection discovers afresh, through the same transport.
    server.drop_all();
    let (reason, _) = next_disconnected(&mut client).await;
    assert_eq!(reason, DisconnectReason::ServerClosed);
    wait_for(&client, "active").await;
    assert_eq!(transport.seen().len(), 2);
    server.emit("message:send", &message("through the caller's transport"));
    next_restored(&mut client).await;
    assert_eq!(next_event(&mut client).await.name(), "message:send");
}

#[tokio::test]
async fn discovery_goes_through_the_callers_rest_client_without_its_retries() {
    let server = FakeRtm::start(Behaviour::default()).await;
    let transport = DiscoveryDouble::new(&server.url, 1);
    // The caller's client retries 503s by default; discovery calls must not, so that the
    // connection task's backoff is the one retry loop.
    let rest = crisp_rest::Client::builder()
        .credentials(Credentials::plugin(IDENTIFIER, KEY))
        .base_url("https://callers-rest.invalid/v1/")
        .transport(std::sync::Arc::<DiscoveryDouble>::clone(&transport))
        .build()
        .unwrap();
    let config = RtmConfig::new(Credentials::plugin(IDENTIFIER, KEY))
        .rest_client(rest)
        .backoff(Backoff::new(
            Duration::from_millis(20),
            Duration::from_millis(100),
        ));
    let mut client = RtmClient::connect(config);
    let (reason, attempt) = next_disconnected(&mut client).await;
    let DisconnectReason::Discovery { kind, .. } = &reason else {
        panic!("{reason:?}")
    };
    assert!(
        matches!(&**kind, crisp_core::ErrorKind::Api(api) if api.status == http::StatusCode::SERVICE_UNAVAILABLE),
        "{reason:?}"
    );
    assert_eq!(attempt, 2);
    assert_eq!(
        transport.seen().len(),
        1,
        "the client's own retries are off"
    );
    wait_for(&client, "active").await;
    let seen = transport.seen();
    assert_eq!(seen.len(), 2);
    assert!(
        seen.iter().all(|(url, tier)| url
            == "https://callers-rest.invalid/v1/plugin/connect/endpoints"
            && tier == "plugin"),
        "{seen:?}"
    );
}
