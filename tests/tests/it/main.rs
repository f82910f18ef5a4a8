//! The cross-crate integration tests of crisp-rs, in one test binary (`cargo test -p
//! crisp-tests --test it`; one module's tests: `-- sandbox_rest::`): the facade, the client
//! against the sandbox (REST, realtime, web hooks, faults, history), Redis, the realtime
//! soak and the log capture. Each module was a test binary of its own; the shared helpers
//! are the `crisp_tests` library (`tests/src/`) and [`support`]. A new test file is
//! `tests/it/<name>.rs` plus its `mod <name>;` line here.

mod support;

mod facade;
mod redis_dedup;
mod redis_limit;
mod sandbox_faults;
mod sandbox_history;
mod sandbox_plugin;
mod sandbox_rest;
mod sandbox_rtm;
mod sandbox_upload;
mod sandbox_webhooks;
mod soak_rtm;
mod tracing_capture;
