//! Every REST method by route, verb, Rust name and Crisp label ("Get A Conversation"):
//! the method name errors carry
//! ([`CallInfo::method_name`](crisp_core::CallInfo::method_name)) and the `label` field of
//! the `crisp.call` span (feature `tracing`).
//!
//! Generated from the catalog (`tests/data/endpoints.tsv` and `endpoints_next.tsv`: the
//! `path`, `verb`, `rust_method` and `name` columns) and checked against it by the test
//! below; the conformance test (`crisp-rest/tests/it/conformance`) calls every method and
//! compares the name its errors carry with the catalog row. Four newer methods are named
//! as in the conformance test's `RENAMED`, not as in the catalog. Verb and route pairs
//! shared by two methods (the `batch` routes of conversations and people, the two widget
//! data actions) are told apart by the method name: those methods name themselves with
//! `RequestBuilder::named`.

/// `(route, verb, method, label)`, sorted.
#[rustfmt::skip]
const LABELS: &[(&str, &str, &str, &str)] = &[
    ("/bucket/url/generate", "POST", "generate_bucket_url", "Generate Bucket URL"),
    ("/media/animation/list/{page_number}", "GET", "list_animation_medias", "List Animation Medias"),
    ("/plans/subscription", "GET", "list_all_active_subscriptions", "List All Active Plan Subscriptions"),
    ("/plans/subscription/{website_id}", "DELETE", "unsubscribe_plan_from_website", "Unsubscribe Plan From Website"),
    ("/plans/subscription/{website_id}", "GET", "get_plan_subscription_for_website", "Get Plan Subscription For A Website"),
    ("/plans/subscription/{website_id}", "POST", "subscribe_website_to_plan", "Subscribe Website To Plan"),
    ("/plans/subscription/{website_id}/bill/period", "PATCH", "change_bill_period_for_website_plan_subscription", "Change Bill Period For Website Plan Subscription"),
    ("/plans/subscription/{website_id}/coupon", "GET", "check_coupon_availability_for_website_plan_subscription", "Check Coupon Availability For Website Plan Subscription"),
    ("/plans/subscription/{website_id}/coupon", "PATCH", "redeem_coupon_for_website_plan_subscription", "Redeem Coupon For Website Plan Subscription"),
    ("/plugin/connect/account", "GET", "get_connect_account", "Get Connect Account"),
    ("/plugin/connect/endpoints", "GET", "get_connect_endpoints", "Get Connect Endpoints"),
    ("/plugin/connect/session", "HEAD", "check_connect_session_validity", "Check Connect Session Validity"),
    ("/plugin/connect/websites/all/{page_number}", "GET", "list_all_connect_websites", "List All Connect Websites"),
    ("/plugin/connect/websites/since", "GET", "list_connect_websites_since", "List Connect Websites Since"),
    ("/plugins/subscription", "GET", "list_all_active_subscriptions", "List All Active Subscriptions"),
    ("/plugins/subscription/{website_id}", "GET", "list_subscriptions_for_website", "List Subscriptions For A Website"),
    ("/plugins/subscription/{website_id}", "POST", "subscribe_website_to_plugin", "Subscribe Website To Plugin"),
    ("/plugins/subscription/{website_id}/{plugin_id}", "DELETE", "unsubscribe_plugin_from_website", "Unsubscribe Plugin From Website"),
    ("/plugins/subscription/{website_id}/{plugin_id}", "GET", "get_subscription_details", "Get Subscription Details"),
    ("/plugins/subscription/{website_id}/{plugin_id}/attest/provenance", "GET", "get_plugin_attest_provenance", "Get Plugin Attest Provenance"),
    ("/plugins/subscription/{website_id}/{plugin_id}/bill/usage", "GET", "get_plugin_usage_bills", "Get Plugin Usage Bills"),
    ("/plugins/subscription/{website_id}/{plugin_id}/bill/usage", "POST", "report_plugin_usage_to_bill", "Report Plugin Usage To Bill"),
    ("/plugins/subscription/{website_id}/{plugin_id}/channel", "POST", "forward_plugin_payload_to_channel", "Forward Plugin Payload To Channel"),
    ("/plugins/subscription/{website_id}/{plugin_id}/event", "POST", "dispatch_plugin_event", "Dispatch Plugin Event"),
    ("/plugins/subscription/{website_id}/{plugin_id}/settings", "GET", "get_subscription_settings", "Get Subscription Settings"),
    ("/plugins/subscription/{website_id}/{plugin_id}/settings", "PATCH", "update_subscription_settings", "Update Subscription Settings"),
    ("/plugins/subscription/{website_id}/{plugin_id}/settings", "PUT", "save_subscription_settings", "Save Subscription Settings"),
    ("/website", "HEAD", "check_website_exists", "Check If Website Exists"),
    ("/website", "POST", "create_website", "Create Website"),
    ("/website/{website_id}", "DELETE", "delete_website", "Delete A Website"),
    ("/website/{website_id}", "GET", "get_website", "Get A Website"),
    ("/website/{website_id}/analytics/generate", "POST", "generate_analytics", "Generate Analytics"),
    ("/website/{website_id}/availability/operators", "GET", "list_website_operator_availabilities", "List Website Operator Availabilities"),
    ("/website/{website_id}/availability/status", "GET", "get_website_availability_status", "Get Website Availability Status"),
    ("/website/{website_id}/batch/block", "PATCH", "batch_block_conversations", "Batch Block Conversations"),
    ("/website/{website_id}/batch/data", "PATCH", "batch_update_conversations_data", "Batch Update Conversations Data"),
    ("/website/{website_id}/batch/data", "PATCH", "batch_update_people_data", "Batch Update People Data"),
    ("/website/{website_id}/batch/inbox", "PATCH", "batch_inbox_conversations", "Batch Inbox Conversations"),
    ("/website/{website_id}/batch/read", "PATCH", "batch_read_conversations", "Batch Read Conversations"),
    ("/website/{website_id}/batch/remove", "PATCH", "batch_remove_conversations", "Batch Remove Conversations"),
    ("/website/{website_id}/batch/remove", "PATCH", "batch_remove_people", "Batch Remove People"),
    ("/website/{website_id}/batch/report", "POST", "batch_report_conversations", "Batch Report Conversations"),
    ("/website/{website_id}/batch/resolve", "PATCH", "batch_resolve_conversations", "Batch Resolve Conversations"),
    ("/website/{website_id}/batch/routing", "PATCH", "batch_routing_conversations", "Batch Routing Conversations"),
    ("/website/{website_id}/batch/segments", "PATCH", "batch_update_conversations_segments", "Batch Update Conversations Segments"),
    ("/website/{website_id}/batch/segments", "PATCH", "batch_update_people_segments", "Batch Update People Segments"),
    ("/website/{website_id}/batch/unread", "PATCH", "batch_unread_conversations", "Batch Unread Conversations"),
    ("/website/{website_id}/batch/unresolve", "PATCH", "batch_unresolve_conversations", "Batch Unresolve Conversations"),
    ("/website/{website_id}/campaign", "POST", "create_new_campaign", "Create A New Campaign"),
    ("/website/{website_id}/campaign/{campaign_id}", "DELETE", "remove_campaign", "Remove A Campaign"),
    ("/website/{website_id}/campaign/{campaign_id}", "GET", "get_campaign", "Get A Campaign"),
    ("/website/{website_id}/campaign/{campaign_id}", "HEAD", "check_campaign_exists", "Check If Campaign Exists"),
    ("/website/{website_id}/campaign/{campaign_id}", "PATCH", "update_campaign", "Update A Campaign"),
    ("/website/{website_id}/campaign/{campaign_id}", "PUT", "save_campaign", "Save A Campaign"),
    ("/website/{website_id}/campaign/{campaign_id}/dispatch", "POST", "dispatch_campaign", "Dispatch A Campaign"),
    ("/website/{website_id}/campaign/{campaign_id}/pause", "POST", "pause_campaign", "Pause A Campaign"),
    ("/website/{website_id}/campaign/{campaign_id}/recipients/{page_number}", "GET", "list_campaign_recipients", "List Campaign Recipients"),
    ("/website/{website_id}/campaign/{campaign_id}/resume", "POST", "resume_campaign", "Resume A Campaign"),
    ("/website/{website_id}/campaign/{campaign_id}/statistics/{action}/{page_number}", "GET", "list_campaign_statistics", "List Campaign Statistics"),
    ("/website/{website_id}/campaign/{campaign_id}/test", "POST", "test_campaign", "Test A Campaign"),
    ("/website/{website_id}/campaigns/list/{page_number}", "GET", "list_campaigns", "List Campaigns"),
    ("/website/{website_id}/campaigns/tags", "GET", "list_campaign_tags", "List Campaign Tags"),
    ("/website/{website_id}/campaigns/template", "POST", "create_new_campaign_template", "Create A New Campaign Template"),
    ("/website/{website_id}/campaigns/template/{template_id}", "DELETE", "remove_campaign_template", "Remove A Campaign Template"),
    ("/website/{website_id}/campaigns/template/{template_id}", "GET", "get_campaign_template", "Get A Campaign Template"),
    ("/website/{website_id}/campaigns/template/{template_id}", "HEAD", "check_campaign_template_exists", "Check If Campaign Template Exists"),
    ("/website/{website_id}/campaigns/template/{template_id}", "PATCH", "update_campaign_template", "Update A Campaign Template"),
    ("/website/{website_id}/campaigns/template/{template_id}", "PUT", "save_campaign_template", "Save A Campaign Template"),
    ("/website/{website_id}/campaigns/templates/{page_number}", "GET", "list_campaign_templates", "List Campaign Templates"),
    ("/website/{website_id}/connect/endpoints", "GET", "get_connect_endpoints", "Get Connect Endpoints"),
    ("/website/{website_id}/conversation", "POST", "create_new_conversation", "Create A New Conversation"),
    ("/website/{website_id}/conversation/{session_id}", "DELETE", "remove_conversation", "Remove A Conversation"),
    ("/website/{website_id}/conversation/{session_id}", "GET", "get_conversation", "Get A Conversation"),
    ("/website/{website_id}/conversation/{session_id}", "HEAD", "check_conversation_exists", "Check If Conversation Exists"),
    ("/website/{website_id}/conversation/{session_id}/block", "GET", "get_block_status_for_conversation", "Get Block Status For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/block", "PATCH", "block_incoming_messages_for_conversation", "Block Incoming Messages For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/browsing", "GET", "list_browsing_sessions_for_conversation", "List Browsing Sessions For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/browsing", "POST", "initiate_browsing_session_for_conversation", "Initiate Browsing Session For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/browsing/{browsing_id}", "PATCH", "send_action_to_existing_browsing_session", "Send Action To An Existing Browsing Session"),
    ("/website/{website_id}/conversation/{session_id}/browsing/{browsing_id}/assist", "PATCH", "assist_existing_browsing_session", "Assist Existing Browsing Session"),
    ("/website/{website_id}/conversation/{session_id}/call", "GET", "get_ongoing_call_session_for_conversation", "Get Ongoing Call Session For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/call", "POST", "initiate_new_call_session_for_conversation", "Initiate New Call Session For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/call/{call_id}", "DELETE", "abort_ongoing_call_session_for_conversation", "Abort Ongoing Call Session For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/call/{call_id}", "PATCH", "transmit_signaling_on_ongoing_call_session", "Transmit Signaling On Ongoing Call Session"),
    ("/website/{website_id}/conversation/{session_id}/compose", "PATCH", "compose_message_in_conversation", "Compose A Message In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/delivered", "PATCH", "mark_messages_delivered_in_conversation", "Mark Messages As Delivered In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/events/{page_number}", "GET", "list_conversation_events", "List Conversation Events"),
    ("/website/{website_id}/conversation/{session_id}/feedback", "POST", "request_user_feedback_for_conversation", "Request User Feedback For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/files/{page_number}", "GET", "list_conversation_files", "List Conversation Files"),
    ("/website/{website_id}/conversation/{session_id}/inbox", "PATCH", "update_conversation_inbox", "Update Conversation Inbox"),
    ("/website/{website_id}/conversation/{session_id}/initiate", "POST", "initiate_conversation_with_existing_session", "Initiate A Conversation With Existing Session"),
    ("/website/{website_id}/conversation/{session_id}/message", "POST", "send_message_in_conversation", "Send A Message In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/message/{fingerprint}", "DELETE", "remove_message_in_conversation", "Remove A Message In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/message/{fingerprint}", "GET", "get_message_in_conversation", "Get A Message In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/message/{fingerprint}", "PATCH", "update_message_in_conversation", "Update A Message In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/messages", "GET", "get_messages_in_conversation", "Get Messages In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/meta", "GET", "get_conversation_metas", "Get Conversation Metas"),
    ("/website/{website_id}/conversation/{session_id}/meta", "PATCH", "update_conversation_metas", "Update Conversation Metas"),
    ("/website/{website_id}/conversation/{session_id}/open", "PATCH", "update_conversation_open_state", "Update Conversation Open State"),
    ("/website/{website_id}/conversation/{session_id}/original/{original_id}", "GET", "get_original_message_in_conversation", "Get An Original Message In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/pages/{page_number}", "GET", "list_conversation_pages", "List Conversation Pages"),
    ("/website/{website_id}/conversation/{session_id}/participants", "GET", "get_conversation_participants", "Get Conversation Participants"),
    ("/website/{website_id}/conversation/{session_id}/participants", "PUT", "save_conversation_participants", "Save Conversation Participants"),
    ("/website/{website_id}/conversation/{session_id}/purge", "POST", "request_chatbox_binding_purge_for_conversation", "Request Chatbox Binding Purge For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/read", "PATCH", "mark_messages_read_in_conversation", "Mark Messages As Read In Conversation"),
    ("/website/{website_id}/conversation/{session_id}/relations", "GET", "get_conversation_relations", "Get Conversation Relations"),
    ("/website/{website_id}/conversation/{session_id}/reminder", "POST", "schedule_reminder_for_conversation", "Schedule A Reminder For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/report", "POST", "report_conversation", "Report Conversation"),
    ("/website/{website_id}/conversation/{session_id}/routing", "GET", "get_conversation_routing_assign", "Get Conversation Routing Assign"),
    ("/website/{website_id}/conversation/{session_id}/routing", "PATCH", "assign_conversation_routing", "Assign Conversation Routing"),
    ("/website/{website_id}/conversation/{session_id}/state", "GET", "get_conversation_state", "Get Conversation State"),
    ("/website/{website_id}/conversation/{session_id}/state", "PATCH", "change_conversation_state", "Change Conversation State"),
    ("/website/{website_id}/conversation/{session_id}/tool", "POST", "request_tool_call_for_conversation", "Request Tool Call For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/transcript", "POST", "request_email_transcript_for_conversation", "Request Email Transcript For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/unread", "PATCH", "mark_conversation_as_unread", "Mark Conversation As Unread"),
    ("/website/{website_id}/conversation/{session_id}/verify", "GET", "get_verify_status_for_conversation", "Get Verify Status For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/verify", "PATCH", "update_verify_status_for_conversation", "Update Verify Status For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/verify/identity", "POST", "request_identity_verification_for_conversation", "Request Identity Verification For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/verify/identity/link", "PUT", "redeem_identity_verification_link_for_conversation", "Redeem Identity Verification Link For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/widget/{plugin_id}/button", "POST", "deliver_widget_button_action_for_conversation", "Deliver Widget Button Action For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/widget/{plugin_id}/data", "POST", "deliver_widget_data_edit_action_for_conversation", "Deliver Widget Data Edit Action For Conversation"),
    ("/website/{website_id}/conversation/{session_id}/widget/{plugin_id}/data", "POST", "deliver_widget_data_fetch_action_for_conversation", "Deliver Widget Data Fetch Action For Conversation"),
    ("/website/{website_id}/conversations/spam/{spam_id}/content", "GET", "resolve_spam_conversation_content", "Resolve Spam Conversation Content"),
    ("/website/{website_id}/conversations/spam/{spam_id}/decision", "POST", "submit_spam_conversation_decision", "Submit Spam Conversation Decision"),
    ("/website/{website_id}/conversations/spams/{page_number}", "GET", "list_spam_conversations", "List Spam Conversations"),
    ("/website/{website_id}/conversations/suggest/data", "DELETE", "delete_suggested_conversation_data_key", "Delete Suggested Conversation Data Key"),
    ("/website/{website_id}/conversations/suggest/data/{page_number}", "GET", "list_suggested_conversation_data_keys", "List Suggested Conversation Data Keys"),
    ("/website/{website_id}/conversations/suggest/segment", "DELETE", "delete_suggested_conversation_segment", "Delete Suggested Conversation Segment"),
    ("/website/{website_id}/conversations/suggest/segments/{page_number}", "GET", "list_suggested_conversation_segments", "List Suggested Conversation Segments"),
    ("/website/{website_id}/conversations/{page_number}", "GET", "list_conversations", "List Conversations"),
    ("/website/{website_id}/expunge", "DELETE", "abort_website_deletion", "Abort Website Deletion"),
    ("/website/{website_id}/helpdesk", "DELETE", "delete_helpdesk", "Delete Helpdesk"),
    ("/website/{website_id}/helpdesk", "GET", "resolve_helpdesk", "Resolve Helpdesk"),
    ("/website/{website_id}/helpdesk", "HEAD", "check_helpdesk_exists", "Check If Helpdesk Exists"),
    ("/website/{website_id}/helpdesk", "POST", "initialize_helpdesk", "Initialize Helpdesk"),
    ("/website/{website_id}/helpdesk/domain", "GET", "resolve_helpdesk_domain", "Resolve Helpdesk Domain"),
    ("/website/{website_id}/helpdesk/domain", "PATCH", "request_helpdesk_domain_change", "Request Helpdesk Domain Change"),
    ("/website/{website_id}/helpdesk/domain/setup", "GET", "generate_helpdesk_domain_setup_flow", "Generate Helpdesk Domain Setup Flow"),
    ("/website/{website_id}/helpdesk/export/{locale}/{content_type}", "POST", "export_helpdesk_by_content_type", "Export Helpdesk Locale Articles"),
    ("/website/{website_id}/helpdesk/feedback/list/{locale}/{content_type}/{page_number}", "GET", "list_helpdesk_feedbacks_by_content_type", "List Helpdesk Locale Feedbacks"),
    ("/website/{website_id}/helpdesk/feedback/ratings/{locale}/{content_type}", "GET", "map_helpdesk_feedback_ratings_by_content_type", "Map Helpdesk Locale Feedback Ratings"),
    ("/website/{website_id}/helpdesk/history/change/{change_id}", "DELETE", "cancel_helpdesk_history_change", "Cancel Helpdesk History Change"),
    ("/website/{website_id}/helpdesk/history/change/{change_id}", "GET", "resolve_helpdesk_history_change", "Resolve Helpdesk History Change"),
    ("/website/{website_id}/helpdesk/history/changes/{page_number}", "GET", "list_helpdesk_history_changes", "List Helpdesk History Changes"),
    ("/website/{website_id}/helpdesk/import/{locale}/{content_type}", "POST", "import_external_helpdesk_by_content_type", "Import External Helpdesk To Locale"),
    ("/website/{website_id}/helpdesk/locale", "POST", "add_helpdesk_locale", "Add Helpdesk Locale"),
    ("/website/{website_id}/helpdesk/locale/{locale}", "DELETE", "delete_helpdesk_locale", "Delete Helpdesk Locale"),
    ("/website/{website_id}/helpdesk/locale/{locale}", "GET", "resolve_helpdesk_locale", "Resolve Helpdesk Locale"),
    ("/website/{website_id}/helpdesk/locale/{locale}", "HEAD", "check_helpdesk_locale_exists", "Check If Helpdesk Locale Exists"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article", "POST", "add_new_helpdesk_locale_article", "Add A New Helpdesk Locale Article"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}", "DELETE", "delete_helpdesk_locale_article", "Delete Helpdesk Locale Article"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}", "GET", "resolve_helpdesk_locale_article", "Resolve Helpdesk Locale Article"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}", "HEAD", "check_helpdesk_locale_article_exists", "Check If Helpdesk Locale Article Exists"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}", "PATCH", "update_helpdesk_locale_article", "Update Helpdesk Locale Article"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}", "PUT", "save_helpdesk_locale_article", "Save Helpdesk Locale Article"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}", "DELETE", "delete_helpdesk_locale_article_alternate", "Delete Helpdesk Locale Article Alternate"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}", "GET", "resolve_helpdesk_locale_article_alternate", "Resolve Helpdesk Locale Article Alternate"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}", "HEAD", "check_helpdesk_locale_article_alternate_exists", "Check If Helpdesk Locale Article Alternate Exists"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternate/{locale_linked}", "PUT", "save_helpdesk_locale_article_alternate", "Save Helpdesk Locale Article Alternate"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/alternates", "GET", "list_helpdesk_locale_article_alternates", "List Helpdesk Locale Article Alternates"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/category", "GET", "resolve_helpdesk_locale_article_category", "Resolve Helpdesk Locale Article Category"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/category", "PATCH", "update_helpdesk_locale_article_category", "Update Helpdesk Locale Article Category"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/page", "GET", "resolve_helpdesk_locale_article_page", "Resolve Helpdesk Locale Article Page"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/publish", "POST", "publish_helpdesk_locale_article", "Publish Helpdesk Locale Article"),
    ("/website/{website_id}/helpdesk/locale/{locale}/article/{article_id}/unpublish", "POST", "unpublish_helpdesk_locale_article", "Unpublish Helpdesk Locale Article"),
    ("/website/{website_id}/helpdesk/locale/{locale}/articles/{page_number}", "GET", "list_helpdesk_locale_articles", "List Helpdesk Locale Articles"),
    ("/website/{website_id}/helpdesk/locale/{locale}/categories/{page_number}", "GET", "list_helpdesk_locale_categories", "List Helpdesk Locale Categories"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category", "POST", "add_helpdesk_locale_category", "Add Helpdesk Locale Category"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}", "DELETE", "delete_helpdesk_locale_category", "Delete Helpdesk Locale Category"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}", "GET", "resolve_helpdesk_locale_category", "Resolve Helpdesk Locale Category"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}", "HEAD", "check_helpdesk_locale_category_exists", "Check If Helpdesk Locale Category Exists"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}", "PATCH", "update_helpdesk_locale_category", "Update Helpdesk Locale Category"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}", "PUT", "save_helpdesk_locale_category", "Save Helpdesk Locale Category"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section", "POST", "add_helpdesk_locale_section", "Add Helpdesk Locale Section"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}", "DELETE", "delete_helpdesk_locale_section", "Delete Helpdesk Locale Section"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}", "GET", "resolve_helpdesk_locale_section", "Resolve Helpdesk Locale Section"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}", "HEAD", "check_helpdesk_locale_section_exists", "Check If Helpdesk Locale Section Exists"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}", "PATCH", "update_helpdesk_locale_section", "Update Helpdesk Locale Section"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/section/{section_id}", "PUT", "save_helpdesk_locale_section", "Save Helpdesk Locale Section"),
    ("/website/{website_id}/helpdesk/locale/{locale}/category/{category_id}/sections/{page_number}", "GET", "list_helpdesk_locale_sections", "List Helpdesk Locale Sections"),
    ("/website/{website_id}/helpdesk/locale/{locale}/export", "POST", "export_helpdesk_locale_articles", "Export Helpdesk Locale Articles"),
    ("/website/{website_id}/helpdesk/locale/{locale}/feedback/list/{page_number}", "GET", "list_helpdesk_locale_feedbacks", "List Helpdesk Locale Feedbacks"),
    ("/website/{website_id}/helpdesk/locale/{locale}/feedback/ratings", "GET", "map_helpdesk_locale_feedback_ratings", "Map Helpdesk Locale Feedback Ratings"),
    ("/website/{website_id}/helpdesk/locale/{locale}/import", "POST", "import_external_helpdesk_to_locale", "Import External Helpdesk To Locale"),
    ("/website/{website_id}/helpdesk/locales/{page_number}", "GET", "list_helpdesk_locales", "List Helpdesk Locales"),
    ("/website/{website_id}/helpdesk/page/entity/{locale}/{content_type}/{entity_id}", "GET", "resolve_helpdesk_page_entity", "Resolve Helpdesk Page Entity"),
    ("/website/{website_id}/helpdesk/page/list/{locale}/{content_type}/{page_number}", "GET", "list_helpdesk_pages", "List Helpdesk Pages"),
    ("/website/{website_id}/helpdesk/redirection", "POST", "add_helpdesk_redirection", "Add Helpdesk Redirection"),
    ("/website/{website_id}/helpdesk/redirection/{redirection_id}", "DELETE", "delete_helpdesk_redirection", "Delete Helpdesk Redirection"),
    ("/website/{website_id}/helpdesk/redirection/{redirection_id}", "GET", "resolve_helpdesk_redirection", "Resolve Helpdesk Redirection"),
    ("/website/{website_id}/helpdesk/redirection/{redirection_id}", "HEAD", "check_helpdesk_redirection_exists", "Check If Helpdesk Redirection Exists"),
    ("/website/{website_id}/helpdesk/redirections/{page_number}", "GET", "list_helpdesk_redirections", "List Helpdesk Redirections"),
    ("/website/{website_id}/helpdesk/refresh/{locale}/{content_type}", "POST", "request_helpdesk_content_refresh", "Request Helpdesk Content Refresh"),
    ("/website/{website_id}/helpdesk/settings", "GET", "resolve_helpdesk_settings", "Resolve Helpdesk Settings"),
    ("/website/{website_id}/helpdesk/settings", "PATCH", "save_helpdesk_settings", "Save Helpdesk Settings"),
    ("/website/{website_id}/helpdesk/tree/content/{locale}/{content_type}/{path}", "GET", "resolve_helpdesk_tree_content", "Resolve Helpdesk Tree Content"),
    ("/website/{website_id}/helpdesk/tree/content/{locale}/{content_type}/{path}", "PUT", "save_helpdesk_tree_content", "Save Helpdesk Tree Content"),
    ("/website/{website_id}/helpdesk/tree/list/{locale}/{content_type}/{page_number}", "GET", "list_helpdesk_tree", "List Helpdesk Tree"),
    ("/website/{website_id}/helpdesk/tree/metadata/{locale}/{content_type}/{path}", "GET", "resolve_helpdesk_tree_metadata", "Resolve Helpdesk Tree Metadata"),
    ("/website/{website_id}/helpdesk/tree/metadata/{locale}/{content_type}/{path}", "PATCH", "update_helpdesk_tree_metadata", "Update Helpdesk Tree Metadata"),
    ("/website/{website_id}/helpdesk/tree/page/{locale}/{content_type}/{path}", "GET", "resolve_helpdesk_tree_page", "Resolve Helpdesk Tree Page"),
    ("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}", "DELETE", "delete_helpdesk_tree_path", "Delete Helpdesk Tree Path"),
    ("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}", "GET", "resolve_helpdesk_tree_path", "Resolve Helpdesk Tree Path"),
    ("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}", "PATCH", "update_helpdesk_tree_path", "Update Helpdesk Tree Path"),
    ("/website/{website_id}/helpdesk/tree/path/{locale}/{content_type}/{path}", "POST", "create_helpdesk_tree_path", "Create Helpdesk Tree Path"),
    ("/website/{website_id}/inbox", "POST", "create_new_inbox", "Create A New Inbox"),
    ("/website/{website_id}/inbox/{inbox_id}", "DELETE", "delete_inbox", "Delete Inbox"),
    ("/website/{website_id}/inbox/{inbox_id}", "GET", "get_inbox", "Get Inbox"),
    ("/website/{website_id}/inbox/{inbox_id}", "HEAD", "check_inbox_exists", "Check If Inbox Exists"),
    ("/website/{website_id}/inbox/{inbox_id}", "PUT", "save_inbox", "Save Inbox"),
    ("/website/{website_id}/inboxes/batch/order", "PATCH", "batch_order_inboxes", "Batch Order Inboxes"),
    ("/website/{website_id}/inboxes/list/{page_number}", "GET", "list_inboxes", "List Inboxes"),
    ("/website/{website_id}/operator", "POST", "invite_website_operator", "Invite A Website Operator"),
    ("/website/{website_id}/operator/{user_id}", "DELETE", "unlink_operator_from_website", "Unlink Operator From Website"),
    ("/website/{website_id}/operator/{user_id}", "GET", "get_website_operator", "Get A Website Operator"),
    ("/website/{website_id}/operator/{user_id}", "PATCH", "change_operator_membership", "Change Operator Membership"),
    ("/website/{website_id}/operators/active", "DELETE", "flush_last_active_website_operators", "Flush Last Active Website Operators"),
    ("/website/{website_id}/operators/active", "GET", "list_last_active_website_operators", "List Last Active Website Operators"),
    ("/website/{website_id}/operators/email", "POST", "send_email_to_website_operators", "Send Email To Website Operators"),
    ("/website/{website_id}/operators/list", "GET", "list_website_operators", "List Website Operators"),
    ("/website/{website_id}/people/campaigns/{people_id}/list/{page_number}", "GET", "list_people_campaigns", "List People Campaigns"),
    ("/website/{website_id}/people/conversations/{people_id}/list/{page_number}", "GET", "list_people_conversations", "List People Conversations"),
    ("/website/{website_id}/people/data/{people_id}", "GET", "get_people_data", "Get People Data"),
    ("/website/{website_id}/people/data/{people_id}", "PATCH", "update_people_data", "Update People Data"),
    ("/website/{website_id}/people/data/{people_id}", "PUT", "save_people_data", "Save People Data"),
    ("/website/{website_id}/people/events/{people_id}", "POST", "add_people_event", "Add A People Event"),
    ("/website/{website_id}/people/events/{people_id}/list/{page_number}", "GET", "list_people_events", "List People Events"),
    ("/website/{website_id}/people/export/profiles", "POST", "export_people_profiles", "Export People Profiles"),
    ("/website/{website_id}/people/import/profiles", "POST", "import_people_profiles", "Import People Profiles"),
    ("/website/{website_id}/people/profile", "POST", "add_new_people_profile", "Add New People Profile"),
    ("/website/{website_id}/people/profile/{people_id}", "DELETE", "remove_people_profile", "Remove People Profile"),
    ("/website/{website_id}/people/profile/{people_id}", "GET", "get_people_profile", "Get People Profile"),
    ("/website/{website_id}/people/profile/{people_id}", "HEAD", "check_people_profile_exists", "Check If People Profile Exists"),
    ("/website/{website_id}/people/profile/{people_id}", "PATCH", "update_people_profile", "Update People Profile"),
    ("/website/{website_id}/people/profile/{people_id}", "PUT", "save_people_profile", "Save People Profile"),
    ("/website/{website_id}/people/profiles/{page_number}", "GET", "list_people_profiles", "List People Profiles"),
    ("/website/{website_id}/people/stats", "GET", "get_people_statistics", "Get People Statistics"),
    ("/website/{website_id}/people/subscription/{people_id}", "GET", "get_people_subscription_status", "Get People Subscription Status"),
    ("/website/{website_id}/people/subscription/{people_id}", "PATCH", "update_people_subscription_status", "Update People Subscription Status"),
    ("/website/{website_id}/people/suggest/data", "DELETE", "delete_suggested_people_data_key", "Delete Suggested People Data Key"),
    ("/website/{website_id}/people/suggest/data/{page_number}", "GET", "list_suggested_people_data_keys", "List Suggested People Data Keys"),
    ("/website/{website_id}/people/suggest/event", "DELETE", "delete_suggested_people_event", "Delete Suggested People Event"),
    ("/website/{website_id}/people/suggest/events/{page_number}", "GET", "list_suggested_people_events", "List Suggested People Events"),
    ("/website/{website_id}/people/suggest/segment", "DELETE", "delete_suggested_people_segment", "Delete Suggested People Segment"),
    ("/website/{website_id}/people/suggest/segments/{page_number}", "GET", "list_suggested_people_segments", "List Suggested People Segments"),
    ("/website/{website_id}/settings", "GET", "get_website_settings", "Get Website Settings"),
    ("/website/{website_id}/settings", "PATCH", "update_website_settings", "Update Website Settings"),
    ("/website/{website_id}/team", "POST", "create_new_team", "Create A New Team"),
    ("/website/{website_id}/team/{team_id}", "DELETE", "delete_team", "Delete Team"),
    ("/website/{website_id}/team/{team_id}", "GET", "get_team", "Get Team"),
    ("/website/{website_id}/team/{team_id}", "HEAD", "check_team_exists", "Check If Team Exists"),
    ("/website/{website_id}/team/{team_id}", "PUT", "save_team", "Save Team"),
    ("/website/{website_id}/teams/list/{page_number}", "GET", "list_teams", "List Teams"),
    ("/website/{website_id}/verify/key", "GET", "get_verify_key", "Get Verify Key"),
    ("/website/{website_id}/verify/key", "POST", "roll_verify_key", "Roll Verify Key"),
    ("/website/{website_id}/verify/settings", "GET", "get_verify_settings", "Get Verify Settings"),
    ("/website/{website_id}/verify/settings", "PATCH", "update_verify_settings", "Update Verify Settings"),
    ("/website/{website_id}/visitors/blocked", "GET", "count_blocked_visitors", "Count Blocked Visitors"),
    ("/website/{website_id}/visitors/blocked/{rule}", "DELETE", "clear_blocked_visitors_in_rule", "Clear Blocked Visitors In Rule"),
    ("/website/{website_id}/visitors/blocked/{rule}", "GET", "count_blocked_visitors_in_rule", "Count Blocked Visitors In Rule"),
    ("/website/{website_id}/visitors/count", "GET", "count_visitors", "Count Visitors"),
    ("/website/{website_id}/visitors/list/{page_number}", "GET", "list_visitors", "List Visitors"),
    ("/website/{website_id}/visitors/map", "GET", "pinpoint_visitors_on_map", "Pinpoint Visitors On A Map"),
    ("/website/{website_id}/visitors/token/{token_id}", "GET", "get_session_identifier_from_token", "Get Session Identifier From Token"),
];

/// The method sending `verb` to `route`, when exactly one does.
pub(crate) fn method_name(verb: &http::Method, route: &str) -> Option<&'static str> {
    let mut same = same_route(verb.as_str(), route);
    let (_, _, method, _) = same.next()?;
    same.next().is_none().then_some(*method)
}

/// The rows of `verb` on `route` (two for the shared pairs).
fn same_route<'a>(
    verb: &'a str,
    route: &'a str,
) -> impl Iterator<Item = &'static (&'static str, &'static str, &'static str, &'static str)> + 'a {
    let start = LABELS.partition_point(|(r, v, _, _)| (*r, *v) < (route, verb));
    LABELS[start..]
        .iter()
        .take_while(move |(r, v, _, _)| (*r, *v) == (route, verb))
}

/// The Crisp label of the call of `verb` on `route`; `method` tells apart the methods
/// that share a verb and route. `None` for routes outside the catalog (`Client::raw`).
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) fn label(verb: &str, route: &str, method: Option<&str>) -> Option<&'static str> {
    let mut same = same_route(verb, route);
    let first = same.next()?;
    match same.next() {
        None => Some(first.3),
        Some(second) => [first, second]
            .into_iter()
            .chain(same)
            .find(|(_, _, m, _)| Some(*m) == method)
            .map(|entry| entry.3),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_finds_labels() {
        assert!(LABELS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(
            label(
                "GET",
                "/website/{website_id}/conversation/{session_id}",
                None
            ),
            Some("Get A Conversation")
        );
        let batch = "/website/{website_id}/batch/remove";
        assert_eq!(
            label("PATCH", batch, Some("batch_remove_people")),
            Some("Batch Remove People")
        );
        assert_eq!(label("PATCH", batch, None), None);
        assert_eq!(
            method_name(
                &http::Method::GET,
                "/website/{website_id}/conversation/{session_id}"
            ),
            Some("get_conversation")
        );
        assert_eq!(method_name(&http::Method::PATCH, batch), None);
        assert_eq!(method_name(&http::Method::GET, "/nowhere"), None);
        assert_eq!(label("GET", "/nowhere", None), None);
    }

    const RENAMED: &[(&str, &str)] = &[
        (
            "map_helpdesk_locale_feedback_ratings",
            "map_helpdesk_feedback_ratings_by_content_type",
        ),
        (
            "list_helpdesk_locale_feedbacks",
            "list_helpdesk_feedbacks_by_content_type",
        ),
        (
            "import_external_helpdesk_to_locale",
            "import_external_helpdesk_by_content_type",
        ),
        (
            "export_helpdesk_locale_articles",
            "export_helpdesk_by_content_type",
        ),
    ];

    /// The table is the catalog's: every row, and nothing else.
    #[test]
    fn table_matches_the_catalog() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
        let mut rows = Vec::new();
        for file in ["endpoints.tsv", "endpoints_next.tsv"] {
            let text = std::fs::read_to_string(data.join(file)).expect("the catalog");
            let mut lines = text.lines();
            let header: Vec<&str> = lines.next().expect("a header").split('\t').collect();
            let column = |name: &str| header.iter().position(|h| *h == name).expect(name);
            let (path, verb, method, name) = (
                column("path"),
                column("verb"),
                column("rust_method"),
                column("name"),
            );
            for line in lines.filter(|l| !l.is_empty()) {
                let cells: Vec<&str> = line.split('\t').collect();
                // The newer rows whose Rust name differs from the catalog's (the
                // `RENAMED` list of the conformance test).
                let renamed = RENAMED
                    .iter()
                    .find(|(old, _)| file == "endpoints_next.tsv" && *old == cells[method])
                    .map_or(cells[method], |(_, new)| new);
                rows.push((
                    cells[path].to_owned(),
                    cells[verb].to_owned(),
                    renamed.to_owned(),
                    cells[name].to_owned(),
                ));
            }
        }
        rows.sort();
        rows.dedup();
        let table: Vec<_> = LABELS
            .iter()
            .map(|(p, v, m, n)| {
                (
                    (*p).to_owned(),
                    (*v).to_owned(),
                    (*m).to_owned(),
                    (*n).to_owned(),
                )
            })
            .collect();
        assert_eq!(table, rows);
    }
}
