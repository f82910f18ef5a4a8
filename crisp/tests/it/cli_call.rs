//! `crisp call`, `crisp raw` and `crisp methods`, run as a user would against `crisp
//! sandbox` (a server process) or `--sandbox` (in-process).
#![cfg(feature = "cli")]

use crate::cli_support;

use std::collections::BTreeSet;
use std::path::Path;

use cli_support::{SandboxProcess, crisp, json, ok, run};
use serde_json::Value;

/// The catalog's `(service, rust name, node name)`, with the renames of the conformance
/// test (crisp-rest/tests/it/conformance/catalog.rs).
fn catalog() -> BTreeSet<(String, String, String)> {
    let renamed = [
        (
            "map_helpdesk_locale_feedback_ratings",
            "map_helpdesk_feedback_ratings_by_content_type",
        ),
        (
            "list_helpdesk_locale_feedbacks",
            "list_helpdesk_feedbacks_by_content_type",
        ),
        (
            "import_external_helpdesk_to_locale",
            "import_external_helpdesk_by_content_type",
        ),
        (
            "export_helpdesk_locale_articles",
            "export_helpdesk_by_content_type",
        ),
    ];
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
    let mut rows = BTreeSet::new();
    for file in ["endpoints.tsv", "endpoints_next.tsv"] {
        let text = std::fs::read_to_string(data.join(file)).expect("catalog");
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
        let col = |name: &str| header.iter().position(|h| *h == name).expect("column");
        let (service, rust, node) = (col("service"), col("rust_method"), col("node_method"));
        for line in lines.filter(|l| !l.trim().is_empty()) {
            let cells: Vec<&str> = line.split('\t').collect();
            let mut name = cells[rust].to_owned();
            if file == "endpoints_next.tsv" {
                if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == name) {
                    name = (*new).to_owned();
                }
            }
            rows.insert((cells[service].to_owned(), name, cells[node].to_owned()));
        }
    }
    rows
}

fn methods_json() -> Vec<Value> {
    let output = run(crisp().args(["methods", "--json"]));
    assert!(output.status.success());
    json(&String::from_utf8(output.stdout).unwrap())
        .as_array()
        .expect("an array")
        .clone()
}

#[test]
fn the_table_has_every_catalog_method_by_rust_and_node_name() {
    let methods = methods_json();
    let listed: BTreeSet<(String, String, String)> = methods
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().expect(k).to_owned();
            (s("service"), s("name"), s("node"))
        })
        .collect();
    let catalog = catalog();
    assert_eq!(catalog.len(), 264, "the catalog has 264 methods");
    assert_eq!(methods.len(), listed.len(), "a method is listed twice");
    let missing: Vec<_> = catalog.difference(&listed).collect();
    let extra: Vec<_> = listed.difference(&catalog).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, extra {extra:?}"
    );
    // Paged methods have a page argument; every method has its arguments listed.
    for m in &methods {
        let paged = m["paged"].as_bool().unwrap();
        let has_page = m["args"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["kind"] == "page");
        assert_eq!(paged, has_page, "{}", m["name"]);
        assert_eq!(
            paged,
            m["path"].as_str().unwrap().contains("{page_number}"),
            "{}",
            m["name"]
        );
    }
    // The text listing filters.
    let output = run(crisp().args(["methods", "conversation_state"]));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("change_conversation_state (changeConversationState) — PATCH"));
    assert!(text.contains("change=JSON"));
    assert!(!text.contains("list_people_profiles"));
}

#[test]
fn every_method_is_dispatched_through_its_typed_signature() {
    let sandbox = SandboxProcess::start(&[]);
    let mut called = 0;
    for method in methods_json() {
        let name = method["name"].as_str().unwrap();
        // Given no argument but the configured website: the call goes out when nothing
        // else is required, else the missing argument is named.
        let output = run(sandbox.command().args(["call", name]));
        let stderr = String::from_utf8_lossy(&output.stderr);
        let needs =
            method["args"].as_array().unwrap().iter().any(|a| {
                (a["kind"] == "required" || a["kind"] == "body") && a["name"] != "website_id"
            });
        match output.status.code() {
            Some(2) => assert!(
                needs
                    && (stderr.contains("missing argument `")
                        || stderr.contains("missing the body")),
                "{name}: {stderr}"
            ),
            Some(0 | 1) => {
                assert!(
                    !needs,
                    "{name} ran without its required arguments: {stderr}"
                );
                called += 1;
            }
            other => panic!("{name}: exit {other:?}: {stderr}"),
        }
    }
    // The ones without required arguments went to the sandbox: each logged a request.
    let requests = sandbox
        .process
        .stderr
        .lock()
        .unwrap()
        .iter()
        .filter(|l| l.contains("sandbox: request"))
        .count();
    assert!(called > 20, "only {called} methods called");
    assert!(requests >= called, "{requests} requests for {called} calls");
}

#[test]
fn call_sends_typed_requests_and_prints_json() {
    let sandbox = SandboxProcess::start(&[]);
    let created = json(&ok(&sandbox, &["call", "create_new_conversation"]));
    let session = created["session_id"]
        .as_str()
        .expect("session_id")
        .to_owned();
    let session_arg = format!("session_id={session}");
    // A JSON body alone, then by name; the node name works too.
    ok(
        &sandbox,
        &[
            "call",
            "send_message_in_conversation",
            &session_arg,
            r#"{"type":"text","from":"operator","origin":"chat","content":"Hello from the CLI"}"#,
        ],
    );
    ok(
        &sandbox,
        &[
            "call",
            "updateConversationMetas",
            &session_arg,
            r#"metas={"nickname":"Bob"}"#,
        ],
    );
    let messages = json(&ok(
        &sandbox,
        &["call", "getMessagesInConversation", &session_arg],
    ));
    assert_eq!(messages[0]["content"], "Hello from the CLI");
    let metas = json(&ok(
        &sandbox,
        &[
            "call",
            "website.get_conversation_metas",
            &session_arg,
            "--compact",
        ],
    ));
    assert_eq!(metas["nickname"], "Bob");
    // A body read from a file.
    let file = cli_support::empty_home().join("state.json");
    std::fs::write(&file, r#"{"state":"resolved"}"#).unwrap();
    ok(
        &sandbox,
        &[
            "call",
            "change_conversation_state",
            &session_arg,
            &format!("@{}", file.display()),
        ],
    );
    let state = json(&ok(
        &sandbox,
        &["call", "get_conversation_state", &session_arg],
    ));
    assert_eq!(state["state"], "resolved");
}

#[test]
fn bad_arguments_are_refused_before_any_request() {
    let sandbox = SandboxProcess::start(&[]);
    let fails = |args: &[&str], needle: &str| {
        let output = run(sandbox.command().args(args));
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    };
    fails(
        &["call", "get_conversation", "session_id=s", "colour=red"],
        "unknown argument `colour`",
    );
    fails(
        &[
            "call",
            "send_message_in_conversation",
            "session_id=s",
            r#"{"type":"text","origin":"chat","content":"x"}"#,
        ],
        "missing field `from`",
    );
    fails(
        &["call", "list_conversations", "page_number=abc"],
        "argument `page_number`",
    );
    fails(
        &["call", "list_conversations", "page_number=0"],
        "pages start at 1",
    );
    fails(
        &["call", "list_conversations", "per_page=many"],
        "argument `per_page`",
    );
    fails(
        &["call", "get_conversaton"],
        "did you mean get_conversation",
    );
    fails(&["call", "get_website", "--all"], "--all walks paged lists");
    fails(
        &["call", "get_conversation", "session_id"],
        "expected name=value",
    );
    fails(&["call", "get_website", "{not json"], "not JSON");
    let requests = sandbox
        .process
        .stderr
        .lock()
        .unwrap()
        .iter()
        .filter(|l| l.contains("sandbox: request"))
        .count();
    assert_eq!(requests, 0, "a refused call sent a request");
}

#[test]
fn all_walks_every_page_with_progress_on_stderr() {
    // 45 conversations with a message each: three pages of 20.
    let conversations: Vec<Value> = (0..45)
        .map(|i| serde_json::json!({"nickname": format!("v{i}"), "messages": [{"text": "hi"}]}))
        .collect();
    let seed = cli_support::empty_home().join("many.json");
    std::fs::write(
        &seed,
        serde_json::json!({"conversations": conversations}).to_string(),
    )
    .unwrap();
    let sandbox = SandboxProcess::start(&["--seed", seed.to_str().unwrap()]);
    let output = run(sandbox
        .command()
        .args(["call", "list_conversations", "--all"]));
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let items: Vec<Value> = stdout.lines().map(json).collect();
    assert_eq!(items.len(), 45);
    let sessions: BTreeSet<&str> = items
        .iter()
        .map(|c| c["session_id"].as_str().unwrap())
        .collect();
    assert_eq!(sessions.len(), 45, "an item came twice");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("page 3 read, 45 items so far"), "{stderr}");
    assert!(stderr.contains("45 items in"), "{stderr}");
    // One page only; and --max-pages.
    let page = json(&ok(
        &sandbox,
        &["call", "list_conversations", "page_number=2"],
    ));
    assert_eq!(page.as_array().unwrap().len(), 20);
    let output =
        run(sandbox
            .command()
            .args(["call", "list_conversations", "--all", "--max-pages", "1"]));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap().lines().count(),
        20
    );
}

#[test]
fn raw_sends_any_request() {
    let sandbox = SandboxProcess::start(&[]);
    let website = sandbox.get("website_id");
    let got = json(&ok(
        &sandbox,
        &["raw", "GET", &format!("/v1/website/{website}")],
    ));
    assert_eq!(got["website_id"], website.as_str());
    let exists = json(&ok(
        &sandbox,
        &["raw", "head", "/website?domain=sandbox.example"],
    ));
    assert_eq!(exists, Value::Bool(true));
    let created = json(&ok(
        &sandbox,
        &[
            "raw",
            "POST",
            &format!("/website/{website}/conversation"),
            "{}",
        ],
    ));
    assert!(
        created["session_id"]
            .as_str()
            .unwrap()
            .starts_with("session_")
    );
    // Crisp's refusal is exit 1 with its reason.
    let output = run(sandbox
        .command()
        .args(["raw", "GET", "/website/nope/conversation/x"]));
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not_found"));
    let output = run(sandbox.command().args(["raw", "BREW", "/website"]));
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn sandbox_flag_runs_against_an_in_process_sandbox_and_keys_stay_hidden() {
    let output = run(crisp().args(["--sandbox", "call", "get_website"]));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        json(&String::from_utf8(output.stdout).unwrap())["name"],
        "Sandbox"
    );
    // No credentials anywhere: a usage error.
    let output = run(crisp().args(["call", "get_website"]));
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no credentials"));
    // A refused key is never echoed.
    let sandbox = SandboxProcess::start(&[]);
    let output = run(sandbox
        .command()
        .env("CRISP_KEY", "s3cr3t-key-value")
        .args(["call", "get_website"]));
    assert_eq!(output.status.code(), Some(1));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        all.contains("401") || all.contains("invalid_session"),
        "{all}"
    );
    assert!(!all.contains("s3cr3t-key-value"), "{all}");
}
