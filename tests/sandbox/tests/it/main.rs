//! The integration tests of crisp-sandbox, in one test binary (`cargo test -p crisp-sandbox
//! --test it`; one module's tests: `-- every_method::`): the collections, every method of
//! the catalog through crisp-rest, the limits, the wire format. Each module was a test
//! binary of its own. A new test file is `tests/it/<name>.rs` plus its `mod <name>;` line
//! here.

mod collections;
mod every_method;
mod limits;
mod wire;
