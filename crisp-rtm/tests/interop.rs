//! Interop with the real `socket.io` v4 server from npm (`tests/interop/server.js`).
//!
//! Needs Node.js and npm. The packages are installed from the committed lockfile
//! (`npm ci`) the first time the test runs. The official server must accept our handshake,
//! our pongs (it drops clients that miss them within 400 ms here) and our events.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crisp_core::Credentials;
use crisp_rtm::{Backoff, ConnectionState, RtmClient, RtmConfig, RtmError};
use crisp_types::event::{Event, EventName};
use futures_util::StreamExt;
use tokio::time::timeout;

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

fn install(dir: &std::path::Path) {
    if !dir.join("node_modules/socket.io").exists() {
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

fn start_node() -> NodeServer {
    let dir = interop_dir();
    INSTALL.call_once(|| install(&dir));
    let mut child = Command::new("node")
        .arg("server.js")
        .current_dir(&dir)
        .stdout(Stdio::piped())
        .spawn()
        .expect("node is needed for the socket.io interop test (install Node.js)");
    let stdout = child.stdout.take().expect("stdout");
    let mut port = String::new();
    BufReader::new(stdout)
        .read_line(&mut port)
        .expect("the server prints its port");
    NodeServer {
        child,
        url: format!("http://127.0.0.1:{}", port.trim()),
    }
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
    let node = start_node();
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
    assert_eq!(event.session_id(), Some("pushed:people:profile:created"));

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
    let node = start_node();
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
