//! The integration tests of crisp-rest, in one test binary (`cargo test -p crisp-rest
//! --all-features --test it`; one module's tests: `-- conformance::`). Each module was a test
//! binary of its own; linking one binary instead of ten is most of the test build time on
//! a 2-core machine. A new test file is `tests/it/<name>.rs` plus its `mod <name>;` line
//! here (`use crate::support;` inside it for the helpers).
//!
//! - `support`: a client per backend against wiremock, [`support::for_each_backend`];
//! - `samples`: one sample call per method (the [`samples::Sample`] type), shared by the
//!   catalog conformance test, the wiremock test of the Conversations routes and the
//!   sandbox's every-method test.

mod samples;
mod support;

mod behaviour;
mod bodies;
mod body_memory;
mod conformance;
mod conversation_routes;
mod errors;
mod fuzz_response;
mod helpdesk_tree;
mod hostile;
mod limiter;
mod message_history;
mod pagination;
