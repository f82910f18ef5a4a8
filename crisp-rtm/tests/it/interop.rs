//! Interop with the real `socket.io` v4 server from npm (`tests/interop/server.js`).
//!
//! Needs Node.js and npm. The packages are installed from the committed lockfile
//! (`npm ci`) the first time the test runs. The official server must accept our handshake,
//! our pongs (it drops clients that miss them within 400 ms here) and our events, and
//! every event of a burst must come out at once, before and after a dropped transport, as
//! it does with the official `socket.io-client` (`tests/interop/client.js`).
//!
//! Without `node` or `npm` on `PATH` the tests say loudly that they did not run, and pass,
//! so that a machine with only the Rust toolchain runs the suite; with
//! `CRISP_REQUIRE_NODE=1` (CI) a missing Node.js fails them instead.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crisp_core::Credentials;
use crisp_rtm::{Backoff, ConnectionState, RtmClient, RtmConfig, RtmError};
use crisp_types::event::{Event, EventName};
use futures_util::StreamExt;
use tokio::time::{Instant, timeout, timeout_at};

/// The Node server, killed when dropped.
struct NodeServer {
    child: Child,
    url: String,
}

impl Drop for NodeServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn interop_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/interop")
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

/// Whether Node.js and npm are here. When they are not: `false` after saying so loudly
/// (once per test binary), or a test failure when `CRISP_REQUIRE_NODE=1`.
fn node_available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let available = *AVAILABLE.get_or_init(|| {
        let available = runs("node") && runs("npm");
        if !available {
            // Straight to the process's stderr, not through `eprintln!`, which the test
            // harness captures and hides for a test that passes.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "\n*** crisp-rtm socket.io interop tests NOT RUN: `node` or `npm` is not on \
                 PATH. They pass without checking anything. Install Node.js to run them; set \
                 CRISP_REQUIRE_NODE=1 to make a missing Node.js a failure. ***\n"
            );
        }
        available
    });
    if !available {
        let required = std::env::var("CRISP_REQUIRE_NODE").is_ok_and(|v| v.trim() == "1");
        assert!(
            !required,
            "CRISP_REQUIRE_NODE=1 but `node` or `npm` is not on PATH: the socket.io interop \
             tests cannot run (install Node.js)"
        );
    }
    available
}

fn install(dir: &std::path::Path) {
    if !dir.join("node_modules/socket.io").exists()
        || !dir.join("node_modules/socket.io-client").exists()
    {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(dir)
            .status()
            .expect("npm is needed for the socket.io interop test (install Node.js)");
        assert!(status.success(), "npm ci failed in {}", dir.display());
    }
}

/// Installs the packages once per test process (tests run in parallel).
static INSTALL: std::sync::Once = std::sync::Once::new();

/// Starts `server.js` with these environment variables (see its header for the
/// scenarios); `None` when Node.js is not here (see [`node_available`]).
fn start_node(env: &[(&str, &str)]) -> Option<NodeServer> {
    if !node_available() {
        return None;
    }
    let dir = interop_dir();
    INSTALL.call_once(|| install(&dir));
    let mut child = Command::new("node")
        .arg("server.js")
        .current_dir(&dir)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node is needed for the socket.io interop test (install Node.js)");
    let stdout = child.stdout.take().expect("stdout");
    let mut stdout = BufReader::new(stdout);
    let mut port = String::new();
    stdout
        .read_line(&mut port)
        .expect("the server prints its port");
    // The rest (what the burst scenario sent, and when) goes to the test's output.
    std::thread::spawn(move || {
        for line in stdout.lines().map_while(Result::ok) {
            eprintln!("server.js: {line}");
        }
    });
    Some(NodeServer {
        child,
        url: format!("http://127.0.0.1:{}", port.trim()),
    })
}

fn config(url: &str, key: &str) -> RtmConfig {
    RtmConfig::new(Credentials::plugin("interop-identifier", key))
        .url(url)
        .events([EventName::MessageSend, EventName::SessionSetState])
        .backoff(Backoff::new(
            Duration::from_millis(50),
            Duration::from_millis(200),
        ))
        .connect_timeout(Duration::from_secs(5))
}

#[tokio::test]
async fn talks_to_the_real_socket_io_server() {
    let Some(node) = start_node(&[]) else { return };
    let mut client = RtmClient::connect(config(&node.url, "interop-key"));

    // The handshake, authentication and the first event.
    let event = timeout(Duration::from_secs(10), client.next())
        .await
        .expect("an event in time")
        .expect("stream open")
        .expect("no error");
    let Event::MessageSend(message) = &event else {
        panic!("{event:?}")
    };
    assert!(
        message
            .content
            .as_text()
            .unwrap_or_default()
            .starts_with("Hello from socket.io 4.")
    );
    assert_eq!(client.state(), ConnectionState::Active);

    // Our pongs keep the session: the server pings every 200 ms and drops clients that do
    // not answer within 200 ms more.
    let mut states = client.handle().watch_state();
    states.borrow_and_update();
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    assert!(
        !states.has_changed().unwrap_or(true),
        "the connection stayed up: {}",
        client.state()
    );

    // Our events reach the server: it echoes `socket:bind:push` back as an event.
    client
        .handle()
        .push([EventName::PeopleProfileCreated])
        .unwrap();
    let event = timeout(Duration::from_secs(5), client.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(event.name(), "session:set_state");
    assert_eq!(
        event.session_id().map(|id| id.as_str()),
        Some("pushed:people:profile:created")
    );

    client.handle().close();
    assert!(
        timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn the_real_server_refusing_credentials_is_fatal() {
    let Some(node) = start_node(&[]) else { return };
    let mut client = RtmClient::connect(config(&node.url, "wrong-key"));
    let item = timeout(Duration::from_secs(10), client.next())
        .await
        .expect("an answer in time");
    assert!(
        matches!(item, Some(Err(RtmError::Unauthorized { .. }))),
        "{item:?}"
    );
    assert!(
        timeout(Duration::from_secs(5), client.next())
            .await
            .unwrap()
            .is_none()
    );
    assert!(matches!(client.state(), ConnectionState::Failed { .. }));
}

/// Milliseconds since the epoch, as the server's `timestamp`.
fn epoch_millis() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// One run of the burst scenario of `server.js`: four events, the transport dropped
/// (`drop`, on a timer or when the client has all four), four more after the client has
/// authenticated again. Every event must come out, once and in order, with nothing
/// after it to push it out: the server's next ping is 25 s away, and the hang guard 15 s.
async fn burst_run(drop: &str, drop_on: &str) -> bool {
    let Some(node) = start_node(&[
        ("CRISP_INTEROP_SCENARIO", "burst"),
        ("CRISP_INTEROP_DROP", drop),
        ("CRISP_INTEROP_DROP_ON", drop_on),
    ]) else {
        return false;
    };
    let mut client = RtmClient::connect(config(&node.url, "interop-key"));
    let guard = Instant::now() + Duration::from_secs(15);
    let mut seen = Vec::new();
    let mut late = Vec::new();
    let mut status = Vec::new();
    while seen.len() < 8 {
        let item = timeout_at(guard, client.next()).await.unwrap_or_else(|_| {
            panic!(
                "drop {drop} on {drop_on}: only events {seen:?} of 1..=8 came out within 15 s \
                 (state {})",
                client.state()
            )
        });
        let event = match item {
            Some(Ok(event)) => event,
            // The drop is announced: the loss, then the gap, between events 4 and 5.
            Some(Err(RtmError::Disconnected { .. })) => {
                status.push((seen.len(), "disconnected"));
                continue;
            }
            Some(Err(RtmError::Restored { .. })) => {
                status.push((seen.len(), "restored"));
                continue;
            }
            other => panic!("drop {drop} on {drop_on}: {other:?} after events {seen:?}"),
        };
        let Event::MessageSend(message) = &event else {
            panic!("drop {drop} on {drop_on}: {event:?}")
        };
        let n = message.fingerprint.map_or(0, |f| f.0);
        // For the log only: the test does not judge speed.
        late.push(epoch_millis().saturating_sub(message.timestamp.unwrap_or(0)));
        seen.push(n);
        if n == 4 && drop_on == "push" {
            // Tells the server we have all four; it drops the transport on this.
            client
                .handle()
                .push([EventName::PeopleProfileCreated])
                .unwrap();
        }
    }
    assert_eq!(
        seen,
        (1..=8).collect::<Vec<u64>>(),
        "drop {drop} on {drop_on}"
    );
    assert_eq!(
        status,
        [(4, "disconnected"), (4, "restored")],
        "drop {drop} on {drop_on}"
    );
    eprintln!("burst, drop {drop} on {drop_on}: events 1..=8, ms after sending: {late:?}");
    // Nothing more: no event twice.
    assert!(
        timeout(Duration::from_millis(300), client.next())
            .await
            .is_err(),
        "drop {drop} on {drop_on}: an extra item"
    );
    assert_eq!(client.state(), ConnectionState::Active);
    client.handle().close();
    true
}

/// The reference: the official `socket.io-client` (`client.js`) through the same
/// scenario gets every event (this checks the scenario, not our client).
fn reference_run(drop: &str) -> bool {
    let Some(node) = start_node(&[
        ("CRISP_INTEROP_SCENARIO", "burst"),
        ("CRISP_INTEROP_DROP", drop),
    ]) else {
        return false;
    };
    let output = Command::new("node")
        .arg("client.js")
        .arg(&node.url)
        .current_dir(interop_dir())
        .output()
        .expect("node runs client.js");
    let stdout = String::from_utf8_lossy(&output.stdout);
    eprintln!(
        "socket.io-client, drop {drop}: {}",
        stdout.replace('\n', "; ")
    );
    assert!(
        output.status.success(),
        "socket.io-client did not get events 1..=8 (drop {drop}): {stdout}"
    );
    true
}

#[tokio::test]
async fn every_event_of_a_burst_comes_out_at_once_across_a_drop() {
    for drop in ["close", "destroy"] {
        if !reference_run(drop) {
            return;
        }
    }
    for (drop, drop_on) in [
        ("close", "timer"),
        ("disconnect", "timer"),
        ("destroy", "timer"),
        ("close", "push"),
        ("destroy", "push"),
    ] {
        if !burst_run(drop, drop_on).await {
            return;
        }
    }
}

/// The same on a multi-threaded runtime, where the connection task and the reader run on
/// different threads (as in `rtm_listener`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_event_of_a_burst_comes_out_at_once_across_a_drop_on_two_threads() {
    for (drop, drop_on) in [("close", "timer"), ("destroy", "push")] {
        if !burst_run(drop, drop_on).await {
            return;
        }
    }
}
