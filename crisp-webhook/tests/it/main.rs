//! The integration tests of crisp-webhook, in one test binary (`cargo test -p crisp-webhook
//! --all-features --test it`; one module's tests: `-- fuzz::`). Each module was a test
//! binary of its own. A new test file is `tests/it/<name>.rs` plus its `mod <name>;` line
//! here (a module that needs a feature starts with `#![cfg(feature = "…")]`, as `axum` does).

mod axum;
mod every_event;
mod fuzz;
