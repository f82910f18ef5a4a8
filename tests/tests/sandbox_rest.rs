//! REST round trips against the embedded sandbox, through the typed client (conversations,
//! messages) and `client.raw` (websites, people, operators, plugin connect).

use crisp::core::Credentials;
use crisp::rest::website::conversation::{ListConversations, MessagesQuery};
use crisp::sandbox::Sandbox;
use crisp::types::website::conversation::{
    ConversationMetaUpdate, ConversationState, MessageFrom, MessageUpdate, MessagesRead,
    NewMessage, Origin, RoutingAssignUpdate,
};
use crisp::types::{SessionId, WebsiteId};
use crisp::{Client, ErrorKind, Tier};
use crisp_tests::sandbox::client;
use http::{Method, StatusCode};
use serde_json::{Value, json};

async fn sandbox() -> Sandbox {
    Sandbox::start().await.expect("the sandbox starts")
}

fn api_error(error: &crisp::Error) -> (StatusCode, &str) {
    match error.kind() {
        ErrorKind::Api(api) => (api.status, api.reason.as_str()),
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_conversation_round_trip() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let website = sandbox.website_id();
    let api = client.website();

    let session = api
        .create_new_conversation(&website)
        .await
        .expect("create")
        .session_id;
    assert!(session.as_str().starts_with("session_"));
    assert!(
        api.check_conversation_exists(&website, &session)
            .await
            .unwrap()
    );

    let conversation = api.get_conversation(&website, &session).await.expect("get");
    assert_eq!(conversation.session_id, session);
    assert_eq!(conversation.website_id, website);
    assert_eq!(conversation.state, Some(ConversationState::Pending));

    // Metas.
    let update = ConversationMetaUpdate::new()
        .nickname("Jane Doe")
        .email("jane@example.com")
        .segments(vec!["vip".to_owned()]);
    api.update_conversation_metas(&website, &session, &update)
        .await
        .expect("update metas");
    let meta = api
        .get_conversation_metas(&website, &session)
        .await
        .unwrap();
    assert_eq!(meta.nickname.as_deref(), Some("Jane Doe"));
    assert_eq!(meta.email.as_deref(), Some("jane@example.com"));
    assert_eq!(meta.segments, ["vip"]);

    // State.
    api.change_conversation_state(&website, &session, ConversationState::Resolved)
        .await
        .expect("change state");
    let state = api
        .get_conversation_state(&website, &session)
        .await
        .unwrap();
    assert_eq!(state.state, Some(ConversationState::Resolved));

    // Routing.
    let routing = api
        .get_conversation_routing_assign(&website, &session)
        .await
        .unwrap();
    assert_eq!(routing.assigned, None);
    let operator = sandbox.operator_id();
    api.assign_conversation_routing(
        &website,
        &session,
        &RoutingAssignUpdate::assign(operator.clone()),
    )
    .await
    .expect("assign");
    let routing = api
        .get_conversation_routing_assign(&website, &session)
        .await
        .unwrap();
    assert_eq!(routing.assigned.and_then(|a| a.user_id), Some(operator));
    let error = api
        .assign_conversation_routing(&website, &session, &RoutingAssignUpdate::assign("nobody"))
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&error),
        (StatusCode::NOT_FOUND, "operator_not_found")
    );
    api.assign_conversation_routing(&website, &session, &RoutingAssignUpdate::unassign())
        .await
        .expect("unassign");

    // Removal.
    api.remove_conversation(&website, &session)
        .await
        .expect("remove");
    assert!(
        !api.check_conversation_exists(&website, &session)
            .await
            .unwrap()
    );
    let error = api.get_conversation(&website, &session).await.unwrap_err();
    assert_eq!(
        api_error(&error),
        (StatusCode::NOT_FOUND, "session_not_found")
    );
    let error = api
        .get_conversation(&WebsiteId::new("no-such-website"), &session)
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&error),
        (StatusCode::NOT_FOUND, "website_not_found")
    );
}

#[tokio::test]
async fn messages_round_trip() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let website = sandbox.website_id();
    let api = client.website();
    let session = sandbox
        .visitor()
        .nickname("Jane")
        .say("Hello?")
        .await
        .unwrap();

    let reply = NewMessage::text(
        MessageFrom::Operator,
        Origin::Chat,
        "Hi Jane, how can I help?",
    );
    let sent = api
        .send_message_in_conversation(&website, &session, &reply)
        .await
        .expect("send");
    let fingerprint = sent.fingerprint.expect("a fingerprint");

    let messages = api
        .get_messages_in_conversation(&website, &session, MessagesQuery::latest())
        .await
        .expect("list");
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0].from, Some(MessageFrom::User));
    assert_eq!(messages[0].content.as_text(), Some("Hello?"));
    assert_eq!(messages[1].fingerprint, Some(fingerprint));
    assert_eq!(
        messages[1].content.as_text(),
        Some("Hi Jane, how can I help?")
    );
    let before = api
        .get_messages_in_conversation(
            &website,
            &session,
            MessagesQuery::before(messages[1].timestamp.unwrap_or_default()),
        )
        .await
        .unwrap();
    assert!(before.len() <= 1);

    let message = api
        .get_message_in_conversation(&website, &session, fingerprint)
        .await
        .expect("get one");
    assert_eq!(message.session_id.as_ref(), Some(&session));

    api.update_message_in_conversation(
        &website,
        &session,
        fingerprint,
        MessageUpdate::text("Hi Jane!"),
    )
    .await
    .expect("update");
    let message = api
        .get_message_in_conversation(&website, &session, fingerprint)
        .await
        .unwrap();
    assert_eq!(message.content.as_text(), Some("Hi Jane!"));
    assert_eq!(message.edited, Some(true));

    // The operator read the visitor's message; the visitor got the reply.
    api.mark_messages_read_in_conversation(
        &website,
        &session,
        &MessagesRead::new(MessageFrom::Operator, Origin::Chat),
    )
    .await
    .expect("read");
    api.mark_messages_delivered_in_conversation(
        &website,
        &session,
        &MessagesRead::new(MessageFrom::User, Origin::Chat).fingerprints(vec![fingerprint]),
    )
    .await
    .expect("delivered");
    let messages = sandbox.messages(&session);
    assert_eq!(messages[0]["read"], "chat");
    assert_eq!(messages[1]["delivered"], "chat");
    let conversation = api.get_conversation(&website, &session).await.unwrap();
    assert_eq!(conversation.unread.and_then(|u| u.operator), Some(0));
    assert_eq!(conversation.state, Some(ConversationState::Unresolved));
    assert_eq!(conversation.last_message.as_deref(), Some("Hi Jane!"));

    api.remove_message_in_conversation(&website, &session, fingerprint)
        .await
        .expect("remove");
    let error = api
        .get_message_in_conversation(&website, &session, fingerprint)
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&error),
        (StatusCode::NOT_FOUND, "message_not_found")
    );

    // A text message needs text.
    let error = client
        .raw(Method::POST, "/website/{website_id}/conversation/{session_id}/message")
        .param(&website)
        .param(&session)
        .json(&json!({"type": "text", "from": "operator", "origin": "chat", "content": {"not": "text"}}))
        .data::<Value>()
        .await
        .unwrap_err();
    assert_eq!(api_error(&error), (StatusCode::BAD_REQUEST, "invalid_data"));
    assert!(error.to_string().contains("content"), "{error}");
}

#[tokio::test]
async fn conversations_are_paged_and_filtered() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let website = sandbox.website_id();
    let api = client.website();
    let mut sessions = Vec::new();
    for i in 0..5 {
        sessions.push(sandbox.visitor().say(format!("message {i}")).await.unwrap());
    }
    // One empty conversation: listed only with include_empty.
    let empty = api
        .create_new_conversation(&website)
        .await
        .unwrap()
        .session_id;

    let page = |n, options| api.list_conversations(&website, n, options);
    let first = page(1, ListConversations::new().per_page(2)).await.unwrap();
    assert_eq!(first.number(), 1);
    assert_eq!(first.len(), 2);
    let third = page(3, ListConversations::new().per_page(2)).await.unwrap();
    assert_eq!(third.len(), 1);
    assert!(
        page(4, ListConversations::new().per_page(2))
            .await
            .unwrap()
            .is_empty()
    );

    use futures_util::TryStreamExt;
    let all: Vec<SessionId> = page(1, ListConversations::new().per_page(2))
        .items()
        .map_ok(|c| c.session_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 5);
    for session in &sessions {
        assert!(all.contains(session));
    }
    let with_empty = page(1, ListConversations::new().include_empty(true))
        .await
        .unwrap();
    assert_eq!(with_empty.len(), 6);
    assert!(with_empty.iter().any(|c| c.session_id == empty));

    api.change_conversation_state(&website, &sessions[0], ConversationState::Resolved)
        .await
        .unwrap();
    let resolved = page(1, ListConversations::new().filter_resolved(true))
        .await
        .unwrap();
    assert_eq!(resolved.len(), 1);
    assert_eq!(resolved[0].session_id, sessions[0]);
    let searched = page(1, ListConversations::new().search_text("MESSAGE 3"))
        .await
        .unwrap();
    assert_eq!(searched.len(), 1);
    assert_eq!(searched[0].session_id, sessions[3]);
    let unread = page(1, ListConversations::new().filter_unread(true))
        .await
        .unwrap();
    assert_eq!(unread.len(), 5);
}

#[tokio::test]
async fn people_profiles_through_raw() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let website = sandbox.website_id();

    let added: Value = client
        .raw(Method::POST, "/website/{website_id}/people/profile")
        .param(&website)
        .json(&json!({"email": "jane@example.com", "person": {"nickname": "Jane Doe"}, "segments": ["lead"]}))
        .data()
        .await
        .expect("add");
    let people_id = added["people_id"].as_str().expect("a people_id").to_owned();

    let profile: Value = client
        .raw(
            Method::GET,
            "/website/{website_id}/people/profile/{people_id}",
        )
        .param(&website)
        .param(&people_id)
        .data()
        .await
        .expect("get");
    assert_eq!(profile["email"], "jane@example.com");
    assert_eq!(profile["person"]["nickname"], "Jane Doe");
    // By email too.
    let exists = client
        .raw(
            Method::HEAD,
            "/website/{website_id}/people/profile/{people_id}",
        )
        .param(&website)
        .param("jane@example.com")
        .exists()
        .await
        .unwrap();
    assert!(exists);

    client
        .raw(
            Method::PATCH,
            "/website/{website_id}/people/profile/{people_id}",
        )
        .param(&website)
        .param(&people_id)
        .json(&json!({"person": {"phone": "+33612345678"}}))
        .unit()
        .await
        .expect("update");
    let profile: Value = client
        .raw(
            Method::GET,
            "/website/{website_id}/people/profile/{people_id}",
        )
        .param(&website)
        .param(&people_id)
        .data()
        .await
        .unwrap();
    assert_eq!(profile["person"]["nickname"], "Jane Doe");
    assert_eq!(profile["person"]["phone"], "+33612345678");

    let duplicate = client
        .raw(Method::POST, "/website/{website_id}/people/profile")
        .param(&website)
        .json(&json!({"email": "jane@example.com"}))
        .data::<Value>()
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&duplicate),
        (StatusCode::CONFLICT, "people_exists")
    );

    for i in 0..3 {
        client
            .raw(Method::POST, "/website/{website_id}/people/profile")
            .param(&website)
            .json(&json!({"email": format!("user{i}@example.com")}))
            .data::<Value>()
            .await
            .unwrap();
    }
    let listed: Vec<Value> = client
        .raw(
            Method::GET,
            "/website/{website_id}/people/profiles/{page_number}",
        )
        .param(&website)
        .page(1)
        .query("search_text", "user")
        .data()
        .await
        .unwrap();
    assert_eq!(listed.len(), 3);
    let stats: Value = client
        .raw(Method::GET, "/website/{website_id}/people/stats")
        .param(&website)
        .data()
        .await
        .unwrap();
    assert_eq!(stats["total"], 4);

    client
        .raw(
            Method::DELETE,
            "/website/{website_id}/people/profile/{people_id}",
        )
        .param(&website)
        .param(&people_id)
        .unit()
        .await
        .expect("remove");
    let gone = client
        .raw(
            Method::GET,
            "/website/{website_id}/people/profile/{people_id}",
        )
        .param(&website)
        .param(&people_id)
        .data::<Value>()
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&gone),
        (StatusCode::NOT_FOUND, "people_not_found")
    );
    assert_eq!(sandbox.people().len(), 3);
}

#[tokio::test]
async fn operators_through_raw() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let website = sandbox.website_id();
    let operator = sandbox.operator_id();

    let list: Vec<Value> = client
        .raw(Method::GET, "/website/{website_id}/operators/list")
        .param(&website)
        .data()
        .await
        .expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["type"], "operator");
    assert_eq!(list[0]["details"]["user_id"], operator.as_str());
    assert_eq!(list[0]["details"]["role"], "owner");

    client
        .raw(Method::PATCH, "/website/{website_id}/operator/{user_id}")
        .param(&website)
        .param(&operator)
        .json(&json!({"role": "member", "title": "Night shift"}))
        .unit()
        .await
        .expect("change membership");
    let details: Value = client
        .raw(Method::GET, "/website/{website_id}/operator/{user_id}")
        .param(&website)
        .param(&operator)
        .data()
        .await
        .unwrap();
    assert_eq!(details["role"], "member");
    assert_eq!(details["title"], "Night shift");

    client
        .raw(Method::POST, "/website/{website_id}/operator")
        .param(&website)
        .json(&json!({"email": "grace@example.com", "role": "member", "verify": true}))
        .unit()
        .await
        .expect("invite");
    let list: Vec<Value> = client
        .raw(Method::GET, "/website/{website_id}/operators/list")
        .param(&website)
        .data()
        .await
        .unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[1]["type"], "invite");

    let bad_role = client
        .raw(Method::PATCH, "/website/{website_id}/operator/{user_id}")
        .param(&website)
        .param(&operator)
        .json(&json!({"role": "emperor"}))
        .unit()
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&bad_role),
        (StatusCode::BAD_REQUEST, "invalid_data")
    );

    client
        .raw(Method::DELETE, "/website/{website_id}/operator/{user_id}")
        .param(&website)
        .param(&operator)
        .unit()
        .await
        .expect("unlink");
    let gone = client
        .raw(Method::GET, "/website/{website_id}/operator/{user_id}")
        .param(&website)
        .param(&operator)
        .data::<Value>()
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&gone),
        (StatusCode::NOT_FOUND, "operator_not_found")
    );
}

#[tokio::test]
async fn websites_and_plugin_connect_through_raw() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);

    let website: Value = client
        .raw(Method::GET, "/website/{website_id}")
        .param(sandbox.website_id())
        .data()
        .await
        .expect("get website");
    assert_eq!(website["website_id"], sandbox.website_id().as_str());
    assert_eq!(website["domain"], "sandbox.example");
    let exists = client
        .raw(Method::HEAD, "/website")
        .query("domain", "sandbox.example")
        .exists()
        .await
        .unwrap();
    assert!(exists);

    let created: Value = client
        .raw(Method::POST, "/website")
        .json(&json!({"name": "Second", "domain": "second.example"}))
        .data()
        .await
        .expect("create website");
    let second = created["website_id"].as_str().unwrap().to_owned();

    let account: Value = client
        .raw(Method::GET, "/plugin/connect/account")
        .data()
        .await
        .unwrap();
    assert!(account["plugin_id"].is_string());
    assert!(
        client
            .raw(Method::HEAD, "/plugin/connect/session")
            .exists()
            .await
            .unwrap()
    );
    let connected: Vec<Value> = client
        .raw(Method::GET, "/plugin/connect/websites/all/{page_number}")
        .page(1)
        .query("include_plan", true)
        .data()
        .await
        .unwrap();
    assert_eq!(connected.len(), 2);
    assert!(connected.iter().all(|w| w["plan"].is_object()));
    let since: Vec<Value> = client
        .raw(Method::GET, "/plugin/connect/websites/since")
        .query("date_since", "2000-01-01T00:00:00Z")
        .data()
        .await
        .unwrap();
    assert_eq!(since.len(), 2);
    assert!(since.iter().all(|w| w["difference"] == "added"));
    let endpoints: Value = client
        .raw(Method::GET, "/plugin/connect/endpoints")
        .data()
        .await
        .unwrap();
    assert_eq!(endpoints["socket"]["app"], sandbox.rtm_url());

    client
        .raw(Method::DELETE, "/website/{website_id}")
        .param(&second)
        .json(&json!({"verify": {"method": "password", "secret": "x"}}))
        .unit()
        .await
        .expect("delete website");
    let since: Vec<Value> = client
        .raw(Method::GET, "/plugin/connect/websites/since")
        .data()
        .await
        .unwrap();
    assert!(
        since
            .iter()
            .any(|w| w["difference"] == "removed" && w["website_id"] == second)
    );
}

#[tokio::test]
async fn bad_credentials_get_401_and_unknown_routes_404() {
    let sandbox = sandbox().await;
    let website = sandbox.website_id();
    let wrong_key = Client::builder()
        .credentials(Credentials::plugin(
            crisp::sandbox::DEFAULT_IDENTIFIER,
            "wrong",
        ))
        .base_url(sandbox.base_url())
        .build()
        .unwrap();
    let wrong_tier = Client::builder()
        .credentials(Credentials::new(
            Tier::Website,
            crisp::sandbox::DEFAULT_IDENTIFIER,
            crisp::sandbox::DEFAULT_KEY,
        ))
        .base_url(sandbox.base_url())
        .build()
        .unwrap();
    let anonymous = Client::builder()
        .base_url(sandbox.base_url())
        .build()
        .unwrap();
    for client in [&wrong_key, &wrong_tier, &anonymous] {
        let error = client
            .website()
            .list_conversations(&website, 1, ListConversations::new())
            .await
            .unwrap_err();
        assert_eq!(
            api_error(&error),
            (StatusCode::UNAUTHORIZED, "invalid_session")
        );
    }

    let client = client(&sandbox);
    let error = client
        .raw(Method::GET, "/website/{website_id}/no/such/route")
        .param(&website)
        .data::<Value>()
        .await
        .unwrap_err();
    assert_eq!(api_error(&error), (StatusCode::NOT_FOUND, "not_found"));
    let error = client
        .raw(
            Method::PUT,
            "/website/{website_id}/conversations/{page_number}",
        )
        .param(&website)
        .page(1)
        .unit()
        .await
        .unwrap_err();
    assert_eq!(api_error(&error), (StatusCode::NOT_FOUND, "not_found"));
    let error = client
        .raw(
            Method::GET,
            "/website/{website_id}/conversations/{page_number}",
        )
        .param(&website)
        .param("zero")
        .data::<Value>()
        .await
        .unwrap_err();
    assert_eq!(api_error(&error), (StatusCode::BAD_REQUEST, "invalid_data"));
}

#[tokio::test]
async fn the_hyper_backend_round_trips_too() {
    use std::sync::Arc;

    use crisp::rest::backend::HyperTransport;

    let sandbox = sandbox().await;
    let client = Client::builder()
        .credentials(sandbox.credentials())
        .base_url(sandbox.base_url())
        .transport(Arc::new(HyperTransport::new()))
        .build()
        .unwrap();
    let website = sandbox.website_id();
    let api = client.website();
    let session = api
        .create_new_conversation(&website)
        .await
        .unwrap()
        .session_id;
    let reply = NewMessage::note(MessageFrom::Operator, Origin::Chat, "a private note");
    api.send_message_in_conversation(&website, &session, &reply)
        .await
        .unwrap();
    let messages = api
        .get_messages_in_conversation(&website, &session, MessagesQuery::latest())
        .await
        .unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].content.as_text(), Some("a private note"));
    // A note does not answer the visitor: the conversation stays pending.
    let state = api
        .get_conversation_state(&website, &session)
        .await
        .unwrap();
    assert_eq!(state.state, Some(ConversationState::Pending));
    sandbox.faults().fail_next(1, 502);
    api.get_conversation(&website, &session)
        .retry(crisp::RetryPolicy::default().initial_backoff(std::time::Duration::from_millis(10)))
        .await
        .expect("retried over hyper");
}
