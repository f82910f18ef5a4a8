//! A mutation fuzzer over parse and verify, run as a test: it must never panic, and every
//! outcome must be a value or a typed error. Deterministic (fixed seeds), bounded in time.

use crisp_webhook::{Verifier, WebhookError, parse, sign};

const SEEDS: &[&str] = &[
    r#"{"website_id":"w","event":"message:send","data":{"website_id":"w","session_id":"session_1","type":"text","from":"user","origin":"chat","content":"Hello","fingerprint":1,"timestamp":2},"timestamp":3}"#,
    r#"{"website_id":"w","event":"message:send","data":{"type":"picker","content":{"id":"p","text":"Pick","choices":[{"value":"a","label":"A","selected":false}]}},"timestamp":3}"#,
    r#"{"event":"session:set_state","data":{"website_id":"w","session_id":"s","state":"resolved"}}"#,
    r#"{"event":"people:profile:created","data":{"website_id":"w","people_id":"p","email":"a@b.c"}}"#,
    r#"{"event":"bucket:url:upload:generated","data":{"from":"x","identifier":"i","id":"1","url":{"resource":"r","signed":"s"}}}"#,
    r#"{"event":"unknown:thing","data":{"nested":[1,2,{"a":null}]}}"#,
];

const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b":",
    b",",
    b"null",
    b"true",
    b"-1",
    b"1e999",
    b"\\u0000",
    b"\\ud800",
    b"\xff",
    b"\xc3",
    b"\"event\"",
    b"\"data\"",
    b"\"type\"",
    b"\"content\"",
    b"0.5",
    b"18446744073709551616",
];

fn mutate(seed: &[u8], rng: &mut fastrand::Rng) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..rng.usize(1..4) {
        if bytes.is_empty() {
            bytes.extend_from_slice(TOKENS[rng.usize(..TOKENS.len())]);
            continue;
        }
        let at = rng.usize(..bytes.len());
        match rng.u8(..5) {
            0 => bytes[at] ^= 1 << rng.u8(..8),
            1 => bytes.truncate(at),
            2 => {
                bytes.remove(at);
            }
            3 => {
                let token = TOKENS[rng.usize(..TOKENS.len())];
                bytes.splice(at..at, token.iter().copied());
            }
            _ => {
                let end = rng.usize(at..=bytes.len());
                let chunk = bytes[at..end].to_vec();
                bytes.splice(at..at, chunk);
            }
        }
    }
    bytes
}

#[test]
fn parse_and_verify_never_panic() {
    let verifier = Verifier::new("secret").tolerance(None);
    let mut rng = fastrand::Rng::with_seed(0x00c0_ffee);
    let mut outcomes = [0usize; 3];
    for round in 0..20_000 {
        let seed = SEEDS[round % SEEDS.len()].as_bytes();
        let body = mutate(seed, &mut rng);
        match parse(&body) {
            Ok(webhook) => {
                outcomes[0] += 1;
                let _ = webhook.event.name();
                let _ = serde_json::to_string(&webhook.event.data());
            }
            Err(WebhookError::MalformedJson { .. }) => outcomes[1] += 1,
            Err(_) => outcomes[2] += 1,
        }
        // Signed with the right key, the mutated body verifies, and parsing then agrees.
        let signature = sign("secret", "1700000000000", &body);
        let verified = verifier.verify_and_parse("1700000000000", &signature, &body);
        assert_eq!(verified.is_ok(), parse(&body).is_ok());
        // Mutated headers never panic either.
        let header = String::from_utf8_lossy(&mutate(signature.as_bytes(), &mut rng)).into_owned();
        let timestamp = String::from_utf8_lossy(&mutate(b"1700000000000", &mut rng)).into_owned();
        let _ = verifier.verify(&timestamp, &header, &body);
    }
    // The fuzzer reached all three outcomes.
    assert!(outcomes.iter().all(|&n| n > 100), "{outcomes:?}");
}

#[test]
fn arbitrary_bytes_never_panic() {
    let verifier = Verifier::new("secret").tolerance(None);
    let mut rng = fastrand::Rng::with_seed(7);
    for _ in 0..20_000 {
        let body: Vec<u8> = (0..rng.usize(0..64)).map(|_| rng.u8(..)).collect();
        if parse(&body).is_ok() {
            // Only a JSON object can parse.
            let first = body.iter().find(|b| !b.is_ascii_whitespace());
            assert_eq!(first, Some(&b'{'), "{body:?}");
        }
        let _ = verifier.verify("1", &String::from_utf8_lossy(&body), &body);
    }
}
