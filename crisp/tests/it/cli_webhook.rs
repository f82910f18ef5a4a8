//! `crisp webhook sign|verify` and `crisp config` (where credentials come from; the key
//! never shown), run as a user would.
#![cfg(feature = "cli")]

use crate::cli_support;

use cli_support::{crisp, json, run};

const BODY: &str = r#"{"website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","event":"message:send","data":{"type":"text","from":"user","origin":"chat","content":"Hello","fingerprint":1,"timestamp":1506985696616,"session_id":"session_x","website_id":"42286ab3-b29a-4fde-8538-da0ae501d825","stamped":true,"user":{"nickname":"Jane","user_id":"session_x"}},"timestamp":1506985696616}"#;

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn sign_then_verify_and_refuse_a_tampered_body() {
    let output = run(crisp().args([
        "webhook",
        "sign",
        "--secret",
        "s3cret",
        "--timestamp",
        "1506985696616",
        BODY,
    ]));
    assert!(output.status.success());
    let text = stdout(&output);
    let signature = text
        .lines()
        .find_map(|l| l.strip_prefix("X-Crisp-Signature: "))
        .expect("a signature line")
        .to_owned();
    assert!(text.contains("X-Crisp-Request-Timestamp: 1506985696616"));
    assert_eq!(
        signature,
        crisp_webhook::sign("s3cret", "1506985696616", BODY.as_bytes())
    );
    let verify = |body: &str, secret: &str| {
        run(crisp().env("CRISP_WEBHOOK_SECRET", secret).args([
            "webhook",
            "verify",
            "--timestamp",
            "1506985696616",
            "--signature",
            &signature,
            "--tolerance",
            "0",
            body,
        ]))
    };
    let output = verify(BODY, "s3cret");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let verified = json(&stdout(&output));
    assert_eq!(verified["verified"], true);
    assert_eq!(verified["event"], "message:send");
    assert_eq!(verified["data"]["content"], "Hello");
    let output = verify(&BODY.replace("Hello", "Hellp"), "s3cret");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not verified"));
    let output = verify(BODY, "other");
    assert_eq!(output.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&output.stderr).contains("s3cret"));
    // With the default tolerance, a 2017 timestamp is stale.
    let output = run(crisp().args([
        "webhook",
        "verify",
        "--secret",
        "s3cret",
        "--timestamp",
        "1506985696616",
        "--signature",
        &signature,
        BODY,
    ]));
    assert_eq!(output.status.code(), Some(1));
    // The body from a file.
    let file = cli_support::empty_home().join("body.json");
    std::fs::write(&file, BODY).unwrap();
    let output = run(crisp().args([
        "webhook",
        "sign",
        "--secret",
        "s3cret",
        "--timestamp",
        "1506985696616",
        &format!("@{}", file.display()),
    ]));
    assert!(stdout(&output).contains(&signature));
}

#[test]
fn credentials_come_from_flags_then_environment_then_the_config_file() {
    let home = cli_support::empty_home();
    let dir = home.join("crisp");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.json"),
        r#"{"identifier":"from-file","key":"file-key-secret","tier":"user","website_id":"w-file"}"#,
    )
    .unwrap();
    let config = |command: &mut std::process::Command| {
        let output = run(command.arg("config"));
        assert!(output.status.success());
        stdout(&output)
    };
    let text = config(&mut crisp());
    assert!(text.contains("identifier: from-file"), "{text}");
    assert!(text.contains("tier:       user"));
    assert!(text.contains("website_id: w-file"));
    assert!(text.contains("key:        set (not shown)"));
    assert!(!text.contains("file-key-secret"));
    let text = config(
        crisp()
            .env("CRISP_IDENTIFIER", "from-env")
            .env("CRISP_KEY", "env-key-secret"),
    );
    assert!(text.contains("identifier: from-env"));
    assert!(!text.contains("env-key-secret"));
    let text = config(
        crisp()
            .env("CRISP_IDENTIFIER", "from-env")
            .args(["--identifier", "from-flag"]),
    );
    assert!(text.contains("identifier: from-flag"));
    // An explicit file that is missing, or with an unknown key, is an error.
    let output = run(crisp().args(["--config", "/nonexistent/crisp.json", "call", "get_website"]));
    assert_eq!(output.status.code(), Some(2));
    let bad = home.join("bad.json");
    std::fs::write(&bad, r#"{"identifer":"x","key":"bad-file-secret"}"#).unwrap();
    let output = run(crisp().args(["--config", bad.to_str().unwrap(), "call", "get_website"]));
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown field `identifer`"), "{stderr}");
    assert!(!stderr.contains("bad-file-secret"));
    // The help shows no key from the environment.
    let output = run(crisp().env("CRISP_KEY", "help-key-secret").arg("--help"));
    assert!(!stdout(&output).contains("help-key-secret"));
}
