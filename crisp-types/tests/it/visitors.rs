//! Round-trip tests of the visitors models against JSON fixtures, and targeted decoding
//! tests of the shapes the official clients disagree on.

use crate::support;

use serde_json::json;
use support::{Check, round_trip};

use crisp_types::website::visitors::*;

/// Every fixture and the type it decodes into.
const FIXTURES: &[(&str, Check)] = &[
    ("visitors/count.json", round_trip::<VisitorsCount>),
    ("visitors/visitors.json", round_trip::<Vec<Visitor>>),
    ("visitors/map.json", round_trip::<Vec<VisitorsMapPoint>>),
    ("visitors/token.json", round_trip::<VisitorToken>),
    ("visitors/blocked.json", round_trip::<BlockedVisitorsCounts>),
    (
        "visitors/blocked_total.json",
        round_trip::<BlockedVisitorsCounts>,
    ),
    (
        "visitors/blocked_in_rule.json",
        round_trip::<BlockedVisitorsInRule>,
    ),
    (
        "visitors/blocked_in_rule_count.json",
        round_trip::<BlockedVisitorsInRule>,
    ),
];

#[test]
fn every_fixture_round_trips() {
    support::check_all("visitors", FIXTURES);
}

#[test]
fn minimal_objects_decode() {
    let visitor: Visitor = serde_json::from_str("{}").unwrap();
    assert_eq!(visitor, Visitor::default());
    assert_eq!(serde_json::to_value(&visitor).unwrap(), json!({}));
    let _: VisitorsCount = serde_json::from_str("{}").unwrap();
    let _: VisitorsMapPoint = serde_json::from_str("{}").unwrap();
    let _: VisitorToken = serde_json::from_str("{}").unwrap();
    let counts: BlockedVisitorsCounts = serde_json::from_str("[]").unwrap();
    assert_eq!(counts.total(), 0);
}

#[test]
fn blocked_counts_decode_in_both_shapes() {
    let per_rule: BlockedVisitorsCounts =
        serde_json::from_str(&support::read_fixture("visitors/blocked.json")).unwrap();
    assert_eq!(per_rule.as_slice().len(), 2);
    assert_eq!(per_rule.total(), 17);

    let total: BlockedVisitorsCounts =
        serde_json::from_str(&support::read_fixture("visitors/blocked_total.json")).unwrap();
    assert!(matches!(total, BlockedVisitorsCounts::Total(_)));
    assert_eq!(total.total(), 21);

    let count: BlockedVisitorsInRule = serde_json::from_value(json!(14)).unwrap();
    assert_eq!(count, BlockedVisitorsInRule::Count(14));
    let detailed: BlockedVisitorsInRule =
        serde_json::from_value(json!({"rule": ["ip_range"], "blocked": 14})).unwrap();
    assert_eq!(detailed.blocked(), Some(14));
    assert!(serde_json::from_value::<BlockedVisitorsInRule>(json!(-1)).is_err());
    assert!(serde_json::from_value::<BlockedVisitorsInRule>(json!("14")).is_err());
}
