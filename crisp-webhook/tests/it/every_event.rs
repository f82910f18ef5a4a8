//! Every one of the 82 events, delivered as a signed web hook: verified, parsed, typed.

use std::path::Path;

use crisp_webhook::{Verifier, sign};

#[test]
fn all_82_events_arrive_typed() {
    let table = include_str!("../../../tests/data/rtm_events.tsv");
    let names: Vec<&str> = table
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    assert_eq!(names.len(), 82);
    let fixtures =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../crisp-types/tests/fixtures/events");
    let verifier = Verifier::new("secret").tolerance(None);
    for name in names {
        let path = fixtures.join(format!("{}.json", name.replace(':', "_")));
        let data =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let body = format!(
            r#"{{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","event":"{name}","data":{},"timestamp":1700000000000}}"#,
            data.trim()
        );
        let signature = sign("secret", "1700000000000", body.as_bytes());
        let webhook = verifier
            .verify_and_parse("1700000000000", &signature, body.as_bytes())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(webhook.event.name(), name);
        assert!(webhook.event.is_typed(), "{name} fell back to Unknown");
        assert_eq!(webhook.timestamp, Some(1_700_000_000_000));
        // The typed payload re-encodes to the data that was sent.
        let original: serde_json::Value = serde_json::from_str(&data).unwrap();
        assert_eq!(
            serde_json::to_value(webhook.event.data()).unwrap(),
            original,
            "{name}"
        );
    }
}
