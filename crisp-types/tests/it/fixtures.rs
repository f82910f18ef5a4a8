//! Round-trip tests of the conversation models against JSON fixtures, and targeted
//! decoding / encoding tests.

use crate::support;

use serde::Serialize;
use serde_json::json;
use support::{Check, first_diff, read_fixture, round_trip};

use crisp_types::website::conversation::*;
use crisp_types::{Fingerprint, UserId};

/// Every fixture and the type it decodes into.
const FIXTURES: &[(&str, Check)] = &[
    ("conversation/conversation.json", round_trip::<Conversation>),
    (
        "conversation/conversations.json",
        round_trip::<Vec<Conversation>>,
    ),
    (
        "conversation/new_conversation.json",
        round_trip::<NewConversation>,
    ),
    (
        "conversation/state.json",
        round_trip::<ConversationStateData>,
    ),
    ("conversation/meta.json", round_trip::<ConversationMeta>),
    ("conversation/message_text.json", round_trip::<Message>),
    ("conversation/message_note.json", round_trip::<Message>),
    ("conversation/message_file.json", round_trip::<Message>),
    ("conversation/message_animation.json", round_trip::<Message>),
    ("conversation/message_audio.json", round_trip::<Message>),
    ("conversation/message_picker.json", round_trip::<Message>),
    ("conversation/message_field.json", round_trip::<Message>),
    ("conversation/message_carousel.json", round_trip::<Message>),
    ("conversation/message_event.json", round_trip::<Message>),
    (
        "conversation/message_unknown_type.json",
        round_trip::<Message>,
    ),
    ("conversation/messages.json", round_trip::<Vec<Message>>),
    ("conversation/sent_message.json", round_trip::<SentMessage>),
    ("conversation/routing.json", round_trip::<RoutingAssign>),
    ("conversation/spam.json", round_trip::<Vec<Spam>>),
    ("conversation/spam_content.json", round_trip::<SpamContent>),
    (
        "conversation/pages.json",
        round_trip::<Vec<ConversationPage>>,
    ),
    (
        "conversation/events.json",
        round_trip::<Vec<ConversationEvent>>,
    ),
    (
        "conversation/files.json",
        round_trip::<Vec<ConversationFile>>,
    ),
    ("conversation/original.json", round_trip::<OriginalMessage>),
    (
        "conversation/suggested_segments.json",
        round_trip::<Vec<SuggestedSegment>>,
    ),
    (
        "conversation/suggested_data.json",
        round_trip::<Vec<SuggestedDataKey>>,
    ),
    (
        "conversation/relations.json",
        round_trip::<ConversationRelations>,
    ),
    (
        "conversation/participants.json",
        round_trip::<ConversationParticipants>,
    ),
    ("conversation/block.json", round_trip::<BlockStatus>),
    ("conversation/verify.json", round_trip::<VerifyStatus>),
    (
        "conversation/browsing.json",
        round_trip::<Vec<BrowsingSession>>,
    ),
    ("conversation/call.json", round_trip::<CallSession>),
    (
        "conversation/widget_action.json",
        round_trip::<WidgetAction>,
    ),
    (
        "conversation/body_new_message_text.json",
        round_trip::<NewMessage>,
    ),
    (
        "conversation/body_new_message_picker.json",
        round_trip::<NewMessage>,
    ),
    ("conversation/body_new_note.json", round_trip::<NewMessage>),
    (
        "conversation/body_meta_update.json",
        round_trip::<ConversationMetaUpdate>,
    ),
    (
        "conversation/body_compose.json",
        round_trip::<ComposeMessage>,
    ),
    ("conversation/body_read.json", round_trip::<MessagesRead>),
    (
        "conversation/body_routing_assign.json",
        round_trip::<RoutingAssignUpdate>,
    ),
    (
        "conversation/body_routing_unassign.json",
        round_trip::<RoutingAssignUpdate>,
    ),
    (
        "conversation/body_participants_save.json",
        round_trip::<ParticipantsSave>,
    ),
    (
        "conversation/body_state_change.json",
        round_trip::<StateChange>,
    ),
    (
        "conversation/body_browsing_assist.json",
        round_trip::<BrowsingAssist>,
    ),
    (
        "conversation/body_call_signaling.json",
        round_trip::<CallSignaling>,
    ),
    (
        "conversation/body_widget_button.json",
        round_trip::<WidgetButtonAction>,
    ),
    ("conversation/body_reminder.json", round_trip::<Reminder>),
    (
        "conversation/body_filter_search.json",
        round_trip::<Vec<FilterSearchQuery>>,
    ),
    (
        "conversation/body_identity_verification.json",
        round_trip::<IdentityVerificationRequest>,
    ),
];

#[test]
fn every_fixture_round_trips() {
    support::check_all("conversation", FIXTURES);
}

#[test]
fn diff_reports_the_path() {
    let a = json!({"a": [1, {"b": "x"}], "c": true});
    let b = json!({"a": [1, {"b": "y"}], "c": true});
    assert_eq!(
        first_diff(&a, &b, "$").unwrap(),
        "$.a[1].b: \"x\" became \"y\""
    );
    assert!(first_diff(&a, &a, "$").is_none());
    let c = json!({"a": [1, {"b": "x"}]});
    assert_eq!(
        first_diff(&a, &c, "$").unwrap(),
        "$.c: missing after re-encoding (was true)"
    );
}

fn message(name: &str) -> Message {
    serde_json::from_str(&read_fixture(name)).unwrap()
}

#[test]
fn message_fixtures_decode_typed() {
    assert_eq!(
        message("conversation/message_text.json").content.as_text(),
        Some("Hi! Is the Pro plan billed yearly? See https://acme-inc.com/pricing")
    );
    assert!(matches!(
        message("conversation/message_note.json").content,
        MessageContent::Note(_)
    ));
    let MessageContent::File(file) = message("conversation/message_file.json").content else {
        panic!("not a file");
    };
    assert_eq!(file.mime.as_deref(), Some("application/pdf"));
    assert!(matches!(
        message("conversation/message_animation.json").content,
        MessageContent::Animation(_)
    ));
    let MessageContent::Audio(audio) = message("conversation/message_audio.json").content else {
        panic!("not an audio");
    };
    assert_eq!(audio.duration, Some(14));
    let MessageContent::Picker(picker) = message("conversation/message_picker.json").content else {
        panic!("not a picker");
    };
    assert_eq!(picker.choices.len(), 2);
    assert_eq!(
        picker.choices[1].action.as_ref().unwrap().kind.as_deref(),
        Some("frame")
    );
    assert!(matches!(
        message("conversation/message_field.json").content,
        MessageContent::Field(_)
    ));
    let MessageContent::Carousel(carousel) = message("conversation/message_carousel.json").content
    else {
        panic!("not a carousel");
    };
    assert_eq!(
        carousel.targets[0].actions[0].label.as_deref(),
        Some("See details")
    );
    let event = message("conversation/message_event.json");
    assert_eq!(event.content.kind(), MessageType::Event);
    assert_eq!(event.from, Some(MessageFrom::Operator));
    assert_eq!(event.fingerprint, Some(Fingerprint(171_803_640_080_126)));
}

#[test]
fn unknown_message_type_is_kept() {
    let sticker = message("conversation/message_unknown_type.json");
    assert_eq!(
        sticker.content.kind(),
        MessageType::Unknown("sticker".to_owned())
    );
    let MessageContent::Other { kind, content } = &sticker.content else {
        panic!("not Other");
    };
    assert_eq!(kind, "sticker");
    assert_eq!(content["id"], json!(17));
    assert!(sticker.origin.as_ref().unwrap().is_urn());
}

#[test]
fn wrong_shaped_content_falls_back_to_other() {
    let input = json!({
        "type": "file",
        "from": "user",
        "origin": "chat",
        "content": "this should have been an object",
        "fingerprint": 1
    });
    let message: Message = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(
        message.content,
        MessageContent::Other {
            kind: "file".to_owned(),
            content: json!("this should have been an object")
        }
    );
    assert_eq!(message.content.kind(), MessageType::File);
    assert_eq!(message.fingerprint, Some(Fingerprint(1)));
    assert_eq!(serde_json::to_value(&message).unwrap(), input);

    let audio = json!({"type": "audio", "content": {"url": "u", "duration": "long"}});
    let message: Message = serde_json::from_value(audio.clone()).unwrap();
    assert!(matches!(message.content, MessageContent::Other { .. }));
    assert_eq!(serde_json::to_value(&message).unwrap(), audio);

    let text = json!({"type": "text", "content": {"unexpected": true}});
    let message: Message = serde_json::from_value(text.clone()).unwrap();
    assert_eq!(message.content.as_text(), None);
    assert_eq!(serde_json::to_value(&message).unwrap(), text);
}

#[test]
fn message_without_type_or_content() {
    let untyped: Message = serde_json::from_str(r#"{"content":"just text"}"#).unwrap();
    assert_eq!(
        untyped.content,
        MessageContent::Text("just text".to_owned())
    );

    let bare: Message = serde_json::from_str(r#"{"fingerprint":7}"#).unwrap();
    assert_eq!(
        serde_json::to_value(&bare).unwrap(),
        json!({"fingerprint": 7})
    );

    let typed_only: Message = serde_json::from_str(r#"{"type":"event"}"#).unwrap();
    assert_eq!(typed_only.content.kind(), MessageType::Event);
    assert_eq!(
        serde_json::to_value(&typed_only).unwrap(),
        json!({"type": "event"})
    );
}

#[test]
fn message_decodes_inside_buffered_serde_contexts() {
    // Web hooks and realtime events are often decoded through tagged enums, where serde
    // buffers the payload before decoding it; the message must still decode there.
    #[derive(serde::Deserialize)]
    #[serde(tag = "event", content = "data")]
    enum Hook {
        #[serde(rename = "message:send")]
        MessageSend(Message),
    }
    #[derive(serde::Deserialize)]
    #[serde(tag = "event")]
    enum Flat {
        #[serde(rename = "message:send")]
        MessageSend(Message),
    }
    let text = r#"{"data":{"type":"file","content":{"name":"a.png","url":"https://x/a.png","type":"image/png"}},"event":"message:send"}"#;
    let Hook::MessageSend(message) = serde_json::from_str(text).unwrap();
    assert!(matches!(message.content, MessageContent::File(_)));
    let flat = r#"{"event":"message:send","type":"text","content":"hi","from":"user"}"#;
    let Flat::MessageSend(message) = serde_json::from_str(flat).unwrap();
    assert_eq!(message.content.as_text(), Some("hi"));
}

#[test]
fn unknown_enum_values_round_trip() {
    let input = json!({
        "session_id": "session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881",
        "website_id": "8c842203-7ed8-4e29-a608-7cf78a7d2fcc",
        "state": "archived",
        "availability": "away",
        "preview_message": {"type": "sticker", "from": "bot"}
    });
    let conversation: Conversation = serde_json::from_value(input.clone()).unwrap();
    assert_eq!(
        conversation.state,
        Some(ConversationState::Unknown("archived".to_owned()))
    );
    assert_eq!(
        conversation.availability,
        Some(Availability::Unknown("away".to_owned()))
    );
    let preview = conversation.preview_message.as_ref().unwrap();
    assert_eq!(preview.from, Some(MessageFrom::Unknown("bot".to_owned())));
    assert_eq!(serde_json::to_value(&conversation).unwrap(), input);

    let state: ConversationStateData = serde_json::from_str(r#"{"state":"archived"}"#).unwrap();
    assert_eq!(
        state.state,
        Some(ConversationState::Unknown("archived".to_owned()))
    );
    assert_eq!(
        serde_json::to_string(&state).unwrap(),
        r#"{"state":"archived"}"#
    );
}

#[test]
fn missing_optional_fields_default() {
    let conversation: Conversation = serde_json::from_str(
        r#"{"session_id":"session_1","website_id":"w","unknown_field":{"x":1}}"#,
    )
    .unwrap();
    assert_eq!(conversation.session_id.as_str(), "session_1");
    assert_eq!(conversation.state, None);
    assert!(conversation.participants.is_empty());
    assert!(conversation.meta.is_none());
    assert_eq!(
        serde_json::to_value(&conversation).unwrap(),
        json!({"session_id": "session_1", "website_id": "w"})
    );

    let meta: ConversationMeta = serde_json::from_str("{}").unwrap();
    assert_eq!(meta, ConversationMeta::default());
    let message: Message = serde_json::from_str("{}").unwrap();
    assert_eq!(message, Message::default());
    assert!(message.mentions.is_empty() && message.properties.is_empty());
}

#[test]
fn meta_fixture_values() {
    let meta: ConversationMeta =
        serde_json::from_str(&read_fixture("conversation/meta.json")).unwrap();
    let device = meta.device.unwrap();
    assert_eq!(device.timezone, Some(-120));
    let coordinates = device.geolocation.unwrap().coordinates.unwrap();
    assert_eq!(coordinates.latitude, Some(47.2184));
    assert_eq!(meta.data["seats"], json!(12));
    assert_eq!(meta.origin, Some(Origin::Chat));
}

fn body<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

#[test]
fn request_bodies_encode_exactly() {
    assert_eq!(
        body(&StateChange::new(ConversationState::Resolved)),
        r#"{"state":"resolved"}"#
    );
    assert_eq!(
        body(
            &StateChange::from(ConversationState::Unresolved)
                .user(MessageUser::named("Valerian"))
                .origin("urn:crisp.im:slack:0")
        ),
        r#"{"state":"unresolved","user":{"nickname":"Valerian"},"origin":"urn:crisp.im:slack:0"}"#
    );
    assert_eq!(
        body(&MessageUpdate::text("new text")),
        r#"{"content":"new text"}"#
    );
    assert_eq!(
        body(&MessageUpdate::new(EventContent::new("state:resolved"))),
        r#"{"content":{"namespace":"state:resolved"}}"#
    );
    assert_eq!(
        body(&NewMessage::text(MessageFrom::Operator, Origin::Chat, "hi")),
        r#"{"type":"text","from":"operator","origin":"chat","content":"hi"}"#
    );
    assert_eq!(
        body(
            &NewMessage::note(MessageFrom::Operator, "chat", "see @b")
                .mentions(vec![UserId::new("b")])
        ),
        r#"{"type":"note","from":"operator","origin":"chat","content":"see @b","mentions":["b"]}"#
    );
    assert_eq!(
        body(&ComposeMessage::start(MessageFrom::Operator)),
        r#"{"type":"start","from":"operator"}"#
    );
    assert_eq!(
        body(&MessagesRead::new(MessageFrom::Operator, Origin::Chat)),
        r#"{"from":"operator","origin":"chat"}"#
    );
    let delivered: MessagesDelivered =
        MessagesRead::new(MessageFrom::User, Origin::Chat).fingerprints(vec![Fingerprint(5)]);
    assert_eq!(
        body(&delivered),
        r#"{"from":"user","origin":"chat","fingerprints":[5]}"#
    );
    assert_eq!(
        body(&UnreadMark::from(MessageFrom::Operator)),
        r#"{"from":"operator"}"#
    );
    assert_eq!(
        body(&RoutingAssignUpdate::assign("a4c32c68").silent(true)),
        r#"{"assigned":{"user_id":"a4c32c68"},"silent":true}"#
    );
    assert_eq!(
        body(&RoutingAssignUpdate::unassign()),
        r#"{"assigned":null}"#
    );
    assert_eq!(
        body(&ParticipantsSave::new(vec![Participant::email(
            "jane@acme-inc.com"
        )])),
        r#"{"participants":[{"type":"email","target":"jane@acme-inc.com"}]}"#
    );
    assert_eq!(
        body(&ParticipantsSave::new(Vec::new())),
        r#"{"participants":[]}"#
    );
    assert_eq!(body(&BlockChange::from(true)), r#"{"blocked":true}"#);
    assert_eq!(
        body(&BlockChange::new(false).origin(Origin::Chat)),
        r#"{"blocked":false,"origin":"chat"}"#
    );
    assert_eq!(
        body(&IdentityVerificationRequest::link(VerifyIdentity::Phone)),
        r#"{"identity":"phone","method":"link"}"#
    );
    assert_eq!(
        body(&IdentityVerificationRedeem::new(
            VerifyIdentity::Email,
            "709691"
        )),
        r#"{"identity":"email","token":"709691"}"#
    );
    assert_eq!(
        body(&TranscriptRequest::new(TranscriptTo::Operator).email("valerian@crisp.chat")),
        r#"{"to":"operator","email":"valerian@crisp.chat"}"#
    );
    assert_eq!(
        body(&TranscriptRequest::from(TranscriptTo::User)),
        r#"{"to":"user"}"#
    );
    assert_eq!(
        body(&SpamDecisionBody::from(SpamDecision::Reject)),
        r#"{"action":"reject"}"#
    );
    assert_eq!(
        body(&BrowsingActionBody::from(BrowsingAction::Start)),
        r#"{"action":"start"}"#
    );
    assert_eq!(
        body(&BrowsingAssist::click(10, 20)),
        r#"{"action":"click","click":{"x":10,"y":20}}"#
    );
    assert_eq!(
        body(&CallInitiate::from(CallMode::Video)),
        r#"{"mode":"video"}"#
    );
    assert_eq!(body(&CallAbort::new()), "{}");
    assert_eq!(
        body(&CallAbort::new().user(MessageUser::default().user_id("u1"))),
        r#"{"user":{"user_id":"u1"}}"#
    );
    assert_eq!(
        body(&CallSignaling::new(
            CallSignalingType::Candidate,
            json!({"candidate": "c"})
        )),
        r#"{"type":"candidate","payload":{"candidate":"c"}}"#
    );
    assert_eq!(
        body(&ToolCall::from("summarize")),
        r#"{"command":"summarize"}"#
    );
    assert_eq!(
        body(&ToolCall::new("lookup").payload(json!({"q": 1}))),
        r#"{"command":"lookup","payload":{"q":1}}"#
    );
    assert_eq!(
        body(&WidgetButtonAction::new("payments", "refund", json!({"invoice": "D-1"})).value("1")),
        r#"{"section_id":"payments","item_id":"refund","data":{"invoice":"D-1"},"value":"1"}"#
    );
    assert_eq!(
        body(&WidgetDataFetch::new("payments", "balance", json!({}))),
        r#"{"section_id":"payments","item_id":"balance","data":{}}"#
    );
    assert_eq!(
        body(&WidgetDataEdit::new("payments", "balance", "12")),
        r#"{"section_id":"payments","item_id":"balance","value":"12"}"#
    );
    assert_eq!(
        body(&Reminder::new(
            "2018-05-29T09:00:00Z",
            "Call this customer."
        )),
        r#"{"date":"2018-05-29T09:00:00Z","note":"Call this customer."}"#
    );
    assert_eq!(
        body(&ReportBody::from(ReportFlag::Spam)),
        r#"{"flag":"spam"}"#
    );
    assert_eq!(
        body(
            &ConversationMetaUpdate::new()
                .nickname("John")
                .segments(Vec::new())
        ),
        r#"{"nickname":"John","segments":[]}"#
    );
    assert_eq!(
        body(&FilterSearchQuery::new(
            "segments",
            vec!["pro".to_owned()],
            "conversation",
            "eq"
        )),
        r#"{"criterion":"segments","query":["pro"],"model":"conversation","operator":"eq"}"#
    );
}

#[test]
fn new_message_typed_contents() {
    let audio = NewMessage::new(
        MessageFrom::User,
        Origin::Chat,
        AudioContent::new("https://x/a.ogg", "audio/ogg", 3),
    );
    assert_eq!(
        serde_json::to_value(&audio).unwrap(),
        json!({
            "type": "audio",
            "from": "user",
            "origin": "chat",
            "content": {"url": "https://x/a.ogg", "type": "audio/ogg", "duration": 3}
        })
    );
    let other = NewMessage::new(
        MessageFrom::Operator,
        Origin::Chat,
        MessageContent::Other {
            kind: "sticker".to_owned(),
            content: json!({"id": 1}),
        },
    );
    assert_eq!(
        serde_json::to_value(&other).unwrap(),
        json!({"type": "sticker", "from": "operator", "origin": "chat", "content": {"id": 1}})
    );
    let picker: NewMessage =
        serde_json::from_str(&read_fixture("conversation/body_new_message_picker.json")).unwrap();
    assert_eq!(picker.content.kind(), MessageType::Picker);
    assert_eq!(picker.origin, Origin::from("urn:crisp.im:bot:0"));
}

/// Every update body keeps the keys it has no field for: decoded into `extra`, re-encoded
/// after the typed fields, byte for byte; and an unused `extra` writes nothing.
#[test]
fn update_bodies_keep_unknown_keys_in_extra() {
    use crisp_types::body::ExtraKeys;
    use crisp_types::website::{campaign, helpdesk, helpdesk_tree, inbox, people, team, verify};

    fn check<T>(name: &str, typed: &str)
    where
        T: ExtraKeys + Serialize + serde::de::DeserializeOwned + Default + std::fmt::Debug,
    {
        // The typed part alone is unchanged by the map.
        let plain: T = serde_json::from_str(typed).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(body(&plain), typed, "{name}: bytes without extra keys");
        // A key Crisp added later (and a null) decode into `extra` and come back after the
        // typed fields, sorted by key (serde_json's `Map`).
        let with = format!(
            "{}{}\"cleared\":null,\"crisp_later\":{{\"a\":[1,2]}}}}",
            &typed[..typed.len() - 1],
            if typed == "{}" { "" } else { "," }
        );
        let decoded: T = serde_json::from_str(&with).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(body(&decoded), with, "{name}: unknown keys kept");
        // Built with the setter, the same bytes.
        let built = plain
            .with_extra("crisp_later", json!({"a": [1, 2]}))
            .with_extra("cleared", serde_json::Value::Null);
        assert_eq!(body(&built), with, "{name}: with_extra");
    }

    check::<campaign::CampaignUpdate>("CampaignUpdate", r#"{"name":"Spring"}"#);
    check::<campaign::CampaignOptions>("CampaignOptions", r#"{"tracking":true}"#);
    check::<campaign::CampaignTemplateUpdate>("CampaignTemplateUpdate", r#"{"name":"T"}"#);
    check::<ConversationMetaUpdate>("ConversationMetaUpdate", r#"{"nickname":"John"}"#);
    check::<verify::VerifySettingsUpdate>("VerifySettingsUpdate", r#"{"enabled":true}"#);
    check::<inbox::InboxSave>("InboxSave", r#"{"name":"Billing"}"#);
    check::<helpdesk::HelpdeskLocaleSectionUpdate>("SectionUpdate", r#"{"name":"S"}"#);
    check::<helpdesk::HelpdeskLocaleArticleUpdate>("ArticleUpdate", r#"{"title":"A"}"#);
    check::<helpdesk::HelpdeskLocaleCategoryUpdate>("CategoryUpdate", r#"{"name":"C"}"#);
    check::<people::PeopleProfileUpdate>("PeopleProfileUpdate", r#"{"email":"a@b.c"}"#);
    check::<people::PeopleSubscriptionUpdate>("PeopleSubscriptionUpdate", r#"{"email":false}"#);
    check::<crisp_types::website::settings::WebsiteSettingsUpdate>("WebsiteSettingsUpdate", "{}");

    // Bodies with a required field: the same, without `Default`.
    let path: helpdesk_tree::HelpdeskTreePathUpdate =
        serde_json::from_str(r#"{"action":"move","later":1}"#).unwrap();
    assert_eq!(body(&path), r#"{"action":"move","later":1}"#);
    assert_eq!(
        body(&helpdesk_tree::HelpdeskTreePathUpdate::new("move")),
        r#"{"action":"move"}"#
    );
    let team: team::TeamSave = serde_json::from_str(r#"{"name":"Support","later":true}"#).unwrap();
    assert_eq!(
        body(&team),
        r#"{"name":"Support","operators":[],"later":true}"#
    );
}

/// Campaign options Crisp clears with `null`: absent, `null` and a value are three
/// different bodies, and a decoded `null` is kept.
#[test]
fn campaign_options_send_null() {
    use crisp_types::website::campaign::{CampaignOptions, CampaignUpdate};
    let options = CampaignOptions::new()
        .sender_email_reply(None)
        .deliver_to_email(Some(false));
    let update = CampaignUpdate::new().options(options.clone());
    assert_eq!(
        body(&update),
        r#"{"options":{"deliver_to_email":false,"sender_email_reply":null}}"#
    );
    assert_eq!(body(&CampaignOptions::new()), "{}");
    let read: CampaignOptions =
        serde_json::from_str(r#"{"deliver_to_email":false,"sender_email_reply":null}"#).unwrap();
    assert_eq!(read, options);
    assert_eq!(read.sender_email_reply, Some(None));
    assert_eq!(read.tracking, None);
    // A wrong type is still an error, not a silent `None`.
    assert!(serde_json::from_str::<CampaignOptions>(r#"{"tracking":"yes"}"#).is_err());
}

/// Filter values are text or numbers, written as given, and decode back to the same kind.
#[test]
fn filter_values_take_numbers() {
    let filter = FilterSearchQuery::new("score", [10_u64], "people", "gt");
    assert_eq!(
        body(&filter),
        r#"{"criterion":"score","query":[10],"model":"people","operator":"gt"}"#
    );
    let mixed = FilterSearchQuery::new(
        "x",
        [
            FilterValue::from("a"),
            FilterValue::from(-3),
            serde_json::Number::from_f64(4.5).unwrap().into(),
        ],
        "session",
        "eq",
    );
    let text = body(&mixed);
    assert_eq!(
        text,
        r#"{"criterion":"x","query":["a",-3,4.5],"model":"session","operator":"eq"}"#
    );
    let back: FilterSearchQuery = serde_json::from_str(&text).unwrap();
    assert_eq!(back, mixed);
    assert_eq!(back.query[0].as_text(), Some("a"));
    assert_eq!(back.query[1].as_number().and_then(|n| n.as_i64()), Some(-3));
    // Anything else is an error naming what a filter value is.
    let error = serde_json::from_str::<FilterSearchQuery>(
        r#"{"criterion":"x","query":[true],"model":"m","operator":"eq"}"#,
    )
    .unwrap_err();
    assert!(
        error.to_string().contains("a string or a number"),
        "{error}"
    );
}
