//! A sample call of every Conversations method, with the exact request it must send and
//! a response its output decodes from. Shared by `conversation_routes` (wiremock, both
//! backends) and `conformance` (capture transport, catalog rows).

use std::future::Future;
use std::pin::Pin;

use crisp_rest::website::conversation::{ListConversations, MessagesQuery};
use crisp_rest::{Client, Error};
use crisp_types::website::conversation::*;
use crisp_types::*;
use serde_json::{Value, json};

pub(crate) type Run = fn(Client) -> Pin<Box<dyn Future<Output = Result<(), Error>> + Send>>;

/// One method: how to call it, and what must reach the server.
pub(crate) struct Case {
    pub(crate) name: &'static str,
    pub(crate) verb: &'static str,
    pub(crate) path: &'static str,
    pub(crate) query: &'static str,
    pub(crate) body: Option<Value>,
    pub(crate) data: Value,
    pub(crate) run: Run,
}

macro_rules! run {
    (|$c:ident| $call:expr) => {
        |$c: Client| Box::pin(async move { $call.await.map(drop) })
    };
}

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}
fn s() -> SessionId {
    SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881")
}
const W: &str = "/v1/website/8c842203-7ed8-4e29-a608-7cf78a7d2fcc";
macro_rules! ws {
    ($rest:literal) => {
        concat!(
            "/v1/website/8c842203-7ed8-4e29-a608-7cf78a7d2fcc/conversation/session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
            $rest
        )
    };
}
macro_rules! wp {
    ($rest:literal) => {
        concat!("/v1/website/8c842203-7ed8-4e29-a608-7cf78a7d2fcc", $rest)
    };
}

fn operator() -> MessageUser {
    MessageUser::named("Bot").user_id("a4c32c68-be91-4e29-8a05-976e93abbe3f")
}

fn conversation() -> Value {
    json!({"session_id": "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881", "website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc", "state": "pending"})
}

fn message() -> Value {
    json!({"type": "text", "from": "user", "origin": "chat", "content": "hello", "fingerprint": 163408807614693u64, "timestamp": 1700000000000u64})
}

#[allow(clippy::too_many_lines)]
pub(crate) fn cases() -> Vec<Case> {
    let _ = W;
    vec![
        Case {
            name: "list_conversations",
            verb: "GET",
            path: wp!("/conversations/2"),
            query: "per_page=20&filter_unread=1&filter_assigned=a4c32c68&search_type=text&search_query=refund%20please",
            body: None,
            data: json!([conversation()]),
            run: run!(|c| c.website().list_conversations(
                &w(),
                2,
                ListConversations::new()
                    .per_page(20)
                    .filter_unread(true)
                    .filter_assigned("a4c32c68")
                    .search_text("refund please")
            )),
        },
        Case {
            name: "list_conversations (filter search)",
            verb: "GET",
            path: wp!("/conversations/1"),
            query: "search_type=filter&search_query=%5B%7B%22criterion%22%3A%22segments%22%2C%22query%22%3A%5B%22vip%22%5D%2C%22model%22%3A%22session%22%2C%22operator%22%3A%22eq%22%7D%5D&search_operator=or",
            body: None,
            data: json!([]),
            run: run!(|c| c.website().list_conversations(
                &w(),
                1,
                ListConversations::new().search_filter(
                    vec![FilterSearchQuery::new("segments", ["vip"], "session", "eq")],
                    Some(SearchOperator::Or)
                )
            )),
        },
        Case {
            name: "list_conversations (every filter and order)",
            verb: "GET",
            path: wp!("/conversations/4"),
            query: "per_page=50&include_empty=0&filter_inbox_id=inbox_1&filter_unread=1&filter_resolved=0&filter_not_resolved=1&filter_mention=1&filter_assigned=a4c32c68&filter_unassigned=0&filter_date_start=2026-01-01T00%3A00%3A00Z&filter_date_end=2026-02-01T00%3A00%3A00Z&order_date_created=1&order_date_updated=0&order_date_waiting=0&search_type=segment&search_query=vip",
            body: None,
            data: json!([]),
            run: run!(|c| c.website().list_conversations(
                &w(),
                4,
                ListConversations::new()
                    .per_page(50)
                    .include_empty(false)
                    .filter_inbox_id("inbox_1")
                    .filter_unread(true)
                    .filter_resolved(false)
                    .filter_not_resolved(true)
                    .filter_mention(true)
                    .filter_assigned("a4c32c68")
                    .filter_unassigned(false)
                    .filter_date_start("2026-01-01T00:00:00Z")
                    .filter_date_end("2026-02-01T00:00:00Z")
                    .order_date_created(true)
                    .order_date_updated(false)
                    .order_date_waiting(false)
                    .search_segment("vip")
            )),
        },
        Case {
            name: "list_suggested_conversation_segments",
            verb: "GET",
            path: wp!("/conversations/suggest/segments/3"),
            query: "",
            body: None,
            data: json!([{"segment": "vip", "count": 12}]),
            run: run!(|c| c.website().list_suggested_conversation_segments(&w(), 3)),
        },
        Case {
            name: "delete_suggested_conversation_segment",
            verb: "DELETE",
            path: wp!("/conversations/suggest/segment"),
            query: "",
            body: Some(json!({"segment": "vip"})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .delete_suggested_conversation_segment(&w(), "vip")),
        },
        Case {
            name: "list_suggested_conversation_data_keys",
            verb: "GET",
            path: wp!("/conversations/suggest/data/1"),
            query: "",
            body: None,
            data: json!([{"key": "plan", "count": 4}]),
            run: run!(|c| c.website().list_suggested_conversation_data_keys(&w(), 1)),
        },
        Case {
            name: "delete_suggested_conversation_data_key",
            verb: "DELETE",
            path: wp!("/conversations/suggest/data"),
            query: "",
            body: Some(json!({"key": "plan"})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .delete_suggested_conversation_data_key(&w(), "plan")),
        },
        Case {
            name: "list_spam_conversations",
            verb: "GET",
            path: wp!("/conversations/spams/1"),
            query: "",
            body: None,
            data: json!([{"spam_id": "s1", "type": "email", "timestamp": 1700000000000u64}]),
            run: run!(|c| c.website().list_spam_conversations(&w(), 1)),
        },
        Case {
            name: "resolve_spam_conversation_content",
            verb: "GET",
            path: wp!("/conversations/spam/s1/content"),
            query: "",
            body: None,
            data: json!({"spam_id": "s1", "content": {"text": "buy now"}}),
            run: run!(|c| c
                .website()
                .resolve_spam_conversation_content(&w(), &SpamId::new("s1"))),
        },
        Case {
            name: "submit_spam_conversation_decision",
            verb: "POST",
            path: wp!("/conversations/spam/s1/decision"),
            query: "",
            body: Some(json!({"action": "reject"})),
            data: json!({}),
            run: run!(|c| c.website().submit_spam_conversation_decision(
                &w(),
                &SpamId::new("s1"),
                SpamDecision::Reject
            )),
        },
        Case {
            name: "create_new_conversation",
            verb: "POST",
            path: wp!("/conversation"),
            query: "",
            body: Some(json!({})),
            data: json!({"session_id": "session_new"}),
            run: run!(|c| c.website().create_new_conversation(&w())),
        },
        Case {
            name: "check_conversation_exists",
            verb: "HEAD",
            path: ws!(""),
            query: "",
            body: None,
            data: Value::Null,
            run: run!(|c| c.website().check_conversation_exists(&w(), &s())),
        },
        Case {
            name: "get_conversation",
            verb: "GET",
            path: ws!(""),
            query: "",
            body: None,
            data: conversation(),
            run: run!(|c| c.website().get_conversation(&w(), &s())),
        },
        Case {
            name: "remove_conversation",
            verb: "DELETE",
            path: ws!(""),
            query: "",
            body: None,
            data: json!({}),
            run: run!(|c| c.website().remove_conversation(&w(), &s())),
        },
        Case {
            name: "initiate_conversation_with_existing_session",
            verb: "POST",
            path: ws!("/initiate"),
            query: "",
            body: Some(json!({})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .initiate_conversation_with_existing_session(&w(), &s())),
        },
        Case {
            name: "get_messages_in_conversation",
            verb: "GET",
            path: ws!("/messages"),
            query: "timestamp_before=1700000000000",
            body: None,
            data: json!([message()]),
            run: run!(|c| c.website().get_messages_in_conversation(
                &w(),
                &s(),
                MessagesQuery::before(1_700_000_000_000)
            )),
        },
        Case {
            name: "get_messages_in_conversation (after)",
            verb: "GET",
            path: ws!("/messages"),
            query: "timestamp_after=1700000000000",
            body: None,
            data: json!([]),
            run: run!(|c| c.website().get_messages_in_conversation(
                &w(),
                &s(),
                MessagesQuery::after(1_700_000_000_000)
            )),
        },
        Case {
            name: "get_messages_in_conversation (around)",
            verb: "GET",
            path: ws!("/messages"),
            query: "timestamp_around=1700000000000",
            body: None,
            data: json!([]),
            run: run!(|c| c.website().get_messages_in_conversation(
                &w(),
                &s(),
                MessagesQuery::around(1_700_000_000_000)
            )),
        },
        Case {
            name: "get_messages_in_conversation (latest)",
            verb: "GET",
            path: ws!("/messages"),
            query: "",
            body: None,
            data: json!([]),
            run: run!(|c| c.website().get_messages_in_conversation(
                &w(),
                &s(),
                MessagesQuery::latest()
            )),
        },
        Case {
            name: "send_message_in_conversation",
            verb: "POST",
            path: ws!("/message"),
            query: "",
            body: Some(
                json!({"type": "text", "from": "operator", "origin": "chat", "content": "Hello!"}),
            ),
            data: json!({"fingerprint": 163408807614693u64}),
            run: run!(|c| c.website().send_message_in_conversation(
                &w(),
                &s(),
                &NewMessage::text(MessageFrom::Operator, Origin::Chat, "Hello!")
            )),
        },
        Case {
            name: "get_message_in_conversation",
            verb: "GET",
            path: ws!("/message/163408807614693"),
            query: "",
            body: None,
            data: message(),
            run: run!(|c| c.website().get_message_in_conversation(
                &w(),
                &s(),
                Fingerprint(163_408_807_614_693)
            )),
        },
        Case {
            name: "update_message_in_conversation",
            verb: "PATCH",
            path: ws!("/message/42"),
            query: "",
            body: Some(json!({"content": "edited"})),
            data: json!({}),
            run: run!(|c| c.website().update_message_in_conversation(
                &w(),
                &s(),
                Fingerprint(42),
                MessageUpdate::text("edited")
            )),
        },
        Case {
            name: "remove_message_in_conversation",
            verb: "DELETE",
            path: ws!("/message/42"),
            query: "",
            body: None,
            data: json!({}),
            run: run!(|c| c
                .website()
                .remove_message_in_conversation(&w(), &s(), Fingerprint(42))),
        },
        Case {
            name: "compose_message_in_conversation",
            verb: "PATCH",
            path: ws!("/compose"),
            query: "",
            body: Some(json!({"type": "start", "from": "operator", "excerpt": "Typing…"})),
            data: json!({}),
            run: run!(|c| c.website().compose_message_in_conversation(
                &w(),
                &s(),
                &ComposeMessage::start(MessageFrom::Operator).excerpt("Typing…")
            )),
        },
        Case {
            name: "mark_messages_read_in_conversation",
            verb: "PATCH",
            path: ws!("/read"),
            query: "",
            body: Some(json!({"from": "user", "origin": "chat", "fingerprints": [1, 2]})),
            data: json!({}),
            run: run!(|c| c.website().mark_messages_read_in_conversation(
                &w(),
                &s(),
                &MessagesRead::new(MessageFrom::User, Origin::Chat)
                    .fingerprints(vec![Fingerprint(1), Fingerprint(2)])
            )),
        },
        Case {
            name: "mark_conversation_as_unread",
            verb: "PATCH",
            path: ws!("/unread"),
            query: "",
            body: Some(json!({"from": "operator"})),
            data: json!({}),
            run: run!(|c| c.website().mark_conversation_as_unread(
                &w(),
                &s(),
                &UnreadMark::new(MessageFrom::Operator)
            )),
        },
        Case {
            name: "mark_messages_delivered_in_conversation",
            verb: "PATCH",
            path: ws!("/delivered"),
            query: "",
            body: Some(json!({"from": "user", "origin": "urn:crisp.im:slack:0"})),
            data: json!({}),
            run: run!(|c| c.website().mark_messages_delivered_in_conversation(
                &w(),
                &s(),
                &MessagesRead::new(MessageFrom::User, "urn:crisp.im:slack:0")
            )),
        },
        Case {
            name: "update_conversation_open_state",
            verb: "PATCH",
            path: ws!("/open"),
            query: "",
            body: Some(json!({"opened": true})),
            data: json!({}),
            run: run!(|c| c.website().update_conversation_open_state(&w(), &s(), true)),
        },
        Case {
            name: "get_conversation_routing_assign",
            verb: "GET",
            path: ws!("/routing"),
            query: "",
            body: None,
            data: json!({"assigned": {"user_id": "a4c32c68-be91-4e29-8a05-976e93abbe3f"}}),
            run: run!(|c| c.website().get_conversation_routing_assign(&w(), &s())),
        },
        Case {
            name: "assign_conversation_routing",
            verb: "PATCH",
            path: ws!("/routing"),
            query: "",
            body: Some(json!({"assigned": {"user_id": "a4c32c68"}})),
            data: json!({}),
            run: run!(|c| c.website().assign_conversation_routing(
                &w(),
                &s(),
                &RoutingAssignUpdate::assign("a4c32c68")
            )),
        },
        Case {
            name: "update_conversation_inbox",
            verb: "PATCH",
            path: ws!("/inbox"),
            query: "",
            body: Some(json!({"inbox_id": null})),
            data: json!({}),
            run: run!(|c| c.website().update_conversation_inbox(&w(), &s(), None)),
        },
        Case {
            name: "update_conversation_inbox (set)",
            verb: "PATCH",
            path: ws!("/inbox"),
            query: "",
            body: Some(json!({"inbox_id": "inbox-1"})),
            data: json!({}),
            run: run!(|c| c.website().update_conversation_inbox(
                &w(),
                &s(),
                Some(&InboxId::new("inbox-1"))
            )),
        },
        Case {
            name: "get_conversation_metas",
            verb: "GET",
            path: ws!("/meta"),
            query: "",
            body: None,
            data: json!({"nickname": "Jane", "email": "jane@example.com", "segments": ["vip"]}),
            run: run!(|c| c.website().get_conversation_metas(&w(), &s())),
        },
        Case {
            name: "update_conversation_metas",
            verb: "PATCH",
            path: ws!("/meta"),
            query: "",
            body: Some(json!({"nickname": "Jane", "segments": ["vip"]})),
            data: json!({}),
            run: run!(|c| c.website().update_conversation_metas(
                &w(),
                &s(),
                &ConversationMetaUpdate::new()
                    .nickname("Jane")
                    .segments(vec!["vip".into()])
            )),
        },
        Case {
            name: "get_original_message_in_conversation",
            verb: "GET",
            path: ws!("/original/orig-1"),
            query: "",
            body: None,
            data: json!({"original_id": "orig-1", "type": "text/html", "content": "<p>hi</p>"}),
            run: run!(|c| c.website().get_original_message_in_conversation(
                &w(),
                &s(),
                &OriginalId::new("orig-1")
            )),
        },
        Case {
            name: "list_conversation_pages",
            verb: "GET",
            path: ws!("/pages/2"),
            query: "",
            body: None,
            data: json!([{"page_title": "Pricing", "page_url": "https://example.com/pricing", "timestamp": 1}]),
            run: run!(|c| c.website().list_conversation_pages(&w(), &s(), 2)),
        },
        Case {
            name: "list_conversation_events",
            verb: "GET",
            path: ws!("/events/1"),
            query: "",
            body: None,
            data: json!([{"text": "Signed up", "color": "green", "timestamp": 1}]),
            run: run!(|c| c.website().list_conversation_events(&w(), &s(), 1)),
        },
        Case {
            name: "list_conversation_files",
            verb: "GET",
            path: ws!("/files/1"),
            query: "",
            body: None,
            data: json!([{"name": "a.png", "type": "image/png", "url": "https://x/a.png", "fingerprint": 5, "timestamp": 1}]),
            run: run!(|c| c.website().list_conversation_files(&w(), &s(), 1)),
        },
        Case {
            name: "get_conversation_state",
            verb: "GET",
            path: ws!("/state"),
            query: "",
            body: None,
            data: json!({"state": "resolved"}),
            run: run!(|c| c.website().get_conversation_state(&w(), &s())),
        },
        Case {
            name: "change_conversation_state",
            verb: "PATCH",
            path: ws!("/state"),
            query: "",
            body: Some(json!({"state": "resolved"})),
            data: json!({}),
            run: run!(|c| c.website().change_conversation_state(
                &w(),
                &s(),
                ConversationState::Resolved
            )),
        },
        Case {
            name: "change_conversation_state (user, origin)",
            verb: "PATCH",
            path: ws!("/state"),
            query: "",
            body: Some(
                json!({"state": "unresolved", "user": {"user_id": "a4c32c68-be91-4e29-8a05-976e93abbe3f", "nickname": "Bot"}, "origin": "chat"}),
            ),
            data: json!({}),
            run: run!(|c| c.website().change_conversation_state(
                &w(),
                &s(),
                StateChange::new(ConversationState::Unresolved)
                    .user(operator())
                    .origin(Origin::Chat)
            )),
        },
        Case {
            name: "get_conversation_relations",
            verb: "GET",
            path: ws!("/relations"),
            query: "",
            body: None,
            data: json!({"conversations": {"parent": null, "children": []}}),
            run: run!(|c| c.website().get_conversation_relations(&w(), &s())),
        },
        Case {
            name: "get_conversation_participants",
            verb: "GET",
            path: ws!("/participants"),
            query: "",
            body: None,
            data: json!({"participants": [{"type": "email", "target": "cc@example.com"}]}),
            run: run!(|c| c.website().get_conversation_participants(&w(), &s())),
        },
        Case {
            name: "save_conversation_participants",
            verb: "PUT",
            path: ws!("/participants"),
            query: "",
            body: Some(json!({"participants": [{"type": "email", "target": "cc@example.com"}]})),
            data: json!({}),
            run: run!(|c| c.website().save_conversation_participants(
                &w(),
                &s(),
                &ParticipantsSave::new(vec![Participant::email("cc@example.com")])
            )),
        },
        Case {
            name: "get_block_status_for_conversation",
            verb: "GET",
            path: ws!("/block"),
            query: "",
            body: None,
            data: json!({"blocked": false}),
            run: run!(|c| c.website().get_block_status_for_conversation(&w(), &s())),
        },
        Case {
            name: "block_incoming_messages_for_conversation",
            verb: "PATCH",
            path: ws!("/block"),
            query: "",
            body: Some(json!({"blocked": true})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .block_incoming_messages_for_conversation(&w(), &s(), true)),
        },
        Case {
            name: "get_verify_status_for_conversation",
            verb: "GET",
            path: ws!("/verify"),
            query: "",
            body: None,
            data: json!({"verified": true}),
            run: run!(|c| c.website().get_verify_status_for_conversation(&w(), &s())),
        },
        Case {
            name: "update_verify_status_for_conversation",
            verb: "PATCH",
            path: ws!("/verify"),
            query: "",
            body: Some(json!({"verified": false})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .update_verify_status_for_conversation(&w(), &s(), false)),
        },
        Case {
            name: "request_identity_verification_for_conversation",
            verb: "POST",
            path: ws!("/verify/identity"),
            query: "",
            body: Some(json!({"identity": "email", "method": "link"})),
            data: json!({}),
            run: run!(
                |c| c.website().request_identity_verification_for_conversation(
                    &w(),
                    &s(),
                    &IdentityVerificationRequest::link(VerifyIdentity::Email)
                )
            ),
        },
        Case {
            name: "redeem_identity_verification_link_for_conversation",
            verb: "PUT",
            path: ws!("/verify/identity/link"),
            query: "",
            body: Some(json!({"identity": "phone", "token": "123456"})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .redeem_identity_verification_link_for_conversation(
                    &w(),
                    &s(),
                    &IdentityVerificationRedeem::new(VerifyIdentity::Phone, "123456")
                )),
        },
        Case {
            name: "request_email_transcript_for_conversation",
            verb: "POST",
            path: ws!("/transcript"),
            query: "",
            body: Some(json!({"to": "operator", "email": "ops@example.com"})),
            data: json!({}),
            run: run!(|c| c.website().request_email_transcript_for_conversation(
                &w(),
                &s(),
                TranscriptRequest::new(TranscriptTo::Operator).email("ops@example.com")
            )),
        },
        Case {
            name: "request_chatbox_binding_purge_for_conversation",
            verb: "POST",
            path: ws!("/purge"),
            query: "",
            body: Some(json!({})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .request_chatbox_binding_purge_for_conversation(&w(), &s())),
        },
        Case {
            name: "request_user_feedback_for_conversation",
            verb: "POST",
            path: ws!("/feedback"),
            query: "",
            body: Some(json!({})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .request_user_feedback_for_conversation(&w(), &s())),
        },
        Case {
            name: "list_browsing_sessions_for_conversation",
            verb: "GET",
            path: ws!("/browsing"),
            query: "",
            body: None,
            data: json!([{"browsing_id": "b1", "browsing_token": "t", "useragent": "Mozilla"}]),
            run: run!(|c| c
                .website()
                .list_browsing_sessions_for_conversation(&w(), &s())),
        },
        Case {
            name: "initiate_browsing_session_for_conversation",
            verb: "POST",
            path: ws!("/browsing"),
            query: "",
            body: Some(json!({})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .initiate_browsing_session_for_conversation(&w(), &s())),
        },
        Case {
            name: "send_action_to_existing_browsing_session",
            verb: "PATCH",
            path: ws!("/browsing/b1"),
            query: "",
            body: Some(json!({"action": "stop"})),
            data: json!({}),
            run: run!(|c| c.website().send_action_to_existing_browsing_session(
                &w(),
                &s(),
                &BrowsingId::new("b1"),
                BrowsingAction::Stop
            )),
        },
        Case {
            name: "assist_existing_browsing_session",
            verb: "PATCH",
            path: ws!("/browsing/b1/assist"),
            query: "",
            body: Some(json!({"action": "mouse", "mouse": {"x": 10, "y": 20}})),
            data: json!({}),
            run: run!(|c| c.website().assist_existing_browsing_session(
                &w(),
                &s(),
                &BrowsingId::new("b1"),
                &BrowsingAssist::mouse(10, 20)
            )),
        },
        Case {
            name: "initiate_new_call_session_for_conversation",
            verb: "POST",
            path: ws!("/call"),
            query: "",
            body: Some(json!({"mode": "video"})),
            data: json!({"call_id": "call-1"}),
            run: run!(|c| c.website().initiate_new_call_session_for_conversation(
                &w(),
                &s(),
                CallMode::Video
            )),
        },
        Case {
            name: "get_ongoing_call_session_for_conversation",
            verb: "GET",
            path: ws!("/call"),
            query: "",
            body: None,
            data: json!({"call_id": "call-1"}),
            run: run!(|c| c
                .website()
                .get_ongoing_call_session_for_conversation(&w(), &s())),
        },
        Case {
            name: "abort_ongoing_call_session_for_conversation",
            verb: "DELETE",
            path: ws!("/call/call-1"),
            query: "",
            body: Some(
                json!({"user": {"user_id": "a4c32c68-be91-4e29-8a05-976e93abbe3f", "nickname": "Bot"}}),
            ),
            data: json!({}),
            run: run!(|c| c.website().abort_ongoing_call_session_for_conversation(
                &w(),
                &s(),
                &CallId::new("call-1"),
                &CallAbort::new().user(operator())
            )),
        },
        Case {
            name: "transmit_signaling_on_ongoing_call_session",
            verb: "PATCH",
            path: ws!("/call/call-1"),
            query: "",
            body: Some(json!({"type": "sdp", "payload": {"sdp": "v=0"}})),
            data: json!({}),
            run: run!(|c| c.website().transmit_signaling_on_ongoing_call_session(
                &w(),
                &s(),
                &CallId::new("call-1"),
                &CallSignaling::new(CallSignalingType::Sdp, json!({"sdp": "v=0"}))
            )),
        },
        Case {
            name: "request_tool_call_for_conversation",
            verb: "POST",
            path: ws!("/tool"),
            query: "",
            body: Some(json!({"command": "lookup_order", "payload": {"order": 42}})),
            data: json!({"result": "shipped"}),
            run: run!(|c| c.website().request_tool_call_for_conversation(
                &w(),
                &s(),
                &ToolCall::new("lookup_order").payload(json!({"order": 42}))
            )),
        },
        Case {
            name: "deliver_widget_button_action_for_conversation",
            verb: "POST",
            path: ws!("/widget/p1/button"),
            query: "",
            body: Some(
                json!({"section_id": "sec", "item_id": "btn", "data": {"k": 1}, "value": "v"}),
            ),
            data: json!({}),
            run: run!(
                |c| c.website().deliver_widget_button_action_for_conversation(
                    &w(),
                    &s(),
                    &PluginId::new("p1"),
                    &WidgetButtonAction::new("sec", "btn", json!({"k": 1})).value("v")
                )
            ),
        },
        Case {
            name: "deliver_widget_data_fetch_action_for_conversation",
            verb: "POST",
            path: ws!("/widget/p1/data"),
            query: "",
            body: Some(json!({"section_id": "sec", "item_id": "field", "data": {"k": 1}})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .deliver_widget_data_fetch_action_for_conversation(
                    &w(),
                    &s(),
                    &PluginId::new("p1"),
                    &WidgetDataFetch::new("sec", "field", json!({"k": 1}))
                )),
        },
        Case {
            name: "deliver_widget_data_edit_action_for_conversation",
            verb: "POST",
            path: ws!("/widget/p1/data"),
            query: "",
            body: Some(json!({"section_id": "sec", "item_id": "field", "value": "new"})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .deliver_widget_data_edit_action_for_conversation(
                    &w(),
                    &s(),
                    &PluginId::new("p1"),
                    &WidgetDataEdit::new("sec", "field", "new")
                )),
        },
        Case {
            name: "schedule_reminder_for_conversation",
            verb: "POST",
            path: ws!("/reminder"),
            query: "",
            body: Some(json!({"date": "2026-12-01T09:00:00.000Z", "note": "Call back"})),
            data: json!({}),
            run: run!(|c| c.website().schedule_reminder_for_conversation(
                &w(),
                &s(),
                &Reminder::new("2026-12-01T09:00:00.000Z", "Call back")
            )),
        },
        Case {
            name: "report_conversation",
            verb: "POST",
            path: ws!("/report"),
            query: "",
            body: Some(json!({"flag": "spam"})),
            data: json!({}),
            run: run!(|c| c
                .website()
                .report_conversation(&w(), &s(), ReportFlag::Spam)),
        },
    ]
}
