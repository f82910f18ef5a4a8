//! The exact bytes of the request bodies the client builds itself (from scalar arguments)
//! and of the "value + user + origin" bodies: a change of how a body is built must not
//! change what goes on the wire. The expected strings were taken from the bodies the
//! client sent when they were still built with `serde_json::json!` (keys in sorted order).

use crisp_rest::{Call, Client, Credentials};
use crisp_types::plan::subscription::BillPeriod;
use crisp_types::website::base::{VerifyChallenge, VerifyChallengeMethod};
use crisp_types::website::batch::PeopleSelection;
use crisp_types::website::conversation::{
    BlockChange, CallAbort, CallInitiate, CallMode, ConversationState, MessageUser, Origin,
    Participant, ParticipantsSave, Reminder, StateChange,
};
use crisp_types::website::helpdesk_tree::HelpdeskContentType;
use crisp_types::website::operator::OperatorRole;
use crisp_types::{ArticleId, CategoryId, ChangeId, InboxId, PluginId, SessionId, WebsiteId};
use serde_json::{Map, json};

fn body<T>(call: &Call<T>) -> String {
    let bytes = call.request().body().expect("a body");
    String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
}

#[test]
fn bodies_built_by_the_client_keep_their_bytes() {
    let client = Client::builder()
        .credentials(Credentials::plugin("id", "key"))
        .build()
        .expect("client");
    let w = WebsiteId::new("w1");
    let s = SessionId::new("session_1");
    let web = client.website();
    let plan = client.plan();
    let plugin = client.plugin();
    let verify = VerifyChallenge::new(VerifyChallengeMethod::Password, "hunter2");
    let people = PeopleSelection::profiles(["p1", "p2"]);
    let user = MessageUser::named("Ana").user_id("u1");
    let mut data = Map::new();
    data.insert("plan".to_owned(), json!("pro"));
    data.insert("a\"b".to_owned(), json!(1));

    let cases: Vec<(&str, String, &str)> = vec![
        (
            "subscribe_website_to_plan",
            body(&plan.subscribe_website_to_plan(&w, "plan\"1")),
            r#"{"plan_id":"plan\"1"}"#,
        ),
        (
            "change_bill_period",
            body(&plan.change_bill_period_for_website_plan_subscription(&w, BillPeriod::Yearly)),
            r#"{"period":"yearly"}"#,
        ),
        (
            "redeem_coupon",
            body(&plan.redeem_coupon_for_website_plan_subscription(&w, "CODE")),
            r#"{"code":"CODE"}"#,
        ),
        (
            "subscribe_website_to_plugin",
            body(&plugin.subscribe_website_to_plugin(&w, &PluginId::new("pl1"))),
            r#"{"plugin_id":"pl1"}"#,
        ),
        (
            "invite_operator secret",
            body(&web.invite_website_operator(&w, "a@b.c", OperatorRole::Member, "s3cret")),
            r#"{"email":"a@b.c","role":"member","verify":"s3cret"}"#,
        ),
        (
            "invite_operator flag",
            body(&web.invite_website_operator(&w, "a@b.c", OperatorRole::Owner, true)),
            r#"{"email":"a@b.c","role":"owner","verify":true}"#,
        ),
        (
            "change_operator_membership",
            body(&web.change_operator_membership(&w, &"u1".into(), OperatorRole::Member, None)),
            r#"{"role":"member"}"#,
        ),
        (
            "change_operator_membership title",
            body(&web.change_operator_membership(
                &w,
                &"u1".into(),
                OperatorRole::Owner,
                Some("CTO"),
            )),
            r#"{"role":"owner","title":"CTO"}"#,
        ),
        (
            "delete_website",
            body(&web.delete_website(&w, &verify)),
            r#"{"verify":{"method":"password","secret":"hunter2"}}"#,
        ),
        (
            "update_verify_status",
            body(&web.update_verify_status_for_conversation(&w, &s, true)),
            r#"{"verified":true}"#,
        ),
        (
            "delete_suggested_conversation_segment",
            body(&web.delete_suggested_conversation_segment(&w, "vip")),
            r#"{"segment":"vip"}"#,
        ),
        (
            "delete_suggested_conversation_data_key",
            body(&web.delete_suggested_conversation_data_key(&w, "plan")),
            r#"{"key":"plan"}"#,
        ),
        (
            "update_conversation_open_state",
            body(&web.update_conversation_open_state(&w, &s, false)),
            r#"{"opened":false}"#,
        ),
        (
            "update_conversation_inbox",
            body(&web.update_conversation_inbox(&w, &s, Some(&InboxId::new("i1")))),
            r#"{"inbox_id":"i1"}"#,
        ),
        (
            "update_conversation_inbox none",
            body(&web.update_conversation_inbox(&w, &s, None)),
            r#"{"inbox_id":null}"#,
        ),
        (
            "cancel_helpdesk_history_change",
            body(&web.cancel_helpdesk_history_change(&w, &ChangeId::new("c1"), "revert")),
            r#"{"action":"revert"}"#,
        ),
        (
            "save_helpdesk_tree_content",
            body(&web.save_helpdesk_tree_content(
                &w,
                "en",
                &HelpdeskContentType::Guides,
                "a/b.md",
                "# Hi\n\u{e9}",
            )),
            "{\"content\":\"# Hi\\n\u{e9}\"}",
        ),
        (
            "add_helpdesk_locale",
            body(&web.add_helpdesk_locale(&w, "fr")),
            r#"{"locale":"fr"}"#,
        ),
        (
            "import_external_helpdesk_to_locale",
            body(&web.import_external_helpdesk_to_locale(&w, "fr", "https://x.y/")),
            r#"{"helpdesk_url":"https://x.y/"}"#,
        ),
        (
            "initialize_helpdesk",
            body(&web.initialize_helpdesk(&w, "Help", "help")),
            r#"{"domain_basic":"help","name":"Help"}"#,
        ),
        (
            "delete_helpdesk",
            body(&web.delete_helpdesk(&w, &verify)),
            r#"{"verify":{"method":"password","secret":"hunter2"}}"#,
        ),
        (
            "add_helpdesk_locale_category",
            body(&web.add_helpdesk_locale_category(&w, "en", "Cat")),
            r#"{"name":"Cat"}"#,
        ),
        (
            "add_helpdesk_locale_section",
            body(&web.add_helpdesk_locale_section(&w, "en", &CategoryId::new("c1"), "Sec")),
            r#"{"name":"Sec"}"#,
        ),
        (
            "add_new_helpdesk_locale_article",
            body(&web.add_new_helpdesk_locale_article(&w, "en", "Title")),
            r#"{"title":"Title"}"#,
        ),
        (
            "save_helpdesk_locale_article_alternate",
            body(&web.save_helpdesk_locale_article_alternate(
                &w,
                "en",
                &ArticleId::new("a1"),
                "fr",
                &ArticleId::new("a2"),
            )),
            r#"{"article_id":"a2"}"#,
        ),
        (
            "add_helpdesk_redirection",
            body(&web.add_helpdesk_redirection(&w, "/old", "/new")),
            r#"{"path":"/old","target":"/new"}"#,
        ),
        (
            "batch_remove_people",
            body(&web.batch_remove_people(&w, &people)),
            r#"{"people":{"profiles":["p1","p2"]}}"#,
        ),
        (
            "batch_update_people_data",
            body(&web.batch_update_people_data(&w, &people, &data)),
            r#"{"data":{"a\"b":1,"plan":"pro"},"people":{"profiles":["p1","p2"]}}"#,
        ),
        (
            "batch_update_people_segments",
            body(&web.batch_update_people_segments(&w, &people, &["a".to_owned(), "b".to_owned()])),
            r#"{"people":{"profiles":["p1","p2"]},"segments":["a","b"]}"#,
        ),
        (
            "delete_suggested_people_segment",
            body(&web.delete_suggested_people_segment(&w, "vip")),
            r#"{"segment":"vip"}"#,
        ),
        (
            "delete_suggested_people_data_key",
            body(&web.delete_suggested_people_data_key(&w, "plan")),
            r#"{"key":"plan"}"#,
        ),
        (
            "delete_suggested_people_event",
            body(&web.delete_suggested_people_event(&w, "signup")),
            r#"{"text":"signup"}"#,
        ),
        // The "value + user + origin" bodies.
        (
            "change_conversation_state",
            body(&web.change_conversation_state(&w, &s, ConversationState::Resolved)),
            r#"{"state":"resolved"}"#,
        ),
        (
            "change_conversation_state user origin",
            body(
                &web.change_conversation_state(
                    &w,
                    &s,
                    StateChange::new(ConversationState::Pending)
                        .user(user.clone())
                        .origin(Origin::from("urn:crisp.im:slack:0")),
                ),
            ),
            r#"{"state":"pending","user":{"user_id":"u1","nickname":"Ana"},"origin":"urn:crisp.im:slack:0"}"#,
        ),
        (
            "block",
            body(&web.block_incoming_messages_for_conversation(&w, &s, true)),
            r#"{"blocked":true}"#,
        ),
        (
            "block origin",
            body(&web.block_incoming_messages_for_conversation(
                &w,
                &s,
                BlockChange::new(false).origin(Origin::Chat),
            )),
            r#"{"blocked":false,"origin":"chat"}"#,
        ),
        (
            "initiate call",
            body(&web.initiate_new_call_session_for_conversation(
                &w,
                &s,
                CallInitiate::new(CallMode::Video).user(user.clone()),
            )),
            r#"{"mode":"video","user":{"user_id":"u1","nickname":"Ana"}}"#,
        ),
        (
            "abort call",
            body(&web.abort_ongoing_call_session_for_conversation(
                &w,
                &s,
                &"call1".into(),
                &CallAbort::new(),
            )),
            "{}",
        ),
        (
            "abort call user origin",
            body(&web.abort_ongoing_call_session_for_conversation(
                &w,
                &s,
                &"call1".into(),
                &CallAbort::new().user(user.clone()).origin(Origin::Email),
            )),
            r#"{"user":{"user_id":"u1","nickname":"Ana"},"origin":"email"}"#,
        ),
        (
            "save participants",
            body(&web.save_conversation_participants(
                &w,
                &s,
                &ParticipantsSave::new(vec![Participant::email("cc@x.y")]).origin(Origin::Chat),
            )),
            r#"{"participants":[{"type":"email","target":"cc@x.y"}],"origin":"chat"}"#,
        ),
        (
            "save no participants",
            body(&web.save_conversation_participants(&w, &s, &ParticipantsSave::new(Vec::new()))),
            r#"{"participants":[]}"#,
        ),
        (
            "reminder",
            body(&web.schedule_reminder_for_conversation(
                &w,
                &s,
                &Reminder::new("2026-12-01T09:00:00Z", "Call back").user(user),
            )),
            r#"{"date":"2026-12-01T09:00:00Z","note":"Call back","user":{"user_id":"u1","nickname":"Ana"}}"#,
        ),
    ];
    let mut wrong = Vec::new();
    for (name, got, expected) in &cases {
        if got != expected {
            wrong.push(format!("{name}: sent {got}, expected {expected}"));
        }
    }
    assert!(wrong.is_empty(), "bodies changed:\n{}", wrong.join("\n"));
}

/// What update bodies can say beyond their fields (issue 16 item 5): an explicit `null` in
/// a campaign option Crisp clears with null, keys Crisp adds later, and numbers in a search
/// filter. These are the bytes the client sends.
#[test]
fn update_bodies_send_null_extra_keys_and_numbers() {
    use crisp_rest::website::people::ListPeopleProfiles;
    use crisp_types::body::ExtraKeys;
    use crisp_types::website::campaign::{CampaignOptions, CampaignUpdate};
    use crisp_types::website::conversation::{ConversationMetaUpdate, FilterSearchQuery};
    use crisp_types::website::people::PeopleProfileUpdate;
    use crisp_types::{CampaignId, PeopleId};

    let client = Client::builder()
        .credentials(Credentials::plugin("id", "key"))
        .build()
        .expect("client");
    let w = WebsiteId::new("w1");
    let web = client.website();

    let cleared = CampaignUpdate::new().options(
        CampaignOptions::new()
            .sender_email_reply(None)
            .tracking(Some(true)),
    );
    assert_eq!(
        body(&web.update_campaign(&w, &CampaignId::new("c1"), &cleared)),
        r#"{"options":{"sender_email_reply":null,"tracking":true}}"#
    );
    // The same body without the null: the option is left out, not cleared.
    let untouched = CampaignUpdate::new().options(CampaignOptions::new().tracking(Some(true)));
    assert_eq!(
        body(&web.update_campaign(&w, &CampaignId::new("c1"), &untouched)),
        r#"{"options":{"tracking":true}}"#
    );

    let later = CampaignUpdate::new()
        .name("Spring")
        .with_extra("crisp_added_later", json!({"on": true}));
    assert_eq!(
        body(&web.update_campaign(&w, &CampaignId::new("c1"), &later)),
        r#"{"name":"Spring","crisp_added_later":{"on":true}}"#
    );
    let profile = PeopleProfileUpdate::new()
        .email("a@b.c")
        .with_extra("notepad", serde_json::Value::Null);
    assert_eq!(
        body(&web.update_people_profile(&w, &PeopleId::new("p1"), &profile)),
        r#"{"email":"a@b.c","notepad":null}"#
    );
    let metas = ConversationMetaUpdate::new()
        .nickname("John")
        .with_extra("mood", "happy");
    assert_eq!(
        body(&web.update_conversation_metas(&w, &SessionId::new("session_1"), &metas)),
        r#"{"nickname":"John","mood":"happy"}"#
    );

    let call = web.list_people_profiles(
        &w,
        1,
        ListPeopleProfiles::new().search_filter(vec![FilterSearchQuery::new(
            "score",
            [10],
            "people",
            "gt",
        )]),
    );
    let query = call.request().query_string();
    assert!(
        query.contains(
            "search_filter=%5B%7B%22criterion%22%3A%22score%22%2C%22query%22%3A%5B10%5D%2C"
        ),
        "numeric filter value sent as a JSON number: {query}"
    );
}
