//! REST round trips against the embedded sandbox, through the typed client: conversations,
//! messages, people profiles, operators, websites and plugin connect. `client.raw` is kept
//! for what the typed methods cannot send on purpose (a malformed message body) and for
//! routes that do not exist.

use crisp::core::Credentials;
use crisp::rest::plugin::connect::ConnectWebsites;
use crisp::rest::website::conversation::{ListConversations, MessagesQuery};
use crisp::rest::website::people::ListPeopleProfiles;
use crisp::sandbox::Sandbox;
use crisp::types::plugin::connect::WebsiteDifference;
use crisp::types::website::base::{NewWebsite, VerifyChallenge};
use crisp::types::website::conversation::{
    ConversationMetaUpdate, ConversationState, MessageFrom, MessageUpdate, MessagesRead,
    NewMessage, Origin, RoutingAssignUpdate,
};
use crisp::types::website::operator::{OperatorListType, OperatorRole};
use crisp::types::website::people::{PeoplePerson, PeopleProfile, PeopleProfileUpdate};
use crisp::types::{PeopleId, SessionId, WebsiteId};
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
async fn people_profiles() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let website = sandbox.website_id();
    let api = client.website();

    let added = api
        .add_new_people_profile(
            &website,
            &PeopleProfileUpdate::new()
                .email("jane@example.com")
                .nickname("Jane Doe")
                .segments(["lead"]),
        )
        .await
        .expect("add");
    let people_id = added.people_id.expect("a people_id");

    let profile = api
        .get_people_profile(&website, &people_id)
        .await
        .expect("get");
    assert_eq!(profile.email.as_deref(), Some("jane@example.com"));
    let nickname = |profile: &PeopleProfile| profile.person.as_ref()?.nickname.clone();
    assert_eq!(nickname(&profile).as_deref(), Some("Jane Doe"));
    // By email too.
    assert!(
        api.check_people_profile_exists(&website, &PeopleId::new("jane@example.com"))
            .await
            .unwrap()
    );

    let phone = PeoplePerson {
        phone: Some("+33612345678".to_owned()),
        ..PeoplePerson::default()
    };
    api.update_people_profile(
        &website,
        &people_id,
        &PeopleProfileUpdate::new().person(phone),
    )
    .await
    .expect("update");
    let profile = api.get_people_profile(&website, &people_id).await.unwrap();
    assert_eq!(nickname(&profile).as_deref(), Some("Jane Doe"));
    assert_eq!(
        profile.person.and_then(|p| p.phone).as_deref(),
        Some("+33612345678")
    );

    let duplicate = api
        .add_new_people_profile(
            &website,
            &PeopleProfileUpdate::new().email("jane@example.com"),
        )
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&duplicate),
        (StatusCode::CONFLICT, "people_exists")
    );

    for i in 0..3 {
        api.add_new_people_profile(
            &website,
            &PeopleProfileUpdate::new().email(format!("user{i}@example.com")),
        )
        .await
        .unwrap();
    }
    let listed = api
        .list_people_profiles(&website, 1, ListPeopleProfiles::new().search_text("user"))
        .await
        .unwrap();
    assert_eq!(listed.len(), 3);
    let stats = api.get_people_statistics(&website).await.unwrap();
    assert_eq!(stats.total, Some(4));

    api.remove_people_profile(&website, &people_id)
        .await
        .expect("remove");
    let gone = api
        .get_people_profile(&website, &people_id)
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&gone),
        (StatusCode::NOT_FOUND, "people_not_found")
    );
    assert_eq!(sandbox.people().len(), 3);
}

#[tokio::test]
async fn operators() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let website = sandbox.website_id();
    let operator = sandbox.operator_id();
    let api = client.website();

    let list = api.list_website_operators(&website).await.expect("list");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].kind, Some(OperatorListType::Operator));
    let details = list[0].details.as_ref().expect("details");
    assert_eq!(details.user_id.as_ref(), Some(&operator));
    assert_eq!(details.role, Some(OperatorRole::Owner));

    api.change_operator_membership(
        &website,
        &operator,
        OperatorRole::Member,
        Some("Night shift"),
    )
    .await
    .expect("change membership");
    let details = api.get_website_operator(&website, &operator).await.unwrap();
    assert_eq!(details.role, Some(OperatorRole::Member));
    assert_eq!(details.title.as_deref(), Some("Night shift"));

    api.invite_website_operator(&website, "grace@example.com", OperatorRole::Member, true)
        .await
        .expect("invite");
    let list = api.list_website_operators(&website).await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[1].kind, Some(OperatorListType::Invite));

    let bad_role = api
        .change_operator_membership(
            &website,
            &operator,
            OperatorRole::Unknown("emperor".into()),
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&bad_role),
        (StatusCode::BAD_REQUEST, "invalid_data")
    );

    api.unlink_operator_from_website(&website, &operator)
        .await
        .expect("unlink");
    let gone = api
        .get_website_operator(&website, &operator)
        .await
        .unwrap_err();
    assert_eq!(
        api_error(&gone),
        (StatusCode::NOT_FOUND, "operator_not_found")
    );
}

#[tokio::test]
async fn websites_and_plugin_connect() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let api = client.website();
    let plugin = client.plugin();

    let website = api
        .get_website(&sandbox.website_id())
        .await
        .expect("get website");
    assert_eq!(website.website_id, Some(sandbox.website_id()));
    assert_eq!(website.domain.as_deref(), Some("sandbox.example"));
    assert!(api.check_website_exists("sandbox.example").await.unwrap());

    let created = api
        .create_website(&NewWebsite::new("Second", "second.example"))
        .await
        .expect("create website");
    let second = created.website_id.expect("a website_id");

    let account = plugin.get_connect_account().await.unwrap();
    assert!(account.plugin_id.is_some());
    assert!(plugin.check_connect_session_validity().await.unwrap());
    let connected = plugin
        .list_all_connect_websites(1, ConnectWebsites::new().include_plan(true))
        .await
        .unwrap();
    assert_eq!(connected.len(), 2);
    assert!(connected.iter().all(|w| w.plan.is_some()));
    let since = plugin
        .list_connect_websites_since("2000-01-01T00:00:00Z", ConnectWebsites::new())
        .await
        .unwrap();
    assert_eq!(since.len(), 2);
    assert!(
        since
            .iter()
            .all(|w| w.difference == Some(WebsiteDifference::Added))
    );
    let endpoints = plugin.get_connect_endpoints().await.unwrap();
    assert_eq!(
        endpoints.socket.and_then(|s| s.app),
        Some(sandbox.rtm_url())
    );

    api.delete_website(&second, &VerifyChallenge::password("x"))
        .await
        .expect("delete website");
    let since = plugin
        .list_connect_websites_since("2000-01-01T00:00:00Z", ConnectWebsites::new())
        .await
        .unwrap();
    assert!(since.iter().any(|w| {
        w.difference == Some(WebsiteDifference::Removed) && w.website_id.as_ref() == Some(&second)
    }));
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
        .anonymous()
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
        // Every 401 points at the token pair and the tier (none for the anonymous client).
        let tier = client.credentials().map(Credentials::tier);
        assert_eq!(
            error.hint(),
            Some(&crisp::core::Hint::CheckCredentials { tier }),
            "{error}"
        );
    }

    let client = client(&sandbox);
    let error = client
        .raw(Method::GET, "/website/{website_id}/no/such/route")
        .param(&website)
        .data::<Value>()
        .await
        .unwrap_err();
    assert_eq!(api_error(&error), (StatusCode::NOT_FOUND, "route_error"));
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
    assert_eq!(api_error(&error), (StatusCode::NOT_FOUND, "route_error"));
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
