//! The official Crisp node client (`crisp-api` from npm, `tests/node/`, installed from the
//! committed lockfile with `npm ci`) against the sandbox: REST methods across the website,
//! conversation, people, campaign, inbox and plugin services (`tests/node/script.js`),
//! then its realtime client receiving a visitor's `message:send`.
//!
//! The sandbox is `crisp sandbox`, the command line's server, spawned as a process as a
//! user runs it; the node script gets the settings it prints, and the visitor's message
//! comes from `crisp trigger`. Without `node` or `npm` on `PATH` the test says loudly that
//! it did not run, and passes, so that a machine with only the Rust toolchain runs the
//! suite; with `CRISP_REQUIRE_NODE=1` (CI) a missing Node.js fails it.

#![cfg(feature = "cli")]

use crate::cli_support;

use std::collections::HashMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use cli_support::{Running, SandboxProcess, json, ok};
use serde_json::Value;

fn node_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/node")
}

/// Whether `program --version` runs.
fn runs(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Whether Node.js and npm are here; without them, `false` after saying so loudly, or a
/// failure under `CRISP_REQUIRE_NODE=1`.
fn node_available() -> bool {
    let available = runs("node") && runs("npm");
    if !available {
        let required = std::env::var("CRISP_REQUIRE_NODE").is_ok_and(|v| v.trim() == "1");
        assert!(
            !required,
            "CRISP_REQUIRE_NODE=1 but `node` or `npm` is not on PATH: the node-client test \
             cannot run (install Node.js)"
        );
        // Straight to stderr: the harness hides `eprintln!` of a passing test.
        let _ = writeln!(
            std::io::stderr(),
            "\n*** crisp-api node client vs sandbox test NOT RUN: `node` or `npm` is not on \
             PATH. It passes without checking anything. Install Node.js to run it; set \
             CRISP_REQUIRE_NODE=1 to make a missing Node.js a failure. ***\n"
        );
    }
    available
}

/// `npm ci` from the committed lockfile, unless the package is already there.
fn install(dir: &std::path::Path) {
    if !dir.join("node_modules/crisp-api").exists() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir)
            .status()
            .expect("npm is needed for the node-client test (install Node.js)");
        assert!(status.success(), "npm ci failed in {}", dir.display());
    }
}

#[test]
fn the_official_node_client_works_against_crisp_sandbox() {
    if !node_available() {
        return;
    }
    let dir = node_dir();
    install(&dir);
    let sandbox = SandboxProcess::start(&[]);
    let website = sandbox.get("website_id");
    let node = Running::spawn(
        Command::new("node")
            .arg("script.js")
            .current_dir(&dir)
            .env(
                "CRISP_REST_HOST",
                sandbox
                    .get("base_url")
                    .trim_end_matches('/')
                    .trim_end_matches("/v1"),
            )
            .env("CRISP_TIER", sandbox.get("tier"))
            .env("CRISP_IDENTIFIER", sandbox.get("identifier"))
            .env("CRISP_KEY", sandbox.get("key"))
            .env("CRISP_WEBSITE_ID", &website),
    );

    // The REST calls, by name.
    let mut calls: HashMap<String, Value> = HashMap::new();
    node.wait_for("stdout", "the end of the REST calls", |l| {
        l.contains(r#""rest":"done""#)
    });
    for line in node.stdout.lock().unwrap().iter() {
        let line = json(line);
        if let Some(name) = line["call"].as_str() {
            calls.insert(name.to_owned(), line);
        }
    }
    let data = |name: &str| -> &Value {
        let line = calls
            .get(name)
            .unwrap_or_else(|| panic!("{name} not called"));
        assert!(line.get("error").is_none(), "{name} failed: {line}");
        &line["data"]
    };
    assert_eq!(data("getWebsite")["website_id"], website.as_str());
    assert!(data("getWebsiteSettings").is_object());
    assert_eq!(data("listWebsiteOperators")[0]["details"]["role"], "owner");
    let session = data("createNewConversation")["session_id"]
        .as_str()
        .expect("a session id")
        .to_owned();
    assert!(session.starts_with("session_"));
    // HEAD answers no body: the node client resolves to `{}`.
    assert!(data("checkConversationExists").is_object());
    assert!(data("sendMessageInConversation")["fingerprint"].is_number());
    let messages = data("getMessagesInConversation").as_array().unwrap();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0]["content"], "Hello from node");
    assert_eq!(data("getConversation")["state"], "resolved");
    data("changeConversationState");
    assert!(
        data("listConversations")
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["session_id"] == session.as_str())
    );
    let people = data("addNewPeopleProfile")["people_id"].as_str().unwrap();
    assert_eq!(data("getPeopleProfile")["people_id"], people);
    assert_eq!(data("getPeopleProfile")["email"], "node@sandbox.example");
    data("updatePeopleData");
    assert_eq!(data("getPeopleData")["data"]["plan"], "pro");
    let campaign = data("createNewCampaign")["campaign_id"].as_str().unwrap();
    assert_eq!(data("getCampaign")["campaign_id"], campaign);
    assert_eq!(data("getCampaign")["name"], "Welcome");
    let inbox = data("createNewInbox")["inbox_id"].as_str().unwrap();
    assert_eq!(data("getInbox")["inbox_id"], inbox);
    assert_eq!(data("getInbox")["name"], "Billing");
    assert!(data("getConnectAccount")["plugin_id"].is_string());
    let missing = &calls["getConversation (missing)"]["error"];
    assert_eq!(missing["code"], 404, "{missing}");
    assert_eq!(missing["message"], "session_not_found", "{missing}");
    assert_eq!(calls.len(), 20, "{:?}", calls.keys());

    // Realtime: once the node client has bound `message:send`, a visitor writes (through
    // `crisp trigger`), until the node client has authenticated and receives one.
    node.wait_for("stdout", "the realtime binding", |l| {
        l.contains(r#""rtm":"bound""#)
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let event = loop {
        let sent = json(&ok(
            &sandbox,
            &["trigger", "message:send", "--text", "Hello, node!"],
        ));
        assert!(sent["session_id"].is_string(), "{sent}");
        let received = Instant::now() + Duration::from_secs(2);
        let line = loop {
            let found = node
                .stdout
                .lock()
                .unwrap()
                .iter()
                .find(|l| l.contains(r#""event":"message:send""#))
                .cloned();
            if found.is_some() || Instant::now() > received {
                break found;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        if let Some(line) = line {
            break json(&line);
        }
        assert!(
            Instant::now() < deadline,
            "the node client received no message:send; its stderr: {:?}",
            node.stderr.lock().unwrap()
        );
    };
    assert_eq!(event["event"], "message:send", "{event}");
    assert_eq!(event["data"]["content"], "Hello, node!");
    assert!(
        event["data"]["session_id"]
            .as_str()
            .is_some_and(|s| s.starts_with("session_")),
        "{event}"
    );
    assert_eq!(event["data"]["website_id"], website.as_str());
    let mut node = node;
    let status = node.wait();
    assert!(status.success(), "node exited with {status}");
}
