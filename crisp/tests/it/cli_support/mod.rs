//! Helpers of the command line's tests: the built `crisp` binary, run as a user would, and
//! `crisp sandbox` as a server process.

#![allow(dead_code, unreachable_pub)]

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

/// A hang guard for one command.
pub const TIMEOUT: Duration = Duration::from_secs(90);

/// An empty directory for `HOME` / `XDG_CONFIG_HOME`, so that no config file of the machine
/// is read. It lives in cargo's per-target scratch directory (`target/tmp`), so that runs
/// leave nothing behind in the system's temporary directory.
pub fn empty_home() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "crisp-cli-test-{}-{}",
        std::process::id(),
        std::thread::current()
            .name()
            .unwrap_or("t")
            .replace("::", "-")
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `crisp` with a clean environment: no `CRISP_*` variable, no config file.
pub fn crisp() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_crisp"));
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("CRISP_") {
            command.env_remove(name);
        }
    }
    let home = empty_home();
    command
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", &home)
        .stdin(Stdio::null());
    command
}

/// Runs `command` to its end (hang guard [`TIMEOUT`]).
pub fn run(command: &mut Command) -> Output {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn crisp");
    let stdout = reader(child.stdout.take().expect("stdout"));
    let stderr = reader(child.stderr.take().expect("stderr"));
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("crisp {command:?} did not finish in {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    }
}

fn reader(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut out = Vec::new();
        let _ = pipe.read_to_end(&mut out);
        out
    })
}

/// Runs `crisp ARGS…` against `sandbox`, expecting success; its stdout.
pub fn ok(sandbox: &SandboxProcess, args: &[&str]) -> String {
    let output = run(sandbox.command().args(args));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "crisp {args:?} failed ({:?}): {stderr}",
        output.status
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

/// The stdout of a command as JSON.
pub fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// A process whose output lines are collected as they come.
pub struct Running {
    pub child: Child,
    pub stdout: Arc<Mutex<Vec<String>>>,
    pub stderr: Arc<Mutex<Vec<String>>>,
}

fn collect(pipe: impl Read + Send + 'static, into: Arc<Mutex<Vec<String>>>) {
    std::thread::spawn(move || {
        for line in BufReader::new(pipe).lines() {
            let Ok(line) = line else { return };
            into.lock().unwrap().push(line);
        }
    });
}

impl Running {
    /// Spawns `command`, collecting its output.
    pub fn spawn(command: &mut Command) -> Running {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn crisp");
        let stdout = Arc::new(Mutex::new(Vec::new()));
        let stderr = Arc::new(Mutex::new(Vec::new()));
        collect(child.stdout.take().expect("stdout"), Arc::clone(&stdout));
        collect(child.stderr.take().expect("stderr"), Arc::clone(&stderr));
        Running {
            child,
            stdout,
            stderr,
        }
    }

    /// Waits until a line of stdout (or stderr) satisfies `f`; that line.
    pub fn wait_for(&self, stream: &str, what: &str, f: impl Fn(&str) -> bool) -> String {
        let lines = if stream == "stdout" {
            &self.stdout
        } else {
            &self.stderr
        };
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(line) = lines.lock().unwrap().iter().find(|l| f(l)) {
                return line.clone();
            }
            if Instant::now() > deadline {
                panic!(
                    "no {what} on {stream} within {TIMEOUT:?}; stdout: {:?}; stderr: {:?}",
                    self.stdout.lock().unwrap(),
                    self.stderr.lock().unwrap()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the process to end by itself (hang guard).
    pub fn wait(&mut self) -> std::process::ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                // Let the readers drain.
                std::thread::sleep(Duration::from_millis(50));
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("did not end within {TIMEOUT:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `crisp sandbox --json …` running as a server.
pub struct SandboxProcess {
    pub process: Running,
    /// The JSON line it printed.
    pub info: Value,
}

impl SandboxProcess {
    /// Starts `crisp sandbox --json` with `args`.
    pub fn start(args: &[&str]) -> SandboxProcess {
        let process = Running::spawn(crisp().arg("sandbox").arg("--json").args(args));
        let line = process.wait_for("stdout", "the settings line", |l| l.starts_with('{'));
        SandboxProcess {
            process,
            info: json(&line),
        }
    }

    /// A setting it printed.
    pub fn get(&self, key: &str) -> String {
        self.info[key]
            .as_str()
            .unwrap_or_else(|| panic!("no {key} in {}", self.info))
            .to_owned()
    }

    /// `crisp` configured, through the environment as its output says, to talk to it.
    pub fn command(&self) -> Command {
        let mut command = crisp();
        command
            .env("CRISP_BASE_URL", self.get("base_url"))
            .env("CRISP_IDENTIFIER", self.get("identifier"))
            .env("CRISP_KEY", self.get("key"))
            .env("CRISP_TIER", self.get("tier"))
            .env("CRISP_WEBSITE_ID", self.get("website_id"));
        command
    }
}
