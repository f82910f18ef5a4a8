//! Who wrote a message ([`Author`]) and the bot's own-message guard ([`SelfFilter`]), on
//! JSON fixtures of messages and message events: the visitor in the chatbox and by email,
//! an operator, Crisp's chatbot, a plugin, an automation, an unknown `from`.

use std::path::Path;

use crisp_types::event::Event;
use crisp_types::website::conversation::{Author, Message, Origin, SelfFilter};
use serde_json::value::RawValue;

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn message(name: &str) -> Message {
    serde_json::from_str(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn event(name: &str, file: &str) -> Event {
    let raw = RawValue::from_string(read(file)).unwrap();
    Event::decode(name, &raw).unwrap_or_else(|e| panic!("{name}: {e}"))
}

const OUR_URN: &str = "urn:acme:helper:0";
const OUR_USER: &str = "0f6c4b5e-9d7a-4c1b-8e2f-3a4b5c6d7e8f";

#[test]
fn every_fixture_is_classified() {
    let cases: [(&str, Author<'static>); 7] = [
        ("events/message_send.json", Author::Visitor),
        ("author/visitor_email.json", Author::Visitor),
        ("events/message_received.json", Author::Operator),
        (
            "conversation/message_field.json",
            Author::Plugin("urn:crisp.im:bot:0"),
        ),
        ("author/plugin_answer.json", Author::Plugin(OUR_URN)),
        ("author/automation.json", Author::Automation),
        ("author/unknown_from.json", Author::Unknown),
    ];
    for (file, expected) in cases {
        let message = message(file);
        assert_eq!(message.author(), expected, "{file}");
        assert_eq!(
            message.is_from_visitor(),
            expected == Author::Visitor,
            "{file}"
        );
        assert_eq!(
            message.author().is_human(),
            matches!(expected, Author::Visitor | Author::Operator),
            "{file}"
        );
    }
    assert!(message("author/plugin_answer.json").is_from_plugin(OUR_URN));
    assert!(!message("conversation/message_field.json").is_from_plugin(OUR_URN));
    assert!(!message("events/message_send.json").is_from_plugin(OUR_URN));
}

#[test]
fn the_guard_recognises_the_bots_own_messages_by_urn_or_user_id() {
    let by_urn = SelfFilter::new().plugin_urn(OUR_URN);
    let by_user = SelfFilter::new().user_id(OUR_USER);
    let nothing = SelfFilter::new();
    let own = message("author/plugin_answer.json");
    assert!(by_urn.is_own(&own));
    assert!(by_user.is_own(&own));
    assert!(!nothing.is_own(&own));
    for other in [
        "events/message_send.json",
        "events/message_received.json",
        "conversation/message_field.json",
        "author/automation.json",
    ] {
        assert!(!by_urn.is_own(&message(other)), "{other}");
        assert!(!by_user.is_own(&message(other)), "{other}");
    }
    assert_eq!(by_urn.origin(), Some(Origin::from(OUR_URN)));
    assert_eq!(nothing.origin(), None);

    // Only visitors are answered, and never the bot itself.
    assert!(by_urn.should_answer(&message("events/message_send.json")));
    assert!(by_urn.should_answer(&message("author/visitor_email.json")));
    assert!(!by_urn.should_answer(&own));
    assert!(!by_urn.should_answer(&message("events/message_received.json")));
    // A visitor message carrying the bot's URN (a plugin writing as the visitor) is own.
    let mut relayed = message("events/message_send.json");
    relayed.origin = Some(Origin::from(OUR_URN));
    assert!(!by_urn.should_answer(&relayed));
}

#[test]
fn on_events_only_a_visitors_message_send_is_to_answer() {
    let guard = SelfFilter::new().plugin_urn(OUR_URN);
    let send = event("message:send", "events/message_send.json");
    let received = event("message:received", "events/message_received.json");
    let own = event("message:received", "author/plugin_answer.json");
    let removed = event("message:removed", "events/message_removed.json");

    assert_eq!(send.message().map(Message::author), Some(Author::Visitor));
    assert_eq!(
        received.message().map(Message::author),
        Some(Author::Operator)
    );
    assert_eq!(
        own.message().map(Message::author),
        Some(Author::Plugin(OUR_URN))
    );
    assert!(removed.message().is_none());

    let answer = guard.to_answer(&send).expect("the visitor's message");
    assert_eq!(
        answer.content.as_text().map(|t| t.starts_with("Hi!")),
        Some(true)
    );
    assert!(
        guard.to_answer(&received).is_none(),
        "message:received is an answer"
    );
    assert!(guard.to_answer(&own).is_none());
    assert!(guard.to_answer(&removed).is_none());
}
