//! `crisp listen --forward-to`: realtime events re-sent as web hooks signed as Crisp signs
//! them, checked by a local axum receiver that verifies each with crisp-webhook, next to
//! the sandbox's own delivery of the same event.
#![cfg(feature = "cli")]

use crate::cli_support;

use std::sync::mpsc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use cli_support::{Running, SandboxProcess, crisp, json, ok, run};
use crisp_webhook::{SIGNATURE_HEADER, TIMESTAMP_HEADER, Verifier};

const SECRET: &str = "listen-test-secret";

/// What the receiver got: the path, the header names, the body, whether it verified.
#[derive(Debug)]
struct Received {
    path: String,
    headers: Vec<String>,
    body: serde_json::Value,
    raw: String,
    verified: bool,
}

/// The top-level keys of a JSON object, in the order written.
fn key_order(raw: &str) -> Vec<String> {
    let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(raw).unwrap();
    let mut keys: Vec<(usize, String)> = object
        .keys()
        .map(|k| {
            let at = raw.find(&format!("\"{k}\":")).expect("key in the body");
            (at, k.clone())
        })
        .collect();
    keys.sort();
    keys.into_iter().map(|(_, k)| k).collect()
}

/// An HTTP receiver on 127.0.0.1 verifying every POST under `SECRET`: 200 when genuine,
/// 401 when not.
fn receiver() -> (String, mpsc::Receiver<Received>) {
    let (sent, got) = mpsc::channel();
    let (address_tx, address_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            address_tx.send(listener.local_addr().unwrap()).unwrap();
            async fn hook(
                State(sent): State<mpsc::Sender<Received>>,
                Path(path): Path<String>,
                headers: HeaderMap,
                body: Bytes,
            ) -> StatusCode {
                let header = |name: &str| {
                    headers
                        .get(name)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("")
                };
                let verified = Verifier::new(SECRET)
                    .verify(header(TIMESTAMP_HEADER), header(SIGNATURE_HEADER), &body)
                    .is_ok()
                    && crisp_webhook::parse(&body).is_ok();
                let mut names: Vec<String> =
                    headers.keys().map(|k| k.as_str().to_owned()).collect();
                names.sort();
                let _ = sent.send(Received {
                    path,
                    headers: names,
                    body: serde_json::from_slice(&body).unwrap_or_default(),
                    raw: String::from_utf8_lossy(&body).into_owned(),
                    verified,
                });
                if verified {
                    StatusCode::OK
                } else {
                    StatusCode::UNAUTHORIZED
                }
            }
            let app = Router::new().route("/{path}", post(hook)).with_state(sent);
            axum::serve(listener, app).await.unwrap();
        });
    });
    let address = address_rx
        .recv_timeout(Duration::from_secs(30))
        .expect("receiver address");
    (format!("http://{address}"), got)
}

fn next(got: &mpsc::Receiver<Received>) -> Received {
    got.recv_timeout(cli_support::TIMEOUT).expect("a delivery")
}

#[test]
fn listen_forwards_events_signed_as_the_sandbox_and_crisp_sign_them() {
    let (url, got) = receiver();
    // The sandbox delivers to /direct itself; `crisp listen` forwards realtime to /forwarded.
    let sandbox = SandboxProcess::start(&["--hook", &format!("{url}/direct"), "--secret", SECRET]);
    assert_eq!(
        sandbox.info["webhook_secret"], "(as given)",
        "a given secret is not echoed"
    );
    let mut listen = Running::spawn(sandbox.command().args([
        "listen",
        "--forward-to",
        &format!("{url}/forwarded"),
        "--secret",
        SECRET,
        "--events",
        "message:send",
        "--count",
        "1",
    ]));
    listen.wait_for("stderr", "the connection", |l| {
        l == "crisp: realtime connected"
    });
    let sent = json(&ok(
        &sandbox,
        &["trigger", "message:send", "--text", "forward me"],
    ));
    let (a, b) = (next(&got), next(&got));
    let (direct, forwarded) = if a.path == "direct" { (a, b) } else { (b, a) };
    assert_eq!(forwarded.path, "forwarded");
    assert!(direct.verified, "the sandbox's delivery verifies");
    assert!(
        forwarded.verified,
        "the forwarded delivery verifies with crisp-webhook"
    );
    // Same headers, same body shape (keys in Crisp's order), same event.
    assert_eq!(forwarded.headers, direct.headers);
    assert!(
        forwarded.raw.starts_with("{\"website_id\":"),
        "{}",
        forwarded.raw
    );
    assert!(direct.raw.starts_with("{\"website_id\":"), "{}", direct.raw);
    assert_eq!(key_order(&forwarded.raw)[1], "event");
    assert_eq!(key_order(&direct.raw)[1], "event");
    assert_eq!(forwarded.body["event"], "message:send");
    assert_eq!(forwarded.body["website_id"], direct.body["website_id"]);
    assert_eq!(forwarded.body["data"], direct.body["data"]);
    assert_eq!(forwarded.body["data"]["content"], "forward me");
    assert_eq!(forwarded.body["data"]["session_id"], sent["session_id"]);
    assert!(listen.wait().success());
    let line = listen.wait_for("stdout", "the delivery line", |l| {
        l.contains("message:send ->")
    });
    assert!(line.contains("message:send -> 200 ("), "{line}");
    assert!(line.ends_with(" ms)"), "{line}");
}

#[test]
fn listen_reports_a_refused_delivery_and_checks_its_url() {
    let (url, got) = receiver();
    let sandbox = SandboxProcess::start(&[]);
    let mut listen = Running::spawn(sandbox.command().args([
        "listen",
        "--forward-to",
        &format!("{url}/wrong"),
        "--secret",
        "another-secret",
        "--events",
        "session:set_state",
        "--count",
        "1",
    ]));
    listen.wait_for("stderr", "the connection", |l| {
        l == "crisp: realtime connected"
    });
    ok(&sandbox, &["trigger", "session:set_state"]);
    let received = next(&got);
    assert!(!received.verified);
    assert!(listen.wait().success());
    listen.wait_for("stdout", "a 401 line", |l| {
        l.contains("session:set_state -> 401")
    });
    // Without a secret, a fresh one is made and shown.
    let output = run(crisp().args(["listen", "--forward-to", "https://example.com/hook"]));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("http:// URL"));
}

#[test]
fn trigger_with_an_in_process_sandbox_delivers_to_a_hook() {
    let (url, got) = receiver();
    let output = run(crisp().args([
        "--sandbox",
        "trigger",
        "message:send",
        "--text",
        "in process",
        "--hook",
        &format!("{url}/inproc"),
        "--secret",
        SECRET,
    ]));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let done = json(&String::from_utf8(output.stdout).unwrap());
    let deliveries = done["deliveries"].as_array().unwrap();
    assert!(
        deliveries
            .iter()
            .any(|d| d["event"] == "message:send" && d["status"] == 200),
        "{done}"
    );
    let mut events = Vec::new();
    while let Ok(received) = got.recv_timeout(Duration::from_millis(500)) {
        assert!(received.verified);
        events.push(received.body["event"].as_str().unwrap().to_owned());
    }
    assert!(events.contains(&"message:send".to_owned()), "{events:?}");
}
