//! A real `redis-server` for the tests: each test starts its own on a free loopback port,
//! without persistence, and it is killed when the handle drops.
//!
//! Without `redis-server` on `PATH`, [`RedisServer::start`] says loudly that the test did
//! not run and returns `None` (the README's test command works with the Rust toolchain
//! alone); with `CRISP_REQUIRE_REDIS=1` (set by `.ci/run`) it panics instead.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The program started.
const PROGRAM: &str = "redis-server";

/// A `redis-server` child process on 127.0.0.1; killed on drop.
#[derive(Debug)]
pub struct RedisServer {
    child: Option<Child>,
    port: u16,
}

impl RedisServer {
    /// Starts a server on a free loopback port and waits until it answers `PING`.
    ///
    /// Returns `None` after printing that the calling test did not run when
    /// `redis-server` is not installed.
    ///
    /// # Panics
    /// When `redis-server` is missing and `CRISP_REQUIRE_REDIS=1`, or when it is there but
    /// does not start.
    #[must_use]
    pub fn start(test: &str) -> Option<RedisServer> {
        if !available() {
            let required = std::env::var("CRISP_REQUIRE_REDIS").is_ok_and(|v| v.trim() == "1");
            assert!(
                !required,
                "CRISP_REQUIRE_REDIS=1 but `{PROGRAM}` is not on PATH: the Redis tests cannot \
                 run (apt-get install redis-server)"
            );
            // Straight to stderr: the harness hides `eprintln!` of a passing test.
            let _ = writeln!(
                std::io::stderr(),
                "\n*** {test}: NOT RUN, `{PROGRAM}` is not on PATH (it passes without checking \
                 anything). Install redis-server to run it; CRISP_REQUIRE_REDIS=1 makes this a \
                 failure. ***\n"
            );
            return None;
        }
        // The port may be taken between finding it and the server binding it: try again.
        let mut last = String::new();
        for _ in 0..5 {
            match RedisServer::try_start() {
                Ok(server) => return Some(server),
                Err(error) => last = error,
            }
        }
        panic!("redis-server did not start: {last}");
    }

    fn try_start() -> Result<RedisServer, String> {
        let port = free_port().map_err(|e| format!("no free port: {e}"))?;
        let child = Command::new(PROGRAM)
            .args(["--port", &port.to_string()])
            .args(["--bind", "127.0.0.1"])
            .args(["--save", ""])
            .args(["--appendonly", "no"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot spawn {PROGRAM}: {e}"))?;
        let mut server = RedisServer {
            child: Some(child),
            port,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Some(child) = server.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    server.child = None;
                    return Err(format!("exited with {status} (port {port} taken?)"));
                }
            }
            if ping(port) {
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(format!("no PONG on port {port} within 10 s"))
    }

    /// `redis://127.0.0.1:<port>/`.
    #[must_use]
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    /// The port it listens on.
    #[must_use]
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Kills the server now (a Redis that goes away mid-run) and waits for it to exit.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Whether `redis-server --version` runs.
fn available() -> bool {
    Command::new(PROGRAM)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn free_port() -> std::io::Result<u16> {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))?;
    Ok(listener.local_addr()?.port())
}

/// Whether the server on `port` answers `PING` with `+PONG`.
fn ping(port: u16) -> bool {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let Ok(mut stream) = TcpStream::connect_timeout(&address, Duration::from_millis(200)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
    if stream.write_all(b"PING\r\n").is_err() {
        return false;
    }
    let mut answer = [0_u8; 7];
    stream.read_exact(&mut answer).is_ok() && &answer == b"+PONG\r\n"
}
