//! The routes of conversations: the conversation, its messages, state, metas, routing, calls, browsing, verification, actions and spam.

use crisp_types::website::conversation::BlockChange;
use crisp_types::website::conversation::BlockStatus;
use crisp_types::website::conversation::BrowsingActionBody;
use crisp_types::website::conversation::BrowsingAssist;
use crisp_types::website::conversation::BrowsingSession;
use crisp_types::website::conversation::CallAbort;
use crisp_types::website::conversation::CallInitiate;
use crisp_types::website::conversation::CallSession;
use crisp_types::website::conversation::CallSignaling;
use crisp_types::website::conversation::ComposeMessage;
use crisp_types::website::conversation::ConversationEvent;
use crisp_types::website::conversation::ConversationFile;
use crisp_types::website::conversation::ConversationPage;
use crisp_types::website::conversation::ConversationParticipants;
use crisp_types::website::conversation::ConversationRelations;
use crisp_types::website::conversation::IdentityVerificationRedeem;
use crisp_types::website::conversation::IdentityVerificationRequest;
use crisp_types::website::conversation::OriginalMessage;
use crisp_types::website::conversation::ParticipantsSave;
use crisp_types::website::conversation::Reminder;
use crisp_types::website::conversation::ReportBody;
use crisp_types::website::conversation::Spam;
use crisp_types::website::conversation::SpamContent;
use crisp_types::website::conversation::SpamDecisionBody;
use crisp_types::website::conversation::SuggestedDataKey;
use crisp_types::website::conversation::SuggestedSegment;
use crisp_types::website::conversation::ToolCall;
use crisp_types::website::conversation::TranscriptRequest;
use crisp_types::website::conversation::UnreadMark;
use crisp_types::website::conversation::VerifyStatus;
use crisp_types::website::conversation::WidgetButtonAction;
use crisp_types::website::conversation::WidgetDataEdit;
use crisp_types::website::conversation::WidgetDataFetch;

use super::Route;

#[allow(clippy::too_many_lines)]
pub(super) fn routes() -> Vec<Route> {
    vec![
        // list_conversations
        Route::get("/website/{website_id}/conversations/{page_number}")
            .query(&["per_page", "include_empty", "filter_inbox_id", "filter_unread", "filter_resolved", "filter_not_resolved", "filter_mention", "filter_assigned", "filter_unassigned", "filter_date_start", "filter_date_end", "order_date_created", "order_date_updated", "order_date_waiting", "search_type", "search_query", "search_operator"])
            .served(),
        // list_suggested_conversation_segments
        Route::get("/website/{website_id}/conversations/suggest/segments/{page_number}")
            .list::<SuggestedSegment>(r#"[{"count":12,"segment":"vip"}]"#),
        // delete_suggested_conversation_segment
        Route::delete("/website/{website_id}/conversations/suggest/segment")
            .fields(&["segment"])
            .done(),
        // list_suggested_conversation_data_keys
        Route::get("/website/{website_id}/conversations/suggest/data/{page_number}")
            .list::<SuggestedDataKey>(r#"[{"count":4,"key":"plan"}]"#),
        // delete_suggested_conversation_data_key
        Route::delete("/website/{website_id}/conversations/suggest/data")
            .fields(&["key"])
            .done(),
        // list_spam_conversations
        Route::get("/website/{website_id}/conversations/spams/{page_number}")
            .list::<Spam>(r#"[{"spam_id":"s1","timestamp":1700000000000,"type":"email"}]"#),
        // resolve_spam_conversation_content
        Route::get("/website/{website_id}/conversations/spam/{spam_id}/content")
            .answer::<SpamContent>(r#"{"content":{"text":"buy now"},"spam_id":"s1"}"#),
        // submit_spam_conversation_decision
        Route::post("/website/{website_id}/conversations/spam/{spam_id}/decision")
            .body::<SpamDecisionBody>()
            .done(),
        // create_new_conversation
        Route::post("/website/{website_id}/conversation")
            .served(),
        // check_conversation_exists
        Route::head("/website/{website_id}/conversation/{session_id}")
            .served(),
        // get_conversation
        Route::get("/website/{website_id}/conversation/{session_id}")
            .served(),
        // remove_conversation
        Route::delete("/website/{website_id}/conversation/{session_id}")
            .served(),
        // initiate_conversation_with_existing_session
        Route::post("/website/{website_id}/conversation/{session_id}/initiate")
            .served(),
        // get_messages_in_conversation
        Route::get("/website/{website_id}/conversation/{session_id}/messages")
            .query(&["timestamp_before", "timestamp_after", "timestamp_around"])
            .served(),
        // send_message_in_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/message")
            .served(),
        // get_message_in_conversation
        Route::get("/website/{website_id}/conversation/{session_id}/message/{fingerprint}")
            .served(),
        // update_message_in_conversation
        Route::patch("/website/{website_id}/conversation/{session_id}/message/{fingerprint}")
            .served(),
        // remove_message_in_conversation
        Route::delete("/website/{website_id}/conversation/{session_id}/message/{fingerprint}")
            .served(),
        // compose_message_in_conversation
        Route::patch("/website/{website_id}/conversation/{session_id}/compose")
            .body::<ComposeMessage>()
            .done(),
        // mark_messages_read_in_conversation
        Route::patch("/website/{website_id}/conversation/{session_id}/read")
            .served(),
        // mark_conversation_as_unread
        Route::patch("/website/{website_id}/conversation/{session_id}/unread")
            .body::<UnreadMark>()
            .done(),
        // mark_messages_delivered_in_conversation
        Route::patch("/website/{website_id}/conversation/{session_id}/delivered")
            .served(),
        // update_conversation_open_state
        Route::patch("/website/{website_id}/conversation/{session_id}/open")
            .fields(&["opened"])
            .done(),
        // get_conversation_routing_assign
        Route::get("/website/{website_id}/conversation/{session_id}/routing")
            .served(),
        // assign_conversation_routing
        Route::patch("/website/{website_id}/conversation/{session_id}/routing")
            .served(),
        // update_conversation_inbox
        Route::patch("/website/{website_id}/conversation/{session_id}/inbox")
            .fields(&["inbox_id"])
            .done(),
        // get_conversation_metas
        Route::get("/website/{website_id}/conversation/{session_id}/meta")
            .served(),
        // update_conversation_metas
        Route::patch("/website/{website_id}/conversation/{session_id}/meta")
            .served(),
        // get_original_message_in_conversation
        Route::get("/website/{website_id}/conversation/{session_id}/original/{original_id}")
            .answer::<OriginalMessage>(r#"{"content":"<p>hi</p>","original_id":"orig-1","type":"text/html"}"#),
        // list_conversation_pages
        Route::get("/website/{website_id}/conversation/{session_id}/pages/{page_number}")
            .list::<ConversationPage>(r#"[{"page_title":"Pricing","page_url":"https://example.com/pricing","timestamp":1}]"#),
        // list_conversation_events
        Route::get("/website/{website_id}/conversation/{session_id}/events/{page_number}")
            .list::<ConversationEvent>(r#"[{"color":"green","text":"Signed up","timestamp":1}]"#),
        // list_conversation_files
        Route::get("/website/{website_id}/conversation/{session_id}/files/{page_number}")
            .list::<ConversationFile>(r#"[{"fingerprint":5,"name":"a.png","timestamp":1,"type":"image/png","url":"https://x/a.png"}]"#),
        // get_conversation_state
        Route::get("/website/{website_id}/conversation/{session_id}/state")
            .served(),
        // change_conversation_state
        Route::patch("/website/{website_id}/conversation/{session_id}/state")
            .served(),
        // get_conversation_relations
        Route::get("/website/{website_id}/conversation/{session_id}/relations")
            .answer::<ConversationRelations>(r#"{"conversations":{"children":[],"parent":null}}"#),
        // get_conversation_participants
        Route::get("/website/{website_id}/conversation/{session_id}/participants")
            .answer::<ConversationParticipants>(r#"{"participants":[{"target":"cc@example.com","type":"email"}]}"#),
        // save_conversation_participants
        Route::put("/website/{website_id}/conversation/{session_id}/participants")
            .body::<ParticipantsSave>()
            .done(),
        // get_block_status_for_conversation
        Route::get("/website/{website_id}/conversation/{session_id}/block")
            .answer::<BlockStatus>(r#"{"blocked":false}"#),
        // block_incoming_messages_for_conversation
        Route::patch("/website/{website_id}/conversation/{session_id}/block")
            .body::<BlockChange>()
            .done(),
        // get_verify_status_for_conversation
        Route::get("/website/{website_id}/conversation/{session_id}/verify")
            .answer::<VerifyStatus>(r#"{"verified":true}"#),
        // update_verify_status_for_conversation
        Route::patch("/website/{website_id}/conversation/{session_id}/verify")
            .fields(&["verified"])
            .done(),
        // request_identity_verification_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/verify/identity")
            .body::<IdentityVerificationRequest>()
            .done(),
        // redeem_identity_verification_link_for_conversation
        Route::put("/website/{website_id}/conversation/{session_id}/verify/identity/link")
            .body::<IdentityVerificationRedeem>()
            .done(),
        // request_email_transcript_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/transcript")
            .body::<TranscriptRequest>()
            .done(),
        // request_chatbox_binding_purge_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/purge")
            .done(),
        // request_user_feedback_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/feedback")
            .done(),
        // list_browsing_sessions_for_conversation
        Route::get("/website/{website_id}/conversation/{session_id}/browsing")
            .answer::<Vec<BrowsingSession>>(r#"[{"browsing_id":"b1","browsing_token":"t","useragent":"Mozilla"}]"#),
        // initiate_browsing_session_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/browsing")
            .done(),
        // send_action_to_existing_browsing_session
        Route::patch("/website/{website_id}/conversation/{session_id}/browsing/{browsing_id}")
            .body::<BrowsingActionBody>()
            .done(),
        // assist_existing_browsing_session
        Route::patch("/website/{website_id}/conversation/{session_id}/browsing/{browsing_id}/assist")
            .body::<BrowsingAssist>()
            .done(),
        // initiate_new_call_session_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/call")
            .body::<CallInitiate>()
            .answer::<CallSession>(r#"{"call_id":"call-1"}"#),
        // get_ongoing_call_session_for_conversation
        Route::get("/website/{website_id}/conversation/{session_id}/call")
            .answer::<CallSession>(r#"{"call_id":"call-1"}"#),
        // abort_ongoing_call_session_for_conversation
        Route::delete("/website/{website_id}/conversation/{session_id}/call/{call_id}")
            .body::<CallAbort>()
            .done(),
        // transmit_signaling_on_ongoing_call_session
        Route::patch("/website/{website_id}/conversation/{session_id}/call/{call_id}")
            .body::<CallSignaling>()
            .done(),
        // request_tool_call_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/tool")
            .body::<ToolCall>()
            .answer::<serde_json::Value>(r#"{"result":"shipped"}"#),
        // deliver_widget_button_action_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/widget/{plugin_id}/button")
            .body::<WidgetButtonAction>()
            .done(),
        // deliver_widget_data_fetch_action_for_conversation, deliver_widget_data_edit_action_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/widget/{plugin_id}/data")
            .body::<WidgetDataFetch>()
            .body::<WidgetDataEdit>()
            .done(),
        // schedule_reminder_for_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/reminder")
            .body::<Reminder>()
            .done(),
        // report_conversation
        Route::post("/website/{website_id}/conversation/{session_id}/report")
            .body::<ReportBody>()
            .done(),
    ]
}
