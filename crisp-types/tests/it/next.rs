//! Round-trip tests of the models added with node client 11.3 (teams, helpdesk tree,
//! pages, history, and the feedback / import routes under `/{locale}/{content_type}`),
//! and targeted decoding / encoding tests.

use crate::support;

use serde_json::json;
use support::{Check, round_trip};

use crisp_types::website::helpdesk::{
    FeedbackRating, HelpdeskLocaleFeedback, HelpdeskLocaleFeedbackRatings,
};
use crisp_types::website::helpdesk_tree::*;
use crisp_types::website::team::*;

const TEAM_FIXTURES: &[(&str, Check)] = &[
    ("team/team.json", round_trip::<Team>),
    ("team/teams.json", round_trip::<Vec<Team>>),
    ("team/new_team.json", round_trip::<NewTeam>),
    ("team/body_team_save.json", round_trip::<TeamSave>),
];

const HELPDESK_TREE_FIXTURES: &[(&str, Check)] = &[
    ("helpdesk_tree/pages.json", round_trip::<Vec<HelpdeskPage>>),
    ("helpdesk_tree/page.json", round_trip::<HelpdeskPage>),
    (
        "helpdesk_tree/tree.json",
        round_trip::<Vec<HelpdeskTreeEntry>>,
    ),
    (
        "helpdesk_tree/tree_entry.json",
        round_trip::<HelpdeskTreeEntry>,
    ),
    (
        "helpdesk_tree/content.json",
        round_trip::<HelpdeskTreeContent>,
    ),
    (
        "helpdesk_tree/metadata.json",
        round_trip::<HelpdeskTreeMetadata>,
    ),
    (
        "helpdesk_tree/tree_page.json",
        round_trip::<HelpdeskTreePage>,
    ),
    (
        "helpdesk_tree/history_changes.json",
        round_trip::<Vec<HelpdeskHistoryChange>>,
    ),
    (
        "helpdesk_tree/history_change.json",
        round_trip::<HelpdeskHistoryChange>,
    ),
    (
        "helpdesk_tree/feedback_ratings.json",
        round_trip::<HelpdeskLocaleFeedbackRatings>,
    ),
    (
        "helpdesk_tree/feedbacks.json",
        round_trip::<Vec<HelpdeskLocaleFeedback>>,
    ),
    (
        "helpdesk_tree/body_path_update.json",
        round_trip::<HelpdeskTreePathUpdate>,
    ),
    (
        "helpdesk_tree/body_metadata_update.json",
        round_trip::<HelpdeskTreeMetadata>,
    ),
    (
        "helpdesk_tree/body_external_import.json",
        round_trip::<HelpdeskExternalImport>,
    ),
];

#[test]
fn every_team_fixture_round_trips() {
    support::check_all("team", TEAM_FIXTURES);
}

#[test]
fn every_helpdesk_tree_fixture_round_trips() {
    support::check_all("helpdesk_tree", HELPDESK_TREE_FIXTURES);
}

#[test]
fn content_types_are_the_four_of_the_node_client() {
    let known: Vec<&str> = HelpdeskContentType::KNOWN
        .iter()
        .map(HelpdeskContentType::as_str)
        .collect();
    assert_eq!(known, ["articles", "guides", "references", "news"]);
    assert_eq!(HelpdeskContentType::Guides.to_string(), "guides");
}

#[test]
fn unknown_enum_values_are_kept() {
    let kind: HelpdeskContentType = serde_json::from_value(json!("tutorials")).unwrap();
    assert_eq!(kind, HelpdeskContentType::Unknown("tutorials".to_owned()));
    assert_eq!(serde_json::to_value(&kind).unwrap(), json!("tutorials"));

    let feedback: HelpdeskLocaleFeedback =
        serde_json::from_value(json!({"rating": "neutral", "created_at": 1})).unwrap();
    assert_eq!(
        feedback.rating,
        Some(FeedbackRating::Unknown("neutral".to_owned()))
    );
    assert_eq!(
        serde_json::to_value(&feedback).unwrap(),
        json!({"rating": "neutral", "created_at": 1})
    );
}

#[test]
fn minimal_objects_decode() {
    assert_eq!(
        serde_json::from_value::<Team>(json!({})).unwrap(),
        Team::default()
    );
    assert_eq!(
        serde_json::from_value::<NewTeam>(json!({})).unwrap(),
        NewTeam::default()
    );
    assert_eq!(
        serde_json::from_value::<HelpdeskTreeEntry>(json!({})).unwrap(),
        HelpdeskTreeEntry::default()
    );
    assert_eq!(
        serde_json::from_value::<HelpdeskHistoryChange>(json!({})).unwrap(),
        HelpdeskHistoryChange::default()
    );
    assert_eq!(
        serde_json::from_value::<HelpdeskLocaleFeedbackRatings>(json!({})).unwrap(),
        HelpdeskLocaleFeedbackRatings::default()
    );
    let update: HelpdeskTreePathUpdate =
        serde_json::from_value(json!({"action": "order"})).unwrap();
    assert_eq!(update, HelpdeskTreePathUpdate::new("order"));
    let import: HelpdeskExternalImport =
        serde_json::from_value(json!({"helpdesk_url": "https://help.example.com/"})).unwrap();
    assert_eq!(
        import,
        HelpdeskExternalImport::new("https://help.example.com/")
    );
}

#[test]
fn nested_tree_entries_keep_their_children() {
    let tree: Vec<HelpdeskTreeEntry> =
        serde_json::from_str(&support::read_fixture("helpdesk_tree/tree.json")).unwrap();
    assert_eq!(tree[0].children.len(), 2);
    assert_eq!(tree[0].children[0].slug.as_deref(), Some("setup.md"));
    assert_eq!(
        tree[0].children[0].state.as_ref().and_then(|s| s.featured),
        Some(true)
    );
}

#[test]
fn bodies_encode_only_what_is_set() {
    assert_eq!(
        serde_json::to_value(TeamSave::new("Billing")).unwrap(),
        json!({"name": "Billing", "operators": []})
    );
    assert_eq!(
        serde_json::to_value(
            TeamSave::new("Billing")
                .emoji("💳")
                .operators(["a4c32c68", "c8a3ba2a"])
        )
        .unwrap(),
        json!({"name": "Billing", "emoji": "💳", "operators": ["a4c32c68", "c8a3ba2a"]})
    );
    assert_eq!(
        serde_json::to_value(HelpdeskTreePathUpdate::new("move").to("a/b.md")).unwrap(),
        json!({"action": "move", "path": {"to": "a/b.md"}})
    );
    assert_eq!(
        serde_json::to_value(HelpdeskTreePathUpdate::new("order").position(0)).unwrap(),
        json!({"action": "order", "position": 0})
    );
    assert_eq!(
        serde_json::to_value(
            HelpdeskTreeMetadata::new()
                .title("T")
                .published(true)
                .hidden(false)
        )
        .unwrap(),
        json!({"title": "T", "state": {"published": true, "hidden": false}})
    );
    assert_eq!(
        serde_json::to_value(
            HelpdeskExternalImport::new("https://x.example/")
                .detect_locales(true)
                .other_locales(["fr"])
        )
        .unwrap(),
        json!({"helpdesk_url": "https://x.example/", "detect_locales": true, "other_locales": ["fr"]})
    );
}
