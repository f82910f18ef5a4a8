//! Round-trip tests of the inbox models against JSON fixtures, and targeted decoding /
//! encoding tests.

use crate::support;

use serde_json::json;
use support::{Check, round_trip};

use crisp_types::InboxId;
use crisp_types::website::inbox::*;

const FIXTURES: &[(&str, Check)] = &[
    ("inbox/inboxes.json", round_trip::<Vec<Inbox>>),
    ("inbox/inbox.json", round_trip::<Inbox>),
    ("inbox/inbox_new.json", round_trip::<InboxNew>),
    ("inbox/body_inbox_save.json", round_trip::<InboxSave>),
    ("inbox/body_orders.json", round_trip::<InboxOrders>),
];

#[test]
fn every_fixture_round_trips() {
    support::check_all("inbox", FIXTURES);
}

#[test]
fn minimal_objects_decode() {
    let inbox: Inbox = serde_json::from_value(json!({})).unwrap();
    assert_eq!(inbox, Inbox::default());
    assert_eq!(serde_json::to_value(&inbox).unwrap(), json!({}));
    let condition: InboxCondition = serde_json::from_value(json!({})).unwrap();
    assert!(condition.query.is_empty());
    let orders: InboxOrders = serde_json::from_value(json!({})).unwrap();
    assert!(orders.orders.is_empty());
}

#[test]
fn unknown_values_are_kept() {
    let value = json!({
        "operator": "xor",
        "conditions": [{"model": "people", "criterion": "country", "operator": "in", "query": ["FR"]}]
    });
    let inbox: Inbox = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(
        inbox.conditions_match,
        Some(FilterMatch::Unknown("xor".into()))
    );
    let condition = &inbox.conditions[0];
    assert_eq!(
        condition.model,
        Some(InboxConditionModel::Unknown("people".into()))
    );
    assert!(condition.operator.as_ref().unwrap().is_unknown());
    assert_eq!(serde_json::to_value(&inbox).unwrap(), value);
}

#[test]
fn bodies_encode_as_crisp_expects() {
    let save = InboxSave::new("Billing")
        .emoji("💳")
        .add_operator("a4c32c68-be91-4e29-8a05-976e93abbe3f")
        .conditions_match(FilterMatch::Or)
        .add_condition(InboxCondition::session(
            "segments",
            FilterOperator::Eq,
            ["billing"],
        ));
    assert_eq!(
        serde_json::to_value(&save).unwrap(),
        json!({
            "name": "Billing",
            "emoji": "💳",
            "operators": ["a4c32c68-be91-4e29-8a05-976e93abbe3f"],
            "operator": "or",
            "conditions": [
                {"model": "session", "criterion": "segments", "operator": "eq", "query": ["billing"]}
            ]
        })
    );

    let orders: InboxOrders = [
        InboxOrder::new("3e2b1c4d-5f6a-4b7c-8d9e-0f1a2b3c4d5e", 1),
        InboxOrder::new(InboxId::new("bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9"), 2),
    ]
    .into_iter()
    .collect();
    assert_eq!(
        serde_json::to_value(&orders).unwrap(),
        json!({"orders": [
            {"inbox_id": "3e2b1c4d-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "order": 1},
            {"inbox_id": "bf6935c9-43b3-4f8e-87ea-175c1e1ed1a9", "order": 2}
        ]})
    );
}

#[test]
fn a_read_inbox_saves_back_without_read_only_fields() {
    let inbox: Inbox = serde_json::from_str(&support::read_fixture("inbox/inbox.json")).unwrap();
    let save = serde_json::to_value(InboxSave::from(inbox)).unwrap();
    assert_eq!(
        save,
        serde_json::from_str::<serde_json::Value>(&support::read_fixture(
            "inbox/body_inbox_save.json"
        ))
        .unwrap()
    );
}
