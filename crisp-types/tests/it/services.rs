//! Round-trip tests of the models of the non-website services (plugin, plan, media,
//! bucket) against JSON fixtures, and targeted decoding / encoding tests.

use crate::support;

use serde_json::json;
use support::{Check, round_trip};

use crisp_types::bucket::url::*;
use crisp_types::media::animation::*;
use crisp_types::plan::subscription::*;
use crisp_types::plugin::connect::*;
use crisp_types::plugin::subscription::*;

const PLUGIN: &[(&str, Check)] = &[
    (
        "plugin/connect_account.json",
        round_trip::<PluginConnectAccount>,
    ),
    (
        "plugin/connect_websites.json",
        round_trip::<Vec<PluginConnectWebsite>>,
    ),
    (
        "plugin/connect_websites_since.json",
        round_trip::<Vec<PluginConnectWebsite>>,
    ),
    (
        "plugin/connect_endpoints.json",
        round_trip::<PluginConnectEndpoints>,
    ),
    ("plugin/subscription.json", round_trip::<PluginSubscription>),
    (
        "plugin/subscriptions.json",
        round_trip::<Vec<PluginSubscription>>,
    ),
    (
        "plugin/subscription_settings.json",
        round_trip::<PluginSubscriptionSettings>,
    ),
    ("plugin/settings.json", round_trip::<PluginSettings>),
    (
        "plugin/usage_bills.json",
        round_trip::<Vec<PluginUsageBill>>,
    ),
    ("plugin/usage_report.json", round_trip::<PluginUsageReport>),
    (
        "plugin/attest_provenance.json",
        round_trip::<PluginAttestProvenance>,
    ),
    (
        "plugin/channel_forward.json",
        round_trip::<PluginChannelForward>,
    ),
    (
        "plugin/event_dispatch.json",
        round_trip::<PluginEventDispatch>,
    ),
];

const PLAN: &[(&str, Check)] = &[
    ("plan/subscription.json", round_trip::<PlanSubscription>),
    (
        "plan/subscriptions.json",
        round_trip::<Vec<PlanSubscription>>,
    ),
    ("plan/coupon.json", round_trip::<PlanSubscriptionCoupon>),
];

const MEDIA: &[(&str, Check)] = &[
    (
        "media/animation_medias.json",
        round_trip::<Vec<AnimationMedia>>,
    ),
    (
        "media/search_query.json",
        round_trip::<AnimationSearchQuery>,
    ),
];

const BUCKET: &[(&str, Check)] = &[
    ("bucket/url_request.json", round_trip::<BucketUrlRequest>),
    (
        "bucket/url_request_resource.json",
        round_trip::<BucketUrlRequest>,
    ),
];

#[test]
fn every_plugin_fixture_round_trips() {
    support::check_all("plugin", PLUGIN);
}

#[test]
fn every_plan_fixture_round_trips() {
    support::check_all("plan", PLAN);
}

#[test]
fn every_media_fixture_round_trips() {
    support::check_all("media", MEDIA);
}

#[test]
fn every_bucket_fixture_round_trips() {
    support::check_all("bucket", BUCKET);
}

#[test]
fn unknown_enum_values_are_kept() {
    let period: BillPeriod = serde_json::from_value(json!("biennial")).unwrap();
    assert_eq!(period, BillPeriod::Unknown("biennial".to_owned()));
    assert_eq!(serde_json::to_value(&period).unwrap(), json!("biennial"));

    let difference: WebsiteDifference = serde_json::from_value(json!("archived")).unwrap();
    assert!(difference.is_unknown());
    assert_eq!(
        serde_json::to_value(&difference).unwrap(),
        json!("archived")
    );

    let namespace: BucketNamespace = serde_json::from_value(json!("document")).unwrap();
    assert_eq!(namespace.as_str(), "document");
    assert_eq!(serde_json::to_value(&namespace).unwrap(), json!("document"));

    assert_eq!(BillPeriod::from("yearly"), BillPeriod::Yearly);
    assert_eq!(WebsiteDifference::from("added"), WebsiteDifference::Added);
    assert_eq!(
        BucketNamespace::from("processing"),
        BucketNamespace::Processing
    );
}

#[test]
fn empty_objects_decode() {
    let empty = json!({});
    serde_json::from_value::<PluginConnectAccount>(empty.clone()).unwrap();
    serde_json::from_value::<PluginConnectWebsite>(empty.clone()).unwrap();
    serde_json::from_value::<PluginConnectEndpoints>(empty.clone()).unwrap();
    serde_json::from_value::<PluginSubscription>(empty.clone()).unwrap();
    serde_json::from_value::<PluginSubscriptionSettings>(empty.clone()).unwrap();
    serde_json::from_value::<PluginSettings>(empty.clone()).unwrap();
    serde_json::from_value::<PluginUsageBill>(empty.clone()).unwrap();
    serde_json::from_value::<PluginAttestProvenance>(empty.clone()).unwrap();
    serde_json::from_value::<PlanSubscription>(empty.clone()).unwrap();
    serde_json::from_value::<PlanSubscriptionCoupon>(empty.clone()).unwrap();
    serde_json::from_value::<AnimationMedia>(empty.clone()).unwrap();
    serde_json::from_value::<AnimationSearchQuery>(empty.clone()).unwrap();

    // Each encodes back to `{}`.
    let account = serde_json::from_value::<PluginConnectAccount>(empty.clone()).unwrap();
    assert_eq!(serde_json::to_value(account).unwrap(), empty);
    let website = serde_json::from_value::<PluginConnectWebsite>(empty.clone()).unwrap();
    assert_eq!(serde_json::to_value(website).unwrap(), empty);
    let plan = serde_json::from_value::<PlanSubscription>(empty.clone()).unwrap();
    assert_eq!(serde_json::to_value(plan).unwrap(), empty);
}

#[test]
fn required_keys_only_decode() {
    let report: PluginUsageReport =
        serde_json::from_value(json!({"name": "Seats", "units": 3, "price": 4.5})).unwrap();
    assert_eq!(report, PluginUsageReport::new("Seats", 3, 4.5));

    let forward: PluginChannelForward =
        serde_json::from_value(json!({"namespace": "bot:step", "payload": {"step": 2}})).unwrap();
    assert_eq!(
        forward,
        PluginChannelForward::new("bot:step", json!({"step": 2}))
    );

    let dispatch: PluginEventDispatch =
        serde_json::from_value(json!({"name": "bot-is-running"})).unwrap();
    assert_eq!(dispatch, PluginEventDispatch::new("bot-is-running"));

    let request: BucketUrlRequest = serde_json::from_value(json!({
        "namespace": "avatar",
        "file": {"name": "me.png", "type": "image/png"}
    }))
    .unwrap();
    assert_eq!(
        request,
        BucketUrlRequest::new(
            BucketNamespace::Avatar,
            BucketFile::new("me.png", "image/png")
        )
    );
}

#[test]
fn builders_encode_what_they_set() {
    let request = BucketUrlRequest::new(
        BucketNamespace::Upload,
        BucketFile::new("invoice.pdf", "application/pdf").size(48_213),
    )
    .id("upload-42")
    .from("operator")
    .resource(BucketResource::new(
        "website",
        "8c842203-7ed8-4e29-a608-7cf78a7d2fcc",
    ));
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({
            "namespace": "upload",
            "id": "upload-42",
            "from": "operator",
            "file": {"name": "invoice.pdf", "type": "application/pdf", "size": 48213},
            "resource": {"type": "website", "id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc"}
        })
    );

    let dispatch = PluginEventDispatch::new("bot-is-running")
        .data("bot", "Sales")
        .data("email", "valerian@crisp.chat");
    assert_eq!(
        serde_json::to_value(&dispatch).unwrap(),
        json!({"name": "bot-is-running", "data": {"bot": "Sales", "email": "valerian@crisp.chat"}})
    );

    let forward = PluginChannelForward::new("bot:step", json!({"step": 1})).identifier("chan-1");
    assert_eq!(
        serde_json::to_value(&forward).unwrap(),
        json!({"namespace": "bot:step", "identifier": "chan-1", "payload": {"step": 1}})
    );

    let query = AnimationSearchQuery::text("cat").with("locale", "fr");
    assert_eq!(
        serde_json::to_value(&query).unwrap(),
        json!({"text": "cat", "locale": "fr"})
    );
}

#[test]
fn plugin_settings_convert_both_ways() {
    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Mine {
        channel: String,
        notify: bool,
    }
    let mine = Mine {
        channel: "#support".to_owned(),
        notify: true,
    };
    let settings = PluginSettings::from_serialize(&mine).unwrap();
    assert_eq!(
        serde_json::to_value(&settings).unwrap(),
        json!({"channel": "#support", "notify": true})
    );
    assert_eq!(settings.to_typed::<Mine>().unwrap(), mine);
    assert!(PluginSettings::from_serialize(&[1, 2]).is_err());

    let built = PluginSettings::new().set("notify", true);
    assert_eq!(built.get("notify"), Some(&json!(true)));
    assert!(!built.is_empty());
    assert!(PluginSettings::new().is_empty());
}
