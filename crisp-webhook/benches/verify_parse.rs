//! Benchmark: verify + typed parse of a ~2 KB `message:send` web-hook delivery on one core.
//!
//! ```text
//! cargo bench -p crisp-webhook --bench verify_parse
//! ```
//!
//! Prints deliveries per second for verification alone, parsing alone, SHA-256 of the body
//! alone (the floor under verification), and verify + parse (the figure compared with the
//! official Node client on the same bodies: 118,360/s typical, 93,845/s rich), best of 15
//! rounds: on a shared host, noise only ever adds time, so the best round is the cleanest
//! measure. For comparison, the parse of the same delivery with `data` before `event`,
//! which the one-pass parser leaves to the careful two-pass one. The node figures it prints
//! are an earlier run's; `bash crisp-webhook/benches/node/side_by_side.sh` measures both
//! clients in interleaved rounds.

use std::hint::black_box;
use std::time::Instant;

use crisp_webhook::{Verifier, parse, sign};
use sha2::{Digest, Sha256};

/// The signing secret and timestamp of every delivery here (the node side of
/// `benches/node/side_by_side.sh` uses the same two).
const SECRET: &str = "plugin-signing-secret";
const TIMESTAMP: &str = "1700000000000";

/// A typical `message:send` delivery of about 2 KB: the usual fields and a long text.
fn typical() -> String {
    let text = "Hello! I ordered the blue jacket last week (order A-1042) and it still has not shipped. \
                Could you check the status and tell me when it will leave the warehouse? \
                I also wanted to ask whether I can change the delivery address to my office, \
                since I will not be home during the day next week. ";
    let text = text.repeat(5);
    format!(
        r#"{{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","event":"message:send","data":{{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","inbox_id":null,"type":"text","from":"user","origin":"chat","content":"{text}","mentions":[],"stamped":true,"timestamp":1700000000000,"fingerprint":170000000012345,"user":{{"user_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","nickname":"Jane Doe"}}}},"timestamp":1700000000000}}"#
    )
}

/// A rich `message:send` delivery of about 2 KB: link preview, references, original,
/// properties, read and delivery marks: many small fields.
fn rich() -> String {
    let text = "Hello! I ordered the blue jacket last week (order A-1042) and it still has not shipped. \
                Could you check the status and tell me when it will leave the warehouse? Thanks a lot!";
    format!(
        r#"{{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","event":"message:send","data":{{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","session_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","type":"text","from":"user","origin":"chat","content":"{text}","mentions":[],"preview":[{{"url":"https://shop.example.com/orders/A-1042","website":"shop.example.com","title":"Order A-1042 - Example Shop","preview":{{"excerpt":"Your order A-1042 was placed on November 14 and is being prepared for shipping.","image":"https://shop.example.com/static/og-order.png"}},"stamped":true}},{{"url":"https://shop.example.com/help/shipping","website":"shop.example.com","title":"Shipping times - Example Shop help","preview":{{"excerpt":"Orders leave our warehouse within 2 to 5 working days.","image":"https://shop.example.com/static/og-help.png"}},"stamped":true}}],"stamped":true,"timestamp":1700000000000,"fingerprint":170000000012345,"user":{{"user_id":"session_700c65e1-85e2-465a-b9ac-ecb5ec2c9881","nickname":"Jane Doe","avatar":"https://avatars.example.com/u/9f2c1b7e-5a4d-4c3b-8e2f-1a0b9c8d7e6f.png"}},"references":[{{"type":"url","name":"order","target":"https://shop.example.com/orders/A-1042"}},{{"type":"url","name":"help","target":"https://shop.example.com/help/shipping"}}],"original":{{"original_id":"3a7c9e1f-2b4d-4f6a-8c0e-1d3f5a7b9c2e"}},"properties":{{"source":"widget","page":"https://shop.example.com/account/orders","plan":"gold","locale":"en-GB","campaign":"winter-sale"}},"edited":false,"translated":false,"automated":false,"read":"chat","delivered":"chat"}},"timestamp":1700000000000}}"#
    )
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
    println!(
        "verify + typed parse of a message:send web-hook delivery, best of 15 rounds x 20,000, one core"
    );
    for (label, body) in [("typical", typical()), ("rich", rich())] {
        // `VERIFY_DUMP=<dir>`: writes each body and its signature for the node side of
        // benches/node/side_by_side.sh, and measures nothing.
        if let Ok(dir) = std::env::var("VERIFY_DUMP") {
            let signature = sign(SECRET, TIMESTAMP, body.as_bytes());
            std::fs::write(format!("{dir}/{label}.json"), &body).expect("dump body");
            std::fs::write(format!("{dir}/{label}.sig"), signature).expect("dump signature");
            continue;
        }
        bench(label, body.as_bytes());
    }
}

fn bench(label: &str, body: &[u8]) {
    let timestamp = TIMESTAMP;
    let signature = sign(SECRET, timestamp, body);
    let verifier = Verifier::new(SECRET).tolerance(None);
    assert!(
        verifier
            .verify_and_parse(timestamp, &signature, body)
            .expect("valid")
            .event
            .is_typed()
    );
    let iterations = std::env::var("VERIFY_ITERATIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_000);
    // `VERIFY_ONLY=typical:parse` runs that one figure (the others print NaN), e.g. to
    // count its instructions under callgrind.
    let only = std::env::var("VERIFY_ONLY").ok();
    let rate = |figure: &str, f: &mut dyn FnMut()| {
        if only
            .as_deref()
            .is_some_and(|only| only != format!("{label}:{figure}"))
        {
            return f64::NAN;
        }
        rate(iterations, f)
    };

    let verify = rate("verify", &mut || {
        black_box(verifier.verify(timestamp, black_box(&signature), black_box(body)))
            .expect("verify");
    });
    let parse_only = rate("parse", &mut || {
        black_box(parse(black_box(body))).expect("parse");
    });
    let both = rate("both", &mut || {
        black_box(verifier.verify_and_parse(timestamp, black_box(&signature), black_box(body)))
            .expect("both");
    });
    // The same delivery with `data` moved before `event`: the careful two-pass parser.
    let text = std::str::from_utf8(body).expect("UTF-8");
    let (start, end) = (
        text.find(r#""event":"#).expect("event"),
        text.find(r#","data":"#).expect("data"),
    );
    let (event, tail) = (&text[start..end], &text[end + 1..]);
    let data_end = tail.rfind(r#","timestamp":"#).expect("timestamp");
    let reordered = format!(
        "{}{},{}{}",
        &text[..start],
        &tail[..data_end],
        event,
        &tail[data_end..]
    );
    assert_eq!(
        parse(reordered.as_bytes()).expect("reordered"),
        parse(body).expect("body")
    );
    let careful = rate("careful", &mut || {
        black_box(parse(black_box(reordered.as_bytes()))).expect("parse");
    });
    let sha = rate("sha", &mut || {
        black_box(<Sha256 as Digest>::digest(black_box(body)));
    });
    // The official Node client (`JSON.parse` + `verifyHook`) on the same bodies, same host
    // (design/performance.md; `benches/node/side_by_side.sh` measures it in the same run),
    // and the bars of issue 14.
    let (node, bar) = if label == "typical" {
        (118_360.0, 10)
    } else {
        (93_845.0, 6)
    };
    println!("{label} delivery, {} bytes:", body.len());
    println!(
        "  verify only:          {verify:>9.0} /s  ({:.2} us)",
        1e6 / verify
    );
    println!(
        "  typed parse only:     {parse_only:>9.0} /s  ({:.2} us)",
        1e6 / parse_only
    );
    println!(
        "  careful parse (data before event): {careful:>9.0} /s  ({:.2} us)",
        1e6 / careful
    );
    println!(
        "  SHA-256 of the body:  {sha:>9.0} /s  ({:.2} us, {:.2} ns/byte; the floor of verify)",
        1e6 / sha,
        1e9 / sha / body.len() as f64
    );
    println!(
        "  verify + typed parse: {both:>9.0} /s  ({:.2} us) = {:.1}x the Node client's {node:.0}/s (bar: {bar}x)",
        1e6 / both,
        both / node
    );
}
