//! The integration tests of crisp-rtm, in one test binary (`cargo test -p crisp-rtm
//! --all-features --test it`; one module's tests: `-- interop::`). Each module was a test
//! binary of its own. A new test file is `tests/it/<name>.rs` plus its `mod <name>;` line
//! here, with the `#[cfg(feature = …)]` it needs (`use crate::support;` inside it for the
//! fake realtime server).

#[cfg(feature = "reqwest")]
mod support;

#[cfg(feature = "reqwest")]
mod client;
#[cfg(feature = "client")]
mod interop;
#[cfg(feature = "plugin")]
mod plugin;
#[cfg(all(feature = "reqwest", feature = "upload"))]
mod upload;
