//! The realtime client against the embedded sandbox: endpoint discovery through REST,
//! typed events caused by a visitor and by REST calls, refusal of bad credentials, and
//! reconnection after the sandbox drops its sockets, announced on the stream with the gap
//! to catch up on through REST.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crisp::core::Credentials;
use crisp::rest::website::conversation::{ListConversations, MessagesQuery};
use crisp::rtm::{DisconnectReason, RtmClient, RtmError};
use crisp::sandbox::Sandbox;
use crisp::types::event::{Event, EventName};
use crisp::types::website::conversation::{
    ConversationMetaUpdate, ConversationState, MessageFrom, MessageUpdate, MessagesRead,
    NewMessage, Origin,
};
use crisp_tests::sandbox::{PATIENCE, client, next_event, rtm_config, wait_state};
use futures_util::StreamExt;
use http::Method;
use serde_json::{Value, json};
use tokio::time::timeout;

const EVENTS: [EventName; 9] = [
    EventName::SessionRequestInitiated,
    EventName::MessageSend,
    EventName::MessageReceived,
    EventName::SessionSetState,
    EventName::SessionSetNickname,
    EventName::MessageUpdated,
    EventName::MessageRemoved,
    EventName::MessageAcknowledgeReadReceived,
    EventName::PeopleProfileCreated,
];

#[tokio::test]
async fn events_caused_by_the_visitor_and_by_rest_calls_arrive_typed() {
    let sandbox = Sandbox::start().await.unwrap();
    let rest = client(&sandbox);
    let website = sandbox.website_id();
    let mut rtm = RtmClient::connect(rtm_config(&sandbox, EVENTS));
    wait_state(&rtm, "active").await;

    let session = sandbox
        .visitor()
        .nickname("Jane")
        .say("hello")
        .await
        .unwrap();
    let event = next_event(&mut rtm, "session:request:initiated").await;
    assert!(event.is_typed());
    assert_eq!(event.session_id(), Some(&session));
    let event = next_event(&mut rtm, "message:send").await;
    let Event::MessageSend(message) = &event else {
        panic!("not typed: {event:?}")
    };
    assert_eq!(message.content.as_text(), Some("hello"));
    assert_eq!(message.from, Some(MessageFrom::User));
    assert_eq!(event.website_id(), Some(&website));
    assert_eq!(event.session_id(), Some(&session));

    let api = rest.website();
    let reply = NewMessage::text(MessageFrom::Operator, Origin::Chat, "hi Jane");
    let fingerprint = api
        .send_message_in_conversation(&website, &session, &reply)
        .await
        .unwrap()
        .fingerprint
        .unwrap();
    let event = next_event(&mut rtm, "message:received").await;
    let Event::MessageReceived(message) = &event else {
        panic!("not typed: {event:?}")
    };
    assert_eq!(message.content.as_text(), Some("hi Jane"));
    assert_eq!(message.fingerprint, Some(fingerprint));
    // The first reply makes the pending conversation unresolved.
    let Event::SessionSetState(state) = next_event(&mut rtm, "session:set_state").await else {
        panic!("not typed")
    };
    assert_eq!(state.state, Some(ConversationState::Unresolved));

    api.change_conversation_state(&website, &session, ConversationState::Resolved)
        .await
        .unwrap();
    let Event::SessionSetState(state) = next_event(&mut rtm, "session:set_state").await else {
        panic!("not typed")
    };
    assert_eq!(state.state, Some(ConversationState::Resolved));

    api.update_conversation_metas(
        &website,
        &session,
        &ConversationMetaUpdate::new().nickname("Janet"),
    )
    .await
    .unwrap();
    let Event::SessionSetNickname(nickname) = next_event(&mut rtm, "session:set_nickname").await
    else {
        panic!("not typed")
    };
    assert_eq!(nickname.nickname.as_deref(), Some("Janet"));

    api.update_message_in_conversation(
        &website,
        &session,
        fingerprint,
        MessageUpdate::text("hi Janet"),
    )
    .await
    .unwrap();
    let Event::MessageUpdated(updated) = next_event(&mut rtm, "message:updated").await else {
        panic!("not typed")
    };
    assert_eq!(updated.fingerprint, Some(fingerprint));

    api.mark_messages_read_in_conversation(
        &website,
        &session,
        &MessagesRead::new(MessageFrom::Operator, Origin::Chat),
    )
    .await
    .unwrap();
    let Event::MessageAcknowledgeReadReceived(read) =
        next_event(&mut rtm, "message:acknowledge:read:received").await
    else {
        panic!("not typed")
    };
    assert_eq!(read.fingerprints.as_ref().map(Vec::len), Some(1));

    api.remove_message_in_conversation(&website, &session, fingerprint)
        .await
        .unwrap();
    let Event::MessageRemoved(removed) = next_event(&mut rtm, "message:removed").await else {
        panic!("not typed")
    };
    assert_eq!(removed.fingerprint, Some(fingerprint));

    let _: Value = rest
        .raw(Method::POST, "/website/{website_id}/people/profile")
        .param(&website)
        .json(&json!({"email": "jane@example.com", "person": {"nickname": "Jane"}}))
        .data()
        .await
        .unwrap();
    let Event::PeopleProfileCreated(created) = next_event(&mut rtm, "people:profile:created").await
    else {
        panic!("not typed")
    };
    assert_eq!(created.email.as_deref(), Some("jane@example.com"));

    // Every event the sandbox emitted has the shape of its type.
    let emitted = sandbox.events();
    assert!(emitted.len() >= 10, "{emitted:?}");
    for event in emitted {
        let decoded = Event::decode_value(&event.name, event.data.clone());
        assert!(
            decoded.as_ref().is_ok_and(Event::is_typed),
            "{} does not decode: {} ({decoded:?})",
            event.name,
            event.data
        );
    }
}

#[tokio::test]
async fn only_subscribed_events_arrive_and_push_adds_more() {
    let sandbox = Sandbox::start().await.unwrap();
    let rest = client(&sandbox);
    let website = sandbox.website_id();
    let mut rtm = RtmClient::connect(rtm_config(&sandbox, [EventName::MessageReceived]));
    wait_state(&rtm, "active").await;

    let session = sandbox.visitor().say("not for you").await.unwrap();
    rest.website()
        .send_message_in_conversation(
            &website,
            &session,
            &NewMessage::text(MessageFrom::Operator, Origin::Chat, "for you"),
        )
        .await
        .unwrap();
    // The first event is the operator's message: the visitor's was not subscribed.
    let event = timeout(PATIENCE, rtm.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(event.name(), "message:received");

    rtm.handle().push([EventName::MessageSend]).unwrap();
    // The push is sent before the next visitor message only once it reached the server:
    // keep writing until one arrives.
    let arrived = timeout(PATIENCE, async {
        loop {
            sandbox
                .visitor()
                .session(&session)
                .say("now for you")
                .await
                .unwrap();
            let next = timeout(Duration::from_millis(500), rtm.next()).await;
            if let Ok(Some(Ok(event))) = next {
                if event.name() == "message:send" {
                    return event;
                }
            }
        }
    })
    .await
    .expect("message:send after socket:bind:push");
    assert!(arrived.is_typed());
}

#[tokio::test]
async fn wrong_credentials_are_refused_for_good() {
    let sandbox = Sandbox::start().await.unwrap();
    let wrong = Credentials::plugin(crisp::sandbox::DEFAULT_IDENTIFIER, "wrong");

    // Straight to the socket: `unauthorized`.
    let config = rtm_config(&sandbox, [EventName::MessageSend]);
    let mut config = config.url(sandbox.rtm_url());
    config.credentials = wrong.clone();
    let mut rtm = RtmClient::connect(config);
    let first = timeout(PATIENCE, rtm.next()).await.unwrap();
    assert!(
        matches!(first, Some(Err(RtmError::Unauthorized { .. }))),
        "{first:?}"
    );
    wait_state(&rtm, "failed").await;

    // Through discovery: the REST API answers 401 first.
    let mut config = rtm_config(&sandbox, [EventName::MessageSend]);
    config.credentials = wrong;
    let mut rtm = RtmClient::connect(config);
    let first = timeout(PATIENCE, rtm.next()).await.unwrap();
    let Some(Err(error)) = first else {
        panic!("expected an error, got {first:?}")
    };
    assert!(error.is_fatal(), "{error}");
    assert_eq!(sandbox.rtm_authentications(), 0);
}

#[tokio::test]
async fn reconnects_after_the_sandbox_drops_sockets() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut rtm = RtmClient::connect(rtm_config(&sandbox, [EventName::MessageSend]));
    wait_state(&rtm, "active").await;
    assert_eq!(sandbox.rtm_authentications(), 1);

    assert_eq!(sandbox.faults().drop_rtm_sockets(), 1);
    timeout(PATIENCE, async {
        while sandbox.rtm_authentications() < 2 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the client authenticates again");
    wait_state(&rtm, "active").await;
    // Both are on the stream: the loss, then the end of the gap.
    let item = timeout(PATIENCE, rtm.next()).await.unwrap();
    assert!(
        matches!(
            item,
            Some(Err(RtmError::Disconnected {
                attempt: 2,
                reason: DisconnectReason::ServerClosed,
                ..
            }))
        ),
        "{item:?}"
    );
    let item = timeout(PATIENCE, rtm.next()).await.unwrap();
    assert!(
        matches!(item, Some(Err(RtmError::Restored { .. }))),
        "{item:?}"
    );

    let session = sandbox.visitor().say("still there?").await.unwrap();
    let event = next_event(&mut rtm, "message:send").await;
    assert_eq!(event.session_id(), Some(&session));

    // Twice more, for good measure.
    for round in 3..=4 {
        sandbox.faults().drop_rtm_sockets();
        timeout(PATIENCE, async {
            while sandbox.rtm_authentications() < round {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        })
        .await
        .expect("the client authenticates again");
    }
    sandbox
        .visitor()
        .session(&session)
        .say("and now?")
        .await
        .unwrap();
    let event = next_event(&mut rtm, "message:send").await;
    let Event::MessageSend(message) = event else {
        panic!("not typed")
    };
    assert_eq!(message.content.as_text(), Some("and now?"));
    assert_eq!(sandbox.rtm_sockets(), 1);
}

#[tokio::test]
async fn a_fast_heartbeat_keeps_an_answering_client_connected() {
    let sandbox = Sandbox::builder()
        .rtm_heartbeat(Duration::from_millis(50), Duration::from_millis(500))
        .start()
        .await
        .unwrap();
    let mut rtm = RtmClient::connect(rtm_config(&sandbox, [EventName::MessageSend]));
    wait_state(&rtm, "active").await;
    // Many heartbeats later, the same connection still carries events.
    tokio::time::sleep(Duration::from_millis(600)).await;
    sandbox.visitor().say("ping?").await.unwrap();
    next_event(&mut rtm, "message:send").await;
    assert_eq!(sandbox.rtm_authentications(), 1);
}

fn epoch_ms(time: SystemTime) -> u64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

#[tokio::test]
async fn a_gap_is_announced_and_caught_up_through_rest() {
    let sandbox = Sandbox::start().await.unwrap();
    let rest = client(&sandbox);
    let website = sandbox.website_id();
    let mut rtm = RtmClient::connect(rtm_config(&sandbox, [EventName::MessageSend]));
    timeout(PATIENCE, rtm.ready()).await.unwrap().unwrap();
    let session = sandbox.visitor().say("before").await.unwrap();
    next_event(&mut rtm, "message:send").await;

    // The next endpoint discovery stalls, so the reconnection takes a while; the sockets
    // go; the loss is on the stream.
    sandbox.faults().slow_next(1, Duration::from_millis(1_000));
    assert_eq!(sandbox.faults().drop_rtm_sockets(), 1);
    let item = timeout(PATIENCE, rtm.next()).await.unwrap();
    let Some(Err(
        error @ RtmError::Disconnected {
            reason: DisconnectReason::ServerClosed,
            ..
        },
    )) = item
    else {
        panic!("expected Disconnected (the server closed the connection), got {item:?}")
    };
    assert!(!error.is_fatal());
    timeout(PATIENCE, async {
        while sandbox.rtm_sockets() > 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the socket is gone");

    // The visitor writes while nobody listens.
    sandbox
        .visitor()
        .session(&session)
        .say("while you were away")
        .await
        .unwrap();

    // Live again: one item spans the gap.
    let item = timeout(PATIENCE, rtm.next()).await.unwrap();
    let Some(Err(
        error @ RtmError::Restored {
            lost_at,
            last_event_at,
            restored_at,
            attempts,
        },
    )) = item
    else {
        panic!("expected Restored, got {item:?}")
    };
    assert!(!error.is_fatal());
    assert_eq!(attempts, 1);
    let last_event_at = last_event_at.expect("the `before` event was received");
    assert!(last_event_at <= lost_at && lost_at <= restored_at);
    assert_eq!(rtm.state(), crisp::rtm::ConnectionState::Active);

    // Catching up: the conversations updated since the last event, and their messages
    // since then, with a margin (a message may share the millisecond of the last event,
    // and clocks differ; with Crisp take a few seconds). What was seen comes again:
    // skip it by fingerprint.
    let since = epoch_ms(last_event_at).saturating_sub(1_000);
    let mut missed = Vec::new();
    let updated = rest
        .website()
        .list_conversations(
            &website,
            1,
            ListConversations::new().order_date_updated(true),
        )
        .await
        .unwrap();
    for conversation in updated {
        if conversation.updated_at.unwrap_or(0) < since {
            continue;
        }
        let messages = rest
            .website()
            .get_messages_in_conversation(
                &website,
                &conversation.session_id,
                MessagesQuery::after(since),
            )
            .await
            .unwrap();
        missed.extend(
            messages
                .iter()
                .filter(|message| message.timestamp.unwrap_or(0) >= since)
                .filter_map(|message| message.content.as_text().map(str::to_owned)),
        );
    }
    assert!(
        missed.iter().any(|text| text == "while you were away"),
        "{missed:?}"
    );

    // It was missed indeed: the next event on the stream is the one sent after.
    sandbox
        .visitor()
        .session(&session)
        .say("after")
        .await
        .unwrap();
    let Event::MessageSend(message) = next_event(&mut rtm, "message:send").await else {
        panic!("not typed")
    };
    assert_eq!(message.content.as_text(), Some("after"));
}

#[tokio::test]
async fn a_known_event_that_does_not_fit_is_an_error_item_and_the_stream_goes_on() {
    let sandbox = Sandbox::start().await.unwrap();
    let mut rtm = RtmClient::connect(rtm_config(&sandbox, [EventName::MessageSend]));
    timeout(PATIENCE, rtm.ready()).await.unwrap().unwrap();
    let website = sandbox.website_id();
    sandbox.emit_raw(
        "message:send",
        serde_json::json!({"website_id": website, "session_id": 42, "type": "text", "from": "user", "origin": "chat", "content": "lost?", "fingerprint": 1, "timestamp": 2}),
    );
    sandbox.visitor().say("after").await.unwrap();
    let item = timeout(PATIENCE, async {
        loop {
            match rtm.next().await {
                Some(Err(RtmError::Disconnected { .. } | RtmError::Restored { .. })) => {}
                other => return other,
            }
        }
    })
    .await
    .expect("an item in time");
    let Some(Err(RtmError::Decode(error))) = item else {
        panic!("expected the decode error, got {item:?}");
    };
    assert_eq!((error.name(), error.path()), ("message:send", "session_id"));
    assert!(
        error.raw().get().contains(r#""session_id":42"#),
        "{}",
        error.raw()
    );
    let Event::MessageSend(message) = next_event(&mut rtm, "message:send").await else {
        panic!("not typed")
    };
    assert_eq!(message.content.as_text(), Some("after"));
}
