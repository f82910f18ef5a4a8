//! Realtime events: every known event decodes typed from its fixture and re-encodes to
//! the same JSON; unknown and malformed events are kept as received.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::value::RawValue;
use serde_json::{Value, json};

use crate::support;

use crisp_types::event::*;
use crisp_types::website::conversation::{ConversationState, MessageContent, Origin};
use support::first_diff;

/// The 82 event names, in the order of the shared `rtm_events.tsv`.
const NAMES: [&str; 82] = [
    "session:update_availability",
    "session:update_verify",
    "session:request:initiated",
    "session:set_email",
    "session:set_phone",
    "session:set_address",
    "session:set_subject",
    "session:set_avatar",
    "session:set_nickname",
    "session:set_origin",
    "session:set_data",
    "session:sync:pages",
    "session:sync:events",
    "session:sync:capabilities",
    "session:sync:geolocation",
    "session:sync:system",
    "session:sync:network",
    "session:sync:timezone",
    "session:sync:locales",
    "session:sync:rating",
    "session:sync:topic",
    "session:set_state",
    "session:set_block",
    "session:set_segments",
    "session:set_opened",
    "session:set_closed",
    "session:set_participants",
    "session:set_mentions",
    "session:set_routing",
    "session:set_inbox",
    "session:removed",
    "session:error",
    "message:updated",
    "message:send",
    "message:received",
    "message:removed",
    "message:compose:send",
    "message:compose:receive",
    "message:acknowledge:read:send",
    "message:acknowledge:read:received",
    "message:acknowledge:unread:send",
    "message:acknowledge:delivered",
    "message:acknowledge:ignored",
    "message:notify:unread:send",
    "message:notify:unread:received",
    "spam:message",
    "spam:decision",
    "people:profile:created",
    "people:profile:updated",
    "people:profile:removed",
    "people:bind:session",
    "people:sync:profile",
    "people:import:progress",
    "people:import:done",
    "campaign:progress",
    "campaign:dispatched",
    "campaign:running",
    "browsing:request:initiated",
    "browsing:request:rejected",
    "call:request:initiated",
    "call:request:rejected",
    "identity:verify:request",
    "status:health:changed",
    "website:update_visitors_count",
    "website:update_operators_availability",
    "website:users:available",
    "bucket:url:upload:generated",
    "bucket:url:avatar:generated",
    "bucket:url:website:generated",
    "bucket:url:campaign:generated",
    "bucket:url:helpdesk:generated",
    "bucket:url:status:generated",
    "bucket:url:processing:generated",
    "media:animation:listed",
    "email:subscribe",
    "email:track:view",
    "plugin:channel",
    "plugin:event",
    "plugin:subscription:updated",
    "plugin:settings:saved",
    "plan:subscription:updated",
    "widget:action:processed",
];

const WEBSITE_ID: &str = "8c842203-7ed8-4e29-a608-7cf78a7d2fcc";
const SESSION_ID: &str = "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881";

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/events")
}

/// The fixture file of an event: its name with `:` replaced by `_`.
fn fixture_file(name: &str) -> String {
    format!("{}.json", name.replace(':', "_"))
}

fn read_fixture(name: &str) -> String {
    let path = fixture_dir().join(fixture_file(name));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn raw(json: &str) -> Box<RawValue> {
    RawValue::from_string(json.to_owned()).expect("valid JSON")
}

/// Decodes the fixture of `name` both ways and checks the event is typed, keeps its name
/// and re-encodes to the fixture.
/// Decodes an event that must decode.
fn decoded(name: &str, data: &RawValue) -> Event {
    Event::decode(name, data).unwrap_or_else(|e| panic!("{e}"))
}

/// Decodes an event from a value; it must decode.
fn decoded_value(name: &str, data: Value) -> Event {
    Event::decode_value(name, data).unwrap_or_else(|e| panic!("{e}"))
}

fn check_event(name: &str) -> Result<(), String> {
    let text = read_fixture(name);
    let original: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;

    let event = Event::decode(name, &raw(&text)).map_err(|e| e.to_string())?;
    if !event.is_typed() {
        return Err(format!("decoded as Unknown: {event:?}"));
    }
    if event.name() != name {
        return Err(format!("name() is {:?}", event.name()));
    }
    if event.kind().as_str() != name || event.kind().is_unknown() {
        return Err(format!("kind() is {:?}", event.kind()));
    }
    let encoded = serde_json::to_value(event.data()).map_err(|e| e.to_string())?;
    if let Some(diff) = first_diff(&original, &encoded, "$") {
        return Err(format!("decode: {diff}"));
    }

    let from_value = Event::decode_value(name, original.clone()).map_err(|e| e.to_string())?;
    if from_value != event {
        return Err(format!("decode_value differs from decode: {from_value:?}"));
    }
    Ok(())
}

#[test]
fn every_event_has_a_fixture_that_round_trips_typed() {
    let mut failures = String::new();
    for name in NAMES {
        if let Err(error) = check_event(name) {
            writeln!(failures, "  {name} ({}): {error}", fixture_file(name)).unwrap();
        }
    }
    assert!(failures.is_empty(), "events failing:\n{failures}");
}

#[test]
fn every_fixture_file_is_an_event() {
    let mut stray = Vec::new();
    for entry in std::fs::read_dir(fixture_dir()).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        if !NAMES.iter().any(|name| fixture_file(name) == file) {
            stray.push(file);
        }
    }
    assert!(stray.is_empty(), "fixtures of no known event: {stray:?}");
}

#[test]
fn event_names_match_the_table() {
    assert_eq!(EventName::KNOWN.len(), 82);
    let known: Vec<&str> = EventName::KNOWN.iter().map(EventName::as_str).collect();
    assert_eq!(known, NAMES);
    for name in NAMES {
        let parsed = EventName::from(name);
        assert!(!parsed.is_unknown(), "{name}");
        assert_eq!(parsed.as_str(), name);
    }
}

#[test]
fn event_names_match_the_shared_tsv() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/rtm_events.tsv");
    let Ok(tsv) = std::fs::read_to_string(&path) else {
        // Outside the workspace (e.g. a packaged crate) the shared copy is not there; the
        // embedded list above is then the reference.
        eprintln!("{} not found: skipped", path.display());
        return;
    };
    let mut lines = tsv.lines();
    assert!(lines.next().unwrap().starts_with("event\t"), "header");
    let from_tsv: Vec<&str> = lines
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').next().unwrap())
        .collect();
    assert_eq!(from_tsv, NAMES);
    let known: Vec<&str> = EventName::KNOWN.iter().map(EventName::as_str).collect();
    assert_eq!(known, from_tsv);
}

#[test]
fn shared_payload_types() {
    let ack = read_fixture("message:acknowledge:read:send");
    for name in [
        "message:acknowledge:read:send",
        "message:acknowledge:read:received",
        "message:acknowledge:unread:send",
        "message:acknowledge:delivered",
    ] {
        let event = decoded(name, &raw(&ack));
        let payload: &MessageAcknowledge = match &event {
            Event::MessageAcknowledgeReadSend(p)
            | Event::MessageAcknowledgeReadReceived(p)
            | Event::MessageAcknowledgeUnreadSend(p)
            | Event::MessageAcknowledgeDelivered(p) => p,
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(payload.origin, Some(Origin::Chat));
        assert_eq!(event.name(), name);
    }

    let bucket = read_fixture("bucket:url:avatar:generated");
    let event = decoded("bucket:url:status:generated", &raw(&bucket));
    let Event::BucketUrlStatusGenerated(payload) = &event else {
        panic!("{event:?}");
    };
    assert_eq!(
        payload.policy.as_ref().unwrap().size_limit,
        Some(20_971_520)
    );
    assert_eq!(event.website_id(), None);

    let Event::MessageSend(message) = decoded("message:send", &raw(&read_fixture("message:send")))
    else {
        panic!("message:send is not a Message");
    };
    assert_eq!(
        message.content,
        MessageContent::Text(
            "Hi! I was charged twice for my subscription this month, can you help?".to_owned()
        )
    );
}

#[test]
fn unknown_name_keeps_the_data() {
    let data = r#"{"website_id":"8c842203-7ed8-4e29-a608-7cf78a7d2fcc","session_id":"session_1","thing":[1,2,{"a":null}]}"#;
    let event = decoded("session:set_hologram", &raw(data));
    assert!(!event.is_typed());
    assert_eq!(event.name(), "session:set_hologram");
    assert_eq!(
        event.kind(),
        EventName::Unknown("session:set_hologram".to_owned())
    );
    let expected: Value = serde_json::from_str(data).unwrap();
    assert_eq!(
        event,
        Event::Unknown {
            name: "session:set_hologram".to_owned(),
            data: expected.clone()
        }
    );
    assert_eq!(serde_json::to_value(event.data()).unwrap(), expected);
    // Untyped: the ids are in `data`.
    assert_eq!(event.website_id(), None);
    assert_eq!(event.session_id(), None);
    assert_eq!(decoded_value("session:set_hologram", expected), event);

    // Not even an object.
    let event = decoded("nothing:here", &raw("[true, 3]"));
    assert_eq!(event.website_id(), None);
    assert_eq!(serde_json::to_string(&event.data()).unwrap(), "[true,3]");
}

#[test]
fn extra_fields_and_unknown_enum_values_still_decode_typed() {
    let data = json!({
        "website_id": WEBSITE_ID,
        "session_id": SESSION_ID,
        "inbox_id": null,
        "state": "archived",
        "brand_new_field": {"x": 1}
    });
    let event = decoded("session:set_state", &raw(&data.to_string()));
    let Event::SessionSetState(payload) = &event else {
        panic!("not typed: {event:?}");
    };
    assert_eq!(
        payload.state,
        Some(ConversationState::Unknown("archived".to_owned()))
    );
    assert_eq!(payload.inbox_id, Some(None));
    // The unknown value and the `null` re-encode as sent; unknown keys are dropped.
    let encoded = serde_json::to_value(event.data()).unwrap();
    assert_eq!(
        encoded,
        json!({
            "website_id": WEBSITE_ID,
            "session_id": SESSION_ID,
            "inbox_id": null,
            "state": "archived"
        })
    );
    assert_eq!(decoded_value("session:set_state", data), event);

    // A plugin origin and an unknown message type.
    let data = json!({
        "website_id": WEBSITE_ID,
        "session_id": SESSION_ID,
        "type": "hologram",
        "content": {"frames": 3},
        "from": "user",
        "origin": "urn:crisp.im:instagram:0",
        "fingerprint": 171802957351245u64,
        "timestamp": 1718029573512u64
    });
    let event = decoded_value("message:send", data.clone());
    let Event::MessageSend(message) = &event else {
        panic!("not typed: {event:?}");
    };
    assert!(message.origin.as_ref().unwrap().is_urn());
    assert_eq!(serde_json::to_value(event.data()).unwrap(), data);
}

#[test]
fn wrong_typed_fields_are_errors_naming_the_path() {
    let cases = [
        (
            "campaign:progress",
            r#"{"website_id":"w","campaign_id":"c","progress":"sixty"}"#,
            "progress",
        ),
        ("campaign:progress", r#"{"progress":300}"#, "progress"),
        ("session:set_block", r#"{"is_blocked":"yes"}"#, "is_blocked"),
        ("message:send", r#"{"fingerprint":-4}"#, "fingerprint"),
        ("message:send", r#""just a string""#, ""),
        ("session:set_email", "null", ""),
        ("session:set_email", "42", ""),
        (
            "message:acknowledge:delivered",
            r#"{"fingerprints":[1,"2"]}"#,
            "fingerprints[1]",
        ),
        (
            "website:update_visitors_count",
            r#"{"visitors_count":1.5}"#,
            "visitors_count",
        ),
        (
            "session:sync:capabilities",
            r#"{"capabilities":"call"}"#,
            "capabilities",
        ),
        ("people:import:progress", r#"{"items":12}"#, "items"),
    ];
    for (name, data, path) in cases {
        let error = Event::decode(name, &raw(data)).unwrap_err();
        assert_eq!(error.name(), name, "{data}");
        assert_eq!(error.kind().as_str(), name);
        assert_eq!(error.path(), path, "{name} {data}: {error}");
        assert_eq!(error.raw().get(), data);
        let expected: Value = serde_json::from_str(data).unwrap();
        assert_eq!(
            Event::decode_value(name, expected).unwrap_err().path(),
            path,
            "{name} {data}"
        );
    }
}

#[test]
fn website_and_session_accessors() {
    for name in NAMES {
        let event = decoded(name, &raw(&read_fixture(name)));
        let fixture: Value = serde_json::from_str(&read_fixture(name)).unwrap();
        assert_eq!(
            event.website_id().map(|id| id.as_str()),
            fixture.get("website_id").and_then(Value::as_str),
            "{name}"
        );
        assert_eq!(
            event.session_id().map(|id| id.as_str()),
            fixture.get("session_id").and_then(Value::as_str),
            "{name}"
        );
    }

    let event = decoded(
        "session:set_email",
        &raw(&read_fixture("session:set_email")),
    );
    assert_eq!(event.website_id().map(|id| id.as_str()), Some(WEBSITE_ID));
    assert_eq!(event.session_id().map(|id| id.as_str()), Some(SESSION_ID));

    let event = decoded("campaign:running", &raw(&read_fixture("campaign:running")));
    assert_eq!(event.website_id().map(|id| id.as_str()), Some(WEBSITE_ID));
    assert_eq!(event.session_id(), None);

    let event = decoded(
        "identity:verify:request",
        &raw(&read_fixture("identity:verify:request")),
    );
    assert_eq!(event.session_id().map(|id| id.as_str()), Some(SESSION_ID));

    let event = decoded(
        "media:animation:listed",
        &raw(&read_fixture("media:animation:listed")),
    );
    assert_eq!((event.website_id(), event.session_id()), (None, None));

    // Unknown: untyped, no ids.
    let event = decoded("x:y", &raw(r#"{"website_id":42,"session_id":"s"}"#));
    assert_eq!(event.website_id(), None);
    assert_eq!(event.session_id(), None);
}

#[test]
fn both_shapes_of_the_disputed_fields_decode() {
    // session:sync:capabilities: a list (node) or {"capabilities": [...]} (go).
    let wrapped = json!({"session_id": SESSION_ID, "capabilities": {"capabilities": ["call"]}});
    let event = decoded_value("session:sync:capabilities", wrapped.clone());
    let Event::SessionSyncCapabilities(payload) = &event else {
        panic!("{event:?}");
    };
    assert_eq!(payload.capabilities.as_ref().unwrap().as_slice(), ["call"]);
    assert_eq!(serde_json::to_value(event.data()).unwrap(), wrapped);

    // people:import:progress items: {"skipped": [...]} (node) or a list (go).
    let listed = json!({"import_id": "imp_1", "progress": 10, "items": [{"identifier": "a@b.c", "reason": "duplicate"}]});
    let event = decoded("people:import:progress", &raw(&listed.to_string()));
    let Event::PeopleImportProgress(payload) = &event else {
        panic!("{event:?}");
    };
    let items = payload.items.as_ref().unwrap();
    assert_eq!(items.skipped().len(), 1);
    assert_eq!(serde_json::to_value(event.data()).unwrap(), listed);

    let event = decoded(
        "people:import:progress",
        &raw(&read_fixture("people:import:progress")),
    );
    let Event::PeopleImportProgress(payload) = &event else {
        panic!("{event:?}");
    };
    let skipped = payload.items.as_ref().unwrap().skipped();
    assert_eq!(skipped[1].identifier, Some(None));
}

#[test]
fn message_updated_content() {
    let event = decoded("message:updated", &raw(&read_fixture("message:updated")));
    let Event::MessageUpdated(payload) = &event else {
        panic!("{event:?}");
    };
    assert_eq!(
        payload.content.as_ref().and_then(MessageContent::as_text),
        Some("Sorry, I meant order #10452.")
    );

    for content in [
        json!({"id": "p1", "text": "Pick one", "choices": []}),
        Value::Null,
    ] {
        let data = json!({"session_id": SESSION_ID, "fingerprint": 1, "content": content});
        let event = decoded_value("message:updated", data.clone());
        assert!(event.is_typed());
        assert_eq!(serde_json::to_value(event.data()).unwrap(), data);
    }
}
