//! Logging through `tracing` (feature `tracing`), and its stand-in without the feature:
//! [`CallSpan`] and [`retry`] doing nothing, so that the crate builds without the
//! dependency. What is logged is listed in the crate docs ([`crate#logging`]).
//!
//! Nothing here reads a header, a query value or a body: the fields are the method name,
//! label, verb, route, rendered path, query *names*, attempt numbers, statuses, Crisp's
//! `reason`, delays and durations, and a short cause for failures ([`Cause`]).

#[cfg(feature = "tracing")]
use std::time::Duration;

#[cfg(feature = "tracing")]
use crisp_core::{Error, ErrorKind};

/// The `tracing` target of every span and event of this crate.
#[cfg(feature = "tracing")]
pub(crate) const TARGET: &str = "crisp_rest";

/// What made an attempt or a call fail, in words that hold no request or response data:
/// never the body, the URL (its query may carry values) or a serde message (it may quote
/// the value it met).
#[cfg(feature = "tracing")]
#[derive(Debug)]
pub(crate) struct Cause {
    /// `api`, `rate_limited`, `decode`, `transport`, `timeout`, `invalid_argument`,
    /// `response_too_large`, `redirect` or `other`.
    pub(crate) cause: &'static str,
    /// The HTTP status, when there was an answer.
    pub(crate) status: Option<u16>,
    /// Crisp's `reason` (or the synthetic one of a body without it).
    pub(crate) reason: Option<String>,
    /// For decode errors: the JSON path where decoding failed; for transport errors: the
    /// transport's kind and its innermost cause (`connect: Connection refused…`); for
    /// timeouts: the limit; for invalid arguments: what is wrong.
    pub(crate) detail: Option<String>,
}

#[cfg(feature = "tracing")]
impl Cause {
    /// The cause of `error`.
    pub(crate) fn of(error: &Error) -> Cause {
        let status = error.status().map(|s| s.as_u16());
        let reason = error.reason().map(str::to_owned);
        let (cause, detail) = match error.kind() {
            ErrorKind::Api(_) => ("api", None),
            ErrorKind::RateLimited { .. } => ("rate_limited", None),
            ErrorKind::Decode(decode) => ("decode", Some(format!("at {}", decode.path))),
            ErrorKind::Transport { kind } => {
                // The outermost source may print the URL (with its query); the innermost
                // is the system's or the TLS library's own words.
                let mut inner: Option<&(dyn std::error::Error + 'static)> =
                    std::error::Error::source(error);
                while let Some(next) = inner.and_then(std::error::Error::source) {
                    inner = Some(next);
                }
                let detail = match inner {
                    Some(inner) => format!("{kind}: {inner}"),
                    None => kind.to_string(),
                };
                ("transport", Some(detail))
            }
            ErrorKind::Timeout { after } => (
                "timeout",
                after.map(|after| format!("after {} ms", after.as_millis())),
            ),
            ErrorKind::InvalidArgument { message } => ("invalid_argument", Some(message.clone())),
            ErrorKind::ResponseTooLarge { limit, .. } => {
                ("response_too_large", Some(format!("limit {limit} bytes")))
            }
            ErrorKind::Redirect { .. } => ("redirect", None),
            ErrorKind::QuotaExhausted { limit, .. } => {
                ("quota_exhausted", Some(format!("limit {limit} per day")))
            }
            ErrorKind::Limiter { message } => ("limiter", Some(message.clone())),
            _ => ("other", None),
        };
        Cause {
            cause,
            status,
            reason,
            detail,
        }
    }
}

/// Milliseconds, saturating.
#[cfg(feature = "tracing")]
pub(crate) fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// The names of the parameters of a query string, comma-separated (`per_page,filter_unread`):
/// the values are never logged, as they may hold search text or e-mail addresses.
#[cfg(feature = "tracing")]
pub(crate) fn query_names(query: &str) -> Option<String> {
    let mut names = String::new();
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let name = pair.split_once('=').map_or(pair, |(name, _)| name);
        if !names.is_empty() {
            names.push(',');
        }
        names.push_str(name);
    }
    (!names.is_empty()).then_some(names)
}

pub(crate) use span::{CallSpan, retry};

#[cfg(feature = "tracing")]
mod span {
    use std::future::Future;
    use std::time::Duration;

    use crisp_core::{ApiRequest, Error};
    use tracing::Instrument;
    use tracing::field::Empty;

    use super::{Cause, TARGET, millis, query_names};

    /// Logs the retry of a failed attempt, inside the call's span: a rate limit (429,
    /// 420) at `warn`, anything else at `debug`, with the cause and the delay before the
    /// next attempt.
    pub(crate) fn retry(error: &Error, attempt: u32, delay: Duration) {
        let delay_ms = millis(delay);
        if matches!(error.kind(), crisp_core::ErrorKind::RateLimited { .. }) {
            tracing::warn!(
                target: TARGET,
                attempt,
                status = error.status().map(|s| s.as_u16()),
                reason = error.reason(),
                retry_after_ms = error.retry_after().map(millis),
                delay_ms,
                "crisp rate limit; retrying"
            );
        } else if tracing::enabled!(target: TARGET, tracing::Level::DEBUG) {
            let cause = Cause::of(error);
            tracing::debug!(
                target: TARGET,
                attempt,
                cause = cause.cause,
                status = cause.status,
                reason = cause.reason.as_deref(),
                detail = cause.detail.as_deref(),
                delay_ms,
                "crisp call attempt failed; retrying"
            );
        }
    }

    /// The `crisp.call` span of one REST call (at `info`), and the event that ends it.
    #[derive(Debug)]
    pub(crate) struct CallSpan(tracing::Span);

    impl CallSpan {
        /// Opens the span of `request`, named by `name` (the library method's name). Its
        /// fields, the name among them, are only computed when a subscriber wants the span.
        pub(crate) fn new(
            name: impl FnOnce() -> Option<&'static str>,
            request: &ApiRequest,
        ) -> Self {
            let name = std::cell::LazyCell::new(name);
            let verb = request.method();
            let route = request.route();
            CallSpan(tracing::info_span!(
                target: TARGET,
                "crisp.call",
                method = *name,
                label = crate::catalog::label(verb.as_str(), route, *name),
                verb = %verb,
                route = route,
                path = request.path(),
                query = query_names(request.query_string()),
                attempts = Empty,
                status = Empty,
                reason = Empty,
                elapsed_ms = Empty,
            ))
        }

        /// Runs `future` inside the span (the events of its attempts and retries). A plain
        /// function, not an `async fn`: an `async fn` holds `future` twice (as its argument
        /// and as the awaited value), which made every call's future 6,272 bytes instead
        /// of 4,096, copied at each step (BENCHMARKS.md, "REST after the default rate
        /// limiter").
        pub(crate) fn run<F: Future>(&self, future: F) -> tracing::instrument::Instrumented<F> {
            future.instrument(self.0.clone())
        }

        /// Records the outcome on the span and logs it: a success at `debug`; a failure
        /// at `warn` when it is transient (retries exhausted: transport, timeout, 5xx,
        /// rate limit) or unexpected of a server (an answer that does not decode, too
        /// large, a redirect), at `debug` otherwise (a 4xx, an invalid argument: the
        /// caller has the error and decides).
        pub(crate) fn finish(
            &self,
            status: Option<http::StatusCode>,
            error: Option<&Error>,
            attempts: u32,
            elapsed: Duration,
        ) {
            let span = &self.0;
            if span.is_disabled() && !tracing::enabled!(target: TARGET, tracing::Level::WARN) {
                return;
            }
            let elapsed_ms = millis(elapsed);
            span.record("attempts", attempts);
            span.record("elapsed_ms", elapsed_ms);
            let _entered = span.enter();
            match error {
                None => {
                    if let Some(status) = status {
                        span.record("status", status.as_u16());
                    }
                    tracing::debug!(
                        target: TARGET,
                        status = status.map(|s| s.as_u16()),
                        attempts,
                        elapsed_ms,
                        "crisp call succeeded"
                    );
                }
                Some(error) => {
                    let cause = Cause::of(error);
                    if let Some(status) = cause.status {
                        span.record("status", status);
                    }
                    if let Some(reason) = &cause.reason {
                        span.record("reason", reason.as_str());
                    }
                    let unexpected = error.is_transient()
                        || matches!(
                            cause.cause,
                            "decode" | "response_too_large" | "redirect" | "other"
                        );
                    macro_rules! failed {
                        ($level:expr) => {
                            tracing::event!(
                                target: TARGET,
                                $level,
                                cause = cause.cause,
                                status = cause.status,
                                reason = cause.reason.as_deref(),
                                detail = cause.detail.as_deref(),
                                attempts,
                                elapsed_ms,
                                "crisp call failed"
                            )
                        };
                    }
                    if unexpected {
                        failed!(tracing::Level::WARN);
                    } else {
                        failed!(tracing::Level::DEBUG);
                    }
                }
            }
        }
    }
}

#[cfg(not(feature = "tracing"))]
mod span {
    use std::future::Future;
    use std::time::Duration;

    use crisp_core::{ApiRequest, Error};

    /// Without the feature: nothing.
    pub(crate) fn retry(_: &Error, _: u32, _: Duration) {}

    /// Without the feature: nothing.
    #[derive(Debug)]
    pub(crate) struct CallSpan;

    impl CallSpan {
        pub(crate) fn new(_: impl FnOnce() -> Option<&'static str>, _: &ApiRequest) -> Self {
            CallSpan
        }

        pub(crate) fn run<F: Future>(&self, future: F) -> F {
            future
        }

        pub(crate) fn finish(
            &self,
            _: Option<http::StatusCode>,
            _: Option<&Error>,
            _: u32,
            _: Duration,
        ) {
        }
    }
}

#[cfg(all(test, feature = "tracing"))]
mod tests {
    use super::*;

    #[test]
    fn query_names_keep_no_value() {
        assert_eq!(
            query_names("search_query=jane%40example.com&per_page=20&flag").as_deref(),
            Some("search_query,per_page,flag")
        );
        assert_eq!(query_names(""), None);
        assert_eq!(query_names("&&"), None);
    }

    #[test]
    fn causes_hold_no_values() {
        let error = Error::invalid_argument("empty id");
        let cause = Cause::of(&error);
        assert_eq!(cause.cause, "invalid_argument");
        assert_eq!(cause.detail.as_deref(), Some("empty id"));
        let cause = Cause::of(&Error::timeout(Some(Duration::from_millis(1500))));
        assert_eq!(
            (cause.cause, cause.detail.as_deref()),
            ("timeout", Some("after 1500 ms"))
        );
    }
}
