//! A mutation fuzzer over parse and verify, run as a test: it must never panic, and every
//! outcome must be a value or a typed error.
//!
//! By default it is deterministic (fixed seeds, a fixed number of rounds), as CI runs it.
//! `CRISP_FUZZ_SECS=N` runs random rounds for N seconds instead (a new seed each run,
//! printed with the number of rounds done; `CRISP_FUZZ_SEED` replays a seed):
//! `CRISP_FUZZ_SECS=300 cargo test -p crisp-webhook --test it -- fuzz --nocapture`.

use std::time::{Duration, Instant};

use crisp_webhook::{Verifier, WebhookError, parse, sign};

/// How long a fuzzer runs: the fixed rounds CI runs, or random rounds for a while.
#[derive(Debug)]
struct Budget {
    name: &'static str,
    seed: u64,
    deadline: Option<Instant>,
    rounds: usize,
    done: usize,
}

impl Budget {
    /// `rounds` rounds from `seed`, unless `CRISP_FUZZ_SECS` asks for a duration.
    fn new(name: &'static str, seed: u64, rounds: usize) -> Budget {
        let secs = std::env::var("CRISP_FUZZ_SECS").ok().map(|v| {
            v.trim()
                .parse::<u64>()
                .unwrap_or_else(|_| panic!("CRISP_FUZZ_SECS={v:?} is not a number of seconds"))
        });
        let Some(secs) = secs else {
            return Budget {
                name,
                seed,
                deadline: None,
                rounds,
                done: 0,
            };
        };
        let seed = std::env::var("CRISP_FUZZ_SEED").map_or_else(
            |_| fastrand::u64(..),
            |v| {
                v.trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("CRISP_FUZZ_SEED={v:?} is not a number"))
            },
        );
        println!("{name}: fuzzing for {secs} s, CRISP_FUZZ_SEED={seed}");
        Budget {
            name,
            seed,
            deadline: Some(Instant::now() + Duration::from_secs(secs)),
            rounds: usize::MAX,
            done: 0,
        }
    }

    /// The generator of this run.
    fn rng(&self) -> fastrand::Rng {
        fastrand::Rng::with_seed(self.seed)
    }

    /// The number (from 0) of the next round to run, if any.
    fn next_round(&mut self) -> Option<usize> {
        let more = match self.deadline {
            None => self.done < self.rounds,
            // The clock is read every 64 rounds only.
            Some(deadline) => self.done % 64 != 0 || Instant::now() < deadline,
        };
        more.then(|| {
            self.done += 1;
            self.done - 1
        })
    }
}

impl Drop for Budget {
    fn drop(&mut self) {
        if self.deadline.is_some() {
            println!(
                "{}: {} rounds done, CRISP_FUZZ_SEED={}",
                self.name, self.done, self.seed
            );
        }
    }
}

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
    let mut budget = Budget::new("parse_and_verify_never_panic", 0x00c0_ffee, 20_000);
    let mut rng = budget.rng();
    let mut outcomes = [0usize; 3];
    while let Some(round) = budget.next_round() {
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
    // The fuzzer reached all three outcomes, each in more than 0.5 % of the rounds.
    let rounds = budget.done;
    assert!(
        outcomes.iter().all(|&n| n * 200 > rounds),
        "{outcomes:?} in {rounds} rounds"
    );
}

#[test]
fn arbitrary_bytes_never_panic() {
    let verifier = Verifier::new("secret").tolerance(None);
    let mut budget = Budget::new("arbitrary_bytes_never_panic", 7, 20_000);
    let mut rng = budget.rng();
    while budget.next_round().is_some() {
        let body: Vec<u8> = (0..rng.usize(0..64)).map(|_| rng.u8(..)).collect();
        if parse(&body).is_ok() {
            // Only a JSON object can parse.
            let first = body.iter().find(|b| !b.is_ascii_whitespace());
            assert_eq!(first, Some(&b'{'), "{body:?}");
        }
        let _ = verifier.verify("1", &String::from_utf8_lossy(&body), &body);
    }
}
