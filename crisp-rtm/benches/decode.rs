//! Benchmark: decoding ~1 KB `42["message:send",{…}]` frames into typed events, on one
//! core.
//!
//! ```text
//! cargo bench -p crisp-rtm --bench decode
//! ```
//!
//! Arguments, if any, select the figures whose label contains one of them (`hot`,
//! `two-pass`, `floor`, `misfit`), e.g. to profile one alone.
//!
//! `DECODE_ITERATIONS` sets the calls per round (50,000), e.g. to run under callgrind.
//!
//! Prints events per second, best of 15 rounds: on a shared host noise only ever adds
//! time, so the best round is the cleanest measure. Four figures: the whole frame
//! (Engine.IO + Socket.IO + typed event in one pass, the client's hot path), and for
//! comparison the two-pass path (the packet with raw arguments, then `Event::decode`), the
//! typed decoder alone on the same payload (`Event::decode`, the floor) and the same
//! frame with a payload that does not fit its type (the error path, which decodes a second
//! time to find the JSON path).

use std::hint::black_box;
use std::time::Instant;

use crisp_rtm::protocol::{EnginePacket, SocketPacket, decode_event_with};
use crisp_types::event::{Event, EventError};
use serde_json::value::RawValue;

/// A `message:send` event payload of about 1 KB: the usual fields, a text, a link preview.
fn payload(fingerprint: &str) -> String {
    let text = "Hello! I ordered the blue jacket last week (order A-1042) and it still has not shipped. \
                Could you check the status and tell me when it will leave the warehouse? \
                I also wanted to ask whether I can change the delivery address to my office, \
                since I will not be home during the day next week. Thanks a lot!";
    format!(
        r#"{{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","inbox_id":null,"type":"text","from":"user","origin":"chat","content":"{text}","mentions":[],"stamped":true,"timestamp":1700000000000,"fingerprint":{fingerprint},"user":{{"user_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","nickname":"Jane Doe","avatar":"https://avatars.example.com/u/9f2c1b7e.png"}},"preview":[{{"url":"https://shop.example.com/orders/A-1042","website":"shop.example.com","title":"Order A-1042","preview":{{"excerpt":"Your order is being prepared.","image":"https://shop.example.com/og.png"}},"stamped":true}}],"read":"chat","delivered":"chat"}}"#
    )
}

/// The client's hot path: frame text → typed event, in one pass (`decode_event_with` and
/// `Event::seed`), falling back to the two-pass path on a failure, as the client does.
fn decode(frame: &str) -> Result<Event, EventError> {
    let EnginePacket::Message(message) = EnginePacket::decode(frame).expect("frame") else {
        panic!("not a message");
    };
    if let Some((_, event)) = decode_event_with(message, |name| Some(Event::seed(name))) {
        return Ok(event);
    }
    two_pass(message)
}

/// The two-pass path: the packet with its arguments borrowed as raw JSON, then
/// `Event::decode` on the first (what the client did before the one-pass decoder, and
/// still does when the one pass fails).
fn two_pass(message: &str) -> Result<Event, EventError> {
    let SocketPacket::Event { name, args, .. } = SocketPacket::decode(message).expect("packet")
    else {
        panic!("not an event");
    };
    Event::decode(&name, args.first_or_null())
}

fn rate(iterations: u32, f: &mut dyn FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..15 {
        let started = Instant::now();
        for _ in 0..iterations {
            f();
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    f64::from(iterations) / best
}

fn main() {
    let data = payload("170000000012345");
    let frame = format!(r#"42["message:send",{data}]"#);
    let misfit = format!(r#"42["message:send",{}]"#, payload(r#""not a number""#));
    assert!(matches!(decode(&frame), Ok(Event::MessageSend(_))));
    assert_eq!(
        decode(&misfit).map_err(|e| e.path().to_owned()),
        Err("fingerprint".to_owned())
    );
    let raw = RawValue::from_string(data.clone()).expect("raw");
    let iterations = std::env::var("DECODE_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(50_000);

    println!(
        "decode of a {}-byte message:send frame into a typed event, best of 15 rounds x {iterations}, one core",
        frame.len()
    );
    let selected: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let run = |label: &str, f: &mut dyn FnMut()| {
        if selected.is_empty() || selected.iter().any(|s| label.contains(s.as_str())) {
            let rate = rate(iterations, f);
            println!(
                "  {label:<40}: {rate:>9.0} events/s ({:.2} µs/event)",
                1e6 / rate
            );
        }
    };
    run("hot: frame -> typed event", &mut || {
        black_box(decode(black_box(&frame)).ok());
    });
    let message = frame.get(1..).expect("a message frame");
    run("two-pass: packet, then Event::decode", &mut || {
        black_box(two_pass(black_box(message)).ok());
    });
    run("floor: Event::decode on the payload", &mut || {
        black_box(Event::decode("message:send", black_box(&raw)).ok());
    });
    run("misfit: payload not fitting its type", &mut || {
        black_box(decode(black_box(&misfit)).err());
    });
}
