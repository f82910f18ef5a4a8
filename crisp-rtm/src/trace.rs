//! The logging macros: `tracing`'s with the feature `tracing`, and without it stand-ins
//! that expand to `{}` (their arguments are not evaluated), so that the crate builds
//! without the dependency. What is logged is listed in the crate docs
//! ([`crate#logging`]).

#[cfg(feature = "tracing")]
pub(crate) use tracing::{debug, error, info, trace, warn};

#[cfg(not(feature = "tracing"))]
macro_rules! nothing {
    ($($anything:tt)*) => {{}};
}
#[cfg(not(feature = "tracing"))]
pub(crate) use {
    nothing as debug, nothing as error, nothing as info, nothing as trace, nothing as warn,
};

/// Milliseconds, saturating.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) fn millis(duration: std::time::Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// The names of `events`, comma-separated.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) fn names(events: &[crisp_types::event::EventName]) -> String {
    let names: Vec<&str> = events.iter().map(|event| event.as_str()).collect();
    names.join(",")
}
