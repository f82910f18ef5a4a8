//! Round-trip tests of the people models against JSON fixtures, and targeted decoding /
//! encoding tests.

use crate::support;

use serde_json::json;
use support::{Check, round_trip};

use crisp_types::SessionId;
use crisp_types::website::people::*;

/// Every fixture and the type it decodes into.
const FIXTURES: &[(&str, Check)] = &[
    ("people/statistics.json", round_trip::<PeopleStatistics>),
    (
        "people/suggested_segments.json",
        round_trip::<Vec<PeopleSuggestedSegment>>,
    ),
    (
        "people/suggested_data_keys.json",
        round_trip::<Vec<PeopleSuggestedDataKey>>,
    ),
    (
        "people/suggested_events.json",
        round_trip::<Vec<PeopleSuggestedEvent>>,
    ),
    ("people/profile.json", round_trip::<PeopleProfile>),
    ("people/profiles.json", round_trip::<Vec<PeopleProfile>>),
    ("people/new_profile.json", round_trip::<NewPeopleProfile>),
    (
        "people/profile_update.json",
        round_trip::<PeopleProfileUpdate>,
    ),
    ("people/conversations.json", round_trip::<Vec<SessionId>>),
    ("people/campaigns.json", round_trip::<Vec<PeopleCampaign>>),
    ("people/events.json", round_trip::<Vec<PeopleEvent>>),
    ("people/new_event.json", round_trip::<NewPeopleEvent>),
    ("people/data.json", round_trip::<PeopleData>),
    ("people/subscription.json", round_trip::<PeopleSubscription>),
    (
        "people/subscription_update.json",
        round_trip::<PeopleSubscriptionUpdate>,
    ),
    ("people/import_setup.json", round_trip::<PeopleImportSetup>),
    ("people/import.json", round_trip::<PeopleImport>),
];

#[test]
fn every_fixture_round_trips() {
    support::check_all("people", FIXTURES);
}

#[test]
fn minimal_objects_decode() {
    let profile: PeopleProfile = serde_json::from_str("{}").unwrap();
    assert_eq!(profile, PeopleProfile::default());
    assert_eq!(serde_json::to_value(&profile).unwrap(), json!({}));

    let event: PeopleEvent = serde_json::from_str("{}").unwrap();
    assert!(event.data.is_empty());
    let campaign: PeopleCampaign = serde_json::from_str("{}").unwrap();
    assert!(campaign.statistics.is_empty());
    let data: PeopleData = serde_json::from_str("{}").unwrap();
    assert!(data.data.is_empty());
    let _: PeopleStatistics = serde_json::from_str("{}").unwrap();
    let _: PeopleSubscription = serde_json::from_str("{}").unwrap();
    let _: NewPeopleProfile = serde_json::from_str("{}").unwrap();
    let _: PeopleImport = serde_json::from_str("{}").unwrap();
    let new_event: NewPeopleEvent = serde_json::from_str(r#"{"text": "Signed up"}"#).unwrap();
    assert_eq!(new_event, NewPeopleEvent::new("Signed up"));
    let setup: PeopleImportSetup =
        serde_json::from_str(r#"{"url": "https://example.com/a.csv"}"#).unwrap();
    assert_eq!(setup, PeopleImportSetup::new("https://example.com/a.csv"));
}

#[test]
fn unknown_enum_values_are_kept() {
    let event: PeopleEvent =
        serde_json::from_value(json!({"text": "Paid", "color": "turquoise"})).unwrap();
    assert_eq!(
        event.color,
        Some(EventColor::Unknown("turquoise".to_owned()))
    );
    assert_eq!(
        serde_json::to_value(&event).unwrap(),
        json!({"text": "Paid", "color": "turquoise"})
    );

    let campaign: PeopleCampaign = serde_json::from_value(json!({"type": "drip"})).unwrap();
    assert!(
        campaign
            .kind
            .as_ref()
            .is_some_and(crisp_types::website::campaign::CampaignType::is_unknown)
    );
    assert_eq!(
        serde_json::to_value(&campaign).unwrap(),
        json!({"type": "drip"})
    );

    assert_eq!(PeopleSortOrder::from("random").as_str(), "random");
    assert_eq!(EventColor::from("grey"), EventColor::Grey);
}

#[test]
fn profile_update_sends_only_what_is_set() {
    assert_eq!(
        serde_json::to_value(PeopleProfileUpdate::new()).unwrap(),
        json!({})
    );
    let update = PeopleProfileUpdate::new()
        .nickname("Valerian Saliou")
        .segments(Vec::<String>::new())
        .active(1_710_240_000_000);
    assert_eq!(
        serde_json::to_value(&update).unwrap(),
        json!({"person": {"nickname": "Valerian Saliou"}, "segments": [], "active": 1_710_240_000_000_u64})
    );
}

#[test]
fn people_data_is_always_wrapped() {
    assert_eq!(
        serde_json::to_value(PeopleData::new()).unwrap(),
        json!({"data": {}})
    );
    let data = PeopleData::new()
        .set("signup", "finished")
        .set("trial", false);
    assert_eq!(data.get("trial"), Some(&json!(false)));
    assert_eq!(
        serde_json::to_value(&data).unwrap(),
        json!({"data": {"signup": "finished", "trial": false}})
    );
}

#[test]
fn import_setup_builder_matches_the_fixture() {
    let setup = PeopleImportSetup::new(
        "https://storage.crisp.chat/users/processing/import/aa0b64dd-9fb4-4db9-80d6-5a49eb84087b/19d956c7-0294-45ad-89e1-58ce45e7008f.csv",
    )
    .map(1, "email")
    .map(2, "person.nickname")
    .options(
        PeopleImportOptions::new()
            .column_separator(";")
            .skip_header(true),
    );
    let fixture: serde_json::Value =
        serde_json::from_str(&support::read_fixture("people/import_setup.json")).unwrap();
    assert_eq!(serde_json::to_value(&setup).unwrap(), fixture);
}

/// The profile block of an event is the REST model, and an empty segment list in it (the
/// segments were cleared) re-encodes as sent instead of vanishing.
#[test]
fn event_profile_block_is_the_rest_model_and_keeps_an_empty_list() {
    use crisp_types::event::{Event, PeopleCard};
    let data = serde_json::json!({
        "website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc",
        "people_id": "c5d2a0e4-7f13-4b8e-9a61-2e8f4d0b93c7",
        "update": {"segments": [], "email": "jane@example.com"}
    });
    let event = Event::decode_value("people:profile:updated", data.clone()).unwrap();
    let Event::PeopleProfileUpdated(payload) = &event else {
        panic!("a people:profile:updated event, got {event:?}");
    };
    let card: &PeopleCard = payload.update.as_ref().unwrap();
    let profile: &PeopleProfile = card;
    assert_eq!(profile.segments, Some(Vec::new()));
    assert_eq!(serde_json::to_value(event.data()).unwrap(), data);
}
