//! Round-trip tests of the website base, analytics, availability, settings, verify,
//! operator, connect and batch models against JSON fixtures, and targeted decoding /
//! encoding tests.

use crate::support;

use serde_json::{Value, json};
use support::{Check, round_trip};

use crisp_types::website::analytics::*;
use crisp_types::website::availability::*;
use crisp_types::website::base::*;
use crisp_types::website::batch::*;
use crisp_types::website::connect::*;
use crisp_types::website::conversation::{FilterMatch, ReportFlag};
use crisp_types::website::operator::*;
use crisp_types::website::settings::*;
use crisp_types::website::verify::*;
use crisp_types::{InboxId, PeopleId, SessionId};

const BASE: &[(&str, Check)] = &[
    ("base/website.json", round_trip::<Website>),
    ("base/new_website.json", round_trip::<NewWebsite>),
    ("base/verify_challenge.json", round_trip::<VerifyChallenge>),
];

const ANALYTICS: &[(&str, Check)] = &[
    ("analytics/query.json", round_trip::<AnalyticsQuery>),
    ("analytics/points.json", round_trip::<Vec<AnalyticsPoint>>),
];

const AVAILABILITY: &[(&str, Check)] = &[
    (
        "availability/status.json",
        round_trip::<WebsiteAvailabilityStatus>,
    ),
    (
        "availability/operators.json",
        round_trip::<Vec<OperatorAvailability>>,
    ),
];

const SETTINGS: &[(&str, Check)] = &[
    ("settings/settings.json", round_trip::<WebsiteSettings>),
    ("settings/update.json", round_trip::<WebsiteSettingsUpdate>),
];

const VERIFY: &[(&str, Check)] = &[
    ("verify/settings.json", round_trip::<VerifySettings>),
    (
        "verify/settings_update.json",
        round_trip::<VerifySettingsUpdate>,
    ),
    ("verify/key.json", round_trip::<VerifyKey>),
];

const OPERATOR: &[(&str, Check)] = &[
    ("operator/list.json", round_trip::<Vec<OperatorListItem>>),
    ("operator/operator.json", round_trip::<WebsiteOperator>),
    (
        "operator/last_active.json",
        round_trip::<Vec<LastActiveOperator>>,
    ),
    ("operator/email.json", round_trip::<OperatorEmail>),
    ("operator/email_user.json", round_trip::<OperatorEmail>),
];

const CONNECT: &[(&str, Check)] = &[("connect/endpoints.json", round_trip::<ConnectEndpoints>)];

const BATCH: &[(&str, Check)] = &[
    ("batch/conversations.json", round_trip::<BatchConversations>),
    ("batch/report.json", round_trip::<BatchReport>),
    ("batch/block.json", round_trip::<BatchBlock>),
    ("batch/routing.json", round_trip::<BatchRouting>),
    ("batch/routing_unassign.json", round_trip::<BatchRouting>),
    ("batch/inbox.json", round_trip::<BatchInbox>),
    ("batch/inbox_default.json", round_trip::<BatchInbox>),
    (
        "batch/conversations_data.json",
        round_trip::<BatchConversationsData>,
    ),
    (
        "batch/conversations_segments.json",
        round_trip::<BatchConversationsSegments>,
    ),
    ("batch/people_profiles.json", round_trip::<PeopleSelection>),
    ("batch/people_search.json", round_trip::<PeopleSelection>),
];

#[test]
fn base_fixtures_round_trip() {
    support::check_all("base", BASE);
}

#[test]
fn analytics_fixtures_round_trip() {
    support::check_all("analytics", ANALYTICS);
}

#[test]
fn availability_fixtures_round_trip() {
    support::check_all("availability", AVAILABILITY);
}

#[test]
fn settings_fixtures_round_trip() {
    support::check_all("settings", SETTINGS);
}

#[test]
fn verify_fixtures_round_trip() {
    support::check_all("verify", VERIFY);
}

#[test]
fn operator_fixtures_round_trip() {
    support::check_all("operator", OPERATOR);
}

#[test]
fn connect_fixtures_round_trip() {
    support::check_all("connect", CONNECT);
}

#[test]
fn batch_fixtures_round_trip() {
    support::check_all("batch", BATCH);
}

#[test]
fn unknown_enum_values_are_kept() {
    let operator: WebsiteOperator =
        serde_json::from_value(json!({"role": "admin", "availability": "busy"})).unwrap();
    assert_eq!(operator.role, Some(OperatorRole::Unknown("admin".into())));
    assert_eq!(
        operator.availability,
        Some(AvailabilityType::Unknown("busy".into()))
    );
    assert_eq!(
        serde_json::to_value(&operator).unwrap(),
        json!({"role": "admin", "availability": "busy"})
    );

    let item: OperatorListItem = serde_json::from_value(json!({"type": "robot"})).unwrap();
    assert!(item.kind.as_ref().is_some_and(OperatorListType::is_unknown));
    assert_eq!(
        serde_json::to_value(&item).unwrap(),
        json!({"type": "robot"})
    );

    let challenge: VerifyChallenge =
        serde_json::from_value(json!({"method": "passkey", "secret": "x"})).unwrap();
    assert_eq!(challenge.method.as_str(), "passkey");
}

#[test]
fn minimal_objects_decode() {
    fn empty<T: serde::de::DeserializeOwned + serde::Serialize>() {
        let value: T = serde_json::from_value(json!({})).unwrap();
        assert_eq!(serde_json::to_value(&value).unwrap(), json!({}));
    }
    empty::<Website>();
    empty::<AnalyticsPoint>();
    empty::<WebsiteAvailabilityStatus>();
    empty::<OperatorAvailability>();
    empty::<WebsiteSettings>();
    empty::<WebsiteSettingsUpdate>();
    empty::<SettingsChatbox>();
    empty::<VerifySettings>();
    empty::<VerifyKey>();
    empty::<OperatorListItem>();
    empty::<WebsiteOperator>();
    empty::<LastActiveOperator>();
    empty::<ConnectEndpoints>();
    empty::<BatchConversations>();
    empty::<PeopleSelection>();

    let email: OperatorEmail = serde_json::from_value(
        json!({"recipient": "owners", "subject": "Hello", "message": "World"}),
    )
    .unwrap();
    assert_eq!(email, OperatorEmail::to_owners("Hello", "World"));
}

#[test]
fn settings_keep_sections_they_do_not_type() {
    let settings: WebsiteSettings = serde_json::from_value(json!({
        "name": "Crisp",
        "hooks": {"enabled": true},
        "chatbox": {"color_theme": "blue", "sound_notifications": false}
    }))
    .unwrap();
    assert_eq!(settings.other.get("hooks"), Some(&json!({"enabled": true})));
    let chatbox = settings.chatbox.as_ref().unwrap();
    assert_eq!(chatbox.color_theme.as_deref(), Some("blue"));
    assert_eq!(
        chatbox.other.get("sound_notifications"),
        Some(&Value::Bool(false))
    );

    let update = WebsiteSettingsUpdate::new()
        .name("Crisp")
        .chatbox(SettingsChatbox {
            allowed_pages: Some(Vec::new()),
            ..SettingsChatbox::default()
        })
        .section("hooks", json!({"enabled": false}));
    assert_eq!(
        serde_json::to_value(&update).unwrap(),
        json!({"name": "Crisp", "chatbox": {"allowed_pages": []}, "hooks": {"enabled": false}})
    );
}

#[test]
fn batch_bodies_encode_as_crisp_expects() {
    assert_eq!(
        serde_json::to_value(BatchConversations::inbox("inbox-1")).unwrap(),
        json!({"inbox_id": "inbox-1"})
    );
    assert_eq!(
        serde_json::to_value(BatchConversations::sessions(["session_a"])).unwrap(),
        json!({"sessions": ["session_a"]})
    );
    assert_eq!(
        serde_json::to_value(BatchRouting::unassign(["session_a"])).unwrap(),
        json!({"sessions": ["session_a"], "assigned": null})
    );
    assert_eq!(
        serde_json::to_value(BatchRouting::assign(["session_a"], "user-1")).unwrap(),
        json!({"sessions": ["session_a"], "assigned": {"user_id": "user-1"}})
    );
    assert_eq!(
        serde_json::to_value(BatchInbox::new([SessionId::new("session_a")], None)).unwrap(),
        json!({"sessions": ["session_a"], "inbox_id": null})
    );
    assert_eq!(
        serde_json::to_value(BatchInbox::new(
            ["session_a"],
            Some(InboxId::new("inbox-1"))
        ))
        .unwrap(),
        json!({"sessions": ["session_a"], "inbox_id": "inbox-1"})
    );
    assert_eq!(
        serde_json::to_value(BatchReport::new(["session_a"], ReportFlag::Spam)).unwrap(),
        json!({"sessions": ["session_a"], "flag": "spam"})
    );
    assert_eq!(
        serde_json::to_value(BatchBlock::new(["session_a"], false)).unwrap(),
        json!({"sessions": ["session_a"], "blocked": false})
    );
    assert_eq!(
        serde_json::to_value(BatchConversationsSegments::new(["session_a"], ["vip"])).unwrap(),
        json!({"sessions": ["session_a"], "segments": ["vip"]})
    );
    assert_eq!(
        serde_json::to_value(PeopleSelection::profiles([PeopleId::new("p1")])).unwrap(),
        json!({"profiles": ["p1"]})
    );
    let search = PeopleSearch::new(vec![PeopleFilter::new(
        "people",
        "segments",
        "eq",
        vec![json!("churned")],
    )])
    .operator(FilterMatch::Or);
    assert_eq!(
        serde_json::to_value(PeopleSelection::search(search)).unwrap(),
        json!({"search": {"filter": [{"model": "people", "criterion": "segments", "operator": "eq", "query": ["churned"]}], "operator": "or"}})
    );
}

#[test]
fn request_builders_encode_as_crisp_expects() {
    assert_eq!(
        serde_json::to_value(InviteVerify::from("secret")).unwrap(),
        json!("secret")
    );
    assert_eq!(
        serde_json::to_value(InviteVerify::from(true)).unwrap(),
        json!(true)
    );
    assert_eq!(
        serde_json::to_value(VerifyChallenge::password("pw")).unwrap(),
        json!({"method": "password", "secret": "pw"})
    );
    assert_eq!(
        serde_json::to_value(VerifySettingsUpdate::from(true)).unwrap(),
        json!({"enabled": true})
    );
    assert_eq!(
        serde_json::to_value(
            OperatorEmail::to_user("user-1", "Subject", "Body").target("Open", "https://x.example")
        )
        .unwrap(),
        json!({"recipient": "user", "user_id": "user-1", "subject": "Subject", "message": "Body", "target": {"label": "Open", "url": "https://x.example"}})
    );
    let query = AnalyticsQuery::new(
        "conversation",
        "total",
        AnalyticsDate::new("2024-01-01", "2024-01-31", "day", "UTC").days(AnalyticsDays {
            monday: Some(AnalyticsHours::new("09:00", "18:00")),
            ..AnalyticsDays::default()
        }),
    )
    .split_by("inbox")
    .condition(
        AnalyticsCondition::new("conversation", "state"),
        AnalyticsThen::default(),
    )
    .raw_export(true);
    assert_eq!(
        serde_json::to_value(&query).unwrap(),
        json!({
            "metric": "conversation",
            "type": "total",
            "split_by": "inbox",
            "date": {
                "from": "2024-01-01",
                "to": "2024-01-31",
                "split": "day",
                "timezone": "UTC",
                "days": {"monday": {"hour_from": "09:00", "hour_to": "18:00"}}
            },
            "if": {"metric": "conversation", "split_by": "state"},
            "then": {},
            "raw_export": true
        })
    );
}

#[test]
fn analytics_values_keep_their_number_kind() {
    let points: Vec<AnalyticsPoint> =
        serde_json::from_value(json!([{"value": 3}, {"value": 2.75}])).unwrap();
    assert_eq!(points[0].value.as_ref().and_then(|v| v.as_u64()), Some(3));
    assert_eq!(
        points[1].value.as_ref().and_then(|v| v.as_f64()),
        Some(2.75)
    );
}
