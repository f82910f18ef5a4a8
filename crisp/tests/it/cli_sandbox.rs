//! `crisp sandbox` (settings, port, seed, request log), `crisp trigger` and `crisp events
//! tail`, run as a user would.
#![cfg(feature = "cli")]

use crate::cli_support;

use std::path::Path;

use cli_support::{Running, SandboxProcess, crisp, json, ok, run};

#[test]
fn sandbox_prints_its_settings_listens_on_the_port_given_and_logs_requests() {
    // A free port, then `--port` with it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let process = Running::spawn(crisp().args(["sandbox", "--port", &port.to_string()]));
    let base = process.wait_for("stdout", "the base URL", |l| {
        l.starts_with("export CRISP_BASE_URL=")
    });
    assert_eq!(
        base,
        format!("export CRISP_BASE_URL=http://127.0.0.1:{port}/v1/")
    );
    process.wait_for("stdout", "the website", |l| {
        l.starts_with("export CRISP_WEBSITE_ID=")
    });
    for label in [
        "credentials      sandbox-identifier / sandbox-key (tier plugin)",
        "realtime         http://127.0.0.1:",
        "web-hook secret  ",
    ] {
        process.wait_for("stdout", label, |l| l.contains(label));
    }
    let env = |name: &str| {
        let line = process.wait_for("stdout", name, |l| {
            l.starts_with(&format!("export {name}="))
        });
        line.split_once('=').unwrap().1.to_owned()
    };
    let output = run(crisp()
        .env("CRISP_BASE_URL", env("CRISP_BASE_URL"))
        .env("CRISP_IDENTIFIER", env("CRISP_IDENTIFIER"))
        .env("CRISP_KEY", env("CRISP_KEY"))
        .env("CRISP_WEBSITE_ID", env("CRISP_WEBSITE_ID"))
        .args(["call", "list_website_operators"]));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let operators = json(&String::from_utf8(output.stdout).unwrap());
    assert_eq!(operators[0]["details"]["first_name"], "Ada");
    process.wait_for("stderr", "the request log", |l| {
        l.contains("sandbox: request")
            && l.contains("verb=GET")
            && l.contains("/operators/list")
            && l.contains("status=200")
    });
    // The port is taken now: a second sandbox on it fails cleanly.
    let output = run(crisp().args(["sandbox", "--port", &port.to_string()]));
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot listen"));
}

#[test]
fn seed_file_loads_websites_operators_people_and_conversations() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/sandbox_seed.json");
    let sandbox = SandboxProcess::start(&["--seed", seed.to_str().unwrap()]);
    let seeded = sandbox.info["seeded"].as_array().unwrap().clone();
    assert_eq!(seeded.len(), 2, "{seeded:?}");
    assert_eq!(seeded[0]["website_id"], sandbox.info["website_id"]);
    let people = json(&ok(
        &sandbox,
        &["call", "list_people_profiles", "search_text=jane"],
    ));
    assert_eq!(people.as_array().unwrap().len(), 1);
    assert_eq!(people[0]["person"]["nickname"], "Jane Doe");
    let jane = seeded[0]["conversations"][0].as_str().unwrap();
    let messages = json(&ok(
        &sandbox,
        &[
            "call",
            "get_messages_in_conversation",
            &format!("session_id={jane}"),
        ],
    ));
    let messages = messages.as_array().unwrap();
    assert_eq!(messages.len(), 3);
    assert_eq!(messages[0]["from"], "user");
    assert_eq!(messages[1]["from"], "operator");
    assert_eq!(messages[2]["type"], "note");
    let state = json(&ok(
        &sandbox,
        &[
            "call",
            "get_conversation_state",
            &format!("session_id={jane}"),
        ],
    ));
    assert_eq!(state["state"], "unresolved");
    let operators = json(&ok(&sandbox, &["call", "list_website_operators"]));
    assert_eq!(operators.as_array().unwrap().len(), 2);
    // The second website, by flag.
    let acme = seeded[1]["website_id"].as_str().unwrap();
    let website = json(&ok(
        &sandbox,
        &["--website-id", acme, "call", "get_website"],
    ));
    assert_eq!(website["name"], "Acme");
    // Seeding emitted nothing.
    let output = run(sandbox.command().args(["call", "list_conversations"]));
    assert!(output.status.success());
    // A bad seed is refused with the reason, before serving.
    let bad = cli_support::empty_home().join("bad-seed.json");
    std::fs::write(&bad, r#"{"people":[{"email":"not-an-email"}]}"#).unwrap();
    let output = run(crisp().args(["sandbox", "--seed", bad.to_str().unwrap()]));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("email"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    std::fs::write(&bad, r#"{"conversation":[]}"#).unwrap();
    let output = run(crisp().args(["sandbox", "--seed", bad.to_str().unwrap()]));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown field `conversation`"));
}

#[test]
fn trigger_makes_the_sandbox_emit_and_events_tail_prints_them() {
    let sandbox = SandboxProcess::start(&[]);
    let mut tail = Running::spawn(sandbox.command().args([
        "events",
        "tail",
        "--events",
        "message:send,session:set_state,people:profile:created",
        "--count",
        "3",
    ]));
    tail.wait_for("stderr", "the connection state", |l| {
        l == "crisp: realtime connected"
    });
    let sent = json(&ok(
        &sandbox,
        &["trigger", "message:send", "--text", "Hi from trigger"],
    ));
    let session = sent["session_id"].as_str().unwrap().to_owned();
    ok(
        &sandbox,
        &[
            "trigger",
            "session:set_state",
            "--session",
            &session,
            "--state",
            "resolved",
        ],
    );
    let profile = json(&ok(
        &sandbox,
        &[
            "trigger",
            "people:profile:created",
            "--text",
            "ann@example.com",
        ],
    ));
    assert!(profile["people_id"].is_string());
    assert!(tail.wait().success(), "tail stops by itself after --count");
    let lines: Vec<_> = tail
        .stdout
        .lock()
        .unwrap()
        .iter()
        .map(|l| json(l))
        .collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["event"], "message:send");
    assert_eq!(lines[0]["data"]["content"], "Hi from trigger");
    assert_eq!(lines[0]["data"]["session_id"], session.as_str());
    assert_eq!(lines[1]["event"], "session:set_state");
    assert_eq!(lines[1]["data"]["state"], "resolved");
    assert_eq!(lines[2]["event"], "people:profile:created");
    assert_eq!(lines[0]["website_id"], sandbox.info["website_id"]);
    // Every trigger the help lists works.
    for event in [
        "message:received",
        "message:updated",
        "message:removed",
        "session:request:initiated",
        "session:set_nickname",
        "session:set_email",
        "session:set_subject",
        "session:removed",
        "people:profile:updated",
        "people:profile:removed",
    ] {
        let done = json(&ok(&sandbox, &["trigger", event]));
        assert_eq!(done["event"], event);
    }
    // Unknown events and real servers are refused.
    let output = run(sandbox
        .command()
        .args(["trigger", "plan:subscription:updated"]));
    assert_eq!(output.status.code(), Some(2));
    let output = run(crisp().args([
        "--base-url",
        "https://api.crisp.chat/v1/",
        "--identifier",
        "i",
        "--key",
        "k",
        "trigger",
        "message:send",
    ]));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("acts on the sandbox"));
    // Unknown event names to tail are refused.
    let output = run(sandbox
        .command()
        .args(["events", "tail", "--events", "message:sent"]));
    assert_eq!(output.status.code(), Some(2));
}
