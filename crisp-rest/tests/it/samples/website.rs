//! Samples of the website base, analytics, availability, settings, verify, operator,
//! connect and batch methods.

use crisp_types::website::analytics::{AnalyticsDate, AnalyticsQuery};
use crisp_types::website::base::{NewWebsite, VerifyChallenge};
use crisp_types::website::batch::{
    BatchBlock, BatchConversations, BatchConversationsData, BatchConversationsSegments, BatchInbox,
    BatchReport, BatchRouting, PeopleFilter, PeopleSearch, PeopleSelection,
};
use crisp_types::website::conversation::{FilterMatch, ReportFlag};
use crisp_types::website::operator::{OperatorEmail, OperatorRole};
use crisp_types::website::settings::{SettingsChatbox, WebsiteSettingsUpdate};
use crisp_types::website::verify::VerifySettingsUpdate;
use crisp_types::*;
use serde_json::{Map, Value, json};

use super::{Sample, run};

fn w() -> WebsiteId {
    WebsiteId::new("8c842203-7ed8-4e29-a608-7cf78a7d2fcc")
}

fn u() -> UserId {
    UserId::new("a4c32c68-be91-4e29-8a05-976e93abbe3f")
}

const S1: &str = "session_19e5240f-0a8d-461e-a661-a3123fc6eec9";
const S2: &str = "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881";
const INBOX: &str = "3a9b8e2c-7d1f-4f0e-9c6b-5e2d1a4b7c8d";
const P1: &str = "c5a2f70c-f605-4648-b47f-8c39d4b03a50";

fn sessions() -> BatchConversations {
    BatchConversations::sessions([S1, S2])
}

fn sessions_json() -> Value {
    json!({"sessions": [S1, S2]})
}

fn profiles() -> PeopleSelection {
    PeopleSelection::profiles([PeopleId::new(P1)])
}

fn data() -> Map<String, Value> {
    let mut data = Map::new();
    data.insert("plan".into(), json!("enterprise"));
    data.insert("seats".into(), json!(25));
    data
}

fn analytics_query() -> AnalyticsQuery {
    AnalyticsQuery::new(
        "conversation",
        "total",
        AnalyticsDate::new(
            "2024-01-01T00:00:00.000Z",
            "2024-01-31T23:59:59.999Z",
            "day",
            "Europe/Paris",
        ),
    )
    .split_by("inbox")
}

fn settings_update() -> WebsiteSettingsUpdate {
    WebsiteSettingsUpdate::new()
        .name("Crisp")
        .chatbox(SettingsChatbox {
            color_theme: Some("blue".into()),
            blocked_countries: Some(vec!["IT".into()]),
            ..SettingsChatbox::default()
        })
}

pub(crate) fn samples() -> Vec<Sample> {
    let mut samples = base();
    samples.extend(analytics_availability_connect());
    samples.extend(settings_verify());
    samples.extend(operators());
    samples.extend(batch_conversations());
    samples.extend(batch_people());
    samples
}

fn base() -> Vec<Sample> {
    vec![
        Sample::website(
            "check_website_exists",
            run!(|c| c.website().check_website_exists("crisp.chat")),
        )
        .query("domain=crisp.chat"),
        Sample::website(
            "create_website",
            run!(|c| c
                .website()
                .create_website(&NewWebsite::new("Crisp", "crisp.chat"))),
        )
        .body(json!({"name": "Crisp", "domain": "crisp.chat"}))
        .data(json!({"website_id": w(), "name": "Crisp", "domain": "crisp.chat"})),
        Sample::website("get_website", run!(|c| c.website().get_website(&w())))
            .data(json!({"website_id": w(), "name": "Crisp", "domain": "crisp.chat", "logo": ""})),
        Sample::website(
            "delete_website",
            run!(|c| c
                .website()
                .delete_website(&w(), &VerifyChallenge::password("MySuperSecurePassword"))),
        )
        .body(json!({"verify": {"method": "password", "secret": "MySuperSecurePassword"}})),
        Sample::website(
            "abort_website_deletion",
            run!(|c| c.website().abort_website_deletion(&w())),
        ),
    ]
}

fn analytics_availability_connect() -> Vec<Sample> {
    vec![
        Sample::website(
            "generate_analytics",
            run!(|c| c.website().generate_analytics(&w(), &analytics_query())),
        )
        .body(json!({
            "metric": "conversation",
            "type": "total",
            "split_by": "inbox",
            "date": {
                "from": "2024-01-01T00:00:00.000Z",
                "to": "2024-01-31T23:59:59.999Z",
                "split": "day",
                "timezone": "Europe/Paris"
            }
        }))
        .data(json!([
            {"period": "2024-01-01T00:00:00.000Z", "value": 42, "split_by": "default", "hits": 42},
            {"period": "2024-01-02T00:00:00.000Z", "value": 12.5, "hits": 8}
        ])),
        Sample::website(
            "get_website_availability_status",
            run!(|c| c.website().get_website_availability_status(&w())),
        )
        .data(json!({"status": "online", "since": 1_700_000_000_000_u64})),
        Sample::website(
            "list_website_operator_availabilities",
            run!(|c| c.website().list_website_operator_availabilities(&w())),
        )
        .data(json!([
            {"user_id": u(), "type": "online", "time": {"for": 3600, "since": 1_700_000_000_000_u64}}
        ])),
        Sample::website(
            "get_connect_endpoints",
            run!(|c| c.website().get_connect_endpoints(&w())),
        )
        .data(json!({
            "socket": {"app": "wss://app.relay.crisp.chat/p/12/", "stream": "wss://stream.relay.crisp.chat/p/12/"},
            "rescue": {"socket": {"app": "wss://app.relay.rescue.crisp.chat/p/12/"}}
        })),
    ]
}

fn settings_verify() -> Vec<Sample> {
    vec![
        Sample::website(
            "get_website_settings",
            run!(|c| c.website().get_website_settings(&w())),
        )
        .data(json!({
            "website_id": w(),
            "name": "Crisp",
            "domain": "crisp.chat",
            "contact": {"email": "contact@crisp.chat"},
            "inbox": {"lock_removal": false},
            "emails": {"rating": true},
            "chatbox": {"tile": "default", "allowed_pages": [], "blocked_countries": ["IT"]},
            "hooks": {"enabled": true}
        })),
        Sample::website(
            "update_website_settings",
            run!(|c| c
                .website()
                .update_website_settings(&w(), &settings_update())),
        )
        .body(json!({"name": "Crisp", "chatbox": {"color_theme": "blue", "blocked_countries": ["IT"]}})),
        Sample::website(
            "get_verify_settings",
            run!(|c| c.website().get_verify_settings(&w())),
        )
        .data(json!({"enabled": true})),
        Sample::website(
            "update_verify_settings",
            run!(|c| c
                .website()
                .update_verify_settings(&w(), &VerifySettingsUpdate::enabled(true))),
        )
        .body(json!({"enabled": true})),
        Sample::website("get_verify_key", run!(|c| c.website().get_verify_key(&w())))
            .data(json!({"secret": "2e8d8b9ad1f84c6b9c7e8a1f3d5b2c4e"})),
        Sample::website(
            "roll_verify_key",
            run!(|c| c.website().roll_verify_key(&w())),
        )
        .body(json!({})),
    ]
}

fn operators() -> Vec<Sample> {
    vec![
        Sample::website(
            "list_website_operators",
            run!(|c| c.website().list_website_operators(&w())),
        )
        .data(json!([
            {"type": "operator", "details": {"user_id": u(), "email": "valerian@crisp.chat", "role": "owner", "availability": "online"}},
            {"type": "invite", "details": {"email": "julien@crisp.chat", "role": "member"}}
        ])),
        Sample::website(
            "list_last_active_website_operators",
            run!(|c| c.website().list_last_active_website_operators(&w())),
        )
        .data(json!([
            {"user_id": u(), "nickname": "Valerian Saliou", "timestamp": 1_700_000_000_000_u64}
        ])),
        Sample::website(
            "flush_last_active_website_operators",
            run!(|c| c.website().flush_last_active_website_operators(&w())),
        ),
        Sample::website(
            "send_email_to_website_operators",
            run!(|c| c.website().send_email_to_website_operators(
                &w(),
                &OperatorEmail::to_owners("Plugin limits reached", "Please contact our support team.")
                    .target("Upgrade", "https://acme.example/upgrade")
            )),
        )
        .body(json!({
            "recipient": "owners",
            "subject": "Plugin limits reached",
            "message": "Please contact our support team.",
            "target": {"label": "Upgrade", "url": "https://acme.example/upgrade"}
        })),
        Sample::website(
            "get_website_operator",
            run!(|c| c.website().get_website_operator(&w(), &u())),
        )
        .data(json!({"user_id": u(), "first_name": "Valerian", "role": "owner", "has_token": false})),
        Sample::website(
            "invite_website_operator",
            run!(|c| c.website().invite_website_operator(
                &w(),
                "julien@crisp.chat",
                OperatorRole::Member,
                "MySuperSecurePassword"
            )),
        )
        .body(json!({"email": "julien@crisp.chat", "role": "member", "verify": "MySuperSecurePassword"})),
        Sample::website(
            "invite_website_operator",
            run!(|c| c.website().invite_website_operator(
                &w(),
                "julien@crisp.chat",
                OperatorRole::Owner,
                true
            )),
        )
        .body(json!({"email": "julien@crisp.chat", "role": "owner", "verify": true})),
        Sample::website(
            "change_operator_membership",
            run!(|c| c.website().change_operator_membership(
                &w(),
                &u(),
                OperatorRole::Owner,
                Some("CTO")
            )),
        )
        .body(json!({"role": "owner", "title": "CTO"})),
        Sample::website(
            "unlink_operator_from_website",
            run!(|c| c.website().unlink_operator_from_website(&w(), &u())),
        ),
    ]
}

fn batch_conversations() -> Vec<Sample> {
    vec![
        Sample::website(
            "batch_resolve_conversations",
            run!(|c| c.website().batch_resolve_conversations(&w(), &sessions())),
        )
        .body(sessions_json()),
        Sample::website(
            "batch_unresolve_conversations",
            run!(|c| c
                .website()
                .batch_unresolve_conversations(&w(), &BatchConversations::inbox(INBOX))),
        )
        .body(json!({"inbox_id": INBOX})),
        Sample::website(
            "batch_read_conversations",
            run!(|c| c.website().batch_read_conversations(&w(), &sessions())),
        )
        .body(sessions_json()),
        Sample::website(
            "batch_unread_conversations",
            run!(|c| c.website().batch_unread_conversations(&w(), &sessions())),
        )
        .body(sessions_json()),
        Sample::website(
            "batch_remove_conversations",
            run!(|c| c.website().batch_remove_conversations(&w(), &sessions())),
        )
        .body(sessions_json()),
        Sample::website(
            "batch_report_conversations",
            run!(|c| c
                .website()
                .batch_report_conversations(&w(), &BatchReport::new([S1], ReportFlag::Spam))),
        )
        .body(json!({"sessions": [S1], "flag": "spam"})),
        Sample::website(
            "batch_block_conversations",
            run!(|c| c
                .website()
                .batch_block_conversations(&w(), &BatchBlock::new([S1, S2], true))),
        )
        .body(json!({"sessions": [S1, S2], "blocked": true})),
        Sample::website(
            "batch_routing_conversations",
            run!(|c| c
                .website()
                .batch_routing_conversations(&w(), &BatchRouting::assign([S1], u()))),
        )
        .body(json!({"sessions": [S1], "assigned": {"user_id": u()}})),
        Sample::website(
            "batch_routing_conversations",
            run!(|c| c
                .website()
                .batch_routing_conversations(&w(), &BatchRouting::unassign([S1]))),
        )
        .body(json!({"sessions": [S1], "assigned": null})),
        Sample::website(
            "batch_inbox_conversations",
            run!(|c| c.website().batch_inbox_conversations(
                &w(),
                &BatchInbox::new([S1], Some(InboxId::new(INBOX)))
            )),
        )
        .body(json!({"sessions": [S1], "inbox_id": INBOX})),
        Sample::website(
            "batch_inbox_conversations",
            run!(|c| c
                .website()
                .batch_inbox_conversations(&w(), &BatchInbox::new([S1], None))),
        )
        .body(json!({"sessions": [S1], "inbox_id": null})),
        Sample::website(
            "batch_update_conversations_data",
            run!(|c| c.website().batch_update_conversations_data(
                &w(),
                &BatchConversationsData::new([S1, S2], data())
            )),
        )
        .body(json!({"sessions": [S1, S2], "data": {"plan": "enterprise", "seats": 25}})),
        Sample::website(
            "batch_update_conversations_segments",
            run!(|c| c.website().batch_update_conversations_segments(
                &w(),
                &BatchConversationsSegments::new([S1], ["vip", "billing"])
            )),
        )
        .body(json!({"sessions": [S1], "segments": ["vip", "billing"]})),
    ]
}

fn batch_people() -> Vec<Sample> {
    vec![
        Sample::website(
            "batch_remove_people",
            run!(|c| c.website().batch_remove_people(&w(), &profiles())),
        )
        .body(json!({"people": {"profiles": [P1]}})),
        Sample::website(
            "batch_remove_people",
            run!(|c| c.website().batch_remove_people(
                &w(),
                &PeopleSelection::search(
                    PeopleSearch::new(vec![PeopleFilter::new(
                        "people",
                        "segments",
                        "eq",
                        vec![json!("churned")]
                    )])
                    .operator(FilterMatch::And)
                )
            )),
        )
        .body(json!({"people": {"search": {
            "filter": [{"model": "people", "criterion": "segments", "operator": "eq", "query": ["churned"]}],
            "operator": "and"
        }}})),
        Sample::website(
            "batch_update_people_data",
            run!(|c| c
                .website()
                .batch_update_people_data(&w(), &profiles(), &data())),
        )
        .body(json!({"people": {"profiles": [P1]}, "data": {"plan": "enterprise", "seats": 25}})),
        Sample::website(
            "batch_update_people_segments",
            run!(|c| c.website().batch_update_people_segments(
                &w(),
                &profiles(),
                &["vip".to_owned()]
            )),
        )
        .body(json!({"people": {"profiles": [P1]}, "segments": ["vip"]})),
    ]
}
