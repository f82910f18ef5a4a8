//! Helpers of this test binary only (the shared ones are the `crisp_tests` library).

/// Runs the calling test alone in a child process of this test binary and returns `false`
/// there; in the child it returns `true`, and the test goes on. For the tests that read
/// process-wide state (the resident memory of the process) and so must not share the
/// process with the other tests of the binary. `name` is the test's path in the binary
/// (`soak_rtm::the_realtime_client_survives_a_soak_of_faults`). The child inherits the
/// environment (`CRISP_SOAK_SECS`, …) and its output is passed on.
pub(crate) fn alone(name: &str) -> bool {
    const CHILD: &str = "CRISP_TEST_ALONE";
    if std::env::var_os(CHILD).is_some_and(|v| v == name) {
        return true;
    }
    let exe = std::env::current_exe().expect("the test binary's path");
    let output = std::process::Command::new(exe)
        .args([name, "--exact", "--test-threads=1", "--nocapture"])
        .env(CHILD, name)
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        output.status.success(),
        "{name}, alone in a child process, failed ({})",
        output.status
    );
    assert!(
        stdout.contains("1 passed"),
        "{name}: the child process did not run it"
    );
    false
}
