//! Tests across both layers: the frames Crisp sends, every Socket.IO packet both ways,
//! every error, and mutation fuzzing.

use std::borrow::Cow;

use crisp_types::event::{Event, EventName};
use serde::Serialize;
use serde_json::{Value, json};

use serde_json::value::RawValue;

use super::*;

/// Event arguments from JSON values (leaked: tests only).
fn raw_args(values: &[Value]) -> EventArgs<'static> {
    EventArgs::new(
        values
            .iter()
            .map(|value| &*Box::leak(serde_json::value::to_raw_value(value).unwrap())),
    )
}

/// Decodes the event of a packet's first argument, as the client does.
fn decoded(name: &str, args: &EventArgs<'_>) -> Result<Event, crisp_types::event::EventError> {
    Event::decode(name, args.first_or_null())
}

/// A `message:send` event as Crisp sends it, about 1 KB.
fn message_send_frame() -> String {
    let text = "Hello! I ordered the blue jacket last week (order A-1042) and it still has not shipped. \
                Could you check the status and tell me when it will leave the warehouse? \
                I also wanted to ask whether I can change the delivery address to my office, \
                since I will not be home during the day next week. Thanks a lot!";
    format!(
        r#"42["message:send",{{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","inbox_id":null,"type":"text","from":"user","origin":"chat","content":"{text}","mentions":[],"stamped":true,"timestamp":1700000000000,"fingerprint":170000000012345,"user":{{"user_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","nickname":"Jane Doe","avatar":"https://avatars.example.com/u/9f2c1b7e.png"}},"preview":[{{"url":"https://shop.example.com/orders/A-1042","website":"shop.example.com","title":"Order A-1042","preview":{{"excerpt":"Your order is being prepared.","image":"https://shop.example.com/og.png"}},"stamped":true}}],"read":"chat","delivered":"chat"}}]"#
    )
}

/// Decodes a whole frame down to its Socket.IO packet.
fn socket(frame: &str) -> Result<SocketPacket<'_>, ProtocolError> {
    match EnginePacket::decode(frame)? {
        EnginePacket::Message(message) => SocketPacket::decode(message),
        other => panic!("not a message: {other:?}"),
    }
}

fn encoded(packet: &SocketPacket<'_>) -> String {
    let mut out = String::new();
    packet.encode(&mut out).unwrap();
    out
}

fn event<'a>(name: &'a str, ack_id: Option<u64>, args: EventArgs<'a>) -> SocketPacket<'a> {
    SocketPacket::Event {
        namespace: "/",
        ack_id,
        name: Cow::Borrowed(name),
        args,
    }
}

// ----- The frames Crisp sends -----

#[test]
fn crisp_open_ping_pong_close_noop() {
    let frame = r#"0{"sid":"gF3mZV7CwzU6l6fnAAAB","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}"#;
    let EnginePacket::Open(info) = EnginePacket::decode(frame).unwrap() else {
        panic!("not open");
    };
    assert_eq!(info.sid, "gF3mZV7CwzU6l6fnAAAB");
    assert_eq!(info.ping_interval.as_millis(), 25_000);
    assert_eq!(info.ping_timeout.as_millis(), 20_000);
    assert_eq!(info.max_payload, Some(1_000_000));

    let EnginePacket::Ping(probe) = EnginePacket::decode("2").unwrap() else {
        panic!("not ping");
    };
    let mut pong = String::new();
    encode_pong(&mut pong, probe);
    assert_eq!(pong, "3");
    assert_eq!(EnginePacket::decode("3"), Ok(EnginePacket::Pong(None)));
    assert_eq!(EnginePacket::decode("1"), Ok(EnginePacket::Close));
    assert_eq!(EnginePacket::decode("6"), Ok(EnginePacket::Noop));
}

#[test]
fn crisp_namespace_connect_and_disconnect() {
    assert_eq!(
        socket("40"),
        Ok(SocketPacket::Connect {
            namespace: "/",
            data: None
        })
    );
    let accepted = socket(r#"40{"sid":"wZX3oN0bSVIhsaknAAAI"}"#).unwrap();
    assert_eq!(
        accepted,
        SocketPacket::Connect {
            namespace: "/",
            data: Some(json!({"sid": "wZX3oN0bSVIhsaknAAAI"}))
        }
    );
    assert_eq!(
        socket("41"),
        Ok(SocketPacket::Disconnect { namespace: "/" })
    );
}

#[test]
fn crisp_authenticated_and_unauthorized() {
    let packet = socket(r#"42["authenticated",true]"#).unwrap();
    let SocketPacket::Event {
        namespace,
        ack_id,
        name,
        args,
    } = packet
    else {
        panic!("not an event");
    };
    assert_eq!((namespace, ack_id, &*name), ("/", None, "authenticated"));
    assert!(matches!(name, Cow::Borrowed(_)));
    assert_eq!(args.first_value(), Some(Value::Bool(true)));
    assert_eq!(args, raw_args(&[json!(true)]));

    let packet = socket(r#"42["authenticated",false]"#).unwrap();
    let SocketPacket::Event { args, .. } = packet else {
        panic!("not an event");
    };
    assert_eq!(args.first_value(), Some(Value::Bool(false)));

    let packet =
        socket(r#"42["unauthorized",{"message":"Invalid token","code":"invalid_session"}]"#)
            .unwrap();
    let SocketPacket::Event { name, args, .. } = packet else {
        panic!("not an event");
    };
    assert_eq!(name, "unauthorized");
    assert_eq!(
        args.first_value().unwrap()["message"],
        Value::String("Invalid token".into())
    );
}

#[test]
fn crisp_message_send_is_typed_in_one_pass() {
    let frame = message_send_frame();
    assert!(
        (900..1_400).contains(&frame.len()),
        "fixture is {} bytes",
        frame.len()
    );
    let packet = socket(&frame).unwrap();
    let SocketPacket::Event { name, args, .. } = packet else {
        panic!("not an event");
    };
    assert_eq!(name, "message:send");
    assert!(matches!(name, Cow::Borrowed(_)));
    let event = decoded(&name, &args).unwrap();
    assert_eq!(event.kind(), EventName::MessageSend);
    assert_eq!(
        event.session_id().map(|id| id.as_str()),
        Some("session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881")
    );
    let Event::MessageSend(message) = event else {
        panic!("not message:send");
    };
    assert_eq!(message.timestamp, Some(1_700_000_000_000));
    assert_eq!(message.preview.len(), 1);

    // The argument is borrowed from the frame as it is.
    let data = frame
        .get(r#"42["message:send","#.len()..frame.len() - 1)
        .unwrap();
    assert_eq!(args.first().map(RawValue::get), Some(data));
    assert_eq!(args.len(), 1);
}

#[test]
fn crisp_connect_error() {
    let packet = socket(r#"44{"message":"Not authorized"}"#).unwrap();
    assert_eq!(packet.kind(), SocketPacketKind::ConnectError);
    assert_eq!(packet.connect_error_message(), Some("Not authorized"));
    let old = socket(r#"44"Not authorized""#).unwrap();
    assert_eq!(old.connect_error_message(), Some("Not authorized"));
    assert_eq!(
        socket("40").unwrap().connect_error_message(),
        None,
        "not a connect error"
    );
}

// ----- Socket.IO packets both ways -----

#[test]
fn every_socket_packet_both_ways() {
    let cases: Vec<(&str, SocketPacket<'_>)> = vec![
        (
            "0",
            SocketPacket::Connect {
                namespace: "/",
                data: None,
            },
        ),
        (
            r#"0{"token":"abc"}"#,
            SocketPacket::Connect {
                namespace: "/",
                data: Some(json!({"token": "abc"})),
            },
        ),
        (
            r#"0/admin,{"sid":"x"}"#,
            SocketPacket::Connect {
                namespace: "/admin",
                data: Some(json!({"sid": "x"})),
            },
        ),
        ("1", SocketPacket::Disconnect { namespace: "/" }),
        (
            "1/admin,",
            SocketPacket::Disconnect {
                namespace: "/admin",
            },
        ),
        (r#"2["hello"]"#, event("hello", None, EventArgs::default())),
        (
            r#"2["hello",1,{"a":[null,"é"]}]"#,
            event(
                "hello",
                None,
                raw_args(&[json!(1), json!({"a": [null, "é"]})]),
            ),
        ),
        (
            r#"212["socket:bind:push",{"events":["message:send"]}]"#,
            event(
                "socket:bind:push",
                Some(12),
                raw_args(&[json!({"events": ["message:send"]})]),
            ),
        ),
        (
            r#"2/chat,0["x",null]"#,
            SocketPacket::Event {
                namespace: "/chat",
                ack_id: Some(0),
                name: Cow::Borrowed("x"),
                args: raw_args(&[Value::Null]),
            },
        ),
        (
            r#"2["message:send"]"#,
            event("message:send", None, EventArgs::default()),
        ),
        (
            r#"35[]"#,
            SocketPacket::Ack {
                namespace: "/",
                ack_id: 5,
                args: vec![],
            },
        ),
        (
            r#"3/admin,18446744073709551615[1,"x"]"#,
            SocketPacket::Ack {
                namespace: "/admin",
                ack_id: u64::MAX,
                args: vec![json!(1), json!("x")],
            },
        ),
        (
            // Without serde_json's `preserve_order`, objects are written with sorted keys.
            r#"4{"data":{"code":1},"message":"Not authorized"}"#,
            SocketPacket::ConnectError {
                namespace: "/",
                data: json!({"message": "Not authorized", "data": {"code": 1}}),
            },
        ),
        (
            r#"4/admin,"refused""#,
            SocketPacket::ConnectError {
                namespace: "/admin",
                data: json!("refused"),
            },
        ),
    ];
    for (text, packet) in &cases {
        assert_eq!(SocketPacket::decode(text).as_ref(), Ok(packet), "{text}");
        assert_eq!(encoded(packet), format!("4{text}"), "{text}");
        assert_eq!(
            packet.namespace(),
            SocketPacket::decode(text).unwrap().namespace()
        );
        assert_eq!(Some(packet.kind().digit()), text.chars().next());
    }
}

#[test]
fn crisp_events_round_trip_through_their_type() {
    let text =
        r#"2["session:set_email",{"website_id":"w","session_id":"s","email":"jane@example.com"}]"#;
    let packet = SocketPacket::decode(text).unwrap();
    let SocketPacket::Event { args, .. } = &packet else {
        panic!("not an event");
    };
    assert!(matches!(
        decoded("session:set_email", args),
        Ok(Event::SessionSetEmail(_))
    ));
    let frame = encoded(&packet);
    assert_eq!(socket(&frame), Ok(packet.clone()));
    assert_eq!(frame, format!("4{text}"));

    let frame = message_send_frame();
    let packet = socket(&frame).unwrap();
    assert_eq!(socket(&encoded(&packet)), Ok(packet));
}

#[test]
fn socket_packet_kinds_map_to_digits_and_names() {
    for digit in '0'..='6' {
        let kind = SocketPacketKind::from_digit(digit).unwrap();
        assert_eq!(kind.digit(), digit);
        assert!(!kind.to_string().is_empty());
    }
    assert_eq!(SocketPacketKind::from_digit('9'), None);
    assert_eq!(SocketPacketKind::ConnectError.to_string(), "CONNECT_ERROR");
}

// ----- Event arguments -----

#[test]
fn known_events_that_do_not_fit_their_type_are_errors_naming_the_path() {
    // The codec borrows them as they are; the decoder says what does not fit, and where.
    for (text, data, path) in [
        (
            r#"2["message:send",{"session_id":42,"type":"text"}]"#,
            r#"{"session_id":42,"type":"text"}"#,
            "session_id",
        ),
        (
            r#"2["message:send",{"fingerprint":"not a number"}]"#,
            r#"{"fingerprint":"not a number"}"#,
            "fingerprint",
        ),
        (r#"2["message:send",[1,2]]"#, "[1,2]", ""),
        (r#"2["message:send",null]"#, "null", ""),
        (
            r#"2["session:set_state", "resolved" ]"#,
            r#""resolved""#,
            "",
        ),
    ] {
        let SocketPacket::Event { name, args, .. } = SocketPacket::decode(text).unwrap() else {
            panic!("not an event");
        };
        assert_eq!(args.first().map(RawValue::get), Some(data), "{text}");
        let error = decoded(&name, &args).unwrap_err();
        assert_eq!((error.name(), error.path()), (&*name, path), "{text}");
        assert_eq!(error.raw().get(), data);
    }
}

#[test]
fn arguments_after_the_first_are_kept_raw() {
    let packet =
        SocketPacket::decode(r#"2["session:set_email",{"email":"a@b.c"},{"x":1},[2]]"#).unwrap();
    let SocketPacket::Event { args, .. } = &packet else {
        panic!("not an event");
    };
    assert!(matches!(
        decoded("session:set_email", args),
        Ok(Event::SessionSetEmail(_))
    ));
    assert_eq!(
        args.iter().map(RawValue::get).collect::<Vec<_>>(),
        [r#"{"email":"a@b.c"}"#, r#"{"x":1}"#, "[2]"]
    );
    assert_eq!(
        encoded(&packet),
        r#"42["session:set_email",{"email":"a@b.c"},{"x":1},[2]]"#
    );
}

#[test]
fn events_without_argument_decode_as_null_data() {
    for name in ["message:send", "authenticated", "future:event"] {
        let text = format!(r#"2["{name}"]"#);
        let SocketPacket::Event { name, args, .. } = SocketPacket::decode(&text).unwrap() else {
            panic!("not an event");
        };
        assert_eq!(args, EventArgs::default());
        assert!(args.is_empty());
        assert_eq!(args.first_value(), None);
        assert_eq!(args.first_or_null().get(), "null");
        match decoded(&name, &args) {
            // A known event needs its payload object.
            Err(error) => assert_eq!((error.name(), error.path()), (&*name, "")),
            Ok(event) => assert_eq!(
                event,
                Event::Unknown {
                    name: name.to_string(),
                    data: Value::Null
                }
            ),
        }
    }
}

#[test]
fn escaped_names_are_decoded() {
    let text = r#"2["message\u003asend",{"content":"hi","type":"text"}]"#;
    let SocketPacket::Event { name, args, .. } = SocketPacket::decode(text).unwrap() else {
        panic!("not an event");
    };
    assert!(matches!(name, Cow::Owned(_)));
    assert_eq!(name, "message:send");
    assert!(matches!(decoded(&name, &args), Ok(Event::MessageSend(_))));
}

#[test]
fn arguments_are_kept_as_sent() {
    let typed =
        SocketPacket::decode(r#"2["session:set_email",{"email":"a@b.c","extra":1}]"#).unwrap();
    let SocketPacket::Event { args, .. } = typed else {
        panic!("not an event");
    };
    assert!(decoded("session:set_email", &args).is_ok());
    // Not re-encoded from the type: the key the type does not know is still there.
    assert_eq!(
        args.first_value(),
        Some(json!({"email": "a@b.c", "extra": 1}))
    );
}

// ----- Encoders -----

#[derive(Serialize)]
struct Authentication<'a> {
    tier: &'a str,
    username: &'a str,
    password: &'a str,
    events: &'a [&'a str],
}

#[test]
fn encodes_what_the_client_sends() {
    let mut out = String::new();
    Namespace::ROOT.connect(&mut out);
    assert_eq!(out, "40");

    out.clear();
    Namespace::ROOT
        .connect_with_auth(&mut out, &json!({"token": "t"}))
        .unwrap();
    assert_eq!(out, r#"40{"token":"t"}"#);

    out.clear();
    let auth = Authentication {
        tier: "plugin",
        username: "id",
        password: "key \"quoted\" é",
        events: &["message:send", "session:set_state"],
    };
    Namespace::ROOT
        .emit(&mut out, "authentication", None, &auth)
        .unwrap();
    assert_eq!(
        out,
        r#"42["authentication",{"tier":"plugin","username":"id","password":"key \"quoted\" é","events":["message:send","session:set_state"]}]"#
    );
    let decoded = socket(&out).unwrap();
    assert_eq!(
        decoded,
        event(
            "authentication",
            None,
            EventArgs::new([&*Box::leak(serde_json::value::to_raw_value(&auth).unwrap())])
        )
    );

    out.clear();
    Namespace::ROOT
        .emit(&mut out, "socket:bind", Some(3), "")
        .unwrap();
    assert_eq!(out, r#"423["socket:bind",""]"#);

    out.clear();
    Namespace::ROOT
        .ack(&mut out, 9, &json!({"ok": true}))
        .unwrap();
    assert_eq!(out, r#"439[{"ok":true}]"#);

    out.clear();
    Namespace::ROOT.disconnect(&mut out);
    assert_eq!(out, "41");

    out.clear();
    let admin = Namespace::new("/admin").unwrap();
    admin.connect(&mut out);
    admin.disconnect(&mut out);
    assert_eq!(out, "40/admin,41/admin,");
    assert_eq!(admin.to_string(), "/admin");
    assert_eq!(Namespace::default(), Namespace::ROOT);
    assert_eq!(Namespace::ROOT.as_str(), "/");

    // Names that need escaping survive.
    out.clear();
    Namespace::ROOT
        .emit(&mut out, "we\"ird,[name]", Some(1), &1)
        .unwrap();
    let SocketPacket::Event { name, ack_id, .. } = socket(&out).unwrap() else {
        panic!("not an event");
    };
    assert_eq!((&*name, ack_id), ("we\"ird,[name]", Some(1)));
}

#[test]
fn rejects_invalid_namespaces_and_unencodable_data() {
    for name in ["", "admin", "/a,b", "/a[", "/a{", "/a\""] {
        assert_eq!(
            Namespace::new(name),
            Err(ProtocolError::InvalidNamespace {
                namespace: name.into()
            })
        );
    }
    let packet = SocketPacket::Disconnect { namespace: "nope" };
    let mut out = String::from("keep");
    assert_eq!(
        packet.encode(&mut out).unwrap_err().code(),
        "invalid_namespace"
    );
    assert_eq!(out, "keep");

    let not_an_object = ProtocolError::WrongDataType {
        packet: SocketPacketKind::Connect,
        expected: "an object",
    };
    for auth in [json!(1), json!("token"), json!([1]), Value::Null] {
        assert_eq!(
            Namespace::ROOT.connect_with_auth(&mut out, &auth),
            Err(not_an_object.clone())
        );
        let packet = SocketPacket::Connect {
            namespace: "/",
            data: Some(auth),
        };
        assert_eq!(packet.encode(&mut out), Err(not_an_object.clone()));
        assert_eq!(out, "keep");
    }
    for data in [json!(1), json!([]), Value::Null] {
        let packet = SocketPacket::ConnectError {
            namespace: "/",
            data,
        };
        assert_eq!(
            packet.encode(&mut out).unwrap_err().code(),
            "wrong_data_type"
        );
        assert_eq!(out, "keep");
    }

    let mut bad = std::collections::BTreeMap::new();
    bad.insert((1, 2), 3);
    for result in [
        Namespace::ROOT.emit(&mut out, "x", None, &bad),
        Namespace::ROOT.connect_with_auth(&mut out, &bad),
        Namespace::ROOT.ack(&mut out, 1, &bad),
    ] {
        assert!(matches!(result, Err(ProtocolError::Encode { .. })));
        assert_eq!(out, "keep");
    }
}

// ----- Errors -----

#[test]
fn every_malformed_packet_is_a_typed_error() {
    use SocketPacketKind as K;
    let cases: &[(&str, ProtocolError)] = &[
        ("", ProtocolError::EmptyMessage),
        ("7", ProtocolError::UnknownSocketType('7')),
        ("x2[]", ProtocolError::UnknownSocketType('x')),
        ("中", ProtocolError::UnknownSocketType('中')),
        (
            r#"51-["hello",{"_placeholder":true,"num":0}]"#,
            ProtocolError::BinaryUnsupported {
                packet: K::BinaryEvent,
                attachments: Some(1),
            },
        ),
        (
            r#"62-/admin,3[{"_placeholder":true,"num":0}]"#,
            ProtocolError::BinaryUnsupported {
                packet: K::BinaryAck,
                attachments: Some(2),
            },
        ),
        (
            "5",
            ProtocolError::BinaryUnsupported {
                packet: K::BinaryEvent,
                attachments: None,
            },
        ),
        (
            "5x-[]",
            ProtocolError::BinaryUnsupported {
                packet: K::BinaryEvent,
                attachments: None,
            },
        ),
        (r#"2/admin["a"]"#, ProtocolError::MissingNamespaceComma),
        ("1/admin", ProtocolError::MissingNamespaceComma),
        (r#"0/admin{"a":1}"#, ProtocolError::MissingNamespaceComma),
        (r#"299999999999999999999["a"]"#, ProtocolError::BadAckId),
        ("318446744073709551616[]", ProtocolError::BadAckId),
        ("01", ProtocolError::UnexpectedAckId(K::Connect)),
        ("11", ProtocolError::UnexpectedAckId(K::Disconnect)),
        (
            r#"41{"message":"x"}"#,
            ProtocolError::UnexpectedAckId(K::ConnectError),
        ),
        ("3[]", ProtocolError::MissingAckId),
        ("3", ProtocolError::MissingAckId),
        ("1x", ProtocolError::UnexpectedSocketData(K::Disconnect)),
        (
            "1/admin,{}",
            ProtocolError::UnexpectedSocketData(K::Disconnect),
        ),
        ("2", ProtocolError::MissingData(K::Event)),
        ("27", ProtocolError::MissingData(K::Event)),
        ("35", ProtocolError::MissingData(K::Ack)),
        ("4", ProtocolError::MissingData(K::ConnectError)),
        (r#"2["#, invalid(K::Event)),
        (r#"2["message:send",{"type":"text""#, invalid(K::Event)),
        (r#"2["a"] x"#, invalid(K::Event)),
        (r#"2["a",]"#, invalid(K::Event)),
        (r#"2["a",{"b":}]"#, invalid(K::Event)),
        (r#"2x["a"]"#, invalid(K::Event)),
        ("0{", invalid(K::Connect)),
        ("35[", invalid(K::Ack)),
        ("4{\"message\"", invalid(K::ConnectError)),
        (r#"2{"a":1}"#, wrong(K::Event, "an array")),
        (r#"2"message:send""#, wrong(K::Event, "an array")),
        ("2 null", wrong(K::Event, "an array")),
        ("0[]", wrong(K::Connect, "an object")),
        ("0\"token\"", wrong(K::Connect, "an object")),
        ("35{}", wrong(K::Ack, "an array")),
        ("4null", wrong(K::ConnectError, "a string or an object")),
        ("4[\"x\"]", wrong(K::ConnectError, "a string or an object")),
        ("2[]", ProtocolError::MissingEventName),
        ("2 [ ] ", ProtocolError::MissingEventName),
        ("2[1,{}]", ProtocolError::EventNameNotString),
        ("2[null]", ProtocolError::EventNameNotString),
        (
            r#"2[["message:send"],{}]"#,
            ProtocolError::EventNameNotString,
        ),
        (r#"2[{"name":"x"}]"#, ProtocolError::EventNameNotString),
    ];
    for (text, error) in cases {
        let got = SocketPacket::decode(text);
        match (&got, error) {
            (
                Err(ProtocolError::InvalidJson { packet, .. }),
                ProtocolError::InvalidJson { packet: want, .. },
            ) => assert_eq!(packet, want, "{text}"),
            _ => assert_eq!(got.as_ref(), Err(error), "{text}"),
        }
        let error = got.unwrap_err();
        assert!(!error.to_string().is_empty());
        assert!(!error.code().is_empty());
    }
}

fn invalid(packet: SocketPacketKind) -> ProtocolError {
    ProtocolError::InvalidJson {
        packet,
        message: String::new(),
    }
}

fn wrong(packet: SocketPacketKind, expected: &'static str) -> ProtocolError {
    ProtocolError::WrongDataType { packet, expected }
}

#[test]
fn error_messages_read_well() {
    assert_eq!(
        ProtocolError::BinaryUnsupported {
            packet: SocketPacketKind::BinaryEvent,
            attachments: Some(2)
        }
        .to_string(),
        "Socket.IO BINARY_EVENT packets are not supported (2 attachments)"
    );
    assert_eq!(
        ProtocolError::WrongDataType {
            packet: SocketPacketKind::Event,
            expected: "an array"
        }
        .to_string(),
        "Socket.IO EVENT packet data is not an array"
    );
    let error: Box<dyn std::error::Error> = Box::new(ProtocolError::EmptyFrame);
    assert_eq!(error.to_string(), "empty Engine.IO frame");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for text in [
        format!(r#"2["x",{deep}]"#),
        format!(r#"2["message:send",{deep}]"#),
        format!(r#"2["message:send",{{"a":{deep}}}]"#),
        format!("2{deep}"),
        format!("35{deep}"),
        format!("0{{\"a\":{deep}}}"),
    ] {
        let _ = SocketPacket::decode(&text);
    }
    let _ = EnginePacket::decode(&format!("0{deep}"));
}

// ----- Fuzzing -----
//
// `CRISP_FUZZ_SECS` sets how long each fuzzer runs: unset, the fixed round count and seed
// CI uses; set to N, random rounds for N seconds from a random seed (printed, with the
// rounds done; `CRISP_FUZZ_SEED` replays a seed).

/// How one fuzzer runs, from `CRISP_FUZZ_SECS` / `CRISP_FUZZ_SEED`.
struct Fuzz {
    name: &'static str,
    /// `None`: the fixed round count; `Some`: run until then.
    deadline: Option<std::time::Instant>,
    rng: XorShift,
}

impl Fuzz {
    /// The fuzzer `name`, seeded with `seed` unless a duration is asked for.
    fn new(name: &'static str, seed: u64) -> Self {
        let secs = std::env::var("CRISP_FUZZ_SECS").ok().map(|value| {
            value.trim().parse::<u64>().unwrap_or_else(|_| {
                panic!("CRISP_FUZZ_SECS={value:?} is not a whole number of seconds")
            })
        });
        let Some(secs) = secs else {
            return Fuzz {
                name,
                deadline: None,
                rng: XorShift(seed),
            };
        };
        let seed = match std::env::var("CRISP_FUZZ_SEED") {
            Ok(value) => {
                let digits = value.trim().trim_start_matches("0x");
                u64::from_str_radix(digits, 16)
                    .unwrap_or_else(|_| panic!("CRISP_FUZZ_SEED={value:?} is not hexadecimal"))
            }
            Err(_) => fastrand::u64(1..),
        }
        .max(1);
        say(format_args!(
            "{name}: fuzzing for {secs} s, CRISP_FUZZ_SEED={seed:#x}"
        ));
        Fuzz {
            name,
            deadline: Some(std::time::Instant::now() + std::time::Duration::from_secs(secs)),
            rng: XorShift(seed),
        }
    }

    /// Whether the rounds are timed (`CRISP_FUZZ_SECS` set) rather than counted.
    fn timed(&self) -> bool {
        self.deadline.is_some()
    }

    /// Runs `round(rng, n)` for n = 0, 1, …: `fixed` rounds, or until the deadline.
    /// Returns the number of rounds done.
    fn run(&mut self, fixed: usize, mut round: impl FnMut(&mut XorShift, usize)) -> usize {
        let Some(deadline) = self.deadline else {
            for n in 0..fixed {
                round(&mut self.rng, n);
            }
            return fixed;
        };
        let mut done = 0;
        // The clock is read once every 256 rounds.
        while std::time::Instant::now() < deadline {
            for _ in 0..256 {
                round(&mut self.rng, done);
                done += 1;
            }
        }
        say(format_args!("{}: {done} rounds", self.name));
        done
    }
}

/// A line on the process's stderr, not through `eprintln!`, which the test harness
/// captures and hides for a test that passes.
fn say(line: std::fmt::Arguments<'_>) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// xorshift64*: a small deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        // n is small: the modulo bias does not matter here.
        usize::try_from(self.next() % u64::try_from(n.max(1)).unwrap()).unwrap()
    }
}

fn seeds() -> Vec<String> {
    let mut seeds: Vec<String> = [
        r#"0{"sid":"gF3mZV7CwzU6l6fnAAAB","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}"#,
        "1",
        "2",
        "2probe",
        "3",
        "40",
        r#"40{"sid":"wZX3oN0bSVIhsaknAAAI"}"#,
        "41",
        r#"42["authenticated",true]"#,
        r#"42["unauthorized",{"message":"Invalid token"}]"#,
        r#"42/admin,12["socket:bind",{}]"#,
        r#"435[{"ok":true}]"#,
        r#"44{"message":"Not authorized"}"#,
        r#"451-["x",{"_placeholder":true,"num":0}]"#,
        r#"42["session:set_state",{"website_id":"w","session_id":"s","state":"resolved"}]"#,
        r#"42["message:send",{"type":"file","content":{"name":"a.png","url":"u","type":"image/png"},"fingerprint":1}]"#,
        r#"42["future:event",{"x":[1,{"y":null}]},"é"]"#,
        "5",
        "6",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    seeds.push(message_send_frame());
    seeds
}

/// Decodes a frame through both layers and, when it decodes, re-encodes it.
fn exercise(frame: &str) {
    match EnginePacket::decode(frame) {
        Ok(EnginePacket::Message(message)) => {
            one_pass_agrees(message);
            if let Ok(packet) = SocketPacket::decode(message) {
                let mut out = String::new();
                if packet.encode(&mut out).is_ok() {
                    // What we write, we read.
                    assert!(socket(&out).is_ok(), "{frame:?} → {out:?}");
                }
                if let SocketPacket::Event { name, args, .. } = packet {
                    let _ = args.first_value();
                    // Decoding the first argument never panics: typed, Unknown or an error.
                    if let Err(error) = decoded(&name, &args) {
                        assert_eq!(error.raw().get(), args.first_or_null().get());
                        let _ = error.to_string();
                    }
                }
            }
        }
        Ok(packet) => {
            let mut out = String::new();
            packet.encode(&mut out).unwrap();
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
}

/// Typed in one pass: the event as the two-pass path (packet, then `Event::decode`)
/// gives it. Returns whether the one pass answered.
fn one_pass_agrees(message: &str) -> bool {
    let Some((name, event)) = decode_event_with(message, |name| Some(Event::seed(name))) else {
        return false;
    };
    let Ok(SocketPacket::Event {
        name: careful_name,
        args,
        ..
    }) = SocketPacket::decode(message)
    else {
        panic!("only the one pass decodes {message:?}");
    };
    assert_eq!(name, careful_name, "{message:?}");
    assert_eq!(decoded(name, &args).as_ref(), Ok(&event), "{message:?}");
    true
}

#[test]
fn events_are_typed_in_one_pass_when_they_can_be() {
    let frame = message_send_frame();
    let message = frame.get(1..).unwrap();
    assert!(one_pass_agrees(message));
    let Some((name, Event::MessageSend(_))) =
        decode_event_with(message, |name| Some(Event::seed(name)))
    else {
        panic!("typed");
    };
    assert_eq!(name, "message:send");
    // Namespaced, acknowledged, with more arguments, unknown: still one pass.
    for message in [
        r#"2/admin,["session:set_state",{"state":"resolved"}]"#,
        r#"27["session:set_state",{"state":"resolved"}]"#,
        r#"2["session:set_state",{"state":"resolved"},1,[2]]"#,
        r#"2["brand:new",[1]]"#,
    ] {
        assert!(one_pass_agrees(message), "{message}");
    }
    // Left to the full decoder: not an event, an escaped or missing name, no argument, a
    // misfit, malformed or trailing JSON, binary, or a name the caller declines.
    for message in [
        "0",
        r#"0{"sid":"x"}"#,
        r#"3["x"]"#,
        r#"2["message\u003asend",{}]"#,
        "2[]",
        r#"2["session:set_state"]"#,
        r#"2[7,{}]"#,
        r#"2["session:set_state",{"state":5}]"#,
        r#"2["session:set_state",[]]"#,
        r#"2["session:set_state",{}"#,
        r#"2["session:set_state",{}] x"#,
        r#"2["session:set_state",{}],"#,
        r#"51-["x",{"_placeholder":true,"num":0}]"#,
        "2{}",
    ] {
        assert!(!one_pass_agrees(message), "{message}");
    }
    assert_eq!(
        decode_event_with(r#"2["authenticated",true]"#, |name| {
            (name != "authenticated").then(|| Event::seed(name))
        }),
        None
    );
}

const ALPHABET: &[&str] = &[
    "{", "}", "[", "]", "\"", ":", ",", "-", "/", "0", "1", "2", "4", "9", "a", "\\", " ", "é",
    "😀", "null", "true", "\\u0041", "\\ud800",
];

fn mutate(rng: &mut XorShift, seed: &str) -> String {
    let mut chars: Vec<String> = seed.chars().map(String::from).collect();
    for _ in 0..=rng.below(4) {
        let at = rng.below(chars.len() + 1);
        let piece = ALPHABET[rng.below(ALPHABET.len())].to_owned();
        match rng.below(5) {
            0 if at < chars.len() => chars[at] = piece,
            1 if at < chars.len() => {
                chars.remove(at);
            }
            2 => chars.truncate(at),
            3 if at < chars.len() => {
                let other = rng.below(chars.len());
                chars.swap(at, other);
            }
            _ => chars.insert(at, piece),
        }
    }
    chars.concat()
}

#[test]
fn decoding_never_panics_on_truncated_frames() {
    for seed in seeds() {
        for (at, _) in seed.char_indices() {
            exercise(seed.get(..at).unwrap());
            exercise(seed.get(at..).unwrap());
        }
        exercise(&seed);
    }
}

#[test]
fn decoding_never_panics_on_mutated_frames() {
    let seeds = seeds();
    let mut fuzz = Fuzz::new("mutated frames", 0x9E37_79B9_7F4A_7C15);
    // Fixed: 40,000 mutations, then 5,000 arbitrary frames; timed: one in nine arbitrary.
    let timed = fuzz.timed();
    fuzz.run(45_000, |rng, round| {
        let arbitrary = if timed {
            round % 9 == 8
        } else {
            round >= 40_000
        };
        if arbitrary {
            // Arbitrary bytes, read as text.
            let len = rng.below(40);
            let bytes: Vec<u8> = (0..len).map(|_| rng.next().to_le_bytes()[0]).collect();
            exercise(&String::from_utf8_lossy(&bytes));
        } else {
            let frame = mutate(rng, &seeds[round % seeds.len()]);
            exercise(&frame);
        }
    });
}
