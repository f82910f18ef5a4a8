//! The logging macro: `tracing`'s `debug!` with the feature `tracing`, else a stand-in
//! that expands to `{}` without evaluating its arguments (the crate then builds without
//! the dependency). Every line of the sandbox is at `debug`, under the targets
//! `crisp_sandbox::…`: requests (verb, path, status), realtime sockets and emissions (by
//! event name) and web-hook deliveries; never a key, header value, query, signature,
//! secret or body.

#[cfg(feature = "tracing")]
pub(crate) use tracing::debug;

#[cfg(not(feature = "tracing"))]
macro_rules! nothing {
    ($($anything:tt)*) => {{}};
}
#[cfg(not(feature = "tracing"))]
pub(crate) use nothing as debug;
