//! The Conversations samples: every method, with the exact request it must send (verb,
//! path, query and body) and a response its output decodes from. Besides the conformance
//! test, `conversation_routes` sends them to wiremock on both backends.

use crisp_rest::website::conversation::{ListConversations, MessagesQuery};
use crisp_types::website::conversation::*;
use crisp_types::*;
use serde_json::{Value, json};

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}
fn s() -> SessionId {
    SessionId::new("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881")
}
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
pub(crate) fn samples() -> Vec<Sample> {
    vec![
        Sample::website("list_conversations", run!(|c| c.website().list_conversations(
                    &w(),
                    2,
                    ListConversations::new()
                        .per_page(20)
                        .filter_unread(true)
                        .filter_assigned("a4c32c68")
                        .search_text("refund please")
                )))
            .request_line("GET", wp!("/conversations/2"))
            .query("per_page=20&filter_unread=1&filter_assigned=a4c32c68&search_type=text&search_query=refund%20please")
            .data(json!([conversation()])),
        Sample::website("list_conversations", run!(|c| c.website().list_conversations(
                    &w(),
                    1,
                    ListConversations::new().search_filter(
                        vec![FilterSearchQuery::new("segments", ["vip"], "session", "eq")],
                        Some(FilterMatch::Or)
                    )
                )))
            .case("filter search")
            .request_line("GET", wp!("/conversations/1"))
            .query("search_type=filter&search_query=%5B%7B%22criterion%22%3A%22segments%22%2C%22query%22%3A%5B%22vip%22%5D%2C%22model%22%3A%22session%22%2C%22operator%22%3A%22eq%22%7D%5D&search_operator=or")
            .data(json!([])),
        Sample::website("list_conversations", run!(|c| c.website().list_conversations(
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
                )))
            .case("every filter and order")
            .request_line("GET", wp!("/conversations/4"))
            .query("per_page=50&include_empty=0&filter_inbox_id=inbox_1&filter_unread=1&filter_resolved=0&filter_not_resolved=1&filter_mention=1&filter_assigned=a4c32c68&filter_unassigned=0&filter_date_start=2026-01-01T00%3A00%3A00Z&filter_date_end=2026-02-01T00%3A00%3A00Z&order_date_created=1&order_date_updated=0&order_date_waiting=0&search_type=segment&search_query=vip")
            .data(json!([])),
        Sample::website("list_suggested_conversation_segments", run!(|c| c.website().list_suggested_conversation_segments(&w(), 3)))
            .request_line("GET", wp!("/conversations/suggest/segments/3"))
            .query("")
            .data(json!([{"segment": "vip", "count": 12}])),
        Sample::website("delete_suggested_conversation_segment", run!(|c| c
                    .website()
                    .delete_suggested_conversation_segment(&w(), "vip")))
            .request_line("DELETE", wp!("/conversations/suggest/segment"))
            .query("")
            .body(json!({"segment": "vip"}))
            .data(json!({})),
        Sample::website("list_suggested_conversation_data_keys", run!(|c| c.website().list_suggested_conversation_data_keys(&w(), 1)))
            .request_line("GET", wp!("/conversations/suggest/data/1"))
            .query("")
            .data(json!([{"key": "plan", "count": 4}])),
        Sample::website("delete_suggested_conversation_data_key", run!(|c| c
                    .website()
                    .delete_suggested_conversation_data_key(&w(), "plan")))
            .request_line("DELETE", wp!("/conversations/suggest/data"))
            .query("")
            .body(json!({"key": "plan"}))
            .data(json!({})),
        Sample::website("list_spam_conversations", run!(|c| c.website().list_spam_conversations(&w(), 1)))
            .request_line("GET", wp!("/conversations/spams/1"))
            .query("")
            .data(json!([{"spam_id": "s1", "type": "email", "timestamp": 1700000000000u64}])),
        Sample::website("resolve_spam_conversation_content", run!(|c| c
                    .website()
                    .resolve_spam_conversation_content(&w(), &SpamId::new("s1"))))
            .request_line("GET", wp!("/conversations/spam/s1/content"))
            .query("")
            .data(json!({"spam_id": "s1", "content": {"text": "buy now"}})),
        Sample::website("submit_spam_conversation_decision", run!(|c| c.website().submit_spam_conversation_decision(
                    &w(),
                    &SpamId::new("s1"),
                    SpamDecision::Reject
                )))
            .request_line("POST", wp!("/conversations/spam/s1/decision"))
            .query("")
            .body(json!({"action": "reject"}))
            .data(json!({})),
        Sample::website("create_new_conversation", run!(|c| c.website().create_new_conversation(&w())))
            .request_line("POST", wp!("/conversation"))
            .query("")
            .body(json!({}))
            .data(json!({"session_id": "session_new"})),
        Sample::website("check_conversation_exists", run!(|c| c.website().check_conversation_exists(&w(), &s())))
            .request_line("HEAD", ws!(""))
            .query("")
            .data(Value::Null),
        Sample::website("get_conversation", run!(|c| c.website().get_conversation(&w(), &s())))
            .request_line("GET", ws!(""))
            .query("")
            .data(conversation()),
        Sample::website("remove_conversation", run!(|c| c.website().remove_conversation(&w(), &s())))
            .request_line("DELETE", ws!(""))
            .query("")
            .data(json!({})),
        Sample::website("initiate_conversation_with_existing_session", run!(|c| c
                    .website()
                    .initiate_conversation_with_existing_session(&w(), &s())))
            .request_line("POST", ws!("/initiate"))
            .query("")
            .body(json!({}))
            .data(json!({})),
        Sample::website("get_messages_in_conversation", run!(|c| c.website().get_messages_in_conversation(
                    &w(),
                    &s(),
                    MessagesQuery::before(1_700_000_000_000)
                )))
            .request_line("GET", ws!("/messages"))
            .query("timestamp_before=1700000000000")
            .data(json!([message()])),
        Sample::website("get_messages_in_conversation", run!(|c| c.website().get_messages_in_conversation(
                    &w(),
                    &s(),
                    MessagesQuery::after(1_700_000_000_000)
                )))
            .case("after")
            .request_line("GET", ws!("/messages"))
            .query("timestamp_after=1700000000000")
            .data(json!([])),
        Sample::website("get_messages_in_conversation", run!(|c| c.website().get_messages_in_conversation(
                    &w(),
                    &s(),
                    MessagesQuery::around(1_700_000_000_000)
                )))
            .case("around")
            .request_line("GET", ws!("/messages"))
            .query("timestamp_around=1700000000000")
            .data(json!([])),
        Sample::website("get_messages_in_conversation", run!(|c| c.website().get_messages_in_conversation(
                    &w(),
                    &s(),
                    MessagesQuery::latest()
                )))
            .case("latest")
            .request_line("GET", ws!("/messages"))
            .query("")
            .data(json!([])),
        Sample::website("send_message_in_conversation", run!(|c| c.website().send_message_in_conversation(
                    &w(),
                    &s(),
                    &NewMessage::text(MessageFrom::Operator, Origin::Chat, "Hello!")
                )))
            .request_line("POST", ws!("/message"))
            .query("")
            .body(
                    json!({"type": "text", "from": "operator", "origin": "chat", "content": "Hello!"}),
                )
            .data(json!({"fingerprint": 163408807614693u64})),
        Sample::website("get_message_in_conversation", run!(|c| c.website().get_message_in_conversation(
                    &w(),
                    &s(),
                    Fingerprint(163_408_807_614_693)
                )))
            .request_line("GET", ws!("/message/163408807614693"))
            .query("")
            .data(message()),
        Sample::website("update_message_in_conversation", run!(|c| c.website().update_message_in_conversation(
                    &w(),
                    &s(),
                    Fingerprint(42),
                    MessageUpdate::text("edited")
                )))
            .request_line("PATCH", ws!("/message/42"))
            .query("")
            .body(json!({"content": "edited"}))
            .data(json!({})),
        Sample::website("remove_message_in_conversation", run!(|c| c
                    .website()
                    .remove_message_in_conversation(&w(), &s(), Fingerprint(42))))
            .request_line("DELETE", ws!("/message/42"))
            .query("")
            .data(json!({})),
        Sample::website("compose_message_in_conversation", run!(|c| c.website().compose_message_in_conversation(
                    &w(),
                    &s(),
                    &ComposeMessage::start(MessageFrom::Operator).excerpt("Typing…")
                )))
            .request_line("PATCH", ws!("/compose"))
            .query("")
            .body(json!({"type": "start", "from": "operator", "excerpt": "Typing…"}))
            .data(json!({})),
        Sample::website("mark_messages_read_in_conversation", run!(|c| c.website().mark_messages_read_in_conversation(
                    &w(),
                    &s(),
                    &MessagesRead::new(MessageFrom::User, Origin::Chat)
                        .fingerprints(vec![Fingerprint(1), Fingerprint(2)])
                )))
            .request_line("PATCH", ws!("/read"))
            .query("")
            .body(json!({"from": "user", "origin": "chat", "fingerprints": [1, 2]}))
            .data(json!({})),
        Sample::website("mark_conversation_as_unread", run!(|c| c.website().mark_conversation_as_unread(
                    &w(),
                    &s(),
                    &UnreadMark::new(MessageFrom::Operator)
                )))
            .request_line("PATCH", ws!("/unread"))
            .query("")
            .body(json!({"from": "operator"}))
            .data(json!({})),
        Sample::website("mark_messages_delivered_in_conversation", run!(|c| c.website().mark_messages_delivered_in_conversation(
                    &w(),
                    &s(),
                    &MessagesRead::new(MessageFrom::User, "urn:crisp.im:slack:0")
                )))
            .request_line("PATCH", ws!("/delivered"))
            .query("")
            .body(json!({"from": "user", "origin": "urn:crisp.im:slack:0"}))
            .data(json!({})),
        Sample::website("update_conversation_open_state", run!(|c| c.website().update_conversation_open_state(&w(), &s(), true)))
            .request_line("PATCH", ws!("/open"))
            .query("")
            .body(json!({"opened": true}))
            .data(json!({})),
        Sample::website("get_conversation_routing_assign", run!(|c| c.website().get_conversation_routing_assign(&w(), &s())))
            .request_line("GET", ws!("/routing"))
            .query("")
            .data(json!({"assigned": {"user_id": "a4c32c68-be91-4e29-8a05-976e93abbe3f"}})),
        Sample::website("assign_conversation_routing", run!(|c| c.website().assign_conversation_routing(
                    &w(),
                    &s(),
                    &RoutingAssignUpdate::assign("a4c32c68")
                )))
            .request_line("PATCH", ws!("/routing"))
            .query("")
            .body(json!({"assigned": {"user_id": "a4c32c68"}}))
            .data(json!({})),
        Sample::website("update_conversation_inbox", run!(|c| c.website().update_conversation_inbox(&w(), &s(), None)))
            .request_line("PATCH", ws!("/inbox"))
            .query("")
            .body(json!({"inbox_id": null}))
            .data(json!({})),
        Sample::website("update_conversation_inbox", run!(|c| c.website().update_conversation_inbox(
                    &w(),
                    &s(),
                    Some(&InboxId::new("inbox-1"))
                )))
            .case("set")
            .request_line("PATCH", ws!("/inbox"))
            .query("")
            .body(json!({"inbox_id": "inbox-1"}))
            .data(json!({})),
        Sample::website("get_conversation_metas", run!(|c| c.website().get_conversation_metas(&w(), &s())))
            .request_line("GET", ws!("/meta"))
            .query("")
            .data(json!({"nickname": "Jane", "email": "jane@example.com", "segments": ["vip"]})),
        Sample::website("update_conversation_metas", run!(|c| c.website().update_conversation_metas(
                    &w(),
                    &s(),
                    &ConversationMetaUpdate::new()
                        .nickname("Jane")
                        .segments(vec!["vip".into()])
                )))
            .request_line("PATCH", ws!("/meta"))
            .query("")
            .body(json!({"nickname": "Jane", "segments": ["vip"]}))
            .data(json!({})),
        Sample::website("get_original_message_in_conversation", run!(|c| c.website().get_original_message_in_conversation(
                    &w(),
                    &s(),
                    &OriginalId::new("orig-1")
                )))
            .request_line("GET", ws!("/original/orig-1"))
            .query("")
            .data(json!({"original_id": "orig-1", "type": "text/html", "content": "<p>hi</p>"})),
        Sample::website("list_conversation_pages", run!(|c| c.website().list_conversation_pages(&w(), &s(), 2)))
            .request_line("GET", ws!("/pages/2"))
            .query("")
            .data(json!([{"page_title": "Pricing", "page_url": "https://example.com/pricing", "timestamp": 1}])),
        Sample::website("list_conversation_events", run!(|c| c.website().list_conversation_events(&w(), &s(), 1)))
            .request_line("GET", ws!("/events/1"))
            .query("")
            .data(json!([{"text": "Signed up", "color": "green", "timestamp": 1}])),
        Sample::website("list_conversation_files", run!(|c| c.website().list_conversation_files(&w(), &s(), 1)))
            .request_line("GET", ws!("/files/1"))
            .query("")
            .data(json!([{"name": "a.png", "type": "image/png", "url": "https://x/a.png", "fingerprint": 5, "timestamp": 1}])),
        Sample::website("get_conversation_state", run!(|c| c.website().get_conversation_state(&w(), &s())))
            .request_line("GET", ws!("/state"))
            .query("")
            .data(json!({"state": "resolved"})),
        Sample::website("change_conversation_state", run!(|c| c.website().change_conversation_state(
                    &w(),
                    &s(),
                    ConversationState::Resolved
                )))
            .request_line("PATCH", ws!("/state"))
            .query("")
            .body(json!({"state": "resolved"}))
            .data(json!({})),
        Sample::website("change_conversation_state", run!(|c| c.website().change_conversation_state(
                    &w(),
                    &s(),
                    StateChange::new(ConversationState::Unresolved)
                        .user(operator())
                        .origin(Origin::Chat)
                )))
            .case("user, origin")
            .request_line("PATCH", ws!("/state"))
            .query("")
            .body(
                    json!({"state": "unresolved", "user": {"user_id": "a4c32c68-be91-4e29-8a05-976e93abbe3f", "nickname": "Bot"}, "origin": "chat"}),
                )
            .data(json!({})),
        Sample::website("get_conversation_relations", run!(|c| c.website().get_conversation_relations(&w(), &s())))
            .request_line("GET", ws!("/relations"))
            .query("")
            .data(json!({"conversations": {"parent": null, "children": []}})),
        Sample::website("get_conversation_participants", run!(|c| c.website().get_conversation_participants(&w(), &s())))
            .request_line("GET", ws!("/participants"))
            .query("")
            .data(json!({"participants": [{"type": "email", "target": "cc@example.com"}]})),
        Sample::website("save_conversation_participants", run!(|c| c.website().save_conversation_participants(
                    &w(),
                    &s(),
                    &ParticipantsSave::new(vec![Participant::email("cc@example.com")])
                )))
            .request_line("PUT", ws!("/participants"))
            .query("")
            .body(json!({"participants": [{"type": "email", "target": "cc@example.com"}]}))
            .data(json!({})),
        Sample::website("get_block_status_for_conversation", run!(|c| c.website().get_block_status_for_conversation(&w(), &s())))
            .request_line("GET", ws!("/block"))
            .query("")
            .data(json!({"blocked": false})),
        Sample::website("block_incoming_messages_for_conversation", run!(|c| c
                    .website()
                    .block_incoming_messages_for_conversation(&w(), &s(), true)))
            .request_line("PATCH", ws!("/block"))
            .query("")
            .body(json!({"blocked": true}))
            .data(json!({})),
        Sample::website("get_verify_status_for_conversation", run!(|c| c.website().get_verify_status_for_conversation(&w(), &s())))
            .request_line("GET", ws!("/verify"))
            .query("")
            .data(json!({"verified": true})),
        Sample::website("update_verify_status_for_conversation", run!(|c| c
                    .website()
                    .update_verify_status_for_conversation(&w(), &s(), false)))
            .request_line("PATCH", ws!("/verify"))
            .query("")
            .body(json!({"verified": false}))
            .data(json!({})),
        Sample::website("request_identity_verification_for_conversation", run!(
                    |c| c.website().request_identity_verification_for_conversation(
                        &w(),
                        &s(),
                        &IdentityVerificationRequest::link(VerifyIdentity::Email)
                    )
                ))
            .request_line("POST", ws!("/verify/identity"))
            .query("")
            .body(json!({"identity": "email", "method": "link"}))
            .data(json!({})),
        Sample::website("redeem_identity_verification_link_for_conversation", run!(|c| c
                    .website()
                    .redeem_identity_verification_link_for_conversation(
                        &w(),
                        &s(),
                        &IdentityVerificationRedeem::new(VerifyIdentity::Phone, "123456")
                    )))
            .request_line("PUT", ws!("/verify/identity/link"))
            .query("")
            .body(json!({"identity": "phone", "token": "123456"}))
            .data(json!({})),
        Sample::website("request_email_transcript_for_conversation", run!(|c| c.website().request_email_transcript_for_conversation(
                    &w(),
                    &s(),
                    TranscriptRequest::new(TranscriptTo::Operator).email("ops@example.com")
                )))
            .request_line("POST", ws!("/transcript"))
            .query("")
            .body(json!({"to": "operator", "email": "ops@example.com"}))
            .data(json!({})),
        Sample::website("request_chatbox_binding_purge_for_conversation", run!(|c| c
                    .website()
                    .request_chatbox_binding_purge_for_conversation(&w(), &s())))
            .request_line("POST", ws!("/purge"))
            .query("")
            .body(json!({}))
            .data(json!({})),
        Sample::website("request_user_feedback_for_conversation", run!(|c| c
                    .website()
                    .request_user_feedback_for_conversation(&w(), &s())))
            .request_line("POST", ws!("/feedback"))
            .query("")
            .body(json!({}))
            .data(json!({})),
        Sample::website("list_browsing_sessions_for_conversation", run!(|c| c
                    .website()
                    .list_browsing_sessions_for_conversation(&w(), &s())))
            .request_line("GET", ws!("/browsing"))
            .query("")
            .data(json!([{"browsing_id": "b1", "browsing_token": "t", "useragent": "Mozilla"}])),
        Sample::website("initiate_browsing_session_for_conversation", run!(|c| c
                    .website()
                    .initiate_browsing_session_for_conversation(&w(), &s())))
            .request_line("POST", ws!("/browsing"))
            .query("")
            .body(json!({}))
            .data(json!({})),
        Sample::website("send_action_to_existing_browsing_session", run!(|c| c.website().send_action_to_existing_browsing_session(
                    &w(),
                    &s(),
                    &BrowsingId::new("b1"),
                    BrowsingAction::Stop
                )))
            .request_line("PATCH", ws!("/browsing/b1"))
            .query("")
            .body(json!({"action": "stop"}))
            .data(json!({})),
        Sample::website("assist_existing_browsing_session", run!(|c| c.website().assist_existing_browsing_session(
                    &w(),
                    &s(),
                    &BrowsingId::new("b1"),
                    &BrowsingAssist::mouse(10, 20)
                )))
            .request_line("PATCH", ws!("/browsing/b1/assist"))
            .query("")
            .body(json!({"action": "mouse", "mouse": {"x": 10, "y": 20}}))
            .data(json!({})),
        Sample::website("initiate_new_call_session_for_conversation", run!(|c| c.website().initiate_new_call_session_for_conversation(
                    &w(),
                    &s(),
                    CallMode::Video
                )))
            .request_line("POST", ws!("/call"))
            .query("")
            .body(json!({"mode": "video"}))
            .data(json!({"call_id": "call-1"})),
        Sample::website("get_ongoing_call_session_for_conversation", run!(|c| c
                    .website()
                    .get_ongoing_call_session_for_conversation(&w(), &s())))
            .request_line("GET", ws!("/call"))
            .query("")
            .data(json!({"call_id": "call-1"})),
        Sample::website("abort_ongoing_call_session_for_conversation", run!(|c| c.website().abort_ongoing_call_session_for_conversation(
                    &w(),
                    &s(),
                    &CallId::new("call-1"),
                    &CallAbort::new().user(operator())
                )))
            .request_line("DELETE", ws!("/call/call-1"))
            .query("")
            .body(
                    json!({"user": {"user_id": "a4c32c68-be91-4e29-8a05-976e93abbe3f", "nickname": "Bot"}}),
                )
            .data(json!({})),
        Sample::website("transmit_signaling_on_ongoing_call_session", run!(|c| c.website().transmit_signaling_on_ongoing_call_session(
                    &w(),
                    &s(),
                    &CallId::new("call-1"),
                    &CallSignaling::new(CallSignalingType::Sdp, json!({"sdp": "v=0"}))
                )))
            .request_line("PATCH", ws!("/call/call-1"))
            .query("")
            .body(json!({"type": "sdp", "payload": {"sdp": "v=0"}}))
            .data(json!({})),
        Sample::website("request_tool_call_for_conversation", run!(|c| c.website().request_tool_call_for_conversation(
                    &w(),
                    &s(),
                    &ToolCall::new("lookup_order").payload(json!({"order": 42}))
                )))
            .request_line("POST", ws!("/tool"))
            .query("")
            .body(json!({"command": "lookup_order", "payload": {"order": 42}}))
            .data(json!({"result": "shipped"})),
        Sample::website("deliver_widget_button_action_for_conversation", run!(
                    |c| c.website().deliver_widget_button_action_for_conversation(
                        &w(),
                        &s(),
                        &PluginId::new("p1"),
                        &WidgetButtonAction::new("sec", "btn", json!({"k": 1})).value("v")
                    )
                ))
            .request_line("POST", ws!("/widget/p1/button"))
            .query("")
            .body(
                    json!({"section_id": "sec", "item_id": "btn", "data": {"k": 1}, "value": "v"}),
                )
            .data(json!({})),
        Sample::website("deliver_widget_data_fetch_action_for_conversation", run!(|c| c
                    .website()
                    .deliver_widget_data_fetch_action_for_conversation(
                        &w(),
                        &s(),
                        &PluginId::new("p1"),
                        &WidgetDataFetch::new("sec", "field", json!({"k": 1}))
                    )))
            .request_line("POST", ws!("/widget/p1/data"))
            .query("")
            .body(json!({"section_id": "sec", "item_id": "field", "data": {"k": 1}}))
            .data(json!({})),
        Sample::website("deliver_widget_data_edit_action_for_conversation", run!(|c| c
                    .website()
                    .deliver_widget_data_edit_action_for_conversation(
                        &w(),
                        &s(),
                        &PluginId::new("p1"),
                        &WidgetDataEdit::new("sec", "field", "new")
                    )))
            .request_line("POST", ws!("/widget/p1/data"))
            .query("")
            .body(json!({"section_id": "sec", "item_id": "field", "value": "new"}))
            .data(json!({})),
        Sample::website("schedule_reminder_for_conversation", run!(|c| c.website().schedule_reminder_for_conversation(
                    &w(),
                    &s(),
                    &Reminder::new("2026-12-01T09:00:00.000Z", "Call back")
                )))
            .request_line("POST", ws!("/reminder"))
            .query("")
            .body(json!({"date": "2026-12-01T09:00:00.000Z", "note": "Call back"}))
            .data(json!({})),
        Sample::website("report_conversation", run!(|c| c
                    .website()
                    .report_conversation(&w(), &s(), ReportFlag::Spam)))
            .request_line("POST", ws!("/report"))
            .query("")
            .body(json!({"flag": "spam"}))
            .data(json!({})),
    ]
}
