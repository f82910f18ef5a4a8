//! The official Crisp node client (`crisp-api` from npm, `tests/node/`, installed from the
//! committed lockfile with `npm ci`) against the sandbox: REST methods across the website,
//! conversation, people, campaign, inbox and plugin services (`tests/node/script.js`),
//! then its realtime client receiving a visitor's `message:send`.
//!
//! The sandbox runs in-process here. Without `node` or `npm` on `PATH` the test says
//! loudly that it did not run, and passes, so that a machine with only the Rust toolchain
//! runs the suite; with `CRISP_REQUIRE_NODE=1` (CI) a missing Node.js fails it.

use std::collections::HashMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use crisp::sandbox::Sandbox;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, BufReader, Lines};
use tokio::process::ChildStdout;
use tokio::time::{Instant, timeout};

/// How long the node script may take for each line.
const PATIENCE: Duration = Duration::from_secs(30);

fn node_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node")
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_node_client_works_against_the_sandbox() {
    if !node_available() {
        return;
    }
    let dir = node_dir();
    install(&dir);
    let sandbox = Sandbox::start().await.unwrap();
    let credentials = sandbox.credentials();
    let website = sandbox.website_id().to_string();
    let mut child = tokio::process::Command::new("node")
        .arg("script.js")
        .current_dir(&dir)
        .env("CRISP_REST_HOST", format!("http://{}", sandbox.address()))
        .env("CRISP_TIER", credentials.tier().as_str())
        .env("CRISP_IDENTIFIER", credentials.identifier())
        .env("CRISP_KEY", crisp_sandbox_key())
        .env("CRISP_WEBSITE_ID", &website)
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("node runs");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();

    // The REST calls, by name.
    let mut calls: HashMap<String, Value> = HashMap::new();
    loop {
        let line = next(&mut lines).await;
        if line["rest"] == "done" {
            break;
        }
        let name = line["call"].as_str().expect("a call line").to_owned();
        calls.insert(name, line);
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

    // Realtime: once the node client has authenticated, a visitor writes.
    assert_eq!(next(&mut lines).await["rtm"], "bound");
    let deadline = Instant::now() + PATIENCE;
    while sandbox.rtm_authentications() == 0 {
        assert!(
            Instant::now() < deadline,
            "the node client did not authenticate"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let visitor_session = sandbox
        .visitor()
        .nickname("Jane")
        .say("Hello, node!")
        .await
        .unwrap();
    let event = next(&mut lines).await;
    assert_eq!(event["event"], "message:send", "{event}");
    assert_eq!(event["data"]["content"], "Hello, node!");
    assert_eq!(event["data"]["session_id"], visitor_session.to_string());
    assert_eq!(event["data"]["website_id"], website.as_str());
    let status = timeout(PATIENCE, child.wait()).await.unwrap().unwrap();
    assert!(status.success(), "node exited with {status}");
}

/// The next line of the node script, as JSON.
async fn next(lines: &mut Lines<BufReader<ChildStdout>>) -> Value {
    let line = timeout(PATIENCE, lines.next_line())
        .await
        .expect("the node script answers in time")
        .expect("stdout")
        .expect("the node script ended early");
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON: {line}: {e}"))
}

/// The key the sandbox accepts (its default credentials).
fn crisp_sandbox_key() -> &'static str {
    crisp::sandbox::DEFAULT_KEY
}
