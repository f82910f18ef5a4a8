//! The integration tests of crisp-types, in one test binary (`cargo test -p crisp-types
//! --test it`; one module's tests: `-- events::`): the fixtures of every section decoded and
//! re-encoded, the events, the secrets. Each module was a test binary of its own. A new test
//! file is `tests/it/<name>.rs` plus its `mod <name>;` line here (`use crate::support;`
//! inside it for the fixture helpers).

mod support;

mod author;
mod campaign;
mod events;
mod fixtures;
mod helpdesk;
mod inbox;
mod next;
mod people;
mod secrets;
mod services;
mod visitors;
mod website;
