//! The integration tests of the facade (`crisp-api`): the `crisp` command line, run as a
//! user would, and the official node client against `crisp sandbox`. One test binary
//! (`cargo test -p crisp-api --all-features --test it`; one module's tests: `-- cli_call::`);
//! each module was a test binary of its own and needs the `cli` feature
//! (`#![cfg(feature = "cli")]` at its top). A new test file is `tests/it/<name>.rs` plus its
//! `mod <name>;` line here (`use crate::cli_support;` inside it for the helpers).

mod cli_support;

mod cli_call;
mod cli_listen;
mod cli_sandbox;
mod cli_webhook;
mod node_client;
