//! Round-trip tests of the campaign models against JSON fixtures, and targeted decoding /
//! encoding tests.

use crate::support;

use serde_json::json;
use support::{Check, round_trip};

use crisp_types::website::campaign::*;

const FIXTURES: &[(&str, Check)] = &[
    ("campaign/excerpts.json", round_trip::<Vec<CampaignExcerpt>>),
    ("campaign/campaign.json", round_trip::<Campaign>),
    ("campaign/campaign_new.json", round_trip::<CampaignNew>),
    ("campaign/tags.json", round_trip::<Vec<String>>),
    (
        "campaign/templates.json",
        round_trip::<Vec<CampaignTemplateExcerpt>>,
    ),
    ("campaign/template.json", round_trip::<CampaignTemplate>),
    (
        "campaign/template_new.json",
        round_trip::<CampaignTemplateNew>,
    ),
    (
        "campaign/recipients.json",
        round_trip::<Vec<CampaignRecipient>>,
    ),
    (
        "campaign/statistics.json",
        round_trip::<Vec<CampaignStatistic>>,
    ),
    (
        "campaign/body_campaign_create.json",
        round_trip::<CampaignCreate>,
    ),
    (
        "campaign/body_campaign_save.json",
        round_trip::<CampaignUpdate>,
    ),
    (
        "campaign/body_campaign_update.json",
        round_trip::<CampaignUpdate>,
    ),
    (
        "campaign/body_template_create.json",
        round_trip::<CampaignTemplateCreate>,
    ),
    (
        "campaign/body_template_save.json",
        round_trip::<CampaignTemplateUpdate>,
    ),
];

#[test]
fn every_fixture_round_trips() {
    support::check_all("campaign", FIXTURES);
}

#[test]
fn minimal_objects_decode() {
    let campaign: Campaign = serde_json::from_value(json!({})).unwrap();
    assert_eq!(campaign, Campaign::default());
    let excerpt: CampaignExcerpt = serde_json::from_value(json!({})).unwrap();
    assert_eq!(serde_json::to_value(&excerpt).unwrap(), json!({}));
    let template: CampaignTemplate = serde_json::from_value(json!({})).unwrap();
    assert_eq!(template.content, None);
    let statistic: CampaignStatistic = serde_json::from_value(json!({})).unwrap();
    assert!(statistic.data.is_empty());
    let recipient: CampaignRecipient = serde_json::from_value(json!({})).unwrap();
    assert_eq!(recipient.subscribed, None);
}

#[test]
fn unknown_values_are_kept() {
    let campaign: Campaign = serde_json::from_value(json!({
        "type": "recurring",
        "format": "text",
        "recipients": {"type": "lookalike"},
        "flow": {"assert_filter": [{"operator": "has"}]}
    }))
    .unwrap();
    assert_eq!(
        campaign.kind,
        Some(CampaignType::Unknown("recurring".into()))
    );
    assert_eq!(
        campaign.format,
        Some(CampaignFormat::Unknown("text".into()))
    );
    let recipients = campaign.recipients.clone().unwrap();
    assert!(recipients.kind.unwrap().is_unknown());
    let filter = &campaign.flow.clone().unwrap().assert_filter[0];
    assert_eq!(filter.operator.as_ref().unwrap().as_str(), "has");
    assert_eq!(
        serde_json::to_value(&campaign).unwrap(),
        json!({
            "type": "recurring",
            "format": "text",
            "recipients": {"type": "lookalike"},
            "flow": {"assert_filter": [{"operator": "has"}]}
        })
    );

    let template: CampaignTemplateExcerpt =
        serde_json::from_value(json!({"type": "shared"})).unwrap();
    assert_eq!(
        template.kind,
        Some(CampaignTemplateType::Unknown("shared".into()))
    );
    assert_eq!(
        CampaignStatisticAction::from("bounced").to_string(),
        "bounced"
    );
    assert_eq!(CampaignStatisticAction::Clicked.as_str(), "clicked");
}

#[test]
fn bodies_encode_as_crisp_expects() {
    assert_eq!(
        serde_json::to_value(CampaignCreate::new(CampaignType::OneShot, "Welcome!")).unwrap(),
        json!({"type": "one-shot", "name": "Welcome!"})
    );
    assert_eq!(
        serde_json::to_value(CampaignTemplateCreate::new(CampaignFormat::Html, "HTML")).unwrap(),
        json!({"format": "html", "name": "HTML"})
    );
    let update = CampaignUpdate::new()
        .name("Welcome!")
        .sender("aa0b64dd-9fb4-4db9-80d6-5a49eb84087b")
        .recipients(CampaignRecipients::segments(["customer"]))
        .flow(CampaignFlow {
            assert_filter: vec![CampaignFilter::new(
                "people",
                "segments",
                FilterOperator::Neq,
                ["customer"],
            )],
            ..CampaignFlow::default()
        });
    assert_eq!(
        serde_json::to_value(&update).unwrap(),
        json!({
            "name": "Welcome!",
            "sender": {"user_id": "aa0b64dd-9fb4-4db9-80d6-5a49eb84087b"},
            "recipients": {"type": "segment", "segments": ["customer"]},
            "flow": {"assert_filter": [
                {"model": "people", "criterion": "segments", "operator": "neq", "query": ["customer"]}
            ]}
        })
    );
    assert_eq!(
        serde_json::to_value(CampaignUpdate::new()).unwrap(),
        json!({})
    );
}

#[test]
fn a_read_campaign_saves_back_without_read_only_fields() {
    let campaign: Campaign =
        serde_json::from_str(&support::read_fixture("campaign/campaign.json")).unwrap();
    let save = serde_json::to_value(CampaignUpdate::from(campaign)).unwrap();
    let object = save.as_object().unwrap();
    for read_only in [
        "campaign_id",
        "progress",
        "statistics",
        "created_at",
        "reached",
    ] {
        assert!(!object.contains_key(read_only), "{read_only} sent");
    }
    assert_eq!(object["type"], "automated");
    assert_eq!(object["flow"]["launch_event"], "trial:ending");
}
